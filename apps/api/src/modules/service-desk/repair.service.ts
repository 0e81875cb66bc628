import type { Ctx } from '../../context';
import { Permission } from '../../common/auth/permissions';
import { badField, conflict, notFound } from '../../common/errors';
import type { EventBus } from '../../common/events';
import { localDate } from '../../common/time';
import { DocumentDecided } from '../processes';
import { RepairKind, RepairOrder, RepairStatus } from './repair.entity';
import { TicketKind } from './ticket.entity';
import type { TicketService } from './ticket.service';
import { TicketAction } from './service-desk.inputs';
import { RepairDelivered } from './service-desk.events';

/** Calendar months after shipping within which a product with a quality problem may be returned (R-SVC-8). */
export const RETURN_WINDOW_MONTHS = 3;

/** The order a repair moves in; none is skipped. */
const NEXT: Partial<Record<RepairStatus, RepairStatus>> = {
  [RepairStatus.RECEIVED]: RepairStatus.REPAIRING,
  [RepairStatus.REPAIRING]: RepairStatus.QC_PASSED,
  [RepairStatus.QC_PASSED]: RepairStatus.SHIPPED,
  [RepairStatus.SHIPPED]: RepairStatus.DELIVERED,
};

/**
 * Returns and repairs (R-SVC-8): the three-month return window with exceptions approved
 * through the process engine, the customer's consent before a charged main-component
 * repair, and the repair tracked from receipt until the customer has it back.
 */
export class RepairService {
  constructor(
    private readonly tickets: TicketService,
    events: EventBus,
  ) {
    events.subscribe(DocumentDecided, (ctx, e) => this.onDecided(ctx, e));
  }

  async startReturn(ctx: Ctx, ticketId: string, input: { shippedOn: string; qualityProblem: boolean; reason: string }): Promise<RepairOrder> {
    const t = await this.case(ctx, ticketId);
    const today = localDate(ctx.now(), ctx.config.timeZone);
    if (input.shippedOn > today) throw badField('shippedOn', 'must not be in the future', 'out_of_range');
    const within = input.qualityProblem && input.shippedOn >= monthsBefore(today, RETURN_WINDOW_MONTHS);
    const order = ctx.em.create(RepairOrder, {
      ticket: t,
      kind: RepairKind.RETURN,
      status: within ? RepairStatus.RECEIVED : RepairStatus.AWAITING_APPROVAL,
      shippedOn: input.shippedOn,
      withinWindow: within,
      receivedAt: within ? ctx.now() : null,
    } as never);
    if (!within) {
      // Outside the window (or without a quality problem) only an approved exception lets it through.
      const doc = await ctx.services.processes.create(ctx, 'RETURN_EXCEPTION', { ticketNumber: t.number, shippedOn: input.shippedOn, reason: input.reason });
      await ctx.services.processes.submit(ctx, doc.id);
      order.exceptionDocumentId = doc.id;
    }
    await this.tickets.act(ctx, t.id, { action: TicketAction.NOTE, text: within ? `Return accepted within ${RETURN_WINDOW_MONTHS} months of shipping (${input.shippedOn}).` : `Return outside the window (shipped ${input.shippedOn}): exception requested.` });
    ctx.audit = { targetType: 'RepairOrder', targetId: order.id, before: null, after: { kind: RepairKind.RETURN, within, shippedOn: input.shippedOn } };
    await ctx.em.flush();
    return order;
  }

  async startRepair(ctx: Ctx, ticketId: string, input: { inWarranty: boolean; mainComponent: boolean; charge?: number | null }): Promise<RepairOrder> {
    const t = await this.case(ctx, ticketId);
    const needsConsent = !input.inWarranty && input.mainComponent;
    if (needsConsent && !(input.charge && input.charge > 0)) throw badField('charge', 'state the charge the customer must agree to', 'required');
    const order = ctx.em.create(RepairOrder, {
      ticket: t,
      kind: RepairKind.REPAIR,
      status: needsConsent ? RepairStatus.AWAITING_CONSENT : RepairStatus.RECEIVED,
      inWarranty: input.inWarranty,
      mainComponent: input.mainComponent,
      chargeCents: input.charge ?? null,
      receivedAt: needsConsent ? null : ctx.now(),
    } as never);
    ctx.audit = { targetType: 'RepairOrder', targetId: order.id, before: null, after: { kind: RepairKind.REPAIR, status: order.status } };
    await ctx.em.flush();
    return order;
  }

  /** R-SVC-8: an out-of-warranty main-component repair starts only with the customer's recorded consent to the charge. */
  async recordConsent(ctx: Ctx, id: string, consented: boolean, note: string): Promise<RepairOrder> {
    const order = await this.order(ctx, id);
    if (order.status !== RepairStatus.AWAITING_CONSENT) throw conflict('This repair is not waiting for consent.', { reason: 'NOT_AWAITING_CONSENT' });
    if (!note.trim()) throw badField('note', 'record how the customer agreed (signed form, recorded call)', 'required');
    order.status = consented ? RepairStatus.RECEIVED : RepairStatus.REFUSED;
    order.consentAt = consented ? ctx.now() : null;
    order.receivedAt = consented ? ctx.now() : null;
    order.consentNote = note.trim();
    await this.tickets.act(ctx, order.ticket.id, { action: TicketAction.NOTE, text: `${consented ? 'Customer consented to the charge' : 'Customer refused the charge'}: ${order.consentNote}` });
    ctx.audit = { targetType: 'RepairOrder', targetId: order.id, before: { status: RepairStatus.AWAITING_CONSENT }, after: { status: order.status } };
    await ctx.em.flush();
    return order;
  }

  /** Moves a repair one step on: received → repairing → QC passed → shipped → delivered. */
  async advance(ctx: Ctx, id: string, to: RepairStatus): Promise<RepairOrder> {
    const order = await this.order(ctx, id);
    const next = NEXT[order.status];
    if (order.kind !== RepairKind.REPAIR || next !== to) {
      throw conflict(`A repair at ${order.status} moves to ${next ?? 'nothing'} next, not ${to}.`, { reason: 'OUT_OF_ORDER', next: next ?? null });
    }
    const before = order.status;
    order.status = to;
    if (to === RepairStatus.DELIVERED) order.deliveredAt = ctx.now();
    await this.tickets.act(ctx, order.ticket.id, { action: TicketAction.NOTE, text: `Repair ${to}` });
    if (to === RepairStatus.DELIVERED) await ctx.services.events.publish(ctx, new RepairDelivered(order, order.ticket));
    ctx.audit = { targetType: 'RepairOrder', targetId: order.id, before: { status: before }, after: { status: to } };
    await ctx.em.flush();
    return order;
  }

  forTicket(ctx: Ctx, ticketId: string): Promise<RepairOrder | null> {
    return ctx.em.findOne(RepairOrder, { ticket: ticketId });
  }

  private async onDecided(ctx: Ctx, e: DocumentDecided): Promise<void> {
    if (e.document.kind !== 'RETURN_EXCEPTION') return;
    const order = await ctx.em.findOne(RepairOrder, { exceptionDocumentId: e.document.id });
    if (!order || order.status !== RepairStatus.AWAITING_APPROVAL) return;
    order.status = e.approved ? RepairStatus.RECEIVED : RepairStatus.REFUSED;
    if (e.approved) order.receivedAt = ctx.now();
  }

  private async case(ctx: Ctx, ticketId: string) {
    const t = await this.tickets.get(ctx, ticketId, Permission.ManageTicket);
    if (t.kind !== TicketKind.RETURN_REPAIR) throw conflict(`Case ${t.number} is not a return or repair; change its kind first.`, { reason: 'NOT_A_RETURN' });
    if (await ctx.em.count(RepairOrder, { ticket: t.id })) throw conflict(`Case ${t.number} already has a return or repair.`, { reason: 'ALREADY_OPEN' });
    return t;
  }

  private async order(ctx: Ctx, id: string): Promise<RepairOrder> {
    const order = await ctx.em.findOne(RepairOrder, { id }, { populate: ['ticket'] });
    if (!order) throw notFound('Repair', id);
    await this.tickets.get(ctx, order.ticket.id, Permission.ManageTicket);
    return order;
  }
}

/** The same day `months` calendar months earlier (clamped to the month's end). */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 - months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}
