import { hash, verify, Algorithm } from '@node-rs/argon2';
import type { EntityManager } from '@mikro-orm/knex';
import type { Actor, Ctx } from '../../context';
import { Access, type Grant } from '../../common/auth/access';
import { TokenSigner, hashSecret, randomSecret, type AccessClaims } from '../../common/auth/tokens';
import { keepingChanges, rateLimited, unauthenticated } from '../../common/errors';
import type { Config } from '../../config';
import { Employee } from '../org/employee.entity';
import { User, UserStatus } from './user.entity';
import { RefreshToken, Session } from './session.entity';
import { ApiKey } from './api-key.entity';
import { anchor, grantsForUser } from './grants';
import type { AuthPayload, Viewer } from './access.types';
import type { LoginInput } from './access.inputs';

export const REFRESH_COOKIE = 'sh_refresh';
const ARGON = { algorithm: Algorithm.Argon2id } as const;
/** Verified against when the email is unknown, so both failures take the same time. */
let decoyHash: Promise<string> | null = null;

export const hashPassword = (password: string) => hash(password, ARGON);

const INVALID_LOGIN = 'The email or password is incorrect, or the account is locked for a while after repeated failures.';

/** Sign-in, sessions with rotating refresh tokens, and who a request's actor is (R-ACL-1). */
export class AuthService {
  private readonly ipAttempts = new Map<string, number[]>();

  constructor(
    private readonly config: Config,
    private readonly signer: TokenSigner,
  ) {}

  async login(ctx: Ctx, input: LoginInput): Promise<AuthPayload> {
    this.throttle(ctx);
    const now = ctx.now();
    const email = input.email.trim().toLowerCase();
    const user = await ctx.em.findOne(User, { email }, { populate: ['passwordHash'] });
    if (!user) {
      await verify(await (decoyHash ??= hashPassword(randomSecret())), input.password).catch(() => false);
      throw unauthenticated(INVALID_LOGIN);
    }
    ctx.audit = { targetType: 'User', targetId: user.id };
    const locked = user.lockedUntil != null && user.lockedUntil > now;
    const ok = await verify(user.passwordHash, input.password).catch(() => false);
    if (!ok || locked || user.status !== UserStatus.ACTIVE) {
      if (!ok && !locked) {
        user.failedLogins += 1;
        if (user.failedLogins >= this.config.loginMaxFailures) {
          user.lockedUntil = new Date(now.getTime() + this.config.loginLockSeconds * 1000);
          user.failedLogins = 0;
        }
      }
      throw keepingChanges(unauthenticated(INVALID_LOGIN));
    }
    user.failedLogins = 0;
    user.lockedUntil = null;
    user.lastLoginAt = now;
    const session = ctx.em.create(Session, {
      user,
      expiresAt: new Date(now.getTime() + this.config.refreshTokenTtlSeconds * 1000),
      userAgent: ctx.http?.req.headers['user-agent']?.slice(0, 300) ?? null,
    } as never);
    this.issueRefresh(ctx, session);
    ctx.audit.actingForId = null;
    return this.payload(ctx, user, session.id);
  }

  /** Rotates the refresh token from the cookie; a reused token revokes its whole session. */
  async refresh(ctx: Ctx): Promise<AuthPayload> {
    const presented = ctx.http?.cookies[REFRESH_COOKIE];
    if (!presented) throw unauthenticated('No session to refresh; sign in again.');
    const now = ctx.now();
    const token = await ctx.em.findOne(RefreshToken, { hash: hashSecret(presented) }, { populate: ['session', 'session.user'] });
    if (!token) throw unauthenticated('The session is unknown or has ended; sign in again.');
    const session = token.session;
    ctx.audit = { targetType: 'Session', targetId: session.id };
    if (session.revokedAt || session.expiresAt <= now) {
      this.clearCookie(ctx);
      throw unauthenticated('The session has ended; sign in again.');
    }
    // Claim the token atomically: of two concurrent refreshes with one token only one wins.
    const claimed = token.usedAt ? 0 : await ctx.em.nativeUpdate(RefreshToken, { id: token.id, usedAt: null }, { usedAt: now });
    if (claimed === 0) {
      session.revokedAt = now;
      session.revokedReason = 'refresh_token_reuse';
      this.clearCookie(ctx);
      ctx.log.warn({ requestId: ctx.requestId, sessionId: session.id }, 'refresh token reuse: session revoked');
      throw keepingChanges(unauthenticated('This sign-in was used elsewhere and has been ended for safety; sign in again.'));
    }
    const user = session.user;
    if (user.status !== UserStatus.ACTIVE) {
      session.revokedAt = now;
      session.revokedReason = 'user_disabled';
      this.clearCookie(ctx);
      throw keepingChanges(unauthenticated('The account is disabled.'));
    }
    this.issueRefresh(ctx, session);
    return this.payload(ctx, user, session.id);
  }

  async logout(ctx: Ctx): Promise<boolean> {
    const sid = ctx.actor?.sessionId;
    const presented = ctx.http?.cookies[REFRESH_COOKIE];
    let session: Session | null = null;
    if (sid) session = await ctx.em.findOne(Session, { id: sid });
    else if (presented) session = (await ctx.em.findOne(RefreshToken, { hash: hashSecret(presented) }, { populate: ['session'] }))?.session ?? null;
    if (session && !session.revokedAt) {
      session.revokedAt = ctx.now();
      session.revokedReason = 'logout';
      ctx.audit = { targetType: 'Session', targetId: session.id };
    }
    this.clearCookie(ctx);
    return true;
  }

  viewer(ctx: Ctx): Viewer {
    const actor = ctx.actor!;
    return {
      actorType: actor.type,
      id: actor.id,
      name: actor.name,
      employeeId: actor.employeeId,
      permissions: [...new Set(ctx.access.grants.map((g) => g.permission))].sort(),
      grants: ctx.access.grants.map((g) => ({
        permission: g.permission,
        scope: g.scope,
        unitId: g.unitPath ? (g.unitPath.split('/').filter(Boolean).pop() ?? null) : null,
      })),
    };
  }

  /**
   * Who is calling, from `Authorization: Bearer <access token>` or an API key
   * (`Authorization: ApiKey <key>` or `X-Api-Key`). Bearer tokens cost no query.
   */
  async authenticate(em: () => EntityManager, authorization: string | undefined, apiKeyHeader: string | undefined, now: Date): Promise<{ actor: Actor | null; access: Access }> {
    let apiKey = apiKeyHeader;
    if (authorization) {
      const [scheme, value] = authorization.split(' ', 2) as [string, string | undefined];
      if (/^bearer$/i.test(scheme) && value) {
        const claims = this.signer.verify(value, Math.floor(now.getTime() / 1000));
        if (!claims) throw unauthenticated('The access token is invalid or expired; refresh the session or sign in again.');
        return {
          actor: { type: 'USER', id: claims.sub, name: claims.name, employeeId: claims.emp, sessionId: claims.sid },
          access: this.accessOf(claims),
        };
      }
      if (/^apikey$/i.test(scheme) && value) apiKey = value;
      else throw unauthenticated('Unsupported Authorization header; use "Bearer <token>" or "ApiKey <key>".');
    }
    if (!apiKey) return { actor: null, access: new Access([], null) };
    const hash = hashSecret(apiKey);
    const cached = this.keys.get(hash);
    if (cached && cached.until > now.getTime() && (!cached.expiresAt || cached.expiresAt > now.getTime())) return cached.auth;
    const key = await em().findOne(ApiKey, { secretHash: hash }, { populate: ['unit'] });
    if (!key || key.revokedAt || (key.expiresAt && key.expiresAt <= now)) {
      this.keys.delete(hash);
      throw unauthenticated('The API key is invalid, revoked or expired.');
    }
    this.touch(em(), key, now);
    const auth = {
      actor: { type: 'API_KEY' as const, id: key.id, name: key.name, employeeId: null },
      access: new Access(anchor(key.grants, key.unit?.path ?? null), null),
    };
    if (this.config.apiKeyCacheSeconds > 0) {
      if (this.keys.size > 10_000) this.keys.clear();
      this.keys.set(hash, { auth, keyId: key.id, until: now.getTime() + this.config.apiKeyCacheSeconds * 1000, expiresAt: key.expiresAt?.getTime() ?? null });
    }
    return auth;
  }

  /**
   * Checked keys, by secret hash, for API_KEY_CACHE_SECONDS: an integration posting many
   * requests pays one lookup, not one per request. Revoking on this replica forgets the key
   * at once; other replicas within the cache time.
   */
  private readonly keys = new Map<string, { auth: { actor: Actor; access: Access }; keyId: string; until: number; expiresAt: number | null }>();

  forgetApiKey(keyId: string): void {
    for (const [hash, entry] of this.keys) if (entry.keyId === keyId) this.keys.delete(hash);
  }

  /** One Access per verified token: the signer caches the claims object, so this follows it. */
  private readonly accessByClaims = new WeakMap<AccessClaims, Access>();
  private accessOf(claims: AccessClaims): Access {
    let access = this.accessByClaims.get(claims);
    if (!access) this.accessByClaims.set(claims, (access = new Access(claims.grants, claims.emp)));
    return access;
  }

  async grantsOf(em: EntityManager, user: User): Promise<{ grants: Grant[]; employeeId: string | null }> {
    const employee = user.employee ? await em.findOne(Employee, { id: user.employee.id }, { populate: ['unit'] }) : null;
    return { grants: await grantsForUser(em, user.id, employee?.unit.path ?? null), employeeId: employee?.id ?? null };
  }

  private async payload(ctx: Ctx, user: User, sessionId: string): Promise<AuthPayload> {
    const { grants, employeeId } = await this.grantsOf(ctx.em, user);
    const exp = Math.floor(ctx.now().getTime() / 1000) + this.config.accessTokenTtlSeconds;
    const accessToken = this.signer.sign({ sub: user.id, sid: sessionId, emp: employeeId, name: user.displayName, grants, exp });
    return { accessToken, accessTokenExpiresAt: new Date(exp * 1000), user };
  }

  private issueRefresh(ctx: Ctx, session: Session): void {
    const secret = randomSecret();
    ctx.em.create(RefreshToken, { session, hash: hashSecret(secret) } as never);
    const maxAge = Math.max(0, Math.floor((session.expiresAt.getTime() - ctx.now().getTime()) / 1000));
    ctx.http?.setCookies.push(this.cookie(secret, maxAge));
  }

  private clearCookie(ctx: Ctx): void {
    ctx.http?.setCookies.push(this.cookie('', 0));
  }

  /** HttpOnly so scripts never see it; SameSite=Strict and scoped to /graphql. */
  private cookie(value: string, maxAge: number): string {
    const secure = this.config.env === 'production' ? '; Secure' : '';
    return `${REFRESH_COOKIE}=${value}; HttpOnly; SameSite=Strict; Path=/graphql; Max-Age=${maxAge}${secure}`;
  }

  /** Last use is recorded at most once a minute per key, so keys cost no write per request. */
  private readonly lastTouch = new Map<string, number>();
  private touch(em: EntityManager, key: ApiKey, now: Date): void {
    const last = this.lastTouch.get(key.id) ?? key.lastUsedAt?.getTime() ?? 0;
    if (now.getTime() - last < 60_000) return;
    this.lastTouch.set(key.id, now.getTime());
    em.fork()
      .nativeUpdate(ApiKey, { id: key.id }, { lastUsedAt: now })
      .catch(() => this.lastTouch.delete(key.id));
  }

  /** Best-effort per-replica limit on sign-in attempts from one address. */
  private throttle(ctx: Ctx): void {
    const ip = ctx.http?.ip ?? 'internal';
    const now = ctx.now().getTime();
    const windowMs = 60_000;
    const limit = 20;
    const recent = (this.ipAttempts.get(ip) ?? []).filter((t) => now - t < windowMs);
    if (recent.length >= limit) {
      throw rateLimited('Too many sign-in attempts from this address; wait a minute and try again.', Math.ceil((windowMs - (now - recent[0]!)) / 1000));
    }
    recent.push(now);
    this.ipAttempts.set(ip, recent);
    if (this.ipAttempts.size > 10_000) this.ipAttempts.clear();
  }
}

