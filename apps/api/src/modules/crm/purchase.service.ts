import { createHash } from 'node:crypto';
import type { Ctx } from '../../context';
import { Permission } from '../../common/auth/permissions';
import { badField, badInput, conflict, forbidden, notFound, type FieldIssue } from '../../common/errors';
import { formatMoney } from '../../common/money';
import { pageOf, pageRequest, type Page, type PageArgs } from '../../common/pagination';
import { execute } from '../../common/sql';
import type { EventBus } from '../../common/events';
import { OrgUnit } from '../org/org-unit.entity';
import { Customer } from './customer.entity';
import { Purchase, PurchaseStatus, type PurchaseItem } from './purchase.entity';
import { Tier } from './tier.entity';
import { WinBackStatus, WinBackTask } from './win-back.entity';
import { PurchaseRecorded, PurchaseRefunded } from './crm.events';
import { stationRef, type CustomerService } from './customer.service';
import type { TierService } from './tier.service';
import type { RecordPurchaseInput, RefundPurchaseInput } from './crm.inputs';

/** Clock skew tolerated between a POS and the server. */
const FUTURE_SKEW_MS = 5 * 60_000;

/** Purchase records (R-CRM-1) posted by points of sale, idempotent by external order id. */
export class PurchaseService {
  constructor(
    private readonly customers: CustomerService,
    private readonly tiers: TierService,
    private readonly events: EventBus,
  ) {}

  /**
   * Records a purchase once: the same external order id again returns the first result; the
   * same id with other content is a CONFLICT. The customer is locked first, so two copies of
   * one order posted at once are applied one after the other and the second finds the first.
   */
  async record(ctx: Ctx, input: RecordPurchaseInput): Promise<Purchase> {
    const issues: FieldIssue[] = [];
    if (!input.customerId === !input.customerPhone) issues.push({ field: 'customerId', message: 'give either customerId or customerPhone', code: 'one_of' });
    if (!input.stationId === !input.stationCode) issues.push({ field: 'stationId', message: 'give either stationId or stationCode', code: 'one_of' });
    if (!(input.amount > 0)) issues.push({ field: 'amount', message: 'must be greater than zero', code: 'out_of_range' });
    if (input.occurredAt.getTime() > ctx.now().getTime() + FUTURE_SKEW_MS) issues.push({ field: 'occurredAt', message: 'must not be in the future', code: 'out_of_range' });
    input.items.forEach((item, i) => {
      if (item.unitPrice < 0) issues.push({ field: `items.${i}.unitPrice`, message: 'must not be negative', code: 'out_of_range' });
    });
    if (issues.length) throw badInput(issues);
    if (input.customerPhone && !ctx.access.has(Permission.ReadCustomerContact)) {
      // R-ACL-3: a lookup by number answers "whose number is this"; only those who may see numbers ask it.
      throw forbidden('Finding a customer by phone number needs the ReadCustomerContact right.', [Permission.ReadCustomerContact]);
    }
    let found = input.customerId ? await this.customers.get(ctx, input.customerId) : await this.customers.findByPhone(ctx, input.customerPhone!);
    if (found && input.customerPhone && !this.customers.contactVisible(ctx, found)) found = null;
    if (!found) throw badField('customerPhone', 'no customer file has this phone number', 'not_found');
    const station = await ctx.em.findOne(OrgUnit, input.stationId ? { id: input.stationId } : { code: input.stationCode!.toUpperCase() });
    if (!station || station.archivedAt) throw badField(input.stationId ? 'stationId' : 'stationCode', 'no such station', 'not_found');
    ctx.access.assertReaches(Permission.RecordPurchase, station.path, null, `station ${station.code}`);
    const items: PurchaseItem[] = input.items.map((i) => ({ sku: i.sku ?? null, name: i.name.trim(), quantity: i.quantity, unitPriceCents: i.unitPrice }));
    const hash = contentHash(found.id, station.id, input.amount, items, input.occurredAt);

    await this.customers.lock(ctx, found.id);
    const existing = await ctx.em.findOne(Purchase, { externalOrderId: input.externalOrderId });
    if (existing) {
      if (existing.contentHash !== hash) {
        throw conflict(`Order ${input.externalOrderId} was already recorded with different content.`, { reason: 'IDEMPOTENCY_KEY_REUSED', purchaseId: existing.id });
      }
      ctx.audit = { targetType: 'Purchase', targetId: existing.id, before: null, after: { replayed: true } };
      return existing;
    }
    // Re-read after the lock: a concurrent purchase may have changed the figures.
    const customer = await ctx.em.refresh(found, { populate: ['tier'] }) ?? found;
    const tierAtPurchase = customer.tier ? await ctx.em.findOne(Tier, { id: customer.tier.id }) : null;
    const firstPurchase = customer.purchaseCount === 0 && !(await ctx.em.count(Purchase, { customer }));
    const purchase = ctx.em.create(Purchase, {
      externalOrderId: input.externalOrderId,
      contentHash: hash,
      customer,
      station,
      amountCents: input.amount,
      items,
      occurredAt: input.occurredAt,
      recordedBy: ctx.actor?.name ?? 'unknown',
    } as never);
    customer.lifetimeSpendCents += input.amount;
    customer.purchaseCount += 1;
    if (!customer.firstPurchaseAt || input.occurredAt < customer.firstPurchaseAt) customer.firstPurchaseAt = input.occurredAt;
    if (!customer.lastPurchaseAt || input.occurredAt > customer.lastPurchaseAt) customer.lastPurchaseAt = input.occurredAt;
    await ctx.em.flush();
    await this.events.publish(ctx, new PurchaseRecorded(purchase, customer, tierAtPurchase, firstPurchase));
    await this.tiers.afterPurchase(ctx, customer);
    // R-CRM-4: buying again wins a lost customer back; their open tasks close themselves.
    await ctx.em.nativeUpdate(WinBackTask, { customer: customer.id, status: { $in: [WinBackStatus.OPEN, WinBackStatus.CONTACTED] } }, { status: WinBackStatus.WON_BACK, closedAt: ctx.now() });
    this.customers.addEvent(ctx, customer, {
      kind: 'PURCHASE',
      at: input.occurredAt,
      summary: `${formatMoney(input.amount)} · ${station.name}`,
      refType: 'Purchase',
      refId: purchase.id,
      data: { externalOrderId: input.externalOrderId, amount: formatMoney(input.amount), items: items.length, points: purchase.pointsEarned, station: stationRef(station) },
    });
    ctx.audit = { targetType: 'Purchase', targetId: purchase.id, before: null, after: { externalOrderId: input.externalOrderId, customer: customer.id, station: station.id, amount: formatMoney(input.amount), points: purchase.pointsEarned } };
    await ctx.em.flush();
    return purchase;
  }

  /**
   * Refunds a whole purchase and takes back its points (R-LOY-2). Refunding again returns
   * the refunded purchase unchanged.
   */
  async refund(ctx: Ctx, input: RefundPurchaseInput): Promise<Purchase> {
    if (!input.purchaseId === !input.externalOrderId) throw badField('purchaseId', 'give either purchaseId or externalOrderId', 'one_of');
    const where = input.purchaseId ? { id: input.purchaseId } : { externalOrderId: input.externalOrderId! };
    const found = await ctx.em.findOne(Purchase, where, { populate: ['station', 'customer', 'customer.homeStation'] });
    if (!found || !ctx.access.reaches(Permission.RefundPurchase, found.station.path)) throw notFound('Purchase', input.purchaseId ?? input.externalOrderId ?? undefined);
    await this.customers.lock(ctx, found.customer.id);
    const purchase = (await ctx.em.refresh(found)) ?? found;
    if (purchase.status === PurchaseStatus.REFUNDED) return purchase;
    const customer = (await ctx.em.refresh(purchase.customer)) ?? purchase.customer;
    purchase.status = PurchaseStatus.REFUNDED;
    purchase.refundedAt = ctx.now();
    purchase.refundReason = input.reason.trim();
    customer.lifetimeSpendCents = Math.max(0, customer.lifetimeSpendCents - purchase.amountCents);
    customer.purchaseCount = Math.max(0, customer.purchaseCount - 1);
    await ctx.em.flush();
    const [last] = await execute<{ last: unknown }[]>(ctx, ctx.em.getKnex()('purchase').max({ last: 'occurred_at' }).where({ customer_id: customer.id, status: PurchaseStatus.RECORDED }));
    customer.lastPurchaseAt = last?.last == null ? null : last.last instanceof Date ? last.last : new Date(Number(last.last));
    await this.events.publish(ctx, new PurchaseRefunded(purchase, customer));
    this.customers.addEvent(ctx, customer, {
      kind: 'REFUND',
      summary: `${formatMoney(purchase.amountCents)} · ${purchase.externalOrderId} · ${purchase.refundReason}`,
      refType: 'Purchase',
      refId: purchase.id,
      data: { externalOrderId: purchase.externalOrderId, amount: formatMoney(purchase.amountCents), reason: purchase.refundReason },
    });
    ctx.audit = { targetType: 'Purchase', targetId: purchase.id, before: { status: PurchaseStatus.RECORDED }, after: { status: PurchaseStatus.REFUNDED, reason: purchase.refundReason } };
    await ctx.em.flush();
    return purchase;
  }

  async forCustomer(ctx: Ctx, customerId: string, args: PageArgs): Promise<Page<Purchase>> {
    const page = pageRequest(args, 10_000);
    const where: Record<string, unknown> = { customer: customerId };
    if (page.after) {
      const [at, id] = page.after as [string, string];
      where.$or = [{ occurredAt: { $lt: new Date(at) } }, { occurredAt: new Date(at), id: { $lt: id } }];
    }
    const rows = await ctx.em.find(Purchase, where as never, { orderBy: { occurredAt: 'desc', id: 'desc' }, limit: page.limit + 1, offset: page.after ? 0 : page.offset });
    return pageOf(rows, page, (p) => [p.occurredAt.toISOString(), p.id], () => ctx.em.count(Purchase, { customer: customerId }));
  }

  /** A purchase visible through its customer (ReadCustomer reach). */
  async get(ctx: Ctx, id: string): Promise<Purchase> {
    const p = await ctx.em.findOne(Purchase, { id }, { populate: ['customer.homeStation'] });
    if (!p || !ctx.access.reaches(Permission.ReadCustomer, (p.customer as Customer).homeStation.path)) throw notFound('Purchase', id);
    return p;
  }
}

function contentHash(customerId: string, stationId: string, amount: number, items: PurchaseItem[], at: Date): string {
  return createHash('sha256').update(JSON.stringify([customerId, stationId, amount, items, at.toISOString()])).digest('hex');
}
