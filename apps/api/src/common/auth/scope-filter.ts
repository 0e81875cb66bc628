import type { Access } from './access';
import type { Knex } from '@mikro-orm/knex';
import type { Permission } from './permissions';

/**
 * The SQL condition for rows within an actor's reach of `permission` (R-ACL-1), so list
 * queries filter in the database rather than after loading. `unitPath` is the property path
 * to the row's unit's materialised path (e.g. `unit.path`); `owner` the path to the owning
 * employee's id, if rows have one. Returns null when nothing is reachable.
 */
export function reachCondition(
  access: Access,
  permission: Permission,
  unitPath: string,
  owner?: string,
): Record<string, unknown> | null {
  const r = access.reach(permission);
  if (r.all) return {};
  const ors: Record<string, unknown>[] = r.unitPaths.map((p) => nest(unitPath, { $like: `${escapeLike(p)}%` }));
  if (r.own && owner && r.employeeId) ors.push(nest(owner, r.employeeId));
  if (ors.length === 0) return null;
  return ors.length === 1 ? ors[0]! : { $or: ors };
}

/** `nest('unit.path', v)` → `{ unit: { path: v } }` */
export function nest(dotted: string, value: unknown): Record<string, unknown> {
  return dotted
    .split('.')
    .reverse()
    .reduce<unknown>((acc, key) => ({ [key]: acc }), value) as Record<string, unknown>;
}

export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The same reach as `reachCondition`, applied to a knex query on raw columns (for the
 * hydration-free read paths). Returns false when nothing is reachable.
 */
export function whereReach(
  qb: Knex.QueryBuilder,
  access: Access,
  permission: Permission,
  unitPathColumn: string,
  ownerColumn?: string,
): boolean {
  const r = access.reach(permission);
  if (r.all) return true;
  const own = r.own && ownerColumn && r.employeeId ? r.employeeId : null;
  if (!r.unitPaths.length && !own) return false;
  qb.where((w) => {
    for (const p of r.unitPaths) w.orWhere(unitPathColumn, 'like', `${escapeLike(p)}%`);
    if (own) w.orWhere(ownerColumn!, own);
  });
  return true;
}
