import type { Ctx } from '../../context';
import { afterCondition, pageOf, pageRequest, type Page } from '../../common/pagination';
import { badField } from '../../common/errors';
import { AuditRecord } from './audit-record.entity';
import type { AuditArgs } from './audit.resolver';

/** Browsing the audit trail; nothing here writes (records come from the mutation guard). */
export class AuditService {
  /** Newest first; keyset on (at, id) descending. */
  async list(ctx: Ctx, args: AuditArgs): Promise<Page<AuditRecord>> {
    const page = pageRequest(args);
    const where: Record<string, unknown>[] = [];
    if (args.actorId) where.push({ actorId: args.actorId });
    if (args.operation) where.push({ operation: args.operation });
    if (args.targetType) where.push({ targetType: args.targetType });
    if (args.targetId) where.push({ targetId: args.targetId });
    if (args.outcome) where.push({ outcome: args.outcome });
    if (args.from && args.to && args.from > args.to) throw badField('to', 'must not be before from', 'out_of_range');
    if (args.from) where.push({ at: { $gte: args.from } });
    if (args.to) where.push({ at: { $lt: args.to } });
    const filter = where.length ? { $and: where } : {};
    const pageWhere = page.after ? { $and: [...where, descending(page.after)] } : filter;
    const rows = await ctx.em.find(AuditRecord, pageWhere as never, {
      orderBy: { at: 'desc', id: 'desc' },
      limit: page.limit + 1,
      offset: page.after ? 0 : page.offset,
    } as never);
    return pageOf(rows, page, (r) => [r.at.toISOString(), r.id], () => ctx.em.count(AuditRecord, filter as never));
  }
}

function descending(values: unknown[]): Record<string, unknown> {
  const [at, id] = values as [string, string];
  return afterCondition(['at', 'id'], [new Date(at), id], 'desc');
}
