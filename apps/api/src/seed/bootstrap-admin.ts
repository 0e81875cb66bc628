import type { EntityManager } from '@mikro-orm/knex';
import { User, UserRole } from '../modules/access/user.entity';
import { Role } from '../modules/access/role.entity';
import { hashPassword } from '../modules/access/auth.service';

/**
 * A production install without demo data needs a first administrator: ADMIN_EMAIL and
 * ADMIN_PASSWORD create one on a database that has no user yet, and are ignored after.
 */
export async function bootstrapAdmin(em: EntityManager, email: string | undefined, password: string | undefined): Promise<boolean> {
  if (!email || !password) return false;
  if (await em.count(User, {})) return false;
  if (password.length < 10) throw new Error('ADMIN_PASSWORD must be at least 10 characters');
  const role = await em.findOneOrFail(Role, { code: 'system_admin' });
  const user = em.create(User, { email: email.trim().toLowerCase(), displayName: 'Administrator', passwordHash: await hashPassword(password), locale: 'zh-Hant' } as never);
  em.create(UserRole, { user, role, unit: null } as never);
  await em.flush();
  return true;
}
