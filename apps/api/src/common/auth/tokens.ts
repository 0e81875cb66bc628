import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Grant } from './access';
import type { Permission, Scope } from './permissions';

/**
 * Access tokens are short-lived HMAC-signed claims. They carry the holder's grants so that
 * a request needs no query to know what its actor may do; a change of roles takes effect
 * at the next refresh (at most ACCESS_TOKEN_TTL later).
 */
export interface AccessClaims {
  sub: string; // user id
  sid: string; // session id
  emp: string | null; // employee id
  name: string;
  grants: Grant[];
  exp: number; // seconds since epoch
}

type WireGrant = [Permission, Scope, string?];
interface WireClaims {
  s: string;
  i: string;
  e: string | null;
  n: string;
  g: WireGrant[];
  x: number;
}

const b64 = (buf: Buffer | string) => Buffer.from(buf).toString('base64url');

export class TokenSigner {
  private readonly key: Buffer;
  /**
   * Tokens already verified, so a client's repeated requests skip the HMAC and the parse.
   * Keyed by the whole token string; expiry is still checked on every use.
   */
  private readonly verified = new Map<string, AccessClaims>();
  private static readonly CACHE_SIZE = 5_000;

  constructor(secret: string) {
    this.key = createHash('sha256').update(secret).digest();
  }

  sign(claims: AccessClaims): string {
    const wire: WireClaims = {
      s: claims.sub,
      i: claims.sid,
      e: claims.emp,
      n: claims.name,
      g: claims.grants.map((g) => (g.unitPath ? [g.permission, g.scope, g.unitPath] : [g.permission, g.scope])),
      x: claims.exp,
    };
    const body = b64(JSON.stringify(wire));
    return `v1.${body}.${this.mac(body)}`;
  }

  /** Returns the claims, or null when the token is malformed, forged or expired. */
  verify(token: string, nowSeconds = Math.floor(Date.now() / 1000)): AccessClaims | null {
    const cached = this.verified.get(token);
    if (cached) return cached.exp > nowSeconds ? cached : null;
    const claims = this.verifyUncached(token, nowSeconds);
    if (claims) {
      if (this.verified.size >= TokenSigner.CACHE_SIZE) this.verified.clear();
      this.verified.set(token, claims);
    }
    return claims;
  }

  private verifyUncached(token: string, nowSeconds: number): AccessClaims | null {
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== 'v1') return null;
    const [, body, sig] = parts as [string, string, string];
    const expected = Buffer.from(this.mac(body));
    const given = Buffer.from(sig);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    let wire: WireClaims;
    try {
      wire = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as WireClaims;
    } catch {
      return null;
    }
    if (typeof wire.x !== 'number' || wire.x <= nowSeconds) return null;
    return {
      sub: wire.s,
      sid: wire.i,
      emp: wire.e,
      name: wire.n,
      grants: wire.g.map(([permission, scope, unitPath]) => (unitPath ? { permission, scope, unitPath } : { permission, scope })),
      exp: wire.x,
    };
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}

/** Opaque random secrets (refresh tokens, API keys) are stored only as their SHA-256. */
export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');
export const randomSecret = (bytes = 32) => randomBytes(bytes).toString('base64url');
