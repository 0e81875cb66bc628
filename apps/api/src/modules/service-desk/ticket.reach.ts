import type { Knex } from '@mikro-orm/knex';
import type { Ctx } from '../../context';
import type { Permission } from '../../common/auth/permissions';
import { escapeLike } from '../../common/auth/scope-filter';

/**
 * Restricts a query on cases (`t`, with its responsible unit joined as `u` and its station as
 * `st`) to those within the caller's reach of `permission` (R-ACL-1): the responsible unit's
 * or the station's subtree, or, with OWN scope, the cases assigned to the caller. The queue
 * and the reports read cases the same way. Returns false when nothing is within reach.
 */
export function whereCaseReach(ctx: Ctx, q: Knex.QueryBuilder, permission: Permission): boolean {
  const r = ctx.access.reach(permission);
  if (r.all) return true;
  const own = r.own && r.employeeId ? r.employeeId : null;
  if (!r.unitPaths.length && !own) return false;
  q.where((w) => {
    for (const p of r.unitPaths) w.orWhere('u.path', 'like', `${escapeLike(p)}%`).orWhere('st.path', 'like', `${escapeLike(p)}%`);
    if (own) w.orWhere('t.assignee_id', own);
  });
  return true;
}
