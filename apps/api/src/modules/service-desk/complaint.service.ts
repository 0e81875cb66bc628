import type { Ctx } from '../../context';
import { Permission } from '../../common/auth/permissions';
import { badField, conflict, forbidden, notFound } from '../../common/errors';
import { refId, type Row } from '../../common/rows';
import { addDays } from '../../common/time';
import { Employee, EmployeeStatus } from '../org/employee.entity';
import { OrgUnit, UnitFunction, UnitKind } from '../org/org-unit.entity';
import { unitHead } from '../org/unit-head';
import { Customer } from '../crm';
import type { NotificationService } from '../notifications/notification.service';
import { ActionStatus, ComplaintReview, ComplaintReviewStatus, ComplaintTriage, CorrectiveAction, type ActionKind } from './complaint.entity';
import { Ticket, TicketKind } from './ticket.entity';
import type { ComplaintCase } from './complaint.types';
import type { TicketService } from './ticket.service';
import { TicketAction } from './service-desk.inputs';

/** Substantiated complaints against one employee within a year that call for a penalty review (R-SVC-10). */
export const PENALTY_THRESHOLD = 3;

/** Where the year that the penalty threshold counts in starts, for a year ending at `end` (R-SVC-10). */
export function penaltyWindow(end: Date): Date {
  return addDays(end, -365);
}

/** A person's name reduced to its first character (R-ACL-3): enough to tell cases apart, not who it is. */
export function maskName(name: string | null | undefined): string | null {
  if (!name) return null;
  return `${[...name.trim()][0] ?? ''}**`;
}

export interface FindingsInput {
  rootCause: string;
  responsibleUnitId: string;
  substantiated: boolean;
  responsibleEmployeeId?: string | null;
  major?: boolean | null;
}

/**
 * Complaints beyond customer service (R-SVC-4…6, R-SVC-10): triage, the handling form for
 * quality control with root cause and responsible unit, corrective and preventive actions
 * verified by someone other than their owner, escalation to a joint review or the general
 * manager, and the penalty review after three substantiated complaints.
 */
export class ComplaintService {
  constructor(
    private readonly tickets: TicketService,
    private readonly notifications: NotificationService,
  ) {}

  /** R-SVC-4: whose the complaint is; one that needs other units opens a handling form for quality control. */
  async triage(ctx: Ctx, ticketId: string, triage: ComplaintTriage, note: string): Promise<ComplaintReview | null> {
    const ticket = await this.tickets.get(ctx, ticketId, Permission.ManageTicket);
    if (ticket.kind !== TicketKind.COMPLAINT) throw conflict(`Case ${ticket.number} is not a complaint; change its kind first.`, { reason: 'NOT_A_COMPLAINT' });
    if (!note.trim()) throw badField('note', 'say what the customer was told or why', 'required');
    ticket.triage = triage;
    await this.tickets.act(ctx, ticket.id, { action: TicketAction.NOTE, text: `${triage}: ${note.trim()}` });
    if (triage !== ComplaintTriage.NEEDS_OTHER_UNITS) return null;
    if (await ctx.em.count(ComplaintReview, { ticket: ticket.id })) throw conflict(`Case ${ticket.number} already has a complaint handling form.`, { reason: 'ALREADY_OPEN' });
    // Dated by the service's clock: the penalty review and the reports count forms by this date (R-SVC-10).
    const review = ctx.em.create(ComplaintReview, { ticket, createdAt: ctx.now() } as never);
    const qc = await this.headOfFunction(ctx, UnitFunction.QUALITY_CONTROL);
    if (qc) this.notifications.notify(ctx, { recipientId: qc.id, kind: 'COMPLAINT_REVIEW', subject: `${ticket.number} ${ticket.subject}`, link: `/complaints/${review.id}` });
    ctx.audit = { targetType: 'ComplaintReview', targetId: review.id, before: null, after: { ticket: ticket.id, triage } };
    await ctx.em.flush();
    return review;
  }

  /**
   * A form for quality control (ReadQuality), or for the owner of one of its actions: they are
   * told of the action with a link to the form and report it done there (R-SVC-5). Anyone else
   * is told it does not exist.
   */
  async get(ctx: Ctx, id: string): Promise<ComplaintReview> {
    const r = await ctx.em.findOne(ComplaintReview, { id }, { populate: ['ticket', 'ticket.unit', 'ticket.station'] });
    if (!r || !(ctx.access.has(Permission.ReadQuality) || (await this.ownsAnAction(ctx, r.id)))) throw notFound('Complaint review', id);
    return r;
  }

  private async ownsAnAction(ctx: Ctx, reviewId: string): Promise<boolean> {
    const me = ctx.actor?.employeeId;
    return !!me && (await ctx.em.count(CorrectiveAction, { review: reviewId, owner: me })) > 0;
  }

  /** The form's case in full for quality control; for an action owner only as their right to the case allows. */
  async ticketOf(ctx: Ctx, r: Row<ComplaintReview>): Promise<Ticket | null> {
    const id = refId(r.ticket)!;
    if (ctx.access.has(Permission.ReadQuality)) return ctx.loaders.entity(Ticket, r.ticket);
    return this.tickets.get(ctx, id);
  }

  /** R-ACL-3: the case as the form shows it, the customer masked for a viewer who may not read the case. */
  async caseOf(ctx: Ctx, r: Row<ComplaintReview>): Promise<ComplaintCase> {
    const t = (await ctx.loaders.entity(Ticket, r.ticket))!;
    const [unit, station, customer] = await Promise.all([ctx.loaders.entity(OrgUnit, t.unit), ctx.loaders.entity(OrgUnit, t.station), ctx.loaders.entity(Customer, t.customer)]);
    const assignee = refId(t.assignee);
    const readable = [unit?.path, station?.path].some((path) => path != null && ctx.access.reaches(Permission.ReadTicket, path, assignee));
    const visible = readable || ctx.access.has(Permission.ReadQuality);
    const name = customer?.name ?? t.contactName ?? null;
    return {
      ticketId: t.id,
      number: t.number,
      subject: t.subject,
      severity: t.severity,
      product: t.product ?? null,
      openedAt: t.openedAt,
      customerName: visible ? name : maskName(name),
      customerVisible: visible,
      readable,
    };
  }

  /** Who the complaint is substantiated against is quality control's business (R-SVC-10), not an action owner's. */
  responsibleEmployeeVisible(ctx: Ctx): boolean {
    return ctx.access.has(Permission.ReadQuality);
  }

  list(ctx: Ctx, status: ComplaintReviewStatus[] | null | undefined): Promise<ComplaintReview[]> {
    return ctx.em.find(ComplaintReview, status?.length ? { status: { $in: status } } : {}, { orderBy: { createdAt: 'desc' }, limit: 500 });
  }

  /** Quality control records root cause and responsibility; a third substantiated complaint against one person in a year calls a penalty review. */
  async findings(ctx: Ctx, id: string, input: FindingsInput): Promise<ComplaintReview> {
    const r = await this.open(ctx, id);
    const unit = await ctx.em.findOne(OrgUnit, { id: input.responsibleUnitId });
    if (!unit) throw badField('responsibleUnitId', 'no such unit', 'not_found');
    const employee = input.responsibleEmployeeId ? await ctx.em.findOne(Employee, { id: input.responsibleEmployeeId }, { populate: ['unit'] }) : null;
    if (input.responsibleEmployeeId && !employee) throw badField('responsibleEmployeeId', 'no such employee', 'not_found');
    const before = { rootCause: r.rootCause ?? null, substantiated: r.substantiated ?? null };
    r.rootCause = input.rootCause.trim();
    r.responsibleUnit = unit;
    r.substantiated = input.substantiated;
    r.responsibleEmployee = employee;
    r.major = input.major ?? r.major;
    await ctx.em.flush();
    if (employee && input.substantiated) {
      const since = penaltyWindow(ctx.now());
      const count = await ctx.em.count(ComplaintReview, { responsibleEmployee: employee.id, substantiated: true, createdAt: { $gte: since } });
      if (count === PENALTY_THRESHOLD) {
        const head = employee.unit.head ? (typeof employee.unit.head === 'string' ? employee.unit.head : employee.unit.head.id) : null;
        // R-SVC-10: the kind says the threshold was reached; the subject names whom it concerns.
        if (head) this.notifications.notify(ctx, { recipientId: head, kind: 'PENALTY_REVIEW', subject: employee.name, link: `/complaints?employee=${employee.id}` });
      }
    }
    ctx.audit = { targetType: 'ComplaintReview', targetId: r.id, before, after: { rootCause: r.rootCause, substantiated: r.substantiated, unit: unit.id, employee: employee?.id ?? null } };
    await ctx.em.flush();
    return r;
  }

  async addAction(ctx: Ctx, id: string, input: { kind: ActionKind; description: string; ownerId: string; dueOn: string }): Promise<CorrectiveAction> {
    const r = await this.open(ctx, id);
    const owner = await ctx.em.findOne(Employee, { id: input.ownerId });
    if (!owner || owner.status === EmployeeStatus.INACTIVE) throw badField('ownerId', 'no such active employee', 'not_found');
    const a = ctx.em.create(CorrectiveAction, { review: r, kind: input.kind, description: input.description.trim(), owner, dueOn: input.dueOn } as never);
    // R-SVC-5: CORRECTIVE_ACTION or PREVENTIVE_ACTION; the subject is the case, what to do and by when.
    this.notifications.notify(ctx, { recipientId: owner.id, kind: `${input.kind}_ACTION`, subject: `${r.ticket.number} ${a.description.slice(0, 120)} · ${input.dueOn}`, link: `/complaints/${r.id}` });
    ctx.audit = { targetType: 'CorrectiveAction', targetId: a.id, before: null, after: { review: r.id, kind: input.kind, owner: owner.id, dueOn: input.dueOn } };
    await ctx.em.flush();
    return a;
  }

  /** The owner reports an action done. */
  async completeAction(ctx: Ctx, id: string, note: string): Promise<CorrectiveAction> {
    const a = await this.action(ctx, id);
    if (a.owner.id !== ctx.actor?.employeeId && !ctx.access.has(Permission.ManageQuality)) throw forbidden('Only the owner or quality control reports an action done.', [Permission.ManageQuality]);
    if (a.status !== ActionStatus.OPEN) throw conflict('This action is already done.', { reason: 'NOT_OPEN' });
    a.status = ActionStatus.DONE;
    a.doneAt = ctx.now();
    a.doneNote = note.trim() || null;
    ctx.audit = { targetType: 'CorrectiveAction', targetId: a.id, before: { status: ActionStatus.OPEN }, after: { status: a.status } };
    await ctx.em.flush();
    return a;
  }

  /** R-SVC-5: the effect is verified by customer service or quality control, never by the action's owner. */
  async verifyAction(ctx: Ctx, id: string, note: string): Promise<CorrectiveAction> {
    const a = await this.action(ctx, id);
    if (!ctx.access.has(Permission.ManageQuality) && !ctx.access.has(Permission.ManageTicket)) throw forbidden('Verifying an action needs quality control or customer service.', [Permission.ManageQuality, Permission.ManageTicket]);
    if (a.owner.id === ctx.actor?.employeeId) throw forbidden('The owner of an action does not verify its effect.', [], 'OUT_OF_SCOPE');
    if (a.status !== ActionStatus.DONE) throw conflict('Only an action reported done can be verified.', { reason: 'NOT_DONE' });
    if (!note.trim()) throw badField('note', 'say how the effect was checked', 'required');
    a.status = ActionStatus.VERIFIED;
    a.verifiedAt = ctx.now();
    a.verifiedBy = ctx.actor?.name ?? null;
    a.verifiedById = ctx.actor?.employeeId ?? null;
    a.verificationNote = note.trim();
    ctx.audit = { targetType: 'CorrectiveAction', targetId: a.id, before: { status: ActionStatus.DONE }, after: { status: a.status } };
    await ctx.em.flush();
    return a;
  }

  /** R-SVC-6: a joint review called by the sales manager, or the general manager for a major quality complaint. */
  async escalate(ctx: Ctx, id: string, to: ComplaintReviewStatus, reason: string): Promise<ComplaintReview> {
    const r = await this.open(ctx, id);
    if (to !== ComplaintReviewStatus.JOINT_REVIEW && to !== ComplaintReviewStatus.GENERAL_MANAGER) throw badField('to', 'escalate to JOINT_REVIEW or GENERAL_MANAGER', 'invalid');
    if (!reason.trim()) throw badField('reason', 'say why', 'required');
    const who = to === ComplaintReviewStatus.JOINT_REVIEW ? await this.headOfFunction(ctx, UnitFunction.SALES) : await this.generalManager(ctx);
    const before = r.status;
    r.status = to;
    if (to === ComplaintReviewStatus.GENERAL_MANAGER) r.major = true;
    // R-SVC-6: which of the two it is goes in the kind, so the console can say it in the reader's language.
    const kind = to === ComplaintReviewStatus.JOINT_REVIEW ? 'COMPLAINT_JOINT_REVIEW' : 'COMPLAINT_MAJOR';
    if (who) this.notifications.notify(ctx, { recipientId: who.id, kind, subject: `${r.ticket.number} ${r.ticket.subject} · ${reason.trim()}`, link: `/complaints/${r.id}` });
    await this.tickets.act(ctx, r.ticket.id, { action: TicketAction.NOTE, text: `${to}: ${reason.trim()}` }).catch(() => undefined);
    ctx.audit = { targetType: 'ComplaintReview', targetId: r.id, before: { status: before }, after: { status: to, reason: reason.trim() } };
    await ctx.em.flush();
    return r;
  }

  /** Closes a form once the cause is known and every action's effect is verified. */
  async close(ctx: Ctx, id: string): Promise<ComplaintReview> {
    const r = await this.open(ctx, id);
    if (!r.rootCause) throw conflict('Record the root cause and responsibility first.', { reason: 'NO_FINDINGS' });
    const unverified = await ctx.em.count(CorrectiveAction, { review: r.id, status: { $ne: ActionStatus.VERIFIED } });
    if (unverified) throw conflict(`${unverified} action(s) are not verified yet.`, { reason: 'ACTIONS_OPEN', unverified });
    r.status = ComplaintReviewStatus.CLOSED;
    r.closedAt = ctx.now();
    ctx.audit = { targetType: 'ComplaintReview', targetId: r.id, before: null, after: { status: r.status } };
    await ctx.em.flush();
    return r;
  }

  actions(ctx: Ctx, reviewId: string): Promise<CorrectiveAction[]> {
    return ctx.em.find(CorrectiveAction, { review: reviewId }, { orderBy: { createdAt: 'asc' } });
  }

  private async open(ctx: Ctx, id: string): Promise<ComplaintReview> {
    const r = await ctx.em.findOne(ComplaintReview, { id }, { populate: ['ticket'] });
    if (!r) throw notFound('Complaint review', id);
    if (!ctx.access.has(Permission.ManageQuality)) throw forbidden('This needs the ManageQuality right.', [Permission.ManageQuality]);
    if (r.status === ComplaintReviewStatus.CLOSED) throw conflict('This complaint handling form is closed.', { reason: 'CLOSED' });
    return r;
  }

  private async action(ctx: Ctx, id: string): Promise<CorrectiveAction> {
    const a = await ctx.em.findOne(CorrectiveAction, { id }, { populate: ['review'] });
    if (!a) throw notFound('Corrective action', id);
    return a;
  }

  private async headOfFunction(ctx: Ctx, fn: UnitFunction): Promise<Employee | null> {
    return unitHead(ctx, await ctx.em.findOne(OrgUnit, { function: fn, archivedAt: null }, { orderBy: { depth: 'asc' } }));
  }

  private async generalManager(ctx: Ctx): Promise<Employee | null> {
    return unitHead(ctx, await ctx.em.findOne(OrgUnit, { kind: UnitKind.COMPANY }, { orderBy: { depth: 'asc' } }));
  }
}
