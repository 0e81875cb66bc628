import type { EntityManager } from '@mikro-orm/knex';
import type { Ctx } from '../../context';
import { OrgUnit } from '../org/org-unit.entity';
import { addBusinessMinutes, businessMinutesBetween, DEFAULT_WEEK, type BusinessCalendar } from './business-time';
import { ServiceCalendar, Severity, SlaPolicy, TicketKind, type Ticket } from './ticket.entity';

/** Business minutes per severity: [first response, next update]. */
const RESPONSE: Record<Severity, [number, number]> = {
  CRITICAL: [30, 120],
  HIGH: [60, 240],
  MEDIUM: [120, 480],
  LOW: [240, 960],
};
/** Business minutes to resolve, per kind and severity (a business day is 8 hours). */
const RESOLUTION: Record<TicketKind, Record<Severity, number>> = {
  INQUIRY: { CRITICAL: 240, HIGH: 480, MEDIUM: 960, LOW: 1440 },
  COMPLAINT: { CRITICAL: 480, HIGH: 960, MEDIUM: 1440, LOW: 2400 },
  TECH_SUPPORT: { CRITICAL: 480, HIGH: 1440, MEDIUM: 2400, LOW: 4800 },
  RETURN_REPAIR: { CRITICAL: 2400, HIGH: 4800, MEDIUM: 4800, LOW: 4800 },
};

/**
 * SLA targets and clocks (R-SVC-10): targets by kind, severity and the customer's service
 * priority, counted in the station's business hours.
 */
export class SlaService {
  /** The regime's default targets, and halved ones for customers whose tier gives priority service (R-CRM-2). */
  async ensureDefaults(em: EntityManager): Promise<void> {
    if (await em.count(SlaPolicy, {})) return;
    for (const kind of Object.values(TicketKind)) {
      for (const severity of Object.values(Severity)) {
        const [first, update] = RESPONSE[severity];
        const resolution = RESOLUTION[kind][severity];
        em.create(SlaPolicy, { kind, severity, minPriority: 0, firstResponseMinutes: first, updateMinutes: update, resolutionMinutes: resolution } as never);
        em.create(SlaPolicy, { kind, severity, minPriority: 1, firstResponseMinutes: Math.ceil(first / 2), updateMinutes: Math.ceil(update / 2), resolutionMinutes: Math.ceil(resolution / 2) } as never);
      }
    }
    await em.flush();
  }

  /** The most specific policy: same kind and severity, the highest priority threshold the customer meets. */
  async policy(ctx: Ctx, kind: TicketKind, severity: Severity, priority: number): Promise<SlaPolicy | null> {
    return ctx.em.findOne(SlaPolicy, { kind, severity, minPriority: { $lte: priority } }, { orderBy: { minPriority: 'desc' } });
  }

  async calendar(ctx: Ctx, station: OrgUnit | string): Promise<BusinessCalendar> {
    const id = typeof station === 'string' ? station : station.id;
    const row = await ctx.em.findOne(ServiceCalendar, { station: id });
    return { week: row?.week?.length === 7 ? row.week : DEFAULT_WEEK, holidays: row?.holidays ?? [], timeZone: ctx.config.timeZone };
  }

  /** Sets a ticket's due times from `from` (its opening) under its current kind, severity and priority. */
  async schedule(ctx: Ctx, t: Ticket, from: Date): Promise<void> {
    const p = await this.policy(ctx, t.kind, t.severity, t.priority);
    if (!p) return;
    const cal = await this.calendar(ctx, t.station);
    if (!t.firstRespondedAt) t.firstResponseDueAt = addBusinessMinutes(from, p.firstResponseMinutes, cal);
    t.resolutionDueAt = addBusinessMinutes(from, p.resolutionMinutes, cal);
    t.nextUpdateDueAt = t.firstRespondedAt ? addBusinessMinutes(ctx.now(), p.updateMinutes, cal) : null;
  }

  /** After an update to the customer: the next one is due a policy's update interval later. */
  async nextUpdate(ctx: Ctx, t: Ticket): Promise<void> {
    const p = await this.policy(ctx, t.kind, t.severity, t.priority);
    if (p) t.nextUpdateDueAt = addBusinessMinutes(ctx.now(), p.updateMinutes, await this.calendar(ctx, t.station));
  }

  /** Resuming after waiting for the customer: open due times move by the business time paused (R-SVC-10). */
  async resume(ctx: Ctx, t: Ticket): Promise<number> {
    if (!t.pausedAt) return 0;
    const cal = await this.calendar(ctx, t.station);
    const paused = businessMinutesBetween(t.pausedAt, ctx.now(), cal);
    const shift = (d: Date | null | undefined) => (d ? addBusinessMinutes(d, paused, cal) : d);
    if (!t.firstRespondedAt) t.firstResponseDueAt = shift(t.firstResponseDueAt);
    if (!t.resolutionBreached) t.resolutionDueAt = shift(t.resolutionDueAt);
    t.nextUpdateDueAt = shift(t.nextUpdateDueAt);
    t.pausedAt = null;
    return paused;
  }
}
