import type { Ctx } from '../../context';
import { Permission } from '../../common/auth/permissions';
import { escapeLike, reachCondition, whereReach } from '../../common/auth/scope-filter';
import { execute } from '../../common/sql';
import { mapPrefixed, prefixedColumns, refId } from '../../common/rows';
import { badField, badInput, conflict, notFound, type FieldIssue } from '../../common/errors';
import { pageOf, pageRequest, type Page } from '../../common/pagination';
import { snapshot } from '../../common/snapshot';
import { Employee, EmployeeStatus } from './employee.entity';
import { Position } from './position.entity';
import { OrgUnit } from './org-unit.entity';
import { Absence } from './absence.entity';
import type { OrgUnitService } from './org-unit.service';
import type { CreateEmployeeInput, EmployeesArgs, RecordAbsenceInput, TransferEmployeeInput, UpdateEmployeeInput } from './org.inputs';

const AUDITED: (keyof Employee & string)[] = ['employeeNo', 'name', 'unit', 'position', 'hireDate', 'status', 'deactivatedAt'];

/** Employees (R-ORG-5) and their absences with deputies (R-ORG-4). */
export class EmployeeService {
  constructor(private readonly units: OrgUnitService) {}

  /**
   * One page in one statement, its units and positions from the org snapshot, plus the
   * count when asked for. Rows are plain read-only objects, not managed entities (see rows.ts).
   */
  async list(ctx: Ctx, args: EmployeesArgs): Promise<Page<Employee>> {
    const page = pageRequest(args);
    const knex = ctx.em.getKnex();
    const filtered = knex('employee as e').join('org_unit as u', 'u.id', 'e.unit_id');
    if (!whereReach(filtered, ctx.access, Permission.ReadEmployee, 'u.path', 'e.id')) return emptyPage();
    const search = args.search?.trim();
    if (search) {
      // `%` and `_` typed by a user are literal; ESCAPE says so the same way on both dialects.
      const term = escapeLike(search);
      filtered.where((w) =>
        w.whereRaw(`lower(e.name) like ? escape '\\'`, [`%${term.toLowerCase()}%`]).orWhereRaw(`e.employee_no like ? escape '\\'`, [`${term.toUpperCase()}%`]),
      );
    }
    const snap = await this.units.snapshots.of(ctx);
    if (args.unitId) {
      const unit = snap.unitById.get(args.unitId);
      if (!unit) throw badField('unitId', `unit ${args.unitId} does not exist`, 'not_found');
      filtered.where('u.path', 'like', `${escapeLike(unit.path)}%`);
    }
    if (args.positionId) filtered.where('e.position_id', args.positionId);
    if (args.status?.length) filtered.whereIn('e.status', args.status);
    const rowsQuery = filtered
      .clone()
      .select(prefixedColumns(ctx.em, Employee, 'e'))
      .orderBy([{ column: 'e.employee_no' }, { column: 'e.id' }])
      .limit(page.limit + 1);
    if (page.after) {
      const [no, id] = page.after as [string, string];
      rowsQuery.where((w) => w.where('e.employee_no', '>', no).orWhere((x) => x.where('e.employee_no', no).andWhere('e.id', '>', id)));
    } else if (page.offset) rowsQuery.offset(page.offset);
    const rows = await execute<Record<string, unknown>[]>(ctx, rowsQuery);
    // Units and positions come from the snapshot; one changed after it was read stays an
    // id, and its resolver loads it.
    const employees = rows.map((r) => {
      const e = mapPrefixed(ctx.em, Employee, r, 'e');
      const unitId = refId(e.unit)!;
      const positionId = refId(e.position)!;
      return { ...e, unit: snap.unitById.get(unitId) ?? unitId, position: snap.positionById.get(positionId) ?? positionId } as Employee;
    });
    return pageOf(employees, page, (e) => [e.employeeNo, e.id], async () => {
      const [row] = await execute<{ n: number | string }[]>(ctx, filtered.clone().count({ n: '*' }));
      return Number(row?.n ?? 0);
    });
  }

  async get(ctx: Ctx, id: string): Promise<Employee> {
    const e = await ctx.em.findOne(Employee, { id }, { populate: ['unit', 'position'] });
    if (!e || !ctx.access.reaches(Permission.ReadEmployee, e.unit.path, e.id)) throw notFound('Employee', id);
    return e;
  }

  async create(ctx: Ctx, input: CreateEmployeeInput): Promise<Employee> {
    const { unit, position } = await this.placement(ctx, input.unitId, input.positionId);
    const issues: FieldIssue[] = [];
    const employeeNo = input.employeeNo.toUpperCase();
    if (await ctx.em.count(Employee, { employeeNo })) issues.push({ field: 'employeeNo', message: `${employeeNo} is already taken`, code: 'duplicate' });
    if (input.email && (await ctx.em.count(Employee, { email: input.email.toLowerCase() }))) {
      issues.push({ field: 'email', message: 'another employee already uses this email address', code: 'duplicate' });
    }
    if (issues.length) throw badInput(issues);
    const employee = ctx.em.create(Employee, {
      employeeNo,
      name: input.name.trim(),
      email: input.email?.toLowerCase() ?? null,
      phone: input.phone ?? null,
      unit,
      position,
      hireDate: input.hireDate,
      status: EmployeeStatus.ACTIVE,
    } as never);
    ctx.audit = { targetType: 'Employee', targetId: employee.id, before: null, after: snapshot(employee, AUDITED) };
    await ctx.em.flush();
    return employee;
  }

  async update(ctx: Ctx, id: string, input: UpdateEmployeeInput): Promise<Employee> {
    const employee = await this.writable(ctx, id);
    const before = snapshot(employee, AUDITED);
    if (input.name != null) employee.name = input.name.trim();
    if (input.email !== undefined) {
      const email = input.email?.toLowerCase() ?? null;
      if (email && email !== employee.email && (await ctx.em.count(Employee, { email, id: { $ne: employee.id } }))) {
        throw badField('email', 'another employee already uses this email address', 'duplicate');
      }
      employee.email = email;
    }
    if (input.phone !== undefined) employee.phone = input.phone;
    if (input.hireDate != null) employee.hireDate = input.hireDate;
    if (input.status != null) {
      if (input.status === EmployeeStatus.INACTIVE) throw badField('status', 'use deactivateEmployee to end employment', 'use_deactivate');
      if (employee.status === EmployeeStatus.INACTIVE) throw badField('status', 'the employee is deactivated; re-hire by creating a new record', 'inactive');
      employee.status = input.status;
    }
    ctx.audit = { targetType: 'Employee', targetId: employee.id, before, after: snapshot(employee, AUDITED) };
    await ctx.em.flush();
    return employee;
  }

  async transfer(ctx: Ctx, id: string, input: TransferEmployeeInput): Promise<Employee> {
    const employee = await this.writable(ctx, id);
    if (employee.status === EmployeeStatus.INACTIVE) throw badField('id', 'a deactivated employee cannot be transferred', 'inactive');
    const { unit, position } = await this.placement(ctx, input.unitId, input.positionId);
    const before = snapshot(employee, AUDITED);
    employee.unit = unit;
    employee.position = position;
    // A head who leaves the unit no longer heads it.
    await ctx.em.nativeUpdate(OrgUnit, { head: employee.id, $not: { path: { $like: `${escapeLike(unit.path)}%` } } } as never, { head: null });
    ctx.audit = { targetType: 'Employee', targetId: employee.id, before, after: snapshot(employee, AUDITED) };
    await ctx.em.flush();
    return employee;
  }

  async deactivate(ctx: Ctx, id: string): Promise<Employee> {
    const employee = await this.writable(ctx, id);
    if (employee.status === EmployeeStatus.INACTIVE) return employee;
    const before = snapshot(employee, AUDITED);
    employee.status = EmployeeStatus.INACTIVE;
    employee.deactivatedAt = ctx.now();
    await ctx.em.nativeUpdate(OrgUnit, { head: employee.id }, { head: null });
    ctx.audit = { targetType: 'Employee', targetId: employee.id, before, after: snapshot(employee, AUDITED) };
    await ctx.em.flush();
    return employee;
  }

  /**
   * An employee reached through another record (a unit's head, a user's employee), or null
   * when outside the actor's ReadEmployee reach (R-ACL-1): nesting must not widen a scope.
   */
  async visible(ctx: Ctx, ref: Employee | string | null | undefined): Promise<Employee | null> {
    const e = await ctx.loaders.entity(Employee, ref);
    if (!e || ctx.actor?.employeeId === e.id) return e;
    if (ctx.access.reach(Permission.ReadEmployee).all) return e;
    const unit = await ctx.loaders.entity(OrgUnit, e.unit);
    return ctx.access.reaches(Permission.ReadEmployee, unit?.path ?? null, e.id) ? e : null;
  }

  /** R-ORG-5: the reporting line follows positions: the active holder of the superior position, if within reach. */
  async manager(ctx: Ctx, employee: Employee): Promise<Employee | null> {
    const position = await ctx.loaders.entity(Position, employee.position);
    const superiorId = refId(position?.superior);
    if (!superiorId) return null;
    const holders = await this.holders(ctx, superiorId);
    return holders[0] ?? null;
  }

  /**
   * Active holders of a position within the actor's ReadEmployee reach, batched per
   * request. Positions are readable more widely than employees (R-ACL-1), so the filter
   * belongs here, not in the position resolver.
   */
  holders(ctx: Ctx, positionId: string): Promise<Employee[]> {
    return ctx.loaders
      .named<Employee[]>('employee.holders', async (ids) => {
        const reach = reachCondition(ctx.access, Permission.ReadEmployee, 'unit.path', 'id');
        if (!reach) return ids.map(() => []);
        const where = { $and: [reach, { position: { $in: [...ids] }, status: { $ne: EmployeeStatus.INACTIVE } }] };
        const rows = await ctx.em.find(Employee, where as never, { orderBy: { employeeNo: 'asc' } });
        return ids.map((id) => rows.filter((r) => r.position.id === id));
      })
      .load(positionId);
  }

  async recordAbsence(ctx: Ctx, input: RecordAbsenceInput): Promise<Absence> {
    const issues: FieldIssue[] = [];
    if (!(input.endsAt > input.startsAt)) issues.push({ field: 'endsAt', message: 'must be after startsAt', code: 'out_of_range' });
    if (input.deputyId === input.employeeId) issues.push({ field: 'deputyId', message: 'a person cannot be their own deputy', code: 'self_deputy' });
    if (issues.length) throw badInput(issues);
    const employee = await this.get(ctx, input.employeeId);
    ctx.access.assertReaches(Permission.RecordAbsence, employee.unit.path, employee.id, `employee ${employee.employeeNo}`);
    const deputy = await ctx.em.findOne(Employee, { id: input.deputyId });
    if (!deputy || deputy.status !== EmployeeStatus.ACTIVE) throw badField('deputyId', 'the deputy must be an active employee', 'not_found');
    const overlapping = await ctx.em.count(Absence, {
      employee,
      cancelledAt: null,
      startsAt: { $lt: input.endsAt },
      endsAt: { $gt: input.startsAt },
    });
    if (overlapping) throw conflict(`${employee.name} already has an absence in that period.`, { reason: 'OVERLAPPING_ABSENCE' });
    const absence = ctx.em.create(Absence, { employee, deputy, startsAt: input.startsAt, endsAt: input.endsAt, reason: input.reason } as never);
    ctx.audit = {
      targetType: 'Absence',
      targetId: absence.id,
      before: null,
      after: { employee: employee.id, deputy: deputy.id, startsAt: input.startsAt.toISOString(), endsAt: input.endsAt.toISOString() },
    };
    await ctx.em.flush();
    return absence;
  }

  /** An employee's absences not withdrawn, newest first; batched per request. */
  absences(ctx: Ctx, employeeId: string): Promise<Absence[]> {
    return ctx.loaders
      .named<Absence[]>('employee.absences', async (ids) => {
        const rows = await ctx.em.find(Absence, { employee: { $in: [...ids] }, cancelledAt: null }, { orderBy: { startsAt: 'desc' } });
        return ids.map((id) => rows.filter((r) => r.employee.id === id));
      })
      .load(employeeId);
  }

  /** R-ORG-4 from the deputy's side: absences, current or coming, in which they act for someone. */
  deputyFor(ctx: Ctx, employeeId: string): Promise<Absence[]> {
    return ctx.loaders
      .named<Absence[]>('employee.deputyFor', async (ids) => {
        const rows = await ctx.em.find(Absence, { deputy: { $in: [...ids] }, cancelledAt: null, endsAt: { $gt: ctx.now() } }, { orderBy: { startsAt: 'asc' } });
        return ids.map((id) => rows.filter((r) => r.deputy.id === id));
      })
      .load(employeeId);
  }

  /** Withdraws an absence that has not ended; the deputy stops acting from now on. */
  async cancelAbsence(ctx: Ctx, id: string): Promise<Absence> {
    const absence = await ctx.em.findOne(Absence, { id }, { populate: ['employee', 'employee.unit'] });
    if (!absence || !ctx.access.reaches(Permission.ReadEmployee, absence.employee.unit.path, absence.employee.id)) throw notFound('Absence', id);
    ctx.access.assertReaches(Permission.RecordAbsence, absence.employee.unit.path, absence.employee.id, `employee ${absence.employee.employeeNo}`);
    if (absence.cancelledAt) return absence;
    if (absence.endsAt <= ctx.now()) throw conflict('This absence is already over; it stays on record as it was.', { reason: 'ABSENCE_OVER' });
    absence.cancelledAt = ctx.now();
    ctx.audit = { targetType: 'Absence', targetId: absence.id, before: { cancelledAt: null }, after: { cancelledAt: absence.cancelledAt.toISOString() } };
    await ctx.em.flush();
    return absence;
  }

  /**
   * R-ORG-4: who acts for `employeeId` at `at` — their designated deputy while absent,
   * otherwise themselves. Later modules route approvals through this.
   */
  async actingFor(ctx: Ctx, employeeId: string, at: Date): Promise<{ actorId: string; onBehalfOf: string | null }> {
    const absence = await ctx.em.findOne(Absence, { employee: employeeId, cancelledAt: null, startsAt: { $lte: at }, endsAt: { $gt: at } });
    return absence ? { actorId: absence.deputy.id, onBehalfOf: employeeId } : { actorId: employeeId, onBehalfOf: null };
  }

  private async writable(ctx: Ctx, id: string): Promise<Employee> {
    const employee = await this.get(ctx, id);
    ctx.access.assertReaches(Permission.ManageEmployee, employee.unit.path, employee.id, `employee ${employee.employeeNo}`);
    return employee;
  }

  /** R-ORG-5: the position must be one of the unit's own. */
  private async placement(ctx: Ctx, unitId: string, positionId: string): Promise<{ unit: OrgUnit; position: Position }> {
    const unit = await this.units.writable(ctx, unitId, 'unitId', Permission.ManageEmployee);
    if (unit.archivedAt) throw badField('unitId', `${unit.code} is archived`, 'archived');
    const position = await ctx.em.findOne(Position, { id: positionId });
    if (!position || position.archivedAt) throw badField('positionId', `position ${positionId} does not exist`, 'not_found');
    if (position.unit.id !== unit.id) throw badField('positionId', `${position.title} is not a position of ${unit.name}`, 'position_outside_unit');
    return { unit, position };
  }
}

function emptyPage<T>(): Page<T> {
  return { nodes: [], cursors: [], hasNextPage: false, hasPreviousPage: false, count: async () => 0 };
}
