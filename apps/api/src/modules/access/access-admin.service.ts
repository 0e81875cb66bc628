import type { Ctx } from '../../context';
import { Permission, scopeRank } from '../../common/auth/permissions';
import { escapeLike } from '../../common/auth/scope-filter';
import { badField, conflict, notFound, unauthenticated } from '../../common/errors';
import { afterCondition, pageOf, pageRequest, type Page } from '../../common/pagination';
import { snapshot } from '../../common/snapshot';
import { hashSecret, randomSecret } from '../../common/auth/tokens';
import { verify } from '@node-rs/argon2';
import { Employee } from '../org/employee.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { Role } from './role.entity';
import { User, UserRole, UserStatus } from './user.entity';
import { ApiKey } from './api-key.entity';
import { Session } from './session.entity';
import { hashPassword } from './auth.service';
import type { ChangePasswordInput, CreateApiKeyInput, CreateUserInput, GrantInput, RoleInput, UpdateUserInput, UsersArgs } from './access.inputs';
import type { CreatedApiKey } from './access.types';

const ROLE_AUDITED: (keyof Role & string)[] = ['code', 'name', 'nameEn', 'description', 'grants'];
const USER_AUDITED: (keyof User & string)[] = ['email', 'displayName', 'employee', 'locale', 'status'];

/** Roles, users and API keys: who holds which scoped rights (R-ACL-1). */
export class AccessAdminService {
  roles(ctx: Ctx): Promise<Role[]> {
    return ctx.em.find(Role, {}, { orderBy: { system: 'desc', code: 'asc' } });
  }

  async createRole(ctx: Ctx, input: RoleInput): Promise<Role> {
    if (await ctx.em.count(Role, { code: input.code })) throw badField('code', `role ${input.code} already exists`, 'duplicate');
    const role = ctx.em.create(Role, { code: input.code, name: input.name, nameEn: input.nameEn ?? null, description: input.description, grants: normalise(input.grants), system: false } as never);
    ctx.audit = { targetType: 'Role', targetId: role.id, before: null, after: snapshot(role, ROLE_AUDITED) };
    return role;
  }

  async updateRole(ctx: Ctx, id: string, input: RoleInput): Promise<Role> {
    const role = await this.role(ctx, id);
    const before = snapshot(role, ROLE_AUDITED);
    if (input.code !== role.code) {
      if (role.system) throw badField('code', 'the code of a regime role cannot change', 'immutable');
      if (await ctx.em.count(Role, { code: input.code })) throw badField('code', `role ${input.code} already exists`, 'duplicate');
      role.code = input.code;
    }
    role.name = input.name;
    role.nameEn = input.nameEn ?? null;
    role.description = input.description;
    role.grants = normalise(input.grants);
    ctx.audit = { targetType: 'Role', targetId: role.id, before, after: snapshot(role, ROLE_AUDITED) };
    return role;
  }

  async deleteRole(ctx: Ctx, id: string): Promise<boolean> {
    const role = await this.role(ctx, id);
    if (role.system) throw conflict(`${role.name} is one of the regime's roles and cannot be deleted; edit its rights instead.`, { reason: 'SYSTEM_ROLE' });
    const holders = await ctx.em.count(UserRole, { role });
    if (holders) throw conflict(`${holders} user(s) still hold ${role.name}; take it from them first.`, { reason: 'ROLE_IN_USE', holders });
    ctx.audit = { targetType: 'Role', targetId: role.id, before: snapshot(role, ROLE_AUDITED), after: null };
    ctx.em.remove(role);
    return true;
  }

  async users(ctx: Ctx, args: UsersArgs): Promise<Page<User>> {
    const page = pageRequest(args);
    const where: Record<string, unknown>[] = [];
    if (args.search?.trim()) {
      const s = escapeLike(args.search.trim().toLowerCase());
      where.push({ $or: [{ email: { $like: `%${s}%` } }, { displayName: { $like: `%${escapeLike(args.search.trim())}%` } }] });
    }
    const filter = where.length ? { $and: where } : {};
    const pageWhere = page.after ? { $and: [...where, afterCondition(['email', 'id'], page.after)] } : filter;
    const rows = await ctx.em.find(User, pageWhere as never, { orderBy: { email: 'asc', id: 'asc' }, limit: page.limit + 1, offset: page.after ? 0 : page.offset } as never);
    return pageOf(rows, page, (u) => [u.email, u.id], () => ctx.em.count(User, filter as never));
  }

  async createUser(ctx: Ctx, input: CreateUserInput): Promise<User> {
    const email = input.email.trim().toLowerCase();
    if (await ctx.em.count(User, { email })) throw badField('email', 'a user with this email already exists', 'duplicate');
    const employee = input.employeeId ? await this.employee(ctx, input.employeeId) : null;
    const user = ctx.em.create(User, {
      email,
      displayName: input.displayName,
      passwordHash: await hashPassword(input.password),
      employee,
      locale: input.locale,
      status: UserStatus.ACTIVE,
    } as never);
    ctx.audit = { targetType: 'User', targetId: user.id, before: null, after: snapshot(user, USER_AUDITED) };
    return user;
  }

  async updateUser(ctx: Ctx, id: string, input: UpdateUserInput): Promise<User> {
    const user = await this.user(ctx, id);
    const before = snapshot(user, USER_AUDITED);
    if (input.displayName != null) user.displayName = input.displayName;
    if (input.locale != null) user.locale = input.locale;
    if (input.employeeId !== undefined) user.employee = input.employeeId ? await this.employee(ctx, input.employeeId) : null;
    if (input.status != null && input.status !== user.status) {
      if (user.id === ctx.actor?.id && input.status === UserStatus.DISABLED) throw badField('status', 'you cannot disable your own account', 'self');
      user.status = input.status;
      if (input.status === UserStatus.DISABLED) await this.endSessions(ctx, user, 'user_disabled');
    }
    ctx.audit = { targetType: 'User', targetId: user.id, before, after: snapshot(user, USER_AUDITED) };
    return user;
  }

  /** An administrator sets a new password; every session of the user ends. */
  async setPassword(ctx: Ctx, id: string, password: string): Promise<boolean> {
    const user = await this.user(ctx, id);
    user.passwordHash = await hashPassword(password);
    user.failedLogins = 0;
    user.lockedUntil = null;
    await this.endSessions(ctx, user, 'password_reset');
    ctx.audit = { targetType: 'User', targetId: user.id, after: { passwordChanged: true } };
    return true;
  }

  async changeMyPassword(ctx: Ctx, input: ChangePasswordInput): Promise<boolean> {
    if (ctx.actor?.type !== 'USER') throw unauthenticated('Only a signed-in user has a password.');
    const user = await ctx.em.findOne(User, { id: ctx.actor.id }, { populate: ['passwordHash'] });
    if (!user) throw unauthenticated();
    if (!(await verify(user.passwordHash, input.currentPassword).catch(() => false))) {
      throw badField('currentPassword', 'is not your current password', 'wrong_password');
    }
    user.passwordHash = await hashPassword(input.newPassword);
    // Whoever else was signed in with the old password is signed out; this session stays.
    await ctx.em.nativeUpdate(Session, { user, revokedAt: null, id: { $ne: ctx.actor.sessionId ?? '' } }, { revokedAt: ctx.now(), revokedReason: 'password_changed' });
    ctx.audit = { targetType: 'User', targetId: user.id, after: { passwordChanged: true } };
    return true;
  }

  userRoles(ctx: Ctx, user: User): Promise<UserRole[]> {
    return ctx.loaders
      .named<UserRole[]>('user.roles', async (ids) => {
        const rows = await ctx.em.find(UserRole, { user: { $in: [...ids] } }, { populate: ['role', 'unit'], strategy: 'joined' } as never);
        return ids.map((id) => rows.filter((r) => r.user.id === id));
      })
      .load(user.id);
  }

  async assignRole(ctx: Ctx, userId: string, roleId: string, unitId: string | null | undefined): Promise<UserRole> {
    const user = await this.user(ctx, userId);
    const role = await ctx.em.findOne(Role, { id: roleId });
    if (!role) throw badField('roleId', `role ${roleId} does not exist`, 'not_found');
    const unit = unitId ? await ctx.em.findOne(OrgUnit, { id: unitId }) : null;
    if (unitId && !unit) throw badField('unitId', `unit ${unitId} does not exist`, 'not_found');
    if (await ctx.em.count(UserRole, { user, role, unit: unit ?? null })) throw conflict(`${user.displayName} already holds ${role.name} there.`, { reason: 'ALREADY_ASSIGNED' });
    const assignment = ctx.em.create(UserRole, { user, role, unit } as never);
    ctx.audit = { targetType: 'User', targetId: user.id, after: { assignedRole: role.code, unit: unit?.id ?? null } };
    return assignment;
  }

  async revokeRole(ctx: Ctx, userRoleId: string): Promise<boolean> {
    const assignment = await ctx.em.findOne(UserRole, { id: userRoleId }, { populate: ['role'] });
    if (!assignment) throw notFound('Role assignment', userRoleId);
    if (assignment.user.id === ctx.actor?.id && assignment.role.grants.some((g) => g.permission === Permission.ManageRole)) {
      throw badField('userRoleId', 'you cannot take your own role-management right away; ask another administrator', 'self');
    }
    ctx.audit = { targetType: 'User', targetId: assignment.user.id, before: { assignedRole: assignment.role.code, unit: assignment.unit?.id ?? null }, after: null };
    ctx.em.remove(assignment);
    return true;
  }

  apiKeys(ctx: Ctx): Promise<ApiKey[]> {
    return ctx.em.find(ApiKey, {}, { orderBy: { createdAt: 'desc' } });
  }

  async createApiKey(ctx: Ctx, input: CreateApiKeyInput): Promise<CreatedApiKey> {
    if (input.expiresAt && input.expiresAt <= ctx.now()) throw badField('expiresAt', 'must be in the future', 'out_of_range');
    const unit = input.unitId ? await ctx.em.findOne(OrgUnit, { id: input.unitId }) : null;
    if (input.unitId && !unit) throw badField('unitId', `unit ${input.unitId} does not exist`, 'not_found');
    if (!unit && input.grants.some((g) => g.scope === 'UNIT_SUBTREE')) throw badField('unitId', 'UNIT_SUBTREE grants need an anchor unit', 'required');
    const secret = `shk_${randomSecret(30)}`;
    const key = ctx.em.create(ApiKey, {
      name: input.name,
      prefix: secret.slice(0, 12),
      secretHash: hashSecret(secret),
      grants: normalise(input.grants),
      unit,
      createdBy: ctx.actor?.type === 'USER' ? ctx.actor.id : null,
      expiresAt: input.expiresAt ?? null,
    } as never);
    ctx.audit = { targetType: 'ApiKey', targetId: key.id, before: null, after: { name: key.name, prefix: key.prefix, grants: key.grants, unit: unit?.id ?? null } };
    return { apiKey: key, secret };
  }

  async revokeApiKey(ctx: Ctx, id: string): Promise<ApiKey> {
    const key = await ctx.em.findOne(ApiKey, { id });
    if (!key) throw notFound('API key', id);
    if (!key.revokedAt) {
      key.revokedAt = ctx.now();
      ctx.audit = { targetType: 'ApiKey', targetId: key.id, before: { revokedAt: null }, after: { revokedAt: key.revokedAt.toISOString() } };
    }
    ctx.services.auth.forgetApiKey(key.id);
    return key;
  }

  private async role(ctx: Ctx, id: string): Promise<Role> {
    const role = await ctx.em.findOne(Role, { id });
    if (!role) throw notFound('Role', id);
    return role;
  }

  async user(ctx: Ctx, id: string): Promise<User> {
    const user = await ctx.em.findOne(User, { id });
    if (!user) throw notFound('User', id);
    return user;
  }

  private async employee(ctx: Ctx, id: string): Promise<Employee> {
    const e = await ctx.em.findOne(Employee, { id });
    if (!e) throw badField('employeeId', `employee ${id} does not exist`, 'not_found');
    return e;
  }

  private async endSessions(ctx: Ctx, user: User, reason: string): Promise<void> {
    await ctx.em.nativeUpdate(Session, { user, revokedAt: null }, { revokedAt: ctx.now(), revokedReason: reason });
  }
}

/** One grant per permission: the widest scope given wins. */
function normalise(grants: GrantInput[]): { permission: Permission; scope: GrantInput['scope'] }[] {
  const best = new Map<Permission, GrantInput['scope']>();
  for (const g of grants) {
    const cur = best.get(g.permission);
    if (!cur || scopeRank[g.scope] > scopeRank[cur]) best.set(g.permission, g.scope);
  }
  return [...best].map(([permission, scope]) => ({ permission, scope })).sort((a, b) => a.permission.localeCompare(b.permission));
}
