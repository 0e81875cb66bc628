import { ArgumentValidationError, UseMiddleware, type MiddlewareFn } from 'type-graphql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Ctx } from '../../context';
import { Permission } from './permissions';
import { forbidden, unauthenticated, AppError, ErrorCode, keepsChanges } from '../errors';
import { AuditRecord, AuditOutcome, ActorType } from '../../modules/audit/audit-record.entity';

/** Who may call a root field. Every root field declares one (a test walks the schema). */
export type Rule = { kind: 'public' } | { kind: 'authenticated' } | { kind: 'permission'; anyOf: Permission[] };

export const Public: Rule = { kind: 'public' };
export const Authenticated: Rule = { kind: 'authenticated' };

const RULE = Symbol('stationhub.rule');
type Guard = MiddlewareFn<Ctx> & { [RULE]: Rule };

export function ruleOf(middleware: unknown): Rule | undefined {
  return typeof middleware === 'function' ? (middleware as Partial<Guard>)[RULE] : undefined;
}

function check(rule: Rule, ctx: Ctx): void {
  if (rule.kind === 'public') return;
  if (!ctx.actor) throw ctx.authError ?? unauthenticated();
  if (rule.kind === 'authenticated') return;
  if (!rule.anyOf.some((p) => ctx.access.has(p))) {
    throw forbidden(`This needs the ${rule.anyOf.join(' or ')} right.`, rule.anyOf);
  }
}

/**
 * Declares a root field's rule. On mutations it also runs the whole field in one
 * transaction with its audit record (R-ACL-5): an allowed mutation commits its changes and
 * its record together; a denied or failed one rolls back and records the attempt alone.
 */
export function Allow(...rules: (Rule | Permission)[]): MethodDecorator & PropertyDecorator {
  const perms = rules.filter((r): r is Permission => typeof r === 'string');
  const others = rules.filter((r): r is Rule => typeof r !== 'string');
  const rule: Rule = perms.length ? { kind: 'permission', anyOf: perms } : (others[0] ?? Authenticated);
  const guard: Guard = Object.assign<MiddlewareFn<Ctx>, { [RULE]: Rule }>(
    async ({ context, info }, next) => {
      if (info.parentType.name !== 'Mutation') {
        check(rule, context);
        return next();
      }
      return audited(context, info.fieldName, async () => {
        check(rule, context);
        return next();
      });
    },
    { [RULE]: rule },
  );
  return UseMiddleware(guard);
}

async function audited<T>(ctx: Ctx, operation: string, run: () => Promise<T>): Promise<T> {
  const outer = ctx.em;
  ctx.audit = {};
  const after: (() => void)[] = [];
  const holder = ctx as Ctx & { pendingAfterCommit?: (() => void)[] | null };
  holder.pendingAfterCommit = after;
  let committedError: unknown = null;
  let result: T;
  try {
    result = await outer.transactional(async (tx) => {
      ctx.em = tx;
      try {
        const value = await run();
        // Flush the work first so the record describes what was actually written.
        await tx.flush();
        tx.persist(record(ctx, operation, AuditOutcome.ALLOWED, null));
        return value;
      } catch (error) {
        if (!keepsChanges(error)) throw error;
        await tx.flush();
        tx.persist(record(ctx, operation, outcomeOf(error), codeOf(error)));
        committedError = error;
        return undefined as T;
      }
    });
  } catch (error) {
    try {
      await outer.fork().persist(record(ctx, operation, outcomeOf(error), codeOf(error))).flush();
    } catch (auditError) {
      ctx.log.error({ err: auditError, requestId: ctx.requestId }, 'audit record of a failed mutation could not be written');
    }
    throw error;
  } finally {
    ctx.em = outer;
    holder.pendingAfterCommit = null;
  }
  for (const fn of after) {
    try {
      fn();
    } catch (error) {
      ctx.log.error({ err: error, requestId: ctx.requestId }, 'an after-commit action failed');
    }
  }
  if (committedError) throw committedError;
  return result;
}

const codeOf = (error: unknown): string => {
  if (error instanceof AppError) return error.code;
  if (error instanceof ArgumentValidationError) return ErrorCode.BAD_USER_INPUT;
  if (error instanceof UniqueConstraintViolationException) return ErrorCode.CONFLICT;
  return ErrorCode.INTERNAL_SERVER_ERROR;
};
const outcomeOf = (error: unknown): AuditOutcome => {
  const code = codeOf(error);
  return code === ErrorCode.FORBIDDEN || code === ErrorCode.UNAUTHENTICATED ? AuditOutcome.DENIED : AuditOutcome.FAILED;
};

function record(ctx: Ctx, operation: string, outcome: AuditOutcome, errorCode: string | null): AuditRecord {
  const r = new AuditRecord();
  r.at = ctx.now();
  r.actorType = ctx.actor ? (ctx.actor.type === 'USER' ? ActorType.USER : ActorType.API_KEY) : ActorType.ANONYMOUS;
  r.actorId = ctx.actor?.id ?? null;
  r.actorName = ctx.actor?.name ?? null;
  r.actingForId = ctx.audit.actingForId ?? null;
  r.operation = operation;
  r.outcome = outcome;
  r.errorCode = errorCode;
  r.targetType = ctx.audit.targetType ?? null;
  r.targetId = ctx.audit.targetId ?? null;
  r.before = ctx.audit.before ?? null;
  r.after = outcome === AuditOutcome.ALLOWED ? (ctx.audit.after ?? null) : null;
  r.requestId = ctx.requestId;
  return r;
}
