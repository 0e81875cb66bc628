import type { EntityManager } from '@mikro-orm/knex';
import type { Ctx } from '../../context';
import { Permission } from '../../common/auth/permissions';
import { escapeLike, whereReach } from '../../common/auth/scope-filter';
import { badField, conflict, forbidden, notFound } from '../../common/errors';
import { snapshot } from '../../common/snapshot';
import { OrgUnit, UnitFunction, UnitKind } from './org-unit.entity';
import { Employee, EmployeeStatus } from './employee.entity';
import { Position } from './position.entity';
import type { CreateOrgUnitInput, UpdateOrgUnitInput } from './org.inputs';
import { OrgChart, OrgChartNode } from './org.types';
import { execute } from '../../common/sql';

interface UnitRow {
  id: string;
  parent_id: string | null;
  code: string;
  name: string;
  name_en: string | null;
  kind: UnitKind;
  function: UnitFunction | null;
  depth: number | string;
  head_id: string | null;
  head_name: string | null;
  head_no: string | null;
}

const AUDITED: (keyof OrgUnit & string)[] = ['code', 'name', 'nameEn', 'kind', 'function', 'parent', 'path', 'head', 'sortOrder', 'archivedAt'];

/** The organisation tree (R-ORG-1, R-ORG-2): one tree of any depth, kept as materialised paths. */
export class OrgUnitService {
  /** A unit the actor may read, or NOT_FOUND (never FORBIDDEN: existence is not disclosed). */
  async get(ctx: Ctx, id: string): Promise<OrgUnit> {
    const unit = await ctx.em.findOne(OrgUnit, { id });
    if (!unit || !ctx.access.reaches(Permission.ReadOrgUnit, unit.path)) throw notFound('Unit', id);
    return unit;
  }

  async root(ctx: Ctx): Promise<OrgUnit> {
    const root = await ctx.em.findOne(OrgUnit, { parent: null, archivedAt: null }, { orderBy: { createdAt: 'asc' } });
    if (!root) throw notFound('Company root unit');
    return root;
  }

  /**
   * The chart from `rootId` (default: the company) down, in two statements whatever its
   * size: the units with their heads, then the positions with their filled seats.
   */
  async chart(ctx: Ctx, rootId: string | null | undefined, includeArchived = false): Promise<OrgChart> {
    const knex = ctx.em.getKnex();
    const unitQuery = knex('org_unit as u')
      .leftJoin('employee as h', 'h.id', 'u.head_id')
      .select('u.id', 'u.parent_id', 'u.code', 'u.name', 'u.name_en', 'u.kind', 'u.function', 'u.depth', 'h.id as head_id', 'h.name as head_name', 'h.employee_no as head_no')
      .orderBy([{ column: 'u.depth' }, { column: 'u.sort_order' }, { column: 'u.code' }]);
    if (!whereReach(unitQuery, ctx.access, Permission.ReadOrgUnit, 'u.path')) throw forbidden('Your ReadOrgUnit right reaches no unit.', [Permission.ReadOrgUnit], 'OUT_OF_SCOPE');
    // The root's subtree by a subquery, so a chart from any unit still takes two statements.
    if (rootId) unitQuery.whereRaw(`u.path like (select r.path from org_unit r where r.id = ?) || '%'`, [rootId]);
    if (!includeArchived) unitQuery.whereNull('u.archived_at');
    const units = await execute<UnitRow[]>(ctx, unitQuery);
    if (units.length === 0 || (rootId && !units.some((u) => u.id === rootId))) throw notFound('Unit', rootId ?? 'root');

    const unitIds = units.map((u) => u.id);
    // Counting per position in a subquery reads only the (position, status) index; grouping
    // the joined rows instead was the bulk of the chart's time.
    const filled = knex('employee')
      .select('position_id')
      .count({ n: '*' })
      .whereIn('status', [EmployeeStatus.ACTIVE, EmployeeStatus.ON_LEAVE])
      .groupBy('position_id')
      .as('c');
    const seatQuery = knex('position as p')
      .leftJoin(filled, 'c.position_id', 'p.id')
      .whereIn('p.unit_id', unitIds)
      .whereNull('p.archived_at')
      .orderBy([{ column: 'p.is_head', order: 'desc' }, { column: 'p.code', order: 'asc' }])
      .select('p.id', 'p.unit_id', 'p.title', 'p.is_head', 'p.planned_headcount', knex.raw('coalesce(c.n, 0) as filled'));
    const seatRows = await execute<{ id: string; unit_id: string; title: string; is_head: boolean | number; planned_headcount: number; filled: number | string }[]>(ctx, seatQuery);

    const nodes = new Map<string, OrgChartNode>();
    for (const u of units) {
      nodes.set(u.id, {
        id: u.id,
        parentId: u.parent_id,
        code: u.code,
        name: u.name,
        nameEn: u.name_en,
        kind: u.kind,
        function: u.function,
        depth: Number(u.depth),
        head: u.head_id ? { id: u.head_id, name: u.head_name!, employeeNo: u.head_no! } : null,
        directHeadcount: 0,
        headcount: 0,
        vacancies: 0,
        positions: [],
        children: [],
      });
    }
    for (const r of seatRows) {
      const node = nodes.get(r.unit_id);
      if (!node) continue;
      const filled = Number(r.filled);
      const vacancies = Math.max(0, r.planned_headcount - filled);
      node.positions.push({ positionId: r.id, title: r.title, isHead: Boolean(r.is_head), planned: r.planned_headcount, filled, vacancies });
      node.directHeadcount += filled;
    }
    // Deepest first, so each node's totals are complete before its parent adds them.
    const ordered = [...nodes.values()];
    for (const n of ordered) {
      n.headcount = n.directHeadcount;
      n.vacancies = n.positions.reduce((s, p) => s + p.vacancies, 0);
    }
    for (const n of [...ordered].sort((a, b) => b.depth - a.depth)) {
      const parent = n.parentId ? nodes.get(n.parentId) : undefined;
      if (parent) {
        parent.headcount += n.headcount;
        parent.vacancies += n.vacancies;
      }
    }
    const roots: OrgChartNode[] = [];
    for (const n of ordered) {
      const parent = n.parentId ? nodes.get(n.parentId) : undefined;
      if (parent) parent.children.push(n);
      else roots.push(n);
    }
    const root = rootId ? nodes.get(rootId) : roots[0];
    if (!root) throw notFound('Unit', rootId ?? 'root');
    return { root, nodes: ordered };
  }

  async create(ctx: Ctx, input: CreateOrgUnitInput): Promise<OrgUnit> {
    const parent = await this.writable(ctx, input.parentId, 'parentId');
    if (input.kind === UnitKind.COMPANY) throw badField('kind', 'there is only one company root; pick another kind', 'invalid_kind');
    await this.assertCodeFree(ctx.em, input.code);
    const unit = ctx.em.create(OrgUnit, {
      code: input.code,
      name: input.name,
      nameEn: input.nameEn ?? null,
      kind: input.kind,
      function: input.function ?? null,
      parent,
      depth: parent.depth + 1,
      path: '',
      sortOrder: input.sortOrder ?? 0,
    } as never);
    unit.path = `${parent.path}${unit.id}/`;
    if (input.headId) unit.head = await this.headWithin(ctx, input.headId, unit);
    ctx.audit = { targetType: 'OrgUnit', targetId: unit.id, before: null, after: snapshot(unit, AUDITED) };
    await ctx.em.flush();
    return unit;
  }

  async update(ctx: Ctx, id: string, input: UpdateOrgUnitInput): Promise<OrgUnit> {
    const unit = await this.writable(ctx, id, 'id');
    const before = snapshot(unit, AUDITED);
    if (input.code != null && input.code !== unit.code) {
      await this.assertCodeFree(ctx.em, input.code);
      unit.code = input.code;
    }
    if (input.name != null) unit.name = input.name;
    if (input.nameEn !== undefined) unit.nameEn = input.nameEn;
    if (input.kind != null) {
      if ((input.kind === UnitKind.COMPANY) !== (unit.kind === UnitKind.COMPANY)) {
        throw badField('kind', 'the company root keeps kind COMPANY and no other unit may take it', 'invalid_kind');
      }
      unit.kind = input.kind;
    }
    if (input.function !== undefined) unit.function = input.function;
    if (input.sortOrder != null) unit.sortOrder = input.sortOrder;
    if (input.headId !== undefined) unit.head = input.headId ? await this.headWithin(ctx, input.headId, unit) : null;
    ctx.audit = { targetType: 'OrgUnit', targetId: unit.id, before, after: snapshot(unit, AUDITED) };
    await ctx.em.flush();
    return unit;
  }

  /** Moves a unit (and its subtree) under another parent; refuses cycles. */
  async move(ctx: Ctx, id: string, newParentId: string): Promise<OrgUnit> {
    const unit = await this.writable(ctx, id, 'id');
    if (!unit.parent) throw badField('id', 'the company root cannot be moved', 'root_immovable');
    const parent = await this.writable(ctx, newParentId, 'newParentId');
    if (parent.path.startsWith(unit.path)) {
      throw badField('newParentId', `cannot move ${unit.code} under ${parent.code}: ${parent.code} is ${parent.id === unit.id ? 'the unit itself' : 'inside its own subtree'}`, 'cycle');
    }
    if (parent.archivedAt) throw badField('newParentId', `${parent.code} is archived`, 'archived');
    const before = snapshot(unit, AUDITED);
    const oldPath = unit.path;
    const newPath = `${parent.path}${unit.id}/`;
    const depthDelta = parent.depth + 1 - unit.depth;
    await ctx.em.flush();
    // One statement rewrites the whole subtree's paths and depths.
    const knex = ctx.em.getKnex();
    await execute(
      ctx,
      knex('org_unit')
        .where('path', 'like', `${escapeLike(oldPath)}%`)
        .update({ path: knex.raw('? || substr(path, ?)', [newPath, oldPath.length + 1]), depth: knex.raw('depth + ?', [depthDelta]) }),
      'run',
    );
    unit.parent = parent;
    unit.path = newPath;
    unit.depth += depthDelta;
    ctx.audit = { targetType: 'OrgUnit', targetId: unit.id, before, after: snapshot(unit, AUDITED) };
    await ctx.em.flush();
    return unit;
  }

  /** Archives a unit; refused while it or any sub-unit still has active employees or live sub-units. */
  async archive(ctx: Ctx, id: string): Promise<OrgUnit> {
    const unit = await this.writable(ctx, id, 'id');
    if (!unit.parent) throw badField('id', 'the company root cannot be archived', 'root_immovable');
    if (unit.archivedAt) return unit;
    const active = await ctx.em.count(Employee, {
      unit: { path: { $like: `${escapeLike(unit.path)}%` } },
      status: { $ne: EmployeeStatus.INACTIVE },
    });
    if (active > 0) {
      throw conflict(`${unit.code} still has ${active} active employee(s) in it or below it; transfer or deactivate them first.`, { reason: 'HAS_ACTIVE_EMPLOYEES', activeEmployees: active });
    }
    const liveChildren = await ctx.em.count(OrgUnit, { parent: unit, archivedAt: null });
    if (liveChildren > 0) {
      throw conflict(`${unit.code} still has ${liveChildren} sub-unit(s) that are not archived; archive or move them first.`, { reason: 'HAS_SUB_UNITS', subUnits: liveChildren });
    }
    const before = snapshot(unit, AUDITED);
    unit.archivedAt = ctx.now();
    await ctx.em.nativeUpdate(Position, { unit, archivedAt: null }, { archivedAt: unit.archivedAt });
    ctx.audit = { targetType: 'OrgUnit', targetId: unit.id, before, after: snapshot(unit, AUDITED) };
    await ctx.em.flush();
    return unit;
  }

  /** Loads a unit the actor may change, or fails with the error naming `field`. */
  async writable(ctx: Ctx, id: string, field: string, permission = Permission.ManageOrgUnit): Promise<OrgUnit> {
    const unit = await ctx.em.findOne(OrgUnit, { id });
    if (!unit || !ctx.access.reaches(Permission.ReadOrgUnit, unit.path)) {
      throw badField(field, `unit ${id} does not exist or is not visible to you`, 'not_found');
    }
    ctx.access.assertReaches(permission, unit.path, null, `unit ${unit.code}`);
    return unit;
  }

  private async assertCodeFree(em: EntityManager, code: string): Promise<void> {
    if (await em.count(OrgUnit, { code })) throw badField('code', `${code} is already used by another unit`, 'duplicate');
  }

  /** A head works in the unit's subtree, or (for a new or reshaped unit) in its parent unit. */
  private async headWithin(ctx: Ctx, employeeId: string, unit: OrgUnit): Promise<Employee> {
    const head = await ctx.em.findOne(Employee, { id: employeeId }, { populate: ['unit'] });
    if (!head || head.status === EmployeeStatus.INACTIVE) throw badField('headId', `employee ${employeeId} does not exist or is inactive`, 'not_found');
    const inSubtree = head.unit.path.startsWith(unit.path);
    const inParent = unit.parent != null && head.unit.id === unit.parent.id;
    if (!inSubtree && !inParent) {
      throw badField('headId', `${head.name} works neither in this unit nor in its parent unit`, 'outside_unit');
    }
    return head;
  }
}
