import { createHash } from 'node:crypto';
import type { Ctx } from '../../context';
import { Permission } from '../../common/auth/permissions';
import { escapeLike } from '../../common/auth/scope-filter';
import { badField, badInput, conflict, forbidden, notFound, type FieldIssue } from '../../common/errors';
import { affectedRows, dbTime, execute } from '../../common/sql';
import { dateOf, mapPrefixed, prefixedColumns } from '../../common/rows';
import { uuidv7 } from '../../common/entity';
import { formatNumber, nextValue } from '../../common/sequence';
import { pageOf, pageRequest, type Page } from '../../common/pagination';
import { maskPhone } from '../../common/mask';
import { pubsub } from '../../common/pubsub';
import { Employee, EmployeeStatus } from '../org/employee.entity';
import { OrgUnit, UnitKind } from '../org/org-unit.entity';
import { unitHead } from '../org/unit-head';
import { Customer, type CustomerService, type TimelineEntry } from '../crm';
import { Tier } from '../crm/tier.entity';
import type { NotificationInput, NotificationService } from '../notifications/notification.service';
import { addBusinessMinutes } from './business-time';
import { whereCaseReach } from './ticket.reach';
import { whereSlaState } from './sla-state';
import type { SlaService } from './sla.service';
import { FollowUpStatus, FollowUpVisit, TECHNICAL_KINDS, TechnicalStage, Ticket, TicketEvent, TicketEventKind, TicketKind, TicketStatus } from './ticket.entity';
import { FollowUpRecorded, TicketResolved } from './service-desk.events';
import { TicketAction, type FollowUpInput, type OpenTicketInput, type TicketActionInput, type TicketsArgs } from './service-desk.inputs';

export const TICKET_CHANGED = 'TICKET_CHANGED';

/** What live queues are told; the paths and assignee decide who may hear it (R-ACL-1). */
export interface TicketChangePayload {
  ticketId: string;
  number: string;
  status: TicketStatus;
  kind: Ticket['kind'];
  change: TicketEventKind;
  at: Date;
  unitPath: string;
  stationPath: string;
  assigneeId: string | null;
}

/** Business minutes after resolution within which the follow-up visit is due (two business days). */
const FOLLOW_UP_MINUTES = 16 * 60;
/** Sweep events per insert: well under SQLite's bound-parameter limit. */
const EVENT_BATCH = 500;

/** A queue row: the case with its customer, responsible unit and assignee names, read in one statement. */
export type TicketRow = Ticket & { customerName: string | null; unitName: string; assigneeName: string | null };

/**
 * The service desk (R-SVC-1…10): one case per contact with one timeline, handed between
 * units, paused while waiting for the customer, resolved with a follow-up visit, and timed
 * against SLAs in the station's business hours.
 */
export class TicketService {
  constructor(
    private readonly customers: CustomerService,
    private readonly sla: SlaService,
    private readonly notifications: NotificationService,
  ) {}

  async open(ctx: Ctx, input: OpenTicketInput): Promise<Ticket> {
    const issues: FieldIssue[] = [];
    const ways = [input.customerId, input.customerPhone, input.contactName].filter(Boolean).length;
    if (ways !== 1) issues.push({ field: 'customerId', message: 'give one of customerId, customerPhone or contactName', code: 'one_of' });
    if (issues.length) throw badInput(issues);
    const station = await this.stationFor(ctx, input.stationId);
    ctx.access.assertReaches(Permission.OpenTicket, station.path, null, `station ${station.code}`);
    let customer: Customer | null = null;
    if (input.customerId) customer = await this.customers.get(ctx, input.customerId);
    if (input.customerPhone) {
      if (!ctx.access.has(Permission.ReadCustomerContact)) throw forbidden('Finding a customer by phone number needs the ReadCustomerContact right.', [Permission.ReadCustomerContact]);
      customer = await this.customers.findByPhone(ctx, input.customerPhone);
      if (!customer || !this.customers.contactVisible(ctx, customer)) throw badField('customerPhone', 'no customer file has this phone number', 'not_found');
    }
    const hash = createHash('sha256')
      .update(JSON.stringify([input.kind, input.channel, input.severity, customer?.id ?? input.contactName, input.subject, input.content, station.id]))
      .digest('hex');
    if (input.externalRef) {
      const existing = await ctx.em.findOne(Ticket, { externalRef: input.externalRef });
      if (existing) {
        if (existing.contentHash !== hash) throw conflict(`Case ${input.externalRef} was already opened with different content.`, { reason: 'IDEMPOTENCY_KEY_REUSED', ticketId: existing.id });
        ctx.audit = { targetType: 'Ticket', targetId: existing.id, before: null, after: { replayed: true } };
        return existing;
      }
    }
    const unit = input.unitId ? await this.unit(ctx, input.unitId, 'unitId') : station;
    const assignee = input.assigneeId ? await this.employee(ctx, input.assigneeId, 'assigneeId') : null;
    const tierId = customer?.tier ? (typeof customer.tier === 'string' ? customer.tier : customer.tier.id) : null;
    const tier = tierId ? await ctx.em.findOne(Tier, { id: tierId }) : null;
    const year = ctx.now().getUTCFullYear();
    const t = ctx.em.create(Ticket, {
      number: `TKT-${year}-${formatNumber('', await nextValue(ctx, `ticket:${year}`), 6)}`,
      externalRef: input.externalRef ?? null,
      contentHash: hash,
      kind: input.kind,
      channel: input.channel,
      severity: input.severity,
      customer,
      contactName: input.contactName?.trim() || null,
      contactPhone: input.contactPhone?.trim() || null,
      subject: input.subject.trim(),
      content: input.content.trim(),
      product: input.product?.trim() || null,
      problemAt: input.problemAt ?? null,
      problemPlace: input.problemPlace?.trim() || null,
      station,
      unit,
      assignee,
      priority: tier?.servicePriority ?? 0,
      promisedAt: input.promisedAt ?? null,
      openedAt: ctx.now(),
    } as never);
    await this.sla.schedule(ctx, t, ctx.now());
    this.event(ctx, t, TicketEventKind.OPENED, input.content.slice(0, 500), { channel: input.channel, kind: input.kind });
    if (assignee) this.tell(ctx, assignee.id, 'TICKET_ASSIGNED', t);
    if (customer) this.customers.addEvent(ctx, customer, caseOpened(t));
    ctx.audit = { targetType: 'Ticket', targetId: t.id, before: null, after: { number: t.number, kind: t.kind, customer: customer?.id ?? null, contact: t.contactPhone ? maskPhone(t.contactPhone) : null } };
    await ctx.em.flush();
    return t;
  }

  /** One step of a case's flow; every one goes into the timeline. */
  async act(ctx: Ctx, id: string, input: TicketActionInput): Promise<Ticket> {
    const t = await this.get(ctx, id, Permission.ManageTicket);
    const now = ctx.now();
    const text = input.text?.trim() || null;
    const need = (what: string) => {
      if (!text) throw badField('text', what, 'required');
    };
    const open = () => {
      if (t.status === TicketStatus.RESOLVED || t.status === TicketStatus.CLOSED) throw conflict(`Case ${t.number} is ${t.status.toLowerCase()}; reopen it first.`, { reason: 'NOT_OPEN' });
    };
    const before = { status: t.status, kind: t.kind, unit: t.unit.id, assignee: t.assignee?.id ?? null };
    switch (input.action) {
      case TicketAction.RESPOND:
        open();
        need('say what the customer was told');
        if (!t.firstRespondedAt) t.firstRespondedAt = now;
        if (input.promisedAt) t.promisedAt = input.promisedAt;
        if (t.status === TicketStatus.OPEN) t.status = TicketStatus.IN_PROGRESS;
        await this.sla.nextUpdate(ctx, t);
        this.event(ctx, t, TicketEventKind.RESPONDED, text, input.promisedAt ? { promisedAt: input.promisedAt.toISOString() } : null);
        break;
      case TicketAction.UPDATE_CUSTOMER:
        open();
        need('say what the customer was told');
        if (!t.firstRespondedAt) t.firstRespondedAt = now;
        await this.sla.nextUpdate(ctx, t);
        this.event(ctx, t, TicketEventKind.CUSTOMER_UPDATED, text);
        break;
      case TicketAction.NOTE:
        need('write the note');
        this.event(ctx, t, TicketEventKind.NOTE, text);
        break;
      case TicketAction.ASSIGN: {
        open();
        const e = input.assigneeId ? await this.employee(ctx, input.assigneeId, 'assigneeId') : null;
        t.assignee = e;
        this.event(ctx, t, TicketEventKind.ASSIGNED, text, { assignee: e?.name ?? null });
        if (e) this.tell(ctx, e.id, 'TICKET_ASSIGNED', t);
        break;
      }
      case TicketAction.HAND_OVER: {
        open();
        if (!input.unitId) throw badField('unitId', 'name the unit taking over', 'required');
        const unit = await this.unit(ctx, input.unitId, 'unitId');
        const e = input.assigneeId ? await this.employee(ctx, input.assigneeId, 'assigneeId') : null;
        t.unit = unit;
        t.assignee = e;
        if (t.status === TicketStatus.OPEN) t.status = TicketStatus.IN_PROGRESS;
        this.event(ctx, t, TicketEventKind.HANDED_OVER, text, { unit: unit.name, assignee: e?.name ?? null });
        const head = unit.head ? (typeof unit.head === 'string' ? unit.head : unit.head.id) : null;
        if (e) this.tell(ctx, e.id, 'TICKET_ASSIGNED', t);
        else if (head) this.tell(ctx, head, 'TICKET_HANDED_OVER', t);
        break;
      }
      case TicketAction.CHANGE_KIND:
        open();
        if (!input.kind) throw badField('kind', 'name the new kind', 'required');
        if (input.kind === t.kind) break;
        this.event(ctx, t, TicketEventKind.KIND_CHANGED, text, { from: t.kind, to: input.kind });
        t.kind = input.kind;
        // The case keeps its start: targets of the new kind count from when it was opened.
        await this.sla.schedule(ctx, t, t.openedAt);
        break;
      case TicketAction.PROPOSE_SOLUTION:
        open();
        need('describe the solution');
        this.event(ctx, t, TicketEventKind.SOLUTION_PROPOSED, text);
        break;
      case TicketAction.SOLUTION_ACCEPTED:
        open();
        this.event(ctx, t, TicketEventKind.SOLUTION_ACCEPTED, text);
        break;
      case TicketAction.SOLUTION_REFUSED:
        open();
        need('say why the customer refused, so the solution can be revised');
        this.event(ctx, t, TicketEventKind.SOLUTION_REFUSED, text);
        break;
      case TicketAction.WAIT_FOR_CUSTOMER:
        open();
        if (t.status === TicketStatus.WAITING_CUSTOMER) break;
        t.status = TicketStatus.WAITING_CUSTOMER;
        t.pausedAt = now;
        this.event(ctx, t, TicketEventKind.WAITING_CUSTOMER, text);
        break;
      case TicketAction.RESUME: {
        if (t.status !== TicketStatus.WAITING_CUSTOMER) throw conflict(`Case ${t.number} is not waiting for the customer.`, { reason: 'NOT_WAITING' });
        const paused = await this.sla.resume(ctx, t);
        t.status = TicketStatus.IN_PROGRESS;
        this.event(ctx, t, TicketEventKind.RESUMED, text, { pausedBusinessMinutes: paused });
        break;
      }
      case TicketAction.RESOLVE: {
        open();
        const summary = input.summary?.trim() || text;
        if (!summary) throw badField('summary', 'summarise what was found and done', 'required');
        const improvement = input.improvementProposal?.trim() || null;
        // R-SVC-7: a technical support case is resolved only once its fix passed verification;
        // a return or repair (whose repair has its own check, R-SVC-8) only once technical work
        // started on it has.
        const verificationNeeded = t.kind === TicketKind.TECH_SUPPORT || (t.kind === TicketKind.RETURN_REPAIR && !!t.technicalStage);
        if (verificationNeeded && t.technicalStage !== TechnicalStage.VERIFIED) {
          throw conflict(`Case ${t.number} needs a fix that passed verification before it is resolved (R-SVC-7).`, { reason: 'NOT_VERIFIED', stage: t.technicalStage ?? null });
        }
        if (t.status === TicketStatus.WAITING_CUSTOMER) await this.sla.resume(ctx, t);
        t.status = TicketStatus.RESOLVED;
        t.resolvedAt = now;
        t.resolutionSummary = summary;
        t.improvementProposal = improvement;
        if (!t.firstRespondedAt) t.firstRespondedAt = now;
        if (t.resolutionDueAt && now > t.resolutionDueAt) t.resolutionBreached = true;
        this.event(ctx, t, TicketEventKind.RESOLVED, summary, { summary, improvementProposal: improvement });
        await this.scheduleFollowUp(ctx, t);
        if (t.customer) this.customers.addEvent(ctx, t.customer, { kind: 'TICKET_RESOLVED', summary: `${t.number} · ${summary}`, refType: 'Ticket', refId: t.id, data: { number: t.number, summary: summary.slice(0, 200) } });
        await ctx.services.events.publish(ctx, new TicketResolved(t));
        break;
      }
      case TicketAction.REOPEN:
        if (t.status !== TicketStatus.RESOLVED && t.status !== TicketStatus.CLOSED) throw conflict(`Case ${t.number} is still open.`, { reason: 'NOT_RESOLVED' });
        need('say why the case is reopened');
        this.reopen(t);
        this.event(ctx, t, TicketEventKind.REOPENED, text);
        break;
      case TicketAction.DIAGNOSE:
        this.technical(t);
        open();
        need('describe the diagnosis');
        if (t.technicalStage === TechnicalStage.VERIFIED) throw this.alreadyVerified(t);
        t.technicalStage = TechnicalStage.DIAGNOSED;
        t.technicalRound = Math.max(t.technicalRound, 1);
        this.event(ctx, t, TicketEventKind.DIAGNOSED, text, { round: t.technicalRound });
        break;
      case TicketAction.FIX:
        this.technical(t);
        open();
        need('describe the fix');
        if (!t.technicalStage) throw conflict(`Case ${t.number} has no diagnosis yet; diagnose before fixing (R-SVC-7).`, { reason: 'NOT_DIAGNOSED' });
        if (t.technicalStage === TechnicalStage.VERIFIED) throw this.alreadyVerified(t);
        t.technicalStage = TechnicalStage.FIXED;
        this.event(ctx, t, TicketEventKind.FIXED, text, { round: t.technicalRound });
        break;
      case TicketAction.VERIFY:
        this.technical(t);
        open();
        if (input.passed == null) throw badField('passed', 'say whether the fix passed verification', 'required');
        need('say how the fix was verified');
        if (t.technicalStage !== TechnicalStage.FIXED) throw conflict(`Case ${t.number} has no fix waiting for verification (R-SVC-7).`, { reason: 'NOT_FIXED', stage: t.technicalStage ?? null });
        t.technicalStage = input.passed ? TechnicalStage.VERIFIED : TechnicalStage.VERIFICATION_FAILED;
        this.event(ctx, t, TicketEventKind.VERIFIED, text, { round: t.technicalRound, passed: input.passed });
        break;
      case TicketAction.RECHECK: {
        this.technical(t);
        if (t.technicalStage !== TechnicalStage.VERIFIED) throw conflict(`Case ${t.number} has no passed verification to re-check (R-SVC-7).`, { reason: 'NOT_VERIFIED', stage: t.technicalStage ?? null });
        need('say why the user is not satisfied');
        const reopened = t.status === TicketStatus.RESOLVED || t.status === TicketStatus.CLOSED;
        if (reopened) this.reopen(t);
        else this.recheck(t);
        this.event(ctx, t, TicketEventKind.RECHECKED, text, { round: t.technicalRound, reopened });
        break;
      }
      case TicketAction.CLOSE:
        if (t.status !== TicketStatus.RESOLVED) throw conflict(`Case ${t.number} must be resolved before it is closed.`, { reason: 'NOT_RESOLVED' });
        t.status = TicketStatus.CLOSED;
        this.event(ctx, t, TicketEventKind.CLOSED, text);
        break;
      case TicketAction.LINK_CUSTOMER: {
        if (!input.customerId) throw badField('customerId', 'name the customer file', 'required');
        const c = await this.customers.get(ctx, input.customerId);
        t.customer = c;
        this.event(ctx, t, TicketEventKind.NOTE, text ?? `Linked to customer ${c.code}`);
        this.customers.addEvent(ctx, c, caseOpened(t));
        break;
      }
    }
    ctx.audit = { targetType: 'Ticket', targetId: t.id, before, after: { action: input.action, status: t.status, kind: t.kind, unit: t.unit.id, assignee: t.assignee?.id ?? null } };
    await ctx.em.flush();
    return t;
  }

  /**
   * Back to work on a resolved or closed case. Its last resolution stays in the timeline; a
   * technical case needs its technical work re-checked and a new passed verification before it
   * resolves again (R-SVC-7).
   */
  private reopen(t: Ticket): void {
    t.status = TicketStatus.IN_PROGRESS;
    t.resolvedAt = null;
    t.resolutionSummary = null;
    t.improvementProposal = null;
    if (t.technicalStage) this.recheck(t);
  }

  /** R-SVC-7: the user is not satisfied; a new round of diagnosis, fix and verification. */
  private recheck(t: Ticket): void {
    t.technicalStage = TechnicalStage.RECHECK;
    t.technicalRound += 1;
  }

  private technical(t: Ticket): void {
    if (!TECHNICAL_KINDS.has(t.kind)) {
      throw conflict(`Case ${t.number} is ${t.kind.toLowerCase().replace('_', ' ')}; diagnosis, fix and verification belong to technical support and return or repair cases (R-SVC-7).`, { reason: 'NOT_TECHNICAL', kind: t.kind });
    }
  }

  private alreadyVerified(t: Ticket) {
    return conflict(`The fix of case ${t.number} passed verification; re-check first if the user is not satisfied (R-SVC-7).`, { reason: 'ALREADY_VERIFIED' });
  }

  private async scheduleFollowUp(ctx: Ctx, t: Ticket): Promise<void> {
    if (await ctx.em.count(FollowUpVisit, { ticket: t.id })) return;
    const cal = await this.sla.calendar(ctx, t.station);
    ctx.em.create(FollowUpVisit, { ticket: t, assignee: t.assignee ?? null, dueAt: addBusinessMinutes(ctx.now(), FOLLOW_UP_MINUTES, cal) } as never);
  }

  /** The follow-up visit's result goes into the customer's file; an unsatisfied customer reopens the case (R-SVC-7). */
  async recordFollowUp(ctx: Ctx, id: string, input: FollowUpInput): Promise<FollowUpVisit> {
    const v = await ctx.em.findOne(FollowUpVisit, { id }, { populate: ['ticket', 'ticket.unit', 'ticket.station'] });
    if (!v || !this.reaches(ctx, v.ticket, Permission.ManageTicket)) throw notFound('Follow-up visit', id);
    if (v.status !== FollowUpStatus.DUE) throw conflict('This follow-up was already recorded.', { reason: 'ALREADY_RECORDED' });
    v.status = input.reached ? FollowUpStatus.DONE : FollowUpStatus.UNREACHABLE;
    v.satisfied = input.reached ? (input.satisfied ?? null) : null;
    v.result = input.result.trim();
    v.doneAt = ctx.now();
    const t = v.ticket;
    this.event(ctx, t, TicketEventKind.FOLLOW_UP_DONE, v.result, { reached: input.reached, satisfied: v.satisfied });
    if (t.customer) this.customers.addEvent(ctx, t.customer, { kind: 'FOLLOW_UP', summary: `${t.number} · ${v.result}`, refType: 'Ticket', refId: t.id, data: { number: t.number, result: v.result.slice(0, 200), reached: input.reached, satisfied: v.satisfied } });
    if (input.reached && input.satisfied === false && (t.status === TicketStatus.RESOLVED || t.status === TicketStatus.CLOSED)) {
      this.reopen(t);
      this.event(ctx, t, TicketEventKind.REOPENED, 'The customer was not satisfied at the follow-up; re-check.');
    }
    await ctx.services.events.publish(ctx, new FollowUpRecorded(v, t));
    ctx.audit = { targetType: 'FollowUpVisit', targetId: v.id, before: { status: FollowUpStatus.DUE }, after: { status: v.status, satisfied: v.satisfied } };
    await ctx.em.flush();
    return v;
  }

  async followUps(ctx: Ctx, dueOnly: boolean): Promise<FollowUpVisit[]> {
    const rows = await ctx.em.find(FollowUpVisit, dueOnly ? { status: FollowUpStatus.DUE } : {}, { populate: ['ticket', 'ticket.unit', 'ticket.station'], orderBy: { dueAt: 'asc' }, limit: 500 });
    return rows.filter((v) => this.reaches(ctx, v.ticket, Permission.ReadTicket));
  }

  /** A case within reach: its responsible unit's or its station's subtree, or assigned to the caller. */
  async get(ctx: Ctx, id: string, permission = Permission.ReadTicket): Promise<Ticket> {
    const t = await ctx.em.findOne(Ticket, { id }, { populate: ['unit', 'station'] });
    if (!t || !this.reaches(ctx, t, Permission.ReadTicket)) throw notFound('Ticket', id);
    if (permission !== Permission.ReadTicket && !this.reaches(ctx, t, permission)) {
      throw forbidden(`Your ${permission} right does not reach case ${t.number}.`, [permission], 'OUT_OF_SCOPE');
    }
    return t;
  }

  private reaches(ctx: Ctx, t: Ticket, permission: Permission): boolean {
    const assignee = t.assignee ? (typeof t.assignee === 'string' ? t.assignee : t.assignee.id) : null;
    return ctx.access.reaches(permission, t.unit.path, assignee) || ctx.access.reaches(permission, t.station.path, assignee);
  }

  /**
   * The queue: one joined statement per page (case, customer, unit and assignee names) plus
   * the count when asked for; highest priority first, then the soonest resolution due.
   */
  async list(ctx: Ctx, args: TicketsArgs): Promise<Page<TicketRow>> {
    const page = pageRequest(args, 10_000);
    const knex = ctx.em.getKnex();
    const q = knex('ticket as t');
    // Units are joined only when reach or a unit filter needs their paths: for callers who see
    // every case, the page and its count read the ticket table alone.
    if (!ctx.access.reach(Permission.ReadTicket).all || args.unitId) q.join('org_unit as u', 'u.id', 't.unit_id').join('org_unit as st', 'st.id', 't.station_id');
    if (args.mine && args.assigneeId) throw badField('assigneeId', 'give either mine or assigneeId, not both', 'conflicting_arguments');
    if (!whereCaseReach(ctx, q, Permission.ReadTicket)) return pageOf([], page, () => [], async () => 0);
    if (args.status?.length) q.whereIn('t.status', args.status);
    if (args.kind?.length) q.whereIn('t.kind', args.kind);
    if (args.severity?.length) q.whereIn('t.severity', args.severity);
    if (args.customerId) q.where('t.customer_id', args.customerId);
    // Any assignee: the reach filter above already keeps out cases the caller may not read, so
    // naming someone else's employee finds nothing rather than revealing anything.
    if (args.mine || args.assigneeId) q.where('t.assignee_id', args.mine ? (ctx.actor?.employeeId ?? '') : args.assigneeId!);
    if (args.breached) q.where((w) => w.where('t.first_response_breached', true).orWhere('t.resolution_breached', true));
    if (args.sla?.length) whereSlaState(q, args.sla, dbTime(ctx.em, ctx.now()));
    if (args.unitId) {
      const unit = await this.unit(ctx, args.unitId, 'unitId');
      q.where('u.path', 'like', `${escapeLike(unit.path)}%`);
    }
    const search = args.search?.trim();
    if (search) q.where((w) => w.where('t.number', 'like', `${escapeLike(search.toUpperCase())}%`).orWhereRaw(`lower(t.subject) like ? escape '\\'`, [`%${escapeLike(search.toLowerCase())}%`]));
    const rows = q.clone();
    if (ctx.access.reach(Permission.ReadTicket).all && !args.unitId) rows.join('org_unit as u', 'u.id', 't.unit_id');
    rows
      .leftJoin('customer as c', 'c.id', 't.customer_id')
      .leftJoin('employee as e', 'e.id', 't.assignee_id')
      .select([...prefixedColumns(ctx.em, Ticket, 't'), 'c.name as customer_name', 'u.name as unit_name', 'e.name as assignee_name'])
      .orderBy([{ column: 't.priority', order: 'desc' }, { column: 't.opened_at', order: 'asc' }, { column: 't.id', order: 'asc' }])
      .limit(page.limit + 1);
    if (page.after) {
      const [priority, created, id] = page.after as [number, number, string];
      const at = dbTime(ctx.em, new Date(created));
      rows.where((w) =>
        w
          .where('t.priority', '<', priority)
          .orWhere((x) => x.where('t.priority', priority).andWhere('t.opened_at', '>', at))
          .orWhere((x) => x.where('t.priority', priority).andWhere('t.opened_at', at).andWhere('t.id', '>', id)),
      );
    } else if (page.offset) rows.offset(page.offset);
    const result = await execute<Record<string, unknown>[]>(ctx, rows);
    const tickets = result.map((r) =>
      Object.assign(mapPrefixed(ctx.em, Ticket, r, 't'), {
        customerName: (r.customer_name as string) ?? null,
        unitName: r.unit_name as string,
        assigneeName: (r.assignee_name as string) ?? null,
      }),
    ) as TicketRow[];
    return pageOf(tickets, page, (t) => [t.priority, new Date(t.openedAt).getTime(), t.id], async () => {
      const [row] = await execute<{ n: number | string }[]>(ctx, q.clone().count({ n: '*' }));
      return Number(row?.n ?? 0);
    });
  }

  timeline(ctx: Ctx, ticketId: string): Promise<TicketEvent[]> {
    return ctx.em.find(TicketEvent, { ticket: ticketId }, { orderBy: { id: 'asc' } });
  }

  /**
   * The SLA sweep (R-SVC-10): warns the assignee when a quarter of a target's time is left,
   * records a breach once a due time passes (it stays recorded) and escalates: unit head,
   * then station manager. Set-wise over the cases that are due soon, so the open backlog's
   * size does not matter; each change is a conditional UPDATE, safe on several replicas.
   */
  async sweep(ctx: Ctx): Promise<{ warned: number; breached: number; escalated: number }> {
    const knex = ctx.em.getKnex();
    const now = ctx.now();
    const nowDb = dbTime(ctx.em, now);
    const active = [TicketStatus.OPEN, TicketStatus.IN_PROGRESS];
    const breachedFirst = await execute<{ id: string }[]>(
      ctx,
      knex('ticket').update({ first_response_breached: true }).whereIn('status', active).whereNull('first_responded_at').where('first_response_due_at', '<', nowDb).where('first_response_breached', false).returning('id'),
    );
    const breachedResolution = await execute<{ id: string }[]>(
      ctx,
      knex('ticket').update({ resolution_breached: true }).whereIn('status', active).where('resolution_due_at', '<', nowDb).where('resolution_breached', false).returning('id'),
    );
    const breachedIds = [...new Set([...breachedFirst, ...breachedResolution].map((r) => r.id))];
    const events = breachedIds.map((id) => this.eventRow(ctx, id, TicketEventKind.SLA_BREACHED, null));
    // Warn once a quarter of the resolution time is left: due - (due - opened) / 4 ≤ now, in SQL,
    // so every case due a warning is found whatever the backlog's order.
    const warnRows = await execute<{ id: string; assignee_id: string | null; number: string; subject: string; resolution_due_at: unknown }[]>(
      ctx,
      knex('ticket')
        .update({ warned_at: nowDb })
        .whereIn('status', active)
        .whereNull('warned_at')
        .where('resolution_breached', false)
        .whereNotNull('resolution_due_at')
        .where('resolution_due_at', '>', nowDb)
        .whereRaw('resolution_due_at - (resolution_due_at - opened_at) / 4 <= ?', [nowDb])
        .returning(['id', 'assignee_id', 'number', 'subject', 'resolution_due_at']),
    );
    for (const r of warnRows) events.push(this.eventRow(ctx, r.id, TicketEventKind.SLA_WARNED, `Resolution due ${dateOf(r.resolution_due_at)!.toISOString()}`));
    // A backlog can put thousands of cases past a threshold at once: plain rows in batches,
    // not entities, so the sweep's memory does not grow with it.
    for (let i = 0; i < events.length; i += EVENT_BATCH) await execute(ctx, knex('ticket_event').insert(events.slice(i, i + EVENT_BATCH)), 'run');
    await this.notifications.notifyMany(
      ctx,
      warnRows.filter((r) => r.assignee_id).map((r) => caseNotice(r.assignee_id!, 'TICKET_SLA_WARNING', r)),
    );
    const warned = warnRows.length;
    const escalated = await this.escalate(ctx);
    await ctx.em.flush();
    return { warned, breached: breachedIds.length, escalated };
  }

  /**
   * After a breach: the unit head; then, once the resolution is overdue by a whole target's
   * time again, the station manager.
   */
  private async escalate(ctx: Ctx): Promise<number> {
    const now = ctx.now().getTime();
    const breached = await ctx.em.find(
      Ticket,
      { status: { $in: [TicketStatus.OPEN, TicketStatus.IN_PROGRESS] }, escalationLevel: { $lt: 2 }, $or: [{ firstResponseBreached: true }, { resolutionBreached: true }] },
      { populate: ['unit', 'station'], limit: 1000 },
    );
    let n = 0;
    for (const t of breached) {
      if (t.escalationLevel === 1) {
        const due = t.resolutionDueAt?.getTime();
        if (!t.resolutionBreached || !due || now < due + (due - t.openedAt.getTime())) continue;
      }
      const to = await unitHead(ctx, t.escalationLevel === 0 ? t.unit : t.station);
      const level = t.escalationLevel + 1;
      const claimed = await execute(ctx, ctx.em.getKnex()('ticket').update({ escalation_level: level }).where({ id: t.id, escalation_level: t.escalationLevel }), 'run');
      if (!affectedRows(claimed)) continue;
      // The loaded case follows the row it claimed, so the flush writes nothing different.
      t.escalationLevel = level;
      this.eventById(ctx, t.id, TicketEventKind.ESCALATED, to ? to.name : null, { level });
      if (to) this.tell(ctx, to.id, 'TICKET_ESCALATED', t);
      n++;
    }
    return n;
  }

  /** The station a case belongs to: the given one, or the station above the caller's own unit. */
  private async stationFor(ctx: Ctx, stationId: string | null | undefined): Promise<OrgUnit> {
    if (stationId) return this.unit(ctx, stationId, 'stationId');
    const employee = ctx.actor?.employeeId ? await ctx.em.findOne(Employee, { id: ctx.actor.employeeId }, { populate: ['unit'] }) : null;
    if (!employee) throw badField('stationId', 'name the station the case belongs to', 'required');
    const ids = employee.unit.path.split('/').filter(Boolean);
    const units = await ctx.em.find(OrgUnit, { id: { $in: ids } });
    const station = ids.reverse().map((id) => units.find((u) => u.id === id)).find((u) => u?.kind === UnitKind.STATION);
    return station ?? employee.unit;
  }

  private async unit(ctx: Ctx, id: string, field: string): Promise<OrgUnit> {
    const u = await ctx.em.findOne(OrgUnit, { id });
    if (!u || u.archivedAt) throw badField(field, `unit ${id} does not exist or is archived`, 'not_found');
    return u;
  }

  private async employee(ctx: Ctx, id: string, field: string): Promise<Employee> {
    const e = await ctx.em.findOne(Employee, { id });
    if (!e || e.status === EmployeeStatus.INACTIVE) throw badField(field, 'no such active employee', 'not_found');
    return e;
  }

  private tell(ctx: Ctx, employeeId: string, kind: string, t: Ticket): void {
    this.notifications.notify(ctx, caseNotice(employeeId, kind, t));
  }

  private event(ctx: Ctx, t: Ticket, kind: TicketEventKind, text: string | null, data: Record<string, unknown> | null = null): void {
    ctx.em.create(TicketEvent, { ticket: t, at: ctx.now(), kind, actorName: ctx.actor?.name ?? null, actorId: ctx.actor?.employeeId ?? null, text, data } as never);
    this.announce(ctx, t, kind);
  }

  /** Tells live queues about a change once it is committed (the ticketChanged subscription). */
  private announce(ctx: Ctx, t: Ticket, change: TicketEventKind): void {
    const payload: TicketChangePayload = {
      ticketId: t.id,
      number: t.number,
      status: t.status,
      kind: t.kind,
      change,
      at: ctx.now(),
      unitPath: t.unit.path,
      stationPath: t.station.path,
      assigneeId: t.assignee ? (typeof t.assignee === 'string' ? t.assignee : t.assignee.id) : null,
    };
    ctx.afterCommit(() => pubsub.publish(TICKET_CHANGED, payload));
  }

  private eventById(ctx: Ctx, ticketId: string, kind: TicketEventKind, text: string | null, data: Record<string, unknown> | null = null): void {
    ctx.em.create(TicketEvent, { ticket: ctx.em.getReference(Ticket, ticketId), at: ctx.now(), kind, actorName: null, text, data } as never);
  }

  /** A system event as a plain row, for the sweep's batched inserts. */
  private eventRow(ctx: Ctx, ticketId: string, kind: TicketEventKind, text: string | null): Record<string, unknown> {
    return { id: uuidv7(ctx.now().getTime()), ticket_id: ticketId, at: dbTime(ctx.em, ctx.now()), kind, actor_name: null, text, data: null };
  }
}

/** A case in the customer's file (R-CRM-1: every inquiry and complaint); the console words it. */
function caseOpened(t: Ticket): TimelineEntry {
  return { kind: 'TICKET', summary: `${t.number} · ${t.subject}`, refType: 'Ticket', refId: t.id, data: { number: t.number, subject: t.subject } };
}

/** A notice about a case: its kind says what happened, in the reader's language; the subject only names the case. */
function caseNotice(recipientId: string, kind: string, t: { id: string; number: string; subject: string }): NotificationInput {
  return { recipientId, kind, subject: `${t.number} ${t.subject}`, link: `/tickets/${t.id}` };
}
