import { randomBytes } from 'node:crypto';
import type { Knex } from '@mikro-orm/knex';
import type { Ctx } from '../../context';
import { Permission } from '../../common/auth/permissions';
import { badField, conflict, notFound } from '../../common/errors';
import type { EventBus } from '../../common/events';
import { affectedRows, dbTime, execute } from '../../common/sql';
import { dateOf, mapPrefixed, prefixedColumns, refId } from '../../common/rows';
import { DAY_MS, localDate } from '../../common/time';
import { pageOf, pageRequest, type Page } from '../../common/pagination';
import { Customer, PreferredLanguage, type CustomerService } from '../crm';
import { TicketResolved, RepairDelivered, FollowUpRecorded, TicketKind, TicketStatus, Ticket as TicketEntity, type Ticket } from '../service-desk';
import { Employee, OrgUnit } from '../org';
import { FollowUpStatus } from '../service-desk/ticket.entity';
import type { NotificationService } from '../notifications';
import { InvitationDelivery, InvitationStatus, SkipReason, SurveyInvitation, SurveySettings, SurveySource, type SurveyTrigger } from './invitation.entity';
import { SurveyResponse } from './response.entity';
import { DEFAULT_TRIGGERS, TRIGGER_SOURCES } from './default-template';
import { LEVEL_LABELS, levelOf } from './levels';
import { SurveyTemplate, SurveyTemplateVersion, textIn } from './template.entity';
import { hashToken, LinkGuard } from './link-guard';
import { linkExpired, linkInvalid, linkUsed } from './surveys.errors';
import { subtree, surveyReach, whereSurveyReach } from './scope';
import { MAX_COMMENT, MAX_SEND, MAX_TEXT, type SendSurveyInput, type SurveyInvitationsArgs, type SurveySettingsInput } from './surveys.inputs';
import type { PublicSurvey, SendSurveyResult } from './surveys.types';
import type { SurveyTemplateService, VersionData } from './template.service';

const HOUR_MS = 3_600_000;
/** Invitations one dispatch batch claims; a run goes on batch after batch while any are due. */
const DISPATCH_BATCH = 500;
const DISPATCH_MAX_BATCHES = 20;

/** Whom one invitation asks, and whose service it rates. */
interface Target {
  customerId: string;
  email: string | null;
  language: PreferredLanguage;
  unitId: string;
  stationId: string;
  stationName: string;
  agentId: string | null;
  ticketId: string | null;
}

interface Plan {
  source: SurveySource;
  sourceRef: string | null;
  campaign: string | null;
  version: VersionData;
  sendAt: Date;
  /** R-SAT-1: skip customers asked within the quiet period. */
  quiet: boolean;
  returnLink: boolean;
  /** Straight to the phone list, even for customers with an email address. */
  byPhone?: boolean;
}

/** The columns the public page and a submission read of an invitation, in one statement. */
export interface TokenRow {
  id: string;
  customerId: string;
  customerName: string;
  templateId: string;
  templateVersionId: string;
  language: PreferredLanguage;
  source: SurveySource;
  ticketId: string | null;
  unitId: string;
  stationId: string;
  stationName: string;
  stationNameEn: string | null;
  agentId: string | null;
  status: InvitationStatus;
  expiresAt: Date | null;
}

/** A link's keys as the token queries return them (names only where the query joins them). */
function tokenRow(r: Record<string, unknown>): TokenRow {
  return {
    id: r.id as string,
    customerId: r.customer_id as string,
    customerName: (r.name as string | undefined) ?? '',
    templateId: r.template_id as string,
    templateVersionId: r.template_version_id as string,
    language: r.language as PreferredLanguage,
    source: r.source as SurveySource,
    ticketId: (r.ticket_id as string | null) ?? null,
    unitId: r.unit_id as string,
    stationId: r.station_id as string,
    stationName: (r.station_name as string | undefined) ?? '',
    stationNameEn: (r.station_name_en as string | null | undefined) ?? null,
    agentId: (r.agent_id as string | null) ?? null,
    status: r.status as InvitationStatus,
    expiresAt: dateOf(r.expires_at),
  };
}

export type InvitationRow = SurveyInvitation & {
  customerName: string;
  unitName: string;
  stationName: string;
  agentName: string | null;
  /** The call list's numbers and the station deciding whether they show (R-ACL-3). */
  contact?: { phones: string[]; homeStation: { path: string } };
};

/**
 * Who is asked, when and how (R-SAT-1): surveys after a resolved case, a delivered repair or a
 * follow-up visit (each after a configurable delay), campaigns, random samples and single
 * sends; a customer asked within the quiet period is skipped and the skip recorded. The link
 * goes by email through the notifications outbox, or to the phone list when there is no
 * address. Tokens are random, stored hashed, single use and expiring.
 */
export class SurveyService {
  readonly guard = new LinkGuard();

  constructor(
    private readonly templates: SurveyTemplateService,
    private readonly customers: CustomerService,
    private readonly notifications: NotificationService,
    events: EventBus,
  ) {
    events.subscribe(TicketResolved, (ctx, e) => this.onTicketResolved(ctx, e));
    events.subscribe(RepairDelivered, (ctx, e) => this.triggered(ctx, SurveySource.REPAIR, e.repair.id, e.ticket));
    events.subscribe(FollowUpRecorded, (ctx, e) => (e.visit.status === FollowUpStatus.DONE ? this.triggered(ctx, SurveySource.VISIT, e.visit.id, e.ticket) : Promise.resolve()));
  }

  async settings(ctx: Ctx): Promise<SurveySettings> {
    return (await ctx.em.findOne(SurveySettings, { id: 1 })) ?? ctx.em.create(SurveySettings, { id: 1, triggers: DEFAULT_TRIGGERS } as never);
  }

  async updateSettings(ctx: Ctx, input: SurveySettingsInput): Promise<SurveySettings> {
    const s = await this.settings(ctx);
    const before = { quietDays: s.quietDays, linkValidDays: s.linkValidDays, correctiveDays: s.correctiveDays, defaultTemplate: refId(s.defaultTemplate), triggers: s.triggers };
    if (input.defaultTemplateId) await this.templates.current(ctx, input.defaultTemplateId, 'defaultTemplateId');
    if (input.triggers) {
      input.triggers.forEach((t, i) => {
        if (!TRIGGER_SOURCES.includes(t.source)) throw badField(`triggers.${i}.source`, `${t.source} is sent by people, not by a trigger; use one of ${TRIGGER_SOURCES.join(', ')}`, 'not_a_trigger');
      });
      const given = new Map(input.triggers.map((t) => [t.source, { source: t.source, enabled: t.enabled, delayHours: t.delayHours }]));
      s.triggers = TRIGGER_SOURCES.map((source) => given.get(source) ?? s.triggers.find((t) => t.source === source) ?? DEFAULT_TRIGGERS.find((t) => t.source === source)!);
    }
    if (input.quietDays != null) s.quietDays = input.quietDays;
    if (input.linkValidDays != null) s.linkValidDays = input.linkValidDays;
    if (input.correctiveDays != null) s.correctiveDays = input.correctiveDays;
    if (input.defaultTemplateId) s.defaultTemplate = ctx.em.getReference(SurveyTemplate, input.defaultTemplateId);
    s.updatedBy = ctx.actor?.name ?? null;
    s.updatedAt = ctx.now();
    ctx.audit = { targetType: 'SurveySettings', targetId: '1', before, after: { quietDays: s.quietDays, linkValidDays: s.linkValidDays, correctiveDays: s.correctiveDays, defaultTemplate: refId(s.defaultTemplate), triggers: s.triggers } };
    await ctx.em.flush();
    return s;
  }

  // ── Automatic triggers (R-SAT-1) ────────────────────────────────────────────────────────

  private async onTicketResolved(ctx: Ctx, e: TicketResolved): Promise<void> {
    const t = e.ticket;
    if (t.kind === TicketKind.COMPLAINT) {
      // R-SAT-5: a complaint a survey opened is followed by a re-survey, not a survey of its own.
      const origin = await ctx.em.findOne(SurveyResponse, { complaintTicket: t.id });
      if (origin) return this.resurvey(ctx, origin, t);
    }
    return this.triggered(ctx, SurveySource.TICKET, t.id, t);
  }

  /** Schedules the trigger's survey once per event, after the trigger's delay. */
  private async triggered(ctx: Ctx, source: SurveySource, sourceRef: string, ticket: Ticket): Promise<void> {
    const customerId = refId(ticket.customer);
    if (!customerId) return;
    const settings = await this.settings(ctx);
    const trigger = enabled(settings.triggers, source);
    const templateId = refId(settings.defaultTemplate);
    if (!trigger || !templateId) return;
    if (await ctx.em.count(SurveyInvitation, { source, sourceRef })) return;
    const version = await this.templates.current(ctx, templateId).catch(() => null);
    if (!version) return;
    const target = await this.target(ctx, customerId, { unitId: refId(ticket.unit)!, stationId: refId(ticket.station)!, agentId: refId(ticket.assignee), ticketId: ticket.id });
    await this.invite(ctx, [target], settings, { source, sourceRef, campaign: null, version, sendAt: new Date(ctx.now().getTime() + trigger.delayHours * HOUR_MS), quiet: true, returnLink: false });
  }

  /** R-SAT-5: after a survey's complaint is resolved, the same customer is asked again about the same unit. */
  private async resurvey(ctx: Ctx, origin: SurveyResponse, complaint: Ticket): Promise<void> {
    const settings = await this.settings(ctx);
    const trigger = enabled(settings.triggers, SurveySource.RE_SURVEY);
    if (!trigger || (await ctx.em.count(SurveyInvitation, { source: SurveySource.RE_SURVEY, sourceRef: complaint.id }))) return;
    const version = await this.templates.current(ctx, refId(origin.template)!).catch(() => null);
    if (!version) return;
    const target = await this.target(ctx, refId(origin.customer)!, { unitId: refId(origin.unit)!, stationId: refId(origin.station)!, agentId: refId(origin.agent), ticketId: complaint.id });
    await this.invite(ctx, [target], settings, { source: SurveySource.RE_SURVEY, sourceRef: complaint.id, campaign: null, version, sendAt: new Date(ctx.now().getTime() + trigger.delayHours * HOUR_MS), quiet: false, returnLink: false });
  }

  private async target(ctx: Ctx, customerId: string, about: { unitId: string; stationId: string; agentId: string | null; ticketId: string | null }): Promise<Target> {
    const knex = ctx.em.getKnex();
    const [row] = await execute<{ email: string | null; preferred_language: PreferredLanguage | null; station_name: string }[]>(
      ctx,
      knex('customer as c').select('c.email', 'c.preferred_language', knex('org_unit').select('name').where('id', about.stationId).as('station_name')).where('c.id', customerId),
    );
    if (!row) throw notFound('Customer', customerId);
    return { customerId, email: row.email, language: row.preferred_language ?? PreferredLanguage.ZH_HANT, stationName: row.station_name, ...about };
  }

  // ── Sends by people (R-SAT-1: campaigns, samples, one customer, re-surveys) ─────────────

  async send(ctx: Ctx, input: SendSurveyInput): Promise<SendSurveyResult> {
    const settings = await this.settings(ctx);
    const now = ctx.now();
    const sendAt = input.sendAt && input.sendAt > now ? input.sendAt : now;
    let targets: Target[];
    let source: SurveySource;
    let sourceRef: string | null = null;
    let templateId = input.templateId ?? refId(settings.defaultTemplate);
    if (input.complaintTicketId) {
      const r = await this.resurveyTarget(ctx, input.complaintTicketId);
      targets = [r.target];
      templateId = input.templateId ?? r.templateId;
      source = SurveySource.RE_SURVEY;
      sourceRef = input.complaintTicketId;
    } else {
      targets = await this.targets(ctx, input);
      source = input.sampleSize ? SurveySource.SAMPLE : input.filter || targets.length > 1 || input.campaign ? SurveySource.CAMPAIGN : SurveySource.MANUAL;
    }
    if (!templateId) throw badField('templateId', 'name the template to send (no default is set)', 'required');
    const version = await this.templates.current(ctx, templateId);
    if (input.returnLink && (targets.length !== 1 || sendAt > now)) throw badField('returnLink', 'a link is handed back only for one customer sent now', 'not_applicable');
    if (input.delivery === InvitationDelivery.LINK) throw badField('delivery', 'for a link to hand over yourself, ask for returnLink', 'not_applicable');
    const byPhone = input.delivery === InvitationDelivery.PHONE;
    if (byPhone && input.returnLink) throw badField('delivery', 'a phone survey has no link to hand over; leave returnLink off', 'not_applicable');
    if (input.language) targets = targets.map((t) => ({ ...t, language: input.language! }));
    const quiet = source !== SurveySource.RE_SURVEY && input.respectQuietPeriod;
    const result = await this.invite(ctx, targets, settings, { source, sourceRef, campaign: input.campaign?.trim() || null, version, sendAt, quiet, returnLink: input.returnLink, byPhone });
    ctx.audit = {
      targetType: 'SurveySend',
      targetId: result.invitations[0]?.id,
      before: null,
      after: { source, template: version.templateCode, version: version.version, customers: targets.length, scheduled: result.scheduled, sent: result.sent, skipped: result.skipped, campaign: input.campaign ?? null, linkReturned: !!result.link },
    };
    await ctx.em.flush();
    return result;
  }

  /** Customers by id or by CRM filter, within the SendSurvey reach (R-ACL-1), with whose service they rate. */
  private async targets(ctx: Ctx, input: SendSurveyInput): Promise<Target[]> {
    const ids = [...new Set(input.customerIds ?? [])];
    if (!ids.length && !input.filter) throw badField('customerIds', 'name the customers, or give a filter', 'one_of');
    if (ids.length && input.filter) throw badField('customerIds', 'give customerIds or a filter, not both', 'one_of');
    const found = await this.customers.filtered(ctx, input.filter ?? {}, Permission.SendSurvey);
    let rows: { id: string; email: string | null; preferred_language: PreferredLanguage | null; home_station_id: string; station_name: string }[] = [];
    if (found) {
      const q = found.q.clone().select('c.id', 'c.email', 'c.preferred_language', 'c.home_station_id', { station_name: 's.name' });
      if (ids.length) q.whereIn('c.id', ids);
      // A random sample (R-SAT-1), drawn by the database so the whole list never loads.
      if (input.sampleSize) q.orderByRaw('random()').limit(input.sampleSize);
      else q.orderBy('c.code').limit(MAX_SEND + 1);
      rows = await execute(ctx, q);
    }
    if (ids.length) {
      const missing = ids.filter((id) => !rows.some((r) => r.id === id));
      if (missing.length) throw badField('customerIds', `${missing.length} customer(s) do not exist or are outside your SendSurvey reach: ${missing.slice(0, 5).join(', ')}`, 'not_found');
    }
    if (rows.length > MAX_SEND) throw badField('filter', `more than ${MAX_SEND} customers match; narrow the filter or send a sample`, 'too_many_rows');
    if (!rows.length) throw badField('filter', 'no customer within your reach matches', 'no_match');
    let about: { unitId: string; stationId: string; stationName: string | null; agentId: string | null; ticketId: string } | null = null;
    if (input.ticketId) {
      if (rows.length !== 1) throw badField('ticketId', 'a survey about a case goes to that one customer', 'not_applicable');
      const t = await ctx.services.tickets.get(ctx, input.ticketId);
      if (refId(t.customer) !== rows[0]!.id) throw badField('ticketId', 'the case is not this customer’s', 'mismatch');
      about = { unitId: t.unit.id, stationId: t.station.id, stationName: t.station.name, agentId: refId(t.assignee), ticketId: t.id };
    }
    return rows.map((r) => ({
      customerId: r.id,
      email: r.email,
      language: r.preferred_language ?? PreferredLanguage.ZH_HANT,
      unitId: about?.unitId ?? r.home_station_id,
      stationId: about?.stationId ?? r.home_station_id,
      stationName: about?.stationName ?? r.station_name,
      agentId: about?.agentId ?? null,
      ticketId: about?.ticketId ?? null,
    }));
  }

  /** R-SAT-5: a re-survey by hand, once the complaint a survey opened is resolved. */
  private async resurveyTarget(ctx: Ctx, complaintId: string): Promise<{ target: Target; templateId: string }> {
    const complaint = await ctx.services.tickets.get(ctx, complaintId);
    const origin = await ctx.em.findOne(SurveyResponse, { complaintTicket: complaint.id });
    if (!origin) throw badField('complaintTicketId', `case ${complaint.number} was not opened by a survey`, 'not_a_survey_complaint');
    if (complaint.status !== TicketStatus.RESOLVED && complaint.status !== TicketStatus.CLOSED) {
      throw conflict(`Complaint ${complaint.number} is not resolved yet; the customer is asked again once it is (R-SAT-5).`, { reason: 'COMPLAINT_NOT_RESOLVED' });
    }
    if (await ctx.em.count(SurveyInvitation, { source: SurveySource.RE_SURVEY, sourceRef: complaint.id })) {
      throw conflict(`The customer of ${complaint.number} has already been asked again.`, { reason: 'ALREADY_INVITED' });
    }
    const customer = await this.customers.get(ctx, refId(origin.customer)!, Permission.SendSurvey);
    const target = await this.target(ctx, customer.id, { unitId: refId(origin.unit)!, stationId: refId(origin.station)!, agentId: refId(origin.agent), ticketId: complaint.id });
    return { target, templateId: refId(origin.template)! };
  }

  /**
   * Makes one invitation per customer: skipped (and recorded so) within the quiet period,
   * sent now, or scheduled for the dispatch job.
   */
  private async invite(ctx: Ctx, targets: Target[], settings: SurveySettings, plan: Plan): Promise<SendSurveyResult> {
    const unique = [...new Map(targets.map((t) => [t.customerId, t])).values()];
    const window = settings.quietDays * DAY_MS;
    const asked = plan.quiet && window
      ? await this.askedWithin(ctx, unique.map((t) => t.customerId), new Date(plan.sendAt.getTime() - window), new Date(plan.sendAt.getTime() + window), 'send_at', [InvitationStatus.SCHEDULED, InvitationStatus.SENT, InvitationStatus.ANSWERED])
      : new Set<string>();
    const now = ctx.now();
    const result: SendSurveyResult = { scheduled: 0, sent: 0, skipped: 0, invitations: [], link: null };
    for (const t of unique) {
      const skip = asked.has(t.customerId);
      const inv = ctx.em.create(SurveyInvitation, {
        customer: ctx.em.getReference(Customer, t.customerId),
        template: ctx.em.getReference(SurveyTemplate, plan.version.templateId),
        templateVersion: ctx.em.getReference(SurveyTemplateVersion, plan.version.id),
        language: t.language,
        source: plan.source,
        sourceRef: plan.sourceRef,
        campaign: plan.campaign,
        ticket: t.ticketId ? ctx.em.getReference(TicketEntity, t.ticketId) : null,
        unit: ctx.em.getReference(OrgUnit, t.unitId),
        station: ctx.em.getReference(OrgUnit, t.stationId),
        agent: t.agentId ? ctx.em.getReference(Employee, t.agentId) : null,
        status: skip ? InvitationStatus.SKIPPED : InvitationStatus.SCHEDULED,
        skipReason: skip ? SkipReason.QUIET_PERIOD : null,
        sendAt: plan.sendAt,
        // Kept for the dispatch job when the send waits.
        delivery: plan.byPhone ? InvitationDelivery.PHONE : null,
        createdBy: ctx.actor?.id.startsWith('system:') ? null : (ctx.actor?.name ?? null),
        createdAt: now,
        updatedAt: now,
      } as never);
      if (result.invitations.length < 100) result.invitations.push(inv);
      if (skip) result.skipped++;
      else if (plan.sendAt <= now) {
        const token = this.issue(ctx, inv, settings);
        if (plan.returnLink) {
          inv.delivery = InvitationDelivery.LINK;
          result.link = linkFor(ctx, token);
        } else this.deliver(ctx, { id: inv.id, email: plan.byPhone ? null : t.email, language: t.language, stationName: t.stationName, expiresAt: inv.expiresAt! }, token, inv);
        result.sent++;
      } else result.scheduled++;
    }
    return result;
  }

  /** A fresh token for an invitation going out now; only its hash is kept. */
  private issue(ctx: Ctx, inv: SurveyInvitation, settings: SurveySettings): string {
    const token = randomBytes(32).toString('base64url');
    inv.tokenHash = hashToken(token);
    inv.status = InvitationStatus.SENT;
    inv.sentAt = ctx.now();
    inv.expiresAt = new Date(ctx.now().getTime() + settings.linkValidDays * DAY_MS);
    return token;
  }

  /** The link by email through the outbox; without an address the customer goes on the phone list. */
  private deliver(ctx: Ctx, to: { id: string; email: string | null; language: PreferredLanguage; stationName: string; expiresAt: Date }, token: string, inv?: SurveyInvitation): InvitationDelivery {
    const delivery = to.email ? InvitationDelivery.EMAIL : InvitationDelivery.PHONE;
    if (inv) inv.delivery = delivery;
    if (to.email) {
      const text = invitationEmail(to.language, to.stationName, linkFor(ctx, token), localDate(to.expiresAt, ctx.config.timeZone));
      this.notifications.sendTo(ctx, { to: to.email, kind: 'SURVEY_INVITATION', subject: text.subject, body: text.body });
    }
    return delivery;
  }

  /** Customers asked (invited, or a form returned) with `column` between `from` and `to`. */
  private async askedWithin(ctx: Ctx, customerIds: string[], from: Date, to: Date, column: 'send_at' | 'sent_at', statuses: InvitationStatus[]): Promise<Set<string>> {
    const knex = ctx.em.getKnex();
    const out = new Set<string>();
    for (let i = 0; i < customerIds.length; i += 500) {
      const ids = customerIds.slice(i, i + 500);
      const rows = await execute<{ customer_id: string }[]>(
        ctx,
        knex('survey_invitation')
          .distinct('customer_id')
          .whereIn('customer_id', ids)
          .whereIn('status', statuses)
          .where(column, '>', dbTime(ctx.em, from))
          .where(column, '<', dbTime(ctx.em, to))
          .union((u) => u.from('survey_response').distinct('customer_id').whereIn('customer_id', ids).where('answered_at', '>', dbTime(ctx.em, from)).where('answered_at', '<', dbTime(ctx.em, to))),
      );
      rows.forEach((r) => out.add(r.customer_id));
    }
    return out;
  }

  /**
   * The dispatch job: invitations whose time has come go out. Each is claimed with one
   * conditional UPDATE, so replicas running the job at once never send one twice; the quiet
   * period is checked again, since the customer may have been asked since it was scheduled.
   */
  async dispatchDue(ctx: Ctx): Promise<{ sent: number; skipped: number }> {
    const knex = ctx.em.getKnex();
    const settings = await this.settings(ctx);
    let sent = 0;
    let skipped = 0;
    for (let batch = 0; batch < DISPATCH_MAX_BATCHES; batch++) {
      const now = ctx.now();
      const nowDb = dbTime(ctx.em, now);
      const due = await execute<{ id: string; customer_id: string; source: SurveySource; language: PreferredLanguage; delivery: InvitationDelivery | null; email: string | null; station_name: string }[]>(
        ctx,
        knex('survey_invitation as i')
          .join('customer as c', 'c.id', 'i.customer_id')
          .join('org_unit as s', 's.id', 'i.station_id')
          .select('i.id', 'i.customer_id', 'i.source', 'i.language', 'i.delivery', 'c.email', { station_name: 's.name' })
          .where('i.status', InvitationStatus.SCHEDULED)
          .where('i.send_at', '<=', nowDb)
          .orderBy([{ column: 'i.send_at' }, { column: 'i.id' }])
          .limit(DISPATCH_BATCH),
      );
      if (!due.length) break;
      const window = settings.quietDays * DAY_MS;
      const quiet = due.filter((d) => d.source !== SurveySource.RE_SURVEY && d.source !== SurveySource.MANUAL).map((d) => d.customer_id);
      const asked = window && quiet.length ? await this.askedWithin(ctx, quiet, new Date(now.getTime() - window), new Date(now.getTime() + 1), 'sent_at', [InvitationStatus.SENT, InvitationStatus.ANSWERED]) : new Set<string>();
      const expiresAt = new Date(now.getTime() + settings.linkValidDays * DAY_MS);
      for (const d of due) {
        const holds = d.source !== SurveySource.RE_SURVEY && d.source !== SurveySource.MANUAL;
        if (holds && asked.has(d.customer_id)) {
          const r = await execute(ctx, knex('survey_invitation').update({ status: InvitationStatus.SKIPPED, skip_reason: SkipReason.QUIET_PERIOD, updated_at: nowDb }).where({ id: d.id, status: InvitationStatus.SCHEDULED }), 'run');
          skipped += affectedRows(r);
          continue;
        }
        const token = randomBytes(32).toString('base64url');
        const email = d.delivery === InvitationDelivery.PHONE ? null : d.email;
        const delivery = email ? InvitationDelivery.EMAIL : InvitationDelivery.PHONE;
        const claimed = await execute(
          ctx,
          knex('survey_invitation')
            .update({ status: InvitationStatus.SENT, token_hash: hashToken(token), sent_at: nowDb, expires_at: dbTime(ctx.em, expiresAt), delivery, updated_at: nowDb })
            .where({ id: d.id, status: InvitationStatus.SCHEDULED }),
          'run',
        );
        if (!affectedRows(claimed)) continue;
        this.deliver(ctx, { id: d.id, email, language: d.language, stationName: d.station_name, expiresAt }, token);
        // One survey per customer per run, even when two triggers fell due together.
        if (holds) asked.add(d.customer_id);
        sent++;
      }
      await ctx.em.flush();
      if (due.length < DISPATCH_BATCH) break;
    }
    return { sent, skipped };
  }

  // ── The public page (no login) ──────────────────────────────────────────────────────────

  /** An invitation by its link's token, checked: unknown, used and expired links each say so. */
  async byToken(ctx: Ctx, token: string): Promise<TokenRow> {
    this.guard.check(ctx);
    const knex = ctx.em.getKnex();
    const [r] = await execute<Record<string, unknown>[]>(
      ctx,
      knex('survey_invitation as i')
        .join('customer as c', 'c.id', 'i.customer_id')
        .join('org_unit as s', 's.id', 'i.station_id')
        .select('i.id', 'i.customer_id', 'c.name', 'i.template_id', 'i.template_version_id', 'i.language', 'i.source', 'i.ticket_id', 'i.unit_id', 'i.station_id', { station_name: 's.name', station_name_en: 's.name_en' }, 'i.agent_id', 'i.status', 'i.expires_at')
        .where('i.token_hash', hashToken(token)),
    );
    if (!r) {
      this.guard.failed(ctx);
      throw linkInvalid();
    }
    const row = tokenRow(r);
    if (row.status === InvitationStatus.ANSWERED) throw linkUsed();
    if (row.status !== InvitationStatus.SENT || !row.expiresAt) throw linkInvalid();
    if (row.expiresAt <= ctx.now()) throw linkExpired(row.expiresAt);
    return row;
  }

  /**
   * Claims a link for its form in one statement (the submission's hot path): a sent, unexpired
   * invitation becomes ANSWERED and its keys come back. When nothing is claimed, the link is
   * read again to say why (unknown, used or expired).
   */
  async claimByToken(ctx: Ctx, token: string): Promise<TokenRow> {
    this.guard.check(ctx);
    const at = dbTime(ctx.em, ctx.now());
    const [r] = await execute<Record<string, unknown>[]>(
      ctx,
      ctx.em
        .getKnex()('survey_invitation')
        .update({ status: InvitationStatus.ANSWERED, answered_at: at, updated_at: at })
        .where('token_hash', hashToken(token))
        .where('status', InvitationStatus.SENT)
        .where('expires_at', '>', at)
        .returning(['id', 'customer_id', 'template_id', 'template_version_id', 'language', 'source', 'ticket_id', 'unit_id', 'station_id', 'agent_id', 'status', 'expires_at']),
    );
    if (!r) {
      await this.byToken(ctx, token);
      throw linkUsed();
    }
    // The update returns no joined names; the submission does not need them.
    return tokenRow(r);
  }

  /** The page behind a link: questions and allowed answers in the customer's language (or the one asked for). */
  async open(ctx: Ctx, token: string, language?: PreferredLanguage | null): Promise<PublicSurvey> {
    const row = await this.byToken(ctx, token);
    const v = await this.templates.version(ctx, row.templateVersionId);
    const lang = language ?? row.language;
    return {
      language: lang,
      title: textIn(v.title, lang),
      intro: v.intro ? textIn(v.intro, lang) : null,
      greetingName: maskName(row.customerName),
      stationName: lang === PreferredLanguage.EN && row.stationNameEn ? row.stationNameEn : row.stationName,
      source: row.source,
      expiresAt: row.expiresAt!,
      items: v.items.map((i) => ({ key: i.key, kind: i.kind, required: i.required, label: textIn(i.label, lang) })),
      levels: LEVEL_LABELS[lang].map((label, n) => ({ level: levelOf(5 - n), score: 5 - n, label })),
      maxCommentLength: MAX_COMMENT,
      maxTextLength: MAX_TEXT,
    };
  }

  // ── Lists ───────────────────────────────────────────────────────────────────────────────

  /** Invitations within reach, newest send time first, one joined statement per page. */
  async list(ctx: Ctx, args: SurveyInvitationsArgs): Promise<Page<InvitationRow>> {
    const page = pageRequest(args, 10_000);
    // The call list is also for staff who only key in phone surveys.
    const reach = surveyReach(ctx, Permission.ReadSurvey) ?? (args.delivery === InvitationDelivery.PHONE ? surveyReach(ctx, Permission.EnterSurveyResponse) : null);
    if (!reach) return pageOf([], page, () => [], async () => 0);
    const knex = ctx.em.getKnex();
    const q = knex('survey_invitation as i');
    whereSurveyReach(knex, q, reach, 'i');
    if (args.status?.length) q.whereIn('i.status', args.status);
    if (args.source?.length) q.whereIn('i.source', args.source);
    if (args.delivery) q.where('i.delivery', args.delivery);
    if (args.customerId) q.where('i.customer_id', args.customerId);
    if (args.unitId) q.whereIn('i.unit_id', subtree(knex, args.unitId));
    const rows = q
      .clone()
      .join('customer as c', 'c.id', 'i.customer_id')
      .join('org_unit as u', 'u.id', 'i.unit_id')
      .join('org_unit as s', 's.id', 'i.station_id')
      .join('org_unit as h', 'h.id', 'c.home_station_id')
      .leftJoin('employee as e', 'e.id', 'i.agent_id')
      .select([...prefixedColumns(ctx.em, SurveyInvitation, 'i', ['tokenHash']), { customer_name: 'c.name', customer_phones: 'c.phones', home_path: 'h.path', unit_name: 'u.name', station_name: 's.name', agent_name: 'e.name' }])
      .orderBy([{ column: 'i.send_at', order: 'desc' }, { column: 'i.id', order: 'desc' }])
      .limit(page.limit + 1);
    keysetDesc(ctx, rows, page.after, 'i.send_at', 'i.id');
    if (!page.after && page.offset) rows.offset(page.offset);
    const result = await execute<Record<string, unknown>[]>(ctx, rows);
    const nodes = result.map((r) =>
      Object.assign(mapPrefixed(ctx.em, SurveyInvitation, r, 'i', ['tokenHash']), {
        customerName: r.customer_name as string,
        unitName: r.unit_name as string,
        stationName: r.station_name as string,
        agentName: (r.agent_name as string) ?? null,
        contact: { phones: jsonList(r.customer_phones), homeStation: { path: r.home_path as string } },
      }),
    ) as InvitationRow[];
    return pageOf(nodes, page, (n) => [new Date(n.sendAt).getTime(), n.id], async () => {
      const [row] = await execute<{ n: number | string }[]>(ctx, q.clone().count({ n: '*' }));
      return Number(row?.n ?? 0);
    });
  }
}

/** A JSON array column as the driver returns it: parsed on PostgreSQL, text on SQLite. */
function jsonList(value: unknown): string[] {
  if (Array.isArray(value)) return value as string[];
  return typeof value === 'string' ? (JSON.parse(value) as string[]) : [];
}

function enabled(triggers: SurveyTrigger[], source: SurveySource): SurveyTrigger | null {
  return triggers.find((t) => t.source === source && t.enabled) ?? null;
}

export const linkFor = (ctx: Ctx, token: string): string => `${ctx.config.publicUrl}/s/${token}`;

/** "Rows after the cursor" for an order on (time desc, id desc). */
export function keysetDesc(ctx: Ctx, q: Knex.QueryBuilder, after: unknown[] | null, timeColumn: string, idColumn: string): void {
  if (!after) return;
  const [ms, id] = after as [number, string];
  if (typeof ms !== 'number' || typeof id !== 'string') throw badField('after', 'is not a cursor for this list', 'invalid_cursor');
  const at = dbTime(ctx.em, new Date(ms));
  q.where((w) => w.where(timeColumn, '<', at).orWhere((x) => x.where(timeColumn, at).andWhere(idColumn, '<', id)));
}

/** R-ACL-3: the public page greets the customer by the first character of their name only. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (!chars.length) return '';
  return chars[0] + '*'.repeat(Math.min(Math.max(chars.length - 1, 1), 3));
}

const EMAIL_TEXT: Record<PreferredLanguage, (station: string, url: string, until: string) => { subject: string; body: string }> = {
  [PreferredLanguage.ZH_HANT]: (station, url, until) => ({
    subject: `【${station}】服務滿意度調查邀請`,
    body: `您好：\n\n感謝您選擇${station}的服務。誠摯邀請您花兩分鐘填寫滿意度調查，您的意見將幫助我們做得更好：\n\n${url}\n\n此連結僅供您本人填寫一次，有效期至 ${until}。`,
  }),
  [PreferredLanguage.ZH_HANS]: (station, url, until) => ({
    subject: `【${station}】服务满意度调查邀请`,
    body: `您好：\n\n感谢您选择${station}的服务。诚挚邀请您花两分钟填写满意度调查，您的意见将帮助我们做得更好：\n\n${url}\n\n此链接仅供您本人填写一次，有效期至 ${until}。`,
  }),
  [PreferredLanguage.EN]: (station, url, until) => ({
    subject: `${station}: how did we do?`,
    body: `Hello,\n\nThank you for choosing ${station}. Could you spare two minutes to tell us how we did?\n\n${url}\n\nThis link is for you alone, works once, and is valid until ${until}.`,
  }),
};

export function invitationEmail(language: PreferredLanguage, station: string, url: string, until: string): { subject: string; body: string } {
  return EMAIL_TEXT[language](station, url, until);
}
