import { createHash } from 'node:crypto';
import type { Ctx } from '../../context';
import { rateLimited } from '../../common/errors';

/** Bad links one address may try within the window before it is turned away. */
const MAX_FAILURES = 30;
const WINDOW_MS = 10 * 60_000;

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/**
 * Best-effort, per replica: an address that keeps presenting unknown survey links is
 * guessing them, and is slowed down. Tokens carry 256 random bits, so this is about load
 * rather than secrecy; valid links are never limited, so a busy station is never turned away.
 */
export class LinkGuard {
  private readonly failures = new Map<string, number[]>();

  check(ctx: Ctx): void {
    const ip = ctx.http?.ip ?? 'internal';
    const now = ctx.now().getTime();
    const recent = (this.failures.get(ip) ?? []).filter((t) => now - t < WINDOW_MS);
    if (recent.length >= MAX_FAILURES) {
      throw rateLimited('Too many invalid survey links from this address; wait a few minutes and try again.', Math.ceil((WINDOW_MS - (now - recent[0]!)) / 1000));
    }
  }

  failed(ctx: Ctx): void {
    const ip = ctx.http?.ip ?? 'internal';
    const now = ctx.now().getTime();
    const recent = (this.failures.get(ip) ?? []).filter((t) => now - t < WINDOW_MS);
    recent.push(now);
    this.failures.set(ip, recent);
    if (this.failures.size > 10_000) this.failures.clear();
  }
}
