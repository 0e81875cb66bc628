import { Arg, Args, Ctx as GqlCtx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../context';
import { Allow } from '../../common/auth/allow';
import { Permission } from '../../common/auth/permissions';
import { Connection } from '../../common/pagination';
import { maskEmail, maskPhone } from '../../common/mask';
import { refId, type MaybePromise, type Row } from '../../common/rows';
import { OrgUnit } from './org-unit.entity';
import { Position } from './position.entity';
import { Employee } from './employee.entity';
import { Absence } from './absence.entity';
import { OrgChart } from './org.types';
import {
  CreateEmployeeInput,
  CreateOrgUnitInput,
  CreatePositionInput,
  EmployeesArgs,
  RecordAbsenceInput,
  TransferEmployeeInput,
  UpdateEmployeeInput,
  UpdateOrgUnitInput,
  UpdatePositionInput,
} from './org.inputs';

export const EmployeeConnection = Connection(Employee, 'Employee');

@Resolver(() => OrgUnit)
export class OrgUnitResolver {
  @Query(() => OrgChart, { description: 'The org chart from a unit (default: the company) down, with headcounts and vacancies.' })
  @Allow(Permission.ReadOrgUnit)
  orgChart(
    @GqlCtx() ctx: Ctx,
    @Arg('rootId', () => ID, { nullable: true }) rootId?: string | null,
    @Arg('includeArchived', () => Boolean, { defaultValue: false }) includeArchived?: boolean,
  ): Promise<OrgChart> {
    return ctx.services.orgUnits.chart(ctx, rootId, includeArchived);
  }

  @Query(() => OrgUnit)
  @Allow(Permission.ReadOrgUnit)
  orgUnit(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<OrgUnit> {
    return ctx.services.orgUnits.get(ctx, id);
  }

  @Mutation(() => OrgUnit)
  @Allow(Permission.ManageOrgUnit)
  createOrgUnit(@GqlCtx() ctx: Ctx, @Arg('input', () => CreateOrgUnitInput) input: CreateOrgUnitInput): Promise<OrgUnit> {
    return ctx.services.orgUnits.create(ctx, input);
  }

  @Mutation(() => OrgUnit)
  @Allow(Permission.ManageOrgUnit)
  updateOrgUnit(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateOrgUnitInput) input: UpdateOrgUnitInput): Promise<OrgUnit> {
    return ctx.services.orgUnits.update(ctx, id, input);
  }

  @Mutation(() => OrgUnit, { description: 'Moves a unit and its subtree under another parent; a move that would make a cycle is refused.' })
  @Allow(Permission.ManageOrgUnit)
  moveOrgUnit(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('newParentId', () => ID) newParentId: string): Promise<OrgUnit> {
    return ctx.services.orgUnits.move(ctx, id, newParentId);
  }

  @Mutation(() => OrgUnit, { description: 'Archives a unit; refused while it still has active employees or live sub-units.' })
  @Allow(Permission.ManageOrgUnit)
  archiveOrgUnit(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<OrgUnit> {
    return ctx.services.orgUnits.archive(ctx, id);
  }

  @FieldResolver(() => ID, { nullable: true })
  parentId(@Root() unit: Row<OrgUnit>): string | null {
    return refId(unit.parent);
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  parent(@GqlCtx() ctx: Ctx, @Root() unit: Row<OrgUnit>): MaybePromise<OrgUnit | null> {
    return ctx.loaders.entity(OrgUnit, unit.parent);
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'The head, or null when outside your ReadEmployee reach (the org chart shows every head’s name).' })
  head(@GqlCtx() ctx: Ctx, @Root() unit: Row<OrgUnit>): Promise<Employee | null> {
    return ctx.services.employees.visible(ctx, unit.head);
  }

  @FieldResolver(() => [OrgUnit], { description: 'Direct sub-units that are not archived.' })
  children(@GqlCtx() ctx: Ctx, @Root() unit: Row<OrgUnit>): Promise<OrgUnit[]> {
    return ctx.loaders
      .named<OrgUnit[]>('orgUnit.children', async (ids) => {
        const rows = await ctx.em.find(OrgUnit, { parent: { $in: [...ids] }, archivedAt: null }, { orderBy: { sortOrder: 'asc', code: 'asc' } });
        return ids.map((id) => rows.filter((r) => r.parent?.id === id));
      })
      .load(unit.id);
  }

  @FieldResolver(() => [OrgUnit], { description: 'From the company root down to the parent (breadcrumb).' })
  async ancestors(@GqlCtx() ctx: Ctx, @Root() unit: Row<OrgUnit>): Promise<OrgUnit[]> {
    const ids = unit.path.split('/').filter((id) => id && id !== unit.id);
    const rows = await Promise.all(ids.map((id) => ctx.loaders.entity(OrgUnit, id)));
    return rows.filter((r): r is OrgUnit => r !== null);
  }

  @FieldResolver(() => EmployeeConnection, { description: 'Employees of this unit and its sub-units.' })
  async employees(@GqlCtx() ctx: Ctx, @Root() unit: OrgUnit, @Args(() => EmployeesArgs) args: EmployeesArgs) {
    return new EmployeeConnection(await ctx.services.employees.list(ctx, { ...args, unitId: unit.id }));
  }

  @FieldResolver(() => [Position], { description: 'Positions of this unit (not of its sub-units).' })
  positions(@GqlCtx() ctx: Ctx, @Root() unit: Row<OrgUnit>): Promise<Position[]> {
    return ctx.services.positions.list(ctx, unit.id, false);
  }
}

@Resolver(() => Position)
export class PositionResolver {
  @Query(() => [Position], { description: 'Positions with their job descriptions (R-ORG-3), of a unit and its sub-units or of all units.' })
  @Allow(Permission.ReadPosition)
  positions(@GqlCtx() ctx: Ctx, @Arg('unitId', () => ID, { nullable: true }) unitId?: string | null): Promise<Position[]> {
    return ctx.services.positions.list(ctx, unitId, true);
  }

  @Query(() => Position)
  @Allow(Permission.ReadPosition)
  position(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Position> {
    return ctx.services.positions.get(ctx, id);
  }

  @Mutation(() => Position)
  @Allow(Permission.ManagePosition)
  createPosition(@GqlCtx() ctx: Ctx, @Arg('input', () => CreatePositionInput) input: CreatePositionInput): Promise<Position> {
    return ctx.services.positions.create(ctx, input);
  }

  @Mutation(() => Position)
  @Allow(Permission.ManagePosition)
  updatePosition(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('input', () => UpdatePositionInput) input: UpdatePositionInput): Promise<Position> {
    return ctx.services.positions.update(ctx, id, input);
  }

  @Mutation(() => Position, { description: 'Archives a position; refused while anyone still holds it.' })
  @Allow(Permission.ManagePosition)
  archivePosition(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Position> {
    return ctx.services.positions.archive(ctx, id);
  }

  @FieldResolver(() => OrgUnit)
  unit(@GqlCtx() ctx: Ctx, @Root() p: Row<Position>): MaybePromise<OrgUnit | null> {
    return ctx.loaders.entity(OrgUnit, p.unit);
  }

  @FieldResolver(() => Position, { nullable: true, description: '直接上級' })
  superior(@GqlCtx() ctx: Ctx, @Root() p: Row<Position>): MaybePromise<Position | null> {
    return ctx.loaders.entity(Position, p.superior);
  }

  @FieldResolver(() => [Position], { description: '直屬下級' })
  subordinates(@GqlCtx() ctx: Ctx, @Root() p: Row<Position>): Promise<Position[]> {
    return ctx.services.positions.subordinates(ctx, p.id);
  }

  @FieldResolver(() => [Employee], { description: 'Active and on-leave holders.' })
  holders(@GqlCtx() ctx: Ctx, @Root() p: Row<Position>): Promise<Employee[]> {
    return ctx.services.employees.holders(ctx, p.id);
  }
}

@Resolver(() => Employee)
export class EmployeeResolver {
  @Query(() => EmployeeConnection, { description: 'Employees within your reach: search, filters, and paging by first/after or offset.' })
  @Allow(Permission.ReadEmployee)
  async employees(@GqlCtx() ctx: Ctx, @Args(() => EmployeesArgs) args: EmployeesArgs) {
    return new EmployeeConnection(await ctx.services.employees.list(ctx, args));
  }

  @Query(() => Employee)
  @Allow(Permission.ReadEmployee)
  employee(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Employee> {
    return ctx.services.employees.get(ctx, id);
  }

  @Mutation(() => Employee)
  @Allow(Permission.ManageEmployee)
  createEmployee(@GqlCtx() ctx: Ctx, @Arg('input', () => CreateEmployeeInput) input: CreateEmployeeInput): Promise<Employee> {
    return ctx.services.employees.create(ctx, input);
  }

  @Mutation(() => Employee)
  @Allow(Permission.ManageEmployee)
  updateEmployee(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateEmployeeInput) input: UpdateEmployeeInput): Promise<Employee> {
    return ctx.services.employees.update(ctx, id, input);
  }

  @Mutation(() => Employee, { description: 'Moves an employee to another unit and position.' })
  @Allow(Permission.ManageEmployee)
  transferEmployee(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('input', () => TransferEmployeeInput) input: TransferEmployeeInput): Promise<Employee> {
    return ctx.services.employees.transfer(ctx, id, input);
  }

  @Mutation(() => Employee, { description: 'Ends employment; the record stays (R-ACL-5).' })
  @Allow(Permission.ManageEmployee)
  deactivateEmployee(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Employee> {
    return ctx.services.employees.deactivate(ctx, id);
  }

  @Mutation(() => Absence, { description: 'Records an absence and the deputy who acts meanwhile (R-ORG-4).' })
  @Allow(Permission.RecordAbsence)
  recordAbsence(@GqlCtx() ctx: Ctx, @Arg('input', () => RecordAbsenceInput) input: RecordAbsenceInput): Promise<Absence> {
    return ctx.services.employees.recordAbsence(ctx, input);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Masked unless you hold ReadEmployeeContact for this employee.' })
  async email(@GqlCtx() ctx: Ctx, @Root() e: Row<Employee>): Promise<string | null> {
    return (await this.canSeeContact(ctx, e)) ? (e.email ?? null) : maskEmail(e.email);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Masked unless you hold ReadEmployeeContact for this employee.' })
  async phone(@GqlCtx() ctx: Ctx, @Root() e: Row<Employee>): Promise<string | null> {
    return (await this.canSeeContact(ctx, e)) ? (e.phone ?? null) : maskPhone(e.phone);
  }

  @FieldResolver(() => OrgUnit)
  unit(@GqlCtx() ctx: Ctx, @Root() e: Row<Employee>): MaybePromise<OrgUnit | null> {
    return ctx.loaders.entity(OrgUnit, e.unit);
  }

  @FieldResolver(() => Position)
  position(@GqlCtx() ctx: Ctx, @Root() e: Row<Employee>): MaybePromise<Position | null> {
    return ctx.loaders.entity(Position, e.position);
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'Holder of the superior position (reporting line, R-ORG-5).' })
  manager(@GqlCtx() ctx: Ctx, @Root() e: Row<Employee>): Promise<Employee | null> {
    return ctx.services.employees.manager(ctx, e);
  }

  @Mutation(() => Absence, { description: 'Withdraws an absence that has not ended (R-ORG-4).' })
  @Allow(Permission.RecordAbsence)
  cancelAbsence(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Absence> {
    return ctx.services.employees.cancelAbsence(ctx, id);
  }

  @FieldResolver(() => [Absence], { description: 'Current and coming absences in which this employee acts as deputy (R-ORG-4).' })
  deputyFor(@GqlCtx() ctx: Ctx, @Root() e: Row<Employee>): Promise<Absence[]> {
    return ctx.services.employees.deputyFor(ctx, e.id);
  }

  @FieldResolver(() => [Absence])
  absences(@GqlCtx() ctx: Ctx, @Root() e: Row<Employee>): Promise<Absence[]> {
    return ctx.services.employees.absences(ctx, e.id);
  }

  /** R-ACL-3 for staff: contact data shows only within the ReadEmployeeContact reach (or to oneself). */
  private async canSeeContact(ctx: Ctx, e: Employee): Promise<boolean> {
    if (ctx.actor?.employeeId === e.id) return true;
    const reach = ctx.access.reach(Permission.ReadEmployeeContact);
    if (reach.all) return true;
    if (!reach.unitPaths.length) return reach.own && reach.employeeId === e.id;
    const unit = await ctx.loaders.entity(OrgUnit, e.unit);
    return ctx.access.reaches(Permission.ReadEmployeeContact, unit?.path ?? null, e.id);
  }
}

@Resolver(() => Absence)
export class AbsenceResolver {
  @FieldResolver(() => Employee)
  async employee(@GqlCtx() ctx: Ctx, @Root() a: Row<Absence>): Promise<Employee> {
    return (await ctx.loaders.entity(Employee, a.employee))!;
  }

  @FieldResolver(() => Employee)
  async deputy(@GqlCtx() ctx: Ctx, @Root() a: Row<Absence>): Promise<Employee> {
    return (await ctx.loaders.entity(Employee, a.deputy))!;
  }
}
