import type { EntityManager } from '@mikro-orm/knex';
import { Role } from '../../src/modules/access/role.entity';
import { User, UserRole } from '../../src/modules/access/user.entity';
import { hashPassword } from '../../src/modules/access/auth.service';
import type { Permission, Scope } from '../../src/common/auth/permissions';
import type { Employee } from '../../src/modules/org/employee.entity';
import type { OrgUnit } from '../../src/modules/org/org-unit.entity';
import { TEST_PASSWORD } from '../harness/app';

let hashed: Promise<string> | null = null;

/**
 * A login holding the given roles; each role is a regime role code or a Role row, with
 * an optional anchor unit for its UNIT_SUBTREE grants.
 */
export async function user(
  em: EntityManager,
  email: string,
  displayName: string,
  opts: { employee?: Employee | null; roles?: (string | Role | { role: string | Role; unit: OrgUnit })[]; password?: string } = {},
): Promise<User> {
  // Hashing once per process keeps fixtures fast; the hash is a real argon2id hash.
  const passwordHash = opts.password ? await hashPassword(opts.password) : await (hashed ??= hashPassword(TEST_PASSWORD));
  const u = em.create(User, { email, displayName, passwordHash, employee: opts.employee ?? null } as never);
  for (const spec of opts.roles ?? []) {
    const { role, unit } = typeof spec === 'object' && 'role' in spec ? spec : { role: spec, unit: null };
    const row = typeof role === 'string' ? await em.findOneOrFail(Role, { code: role }) : role;
    em.create(UserRole, { user: u, role: row, unit } as never);
  }
  await em.flush();
  return u;
}

export function role(em: EntityManager, code: string, name: string, grants: [Permission, Scope][]): Role {
  return em.create(Role, { code, name, description: '', grants: grants.map(([permission, scope]) => ({ permission, scope })), system: false } as never);
}
