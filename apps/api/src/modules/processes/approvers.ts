import type { Ctx } from '../../context';
import { dbTime, execute } from '../../common/sql';
import { Employee, EmployeeStatus } from '../org/employee.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { Position } from '../org/position.entity';
import { unitHead } from '../org/unit-head';
import { ApproverKind, type ApproverSpec } from './definition.entity';

export interface RoutingContext {
  applicantId: string;
  unit: OrgUnit;
}

/**
 * Who acts on a step, resolved from the org chart as it is when the step opens (R-FLOW-1).
 * Nobody approves their own document: when the rule lands on the applicant, the step goes
 * to the applicant's superior instead.
 */
export async function resolveApprover(ctx: Ctx, spec: ApproverSpec, r: RoutingContext): Promise<Employee | null> {
  const found = await byRule(ctx, spec, r);
  if (!found || found.id !== r.applicantId) return found;
  return superiorOf(ctx, found);
}

async function byRule(ctx: Ctx, spec: ApproverSpec, r: RoutingContext): Promise<Employee | null> {
  switch (spec.kind) {
    case ApproverKind.POSITION: {
      const position = spec.code ? await ctx.em.findOne(Position, { code: spec.code, archivedAt: null }) : null;
      return position ? holderOf(ctx, position.id) : null;
    }
    case ApproverKind.APPLICANT_UNIT_HEAD:
      return headAbove(ctx, r.unit, r.applicantId);
    case ApproverKind.UNIT_HEAD: {
      const unit = spec.code ? await ctx.em.findOne(OrgUnit, { code: spec.code, archivedAt: null }) : null;
      return unit ? unitHead(ctx, unit) : null;
    }
    case ApproverKind.UNIT_OF_KIND_HEAD:
      return headOfNearest(ctx, spec, r.unit);
    case ApproverKind.ROLE:
      return roleHolder(ctx, spec.code ?? '', r.unit);
    default:
      return null;
  }
}

async function holderOf(ctx: Ctx, positionId: string): Promise<Employee | null> {
  return ctx.em.findOne(Employee, { position: positionId, status: { $ne: EmployeeStatus.INACTIVE } }, { orderBy: { employeeNo: 'asc' } });
}

/** The head of the unit, or of the nearest unit above it that has a head other than `not`. */
async function headAbove(ctx: Ctx, unit: OrgUnit, not: string): Promise<Employee | null> {
  const ids = unit.path.split('/').filter(Boolean).reverse();
  const units = await ctx.em.find(OrgUnit, { id: { $in: ids } });
  for (const id of ids) {
    const u = units.find((x) => x.id === id);
    if (!u) continue;
    const head = await unitHead(ctx, u);
    if (head && head.id !== not) return head;
  }
  return null;
}

/**
 * The head of the unit of a kind or function nearest the applicant: an ancestor of theirs
 * first (their business dept), otherwise the one sharing most of their path (the finance
 * dept of their station before that of head office).
 */
async function headOfNearest(ctx: Ctx, spec: ApproverSpec, unit: OrgUnit): Promise<Employee | null> {
  const where: Record<string, unknown> = { archivedAt: null };
  if (spec.unitKind) where.kind = spec.unitKind;
  if (spec.unitFunction) where.function = spec.unitFunction;
  const candidates = await ctx.em.find(OrgUnit, where as never);
  const shared = (p: string) => {
    let n = 0;
    const a = p.split('/');
    const b = unit.path.split('/');
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    return n;
  };
  const ranked = candidates
    .map((u) => ({ u, ancestor: unit.path.startsWith(u.path), shared: shared(u.path) }))
    .sort((x, y) => Number(y.ancestor) - Number(x.ancestor) || y.shared - x.shared || x.u.path.length - y.u.path.length);
  for (const { u } of ranked) {
    const head = await unitHead(ctx, u);
    if (head) return head;
  }
  return null;
}

/** A user holding the role whose anchor unit contains the applicant's unit, the nearest anchor first. */
async function roleHolder(ctx: Ctx, roleCode: string, unit: OrgUnit): Promise<Employee | null> {
  const knex = ctx.em.getKnex();
  const rows = await execute<{ employee_id: string; anchor: string | null; own: string | null }[]>(
    ctx,
    knex('user_role as ur')
      .join('role as r', 'r.id', 'ur.role_id')
      .join('app_user as u', 'u.id', 'ur.user_id')
      .join('employee as e', 'e.id', 'u.employee_id')
      .join('org_unit as eu', 'eu.id', 'e.unit_id')
      .leftJoin('org_unit as au', 'au.id', 'ur.unit_id')
      .select({ employee_id: 'e.id', anchor: 'au.path', own: 'eu.path' })
      .where('r.code', roleCode)
      .whereNot('e.status', EmployeeStatus.INACTIVE)
      .where('u.status', 'ACTIVE'),
  );
  const ranked = rows
    .map((r) => ({ id: r.employee_id, path: r.anchor ?? r.own ?? '' }))
    .filter((r) => r.path && unit.path.startsWith(r.path))
    .sort((a, b) => b.path.length - a.path.length);
  return ranked[0] ? ctx.em.findOne(Employee, { id: ranked[0].id }) : null;
}

/** The holder of the superior position, or the head of the unit above (for escalation and self-approval). */
export async function superiorOf(ctx: Ctx, employee: Employee): Promise<Employee | null> {
  const e = await ctx.em.findOne(Employee, { id: employee.id }, { populate: ['position', 'unit'] });
  if (!e) return null;
  const superior = e.position.superior ? (typeof e.position.superior === 'string' ? e.position.superior : e.position.superior.id) : null;
  if (superior) {
    const holder = await holderOf(ctx, superior);
    if (holder && holder.id !== e.id) return holder;
  }
  return headAbove(ctx, e.unit, e.id);
}

/** The deputy of someone absent right now (R-ORG-4), if any. */
export async function activeDeputy(ctx: Ctx, employeeId: string): Promise<string | null> {
  const now = ctx.now();
  const [row] = await execute<{ deputy_id: string }[]>(
    ctx,
    ctx.em
      .getKnex()('absence')
      .select('deputy_id')
      .where({ employee_id: employeeId })
      .whereNull('cancelled_at')
      .where('starts_at', '<=', dbTime(ctx.em, now))
      .where('ends_at', '>', dbTime(ctx.em, now))
      .limit(1),
  );
  return row?.deputy_id ?? null;
}
