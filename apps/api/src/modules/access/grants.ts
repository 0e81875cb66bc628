import type { EntityManager } from '@mikro-orm/knex';
import type { Grant } from '../../common/auth/access';
import { Scope } from '../../common/auth/permissions';
import { UserRole } from './user.entity';
import type { RoleGrant } from './role.entity';

/**
 * A user's effective grants: every role they hold, UNIT_SUBTREE anchored at the role
 * assignment's unit, or else at the unit of the user's own employee (R-ACL-1).
 */
export async function grantsForUser(em: EntityManager, userId: string, employeeUnitPath: string | null): Promise<Grant[]> {
  const assignments = await em.find(UserRole, { user: userId }, { populate: ['role', 'unit'], strategy: 'joined' } as never);
  const out: Grant[] = [];
  for (const a of assignments) out.push(...anchor(a.role.grants, a.unit?.path ?? employeeUnitPath));
  return dedupe(out);
}

export function anchor(grants: RoleGrant[], unitPath: string | null): Grant[] {
  const out: Grant[] = [];
  for (const g of grants) {
    if (g.scope === Scope.UNIT_SUBTREE) {
      if (unitPath) out.push({ permission: g.permission, scope: g.scope, unitPath });
    } else out.push({ permission: g.permission, scope: g.scope });
  }
  return out;
}

function dedupe(grants: Grant[]): Grant[] {
  const seen = new Set<string>();
  return grants.filter((g) => {
    const k = `${g.permission}|${g.scope}|${g.unitPath ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
