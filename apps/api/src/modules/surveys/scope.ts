import type { Knex } from '@mikro-orm/knex';
import type { Ctx } from '../../context';
import { Access } from '../../common/auth/access';
import { Permission, Scope, allPermissions } from '../../common/auth/permissions';
import { escapeLike } from '../../common/auth/scope-filter';

/**
 * Who may see a survey row (R-ACL-1): it belongs to the unit whose service was rated and to
 * its station, and to the agent (OWN scope: an agent's own forms, R-SAT-6). Several rights
 * may open the same rows (the drill-down serves ReadSurvey and ReadSatisfactionReport), so
 * their reaches add up.
 */
export interface SurveyReach {
  all: boolean;
  paths: string[];
  agentId: string | null;
}

export function surveyReach(ctx: Ctx, ...permissions: Permission[]): SurveyReach | null {
  const paths = new Set<string>();
  let agentId: string | null = null;
  for (const p of permissions) {
    const r = ctx.access.reach(p);
    if (r.all) return { all: true, paths: [], agentId: null };
    r.unitPaths.forEach((x) => paths.add(x));
    if (r.own && r.employeeId) agentId = r.employeeId;
  }
  if (!paths.size && !agentId) return null;
  return { all: false, paths: [...paths], agentId };
}

/**
 * Narrows a query on `alias` (a table with unit_id, station_id and agent_id) to the reach,
 * with subqueries on the unit tree so the whole stays one statement.
 */
export function whereSurveyReach(knex: Knex, q: Knex.QueryBuilder, reach: SurveyReach, alias: string): void {
  if (reach.all) return;
  q.where((w) => {
    if (reach.paths.length) {
      const units = () => knex('org_unit').select('id').where((x) => reach.paths.forEach((p) => x.orWhere('path', 'like', `${escapeLike(p)}%`)));
      w.orWhereIn(`${alias}.unit_id`, units()).orWhereIn(`${alias}.station_id`, units());
    }
    if (reach.agentId) w.orWhere(`${alias}.agent_id`, reach.agentId);
  });
}

/** The ids of a unit's subtree as a subquery on the unit's own path, so filtering by it costs no statement of its own. */
export function subtree(knex: Knex, unitId: string): Knex.QueryBuilder {
  return knex('org_unit as d').joinRaw(`join org_unit as p on d.path like p.path || '%'`).where('p.id', unitId).select('d.id');
}

export function reachesRow(reach: SurveyReach | null, unitPath: string | null, stationPath: string | null, agentId: string | null): boolean {
  if (!reach) return false;
  if (reach.all) return true;
  if (reach.paths.some((p) => unitPath?.startsWith(p) || stationPath?.startsWith(p))) return true;
  return !!agentId && agentId === reach.agentId;
}

const everything = new Access(
  allPermissions.map((permission: Permission) => ({ permission, scope: Scope.ALL })),
  null,
);

/**
 * The regime acting, not the caller: a 不滿意 answer opens a complaint (R-SAT-5) and a unit
 * below target gets a corrective action (R-SAT-4) whoever submitted the form or ran the
 * evaluation — a customer on the public page has no rights at all. Same transaction, same
 * request; only the rights and the name on the case's timeline differ.
 */
export function asRegime(ctx: Ctx): Ctx {
  const derived = Object.create(Object.getPrototypeOf(ctx) as object) as Ctx;
  return Object.assign(derived, ctx, {
    em: ctx.em,
    access: everything,
    actor: { type: 'USER' as const, id: 'system:surveys', name: '滿意度調查', employeeId: null },
  });
}
