import type { Ctx } from '../../context';
import { Permission } from '../../common/auth/permissions';
import { badField, badInput, conflict, forbidden, notFound, type FieldIssue } from '../../common/errors';
import { affectedRows, dbTime, execute } from '../../common/sql';
import { formatMoney, parseMoney } from '../../common/money';
import { formatNumber, nextValue } from '../../common/sequence';
import { pageOf, pageRequest, type Page, type PageArgs } from '../../common/pagination';
import { escapeLike } from '../../common/auth/scope-filter';
import { mapPrefixed, prefixedColumns } from '../../common/rows';
import { Employee, EmployeeStatus } from '../org/employee.entity';
import type { NotificationService } from '../notifications/notification.service';
import { FieldType, ProcessDefinition, type FieldDefinition } from './definition.entity';
import { DocumentAction, DocumentActionKind, DocumentAttachment, DocumentStatus, DocumentStep, ProcessDocument, StepStatus } from './document.entity';
import { activeDeputy, resolveApprover, superiorOf } from './approvers';
import { conditionsHold } from './conditions';
import { documentKinds, type DocumentKind } from './kinds';
import type { DefinitionService } from './definition.service';
import { DocumentDecided } from './processes.events';

const HOUR_MS = 3_600_000;
const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

export interface TaskFilter {
  kind?: string | null;
  overdueOnly?: boolean | null;
}

/**
 * The approval engine (R-FLOW-1, R-FLOW-2, R-ORG-4). Documents move DRAFT → IN_APPROVAL →
 * APPROVED | REJECTED | WITHDRAWN through the steps of the definition version they were
 * submitted under; each step's approver is resolved from the org chart when it opens.
 * Every action appends to the document's history with who acted, for whom, when and why.
 */
export class ProcessService {
  constructor(
    private readonly definitions: DefinitionService,
    private readonly notifications: NotificationService,
  ) {}

  kind(kind: string): DocumentKind {
    const k = documentKinds.get(kind);
    if (!k) throw badField('kind', `unknown document kind ${kind}`, 'not_found');
    return k;
  }

  /** The employee the caller acts as: themselves, or for integrations an applicant they may submit for. */
  private async actorEmployee(ctx: Ctx, applicantId?: string | null): Promise<Employee> {
    if (ctx.actor?.employeeId && (!applicantId || applicantId === ctx.actor.employeeId)) {
      return ctx.em.findOneOrFail(Employee, { id: ctx.actor.employeeId }, { populate: ['unit'] });
    }
    if (!applicantId) throw forbidden('Documents are filed by employees: your login is not linked to one.', []);
    const e = await ctx.em.findOne(Employee, { id: applicantId }, { populate: ['unit'] });
    if (!e || e.status === EmployeeStatus.INACTIVE) throw badField('applicantId', 'no such active employee', 'not_found');
    ctx.access.assertReaches(Permission.SubmitOnBehalf, e.unit.path, null, `employee ${e.employeeNo}`);
    return e;
  }

  /** Checks and normalises a form against the definition's fields (money to cents, dates, choices). */
  normalise(def: ProcessDefinition, kind: DocumentKind, raw: Record<string, unknown>, partial = false): Record<string, unknown> {
    const issues: FieldIssue[] = [];
    const out: Record<string, unknown> = {};
    for (const f of def.fields) {
      const v = raw[f.key];
      if (v === undefined || v === null || v === '') {
        if (f.required && !partial) issues.push({ field: `data.${f.key}`, message: `${f.label} is required`, code: 'required' });
        continue;
      }
      const value = normaliseField(f, v, issues);
      if (value !== undefined) out[f.key] = value;
    }
    for (const key of Object.keys(raw)) {
      if (!def.fields.some((f) => f.key === key)) issues.push({ field: `data.${key}`, message: `${def.kind} has no field ${key}`, code: 'unknown_field' });
    }
    if (issues.length) throw badInput(issues);
    if (!partial) this.complete(def, kind, out);
    return out;
  }

  /** A stored (already normalised) form is complete: every required field and the kind's own checks. */
  private complete(def: ProcessDefinition, kind: DocumentKind, data: Record<string, unknown>): void {
    const issues: FieldIssue[] = def.fields
      .filter((f) => f.required && (data[f.key] === undefined || data[f.key] === null || data[f.key] === ''))
      .map((f) => ({ field: `data.${f.key}`, message: `${f.label} is required`, code: 'required' }));
    kind.validate?.(data, issues);
    if (issues.length) throw badInput(issues);
  }

  /** A new draft; `flush: false` leaves it in the unit of work for a caller that goes on to submit it in the same flush. */
  async create(ctx: Ctx, kindName: string, data: Record<string, unknown>, applicantId?: string | null, flush = true): Promise<ProcessDocument> {
    const kind = this.kind(kindName);
    const applicant = await this.actorEmployee(ctx, applicantId);
    const def = await this.definitions.current(ctx, kind.kind);
    const values = this.normalise(def, kind, data, true);
    const year = ctx.now().getUTCFullYear();
    const number = `${kind.prefix}-${year}-${formatNumber('', await nextValue(ctx, `document:${kind.prefix}:${year}`), 6)}`;
    const doc = ctx.em.create(ProcessDocument, { number, kind: kind.kind, definition: def, title: kind.title(values), applicant, unit: applicant.unit, data: values, facts: {} } as never);
    this.record(ctx, doc, DocumentActionKind.CREATED, { actor: applicant });
    ctx.audit = { targetType: 'ProcessDocument', targetId: doc.id, before: null, after: { number, kind: kind.kind, version: def.version } };
    if (flush) await ctx.em.flush();
    return doc;
  }

  /** A draft's fields; once submitted, immutable fields never change (R-FLOW-2): void and re-create instead. */
  async update(ctx: Ctx, id: string, data: Record<string, unknown>): Promise<ProcessDocument> {
    const doc = await this.forApplicant(ctx, id);
    if (doc.status !== DocumentStatus.DRAFT) throw conflict(`Document ${doc.number} is ${doc.status.toLowerCase()}; only drafts can be edited.`, { reason: doc.status === DocumentStatus.APPROVED ? 'LOCKED' : 'NOT_DRAFT' });
    const kind = this.kind(doc.kind);
    const values = { ...doc.data, ...this.normalise(doc.definition, kind, data, true) };
    if (doc.round > 0) {
      const changed = doc.definition.fields.filter((f) => f.immutable && JSON.stringify(values[f.key]) !== JSON.stringify(doc.data[f.key]));
      if (changed.length) {
        throw badInput(changed.map((f) => ({ field: `data.${f.key}`, message: `${f.label} cannot change once submitted; void the document and create it again`, code: 'immutable' })));
      }
    }
    const before = { ...doc.data };
    doc.data = values;
    doc.title = kind.title(values);
    this.record(ctx, doc, DocumentActionKind.UPDATED, { actor: doc.applicant });
    ctx.audit = { targetType: 'ProcessDocument', targetId: doc.id, before, after: values };
    await ctx.em.flush();
    return doc;
  }

  /**
   * Submits a draft: checks the whole form, computes the kind's facts, lays out this round's
   * steps (those whose conditions fail are skipped) and opens the first. A document no step
   * applies to is approved at once, with the reason recorded.
   */
  async submit(ctx: Ctx, id: string): Promise<ProcessDocument> {
    return this.submitAs(ctx, await this.forApplicant(ctx, id));
  }

  private async submitAs(ctx: Ctx, doc: ProcessDocument): Promise<ProcessDocument> {
    if (doc.status !== DocumentStatus.DRAFT) throw conflict(`Document ${doc.number} is already ${doc.status.toLowerCase()}.`, { reason: 'NOT_DRAFT' });
    const kind = this.kind(doc.kind);
    this.complete(doc.definition, kind, doc.data);
    doc.facts = (await kind.facts?.(ctx, doc)) ?? {};
    doc.round += 1;
    doc.status = DocumentStatus.IN_APPROVAL;
    doc.submittedAt = ctx.now();
    doc.decidedAt = null;
    const values = { ...doc.data, ...doc.facts };
    this.record(ctx, doc, DocumentActionKind.SUBMITTED, { actor: doc.applicant });
    const steps = doc.definition.steps.map((s, index) => {
      const applies = conditionsHold(s.conditions, values, doc.definition.fields);
      const step = ctx.em.create(DocumentStep, { document: doc, round: doc.round, index, key: s.key, name: s.name, timeLimitHours: s.timeLimitHours, status: applies ? StepStatus.WAITING : StepStatus.SKIPPED } as never);
      if (!applies) this.record(ctx, doc, DocumentActionKind.STEP_SKIPPED, { system: true, stepIndex: index, comment: s.conditions.map((c) => `${c.field} ${c.op} ${JSON.stringify(c.value)}`).join(', ') });
      return step;
    });
    await this.openNext(ctx, doc, steps, 0);
    ctx.audit = { targetType: 'ProcessDocument', targetId: doc.id, before: { status: DocumentStatus.DRAFT }, after: { status: doc.status, round: doc.round, facts: doc.facts } };
    await ctx.em.flush();
    return doc;
  }

  /** Opens the next applicable step from `from`, or approves the document when none is left. */
  private async openNext(ctx: Ctx, doc: ProcessDocument, steps: DocumentStep[], from: number): Promise<void> {
    const next = steps.filter((s) => s.index >= from && s.status === StepStatus.WAITING).sort((a, b) => a.index - b.index)[0];
    if (!next) {
      await this.approveDocument(ctx, doc, steps);
      return;
    }
    const spec = doc.definition.steps[next.index]!;
    const approver = await resolveApprover(ctx, spec.approver, { applicantId: doc.applicant.id, unit: doc.unit });
    if (!approver) {
      throw conflict(`No one can act on step "${next.name}" of ${doc.number}: the org chart has nobody for ${describe(spec.approver)}. Fill the position or change the process.`, {
        reason: 'NO_APPROVER',
        step: next.key,
      });
    }
    const now = ctx.now();
    next.status = StepStatus.OPEN;
    next.assignee = approver;
    next.openedAt = now;
    next.dueAt = new Date(now.getTime() + next.timeLimitHours * HOUR_MS);
    doc.currentStep = next.index;
    this.record(ctx, doc, DocumentActionKind.STEP_OPENED, { system: true, stepIndex: next.index, comment: approver.name });
    await this.tell(ctx, approver.id, 'TASK_ASSIGNED', `${doc.number} ${doc.title} · ${next.name}`, doc);
  }

  private async approveDocument(ctx: Ctx, doc: ProcessDocument, steps: DocumentStep[]): Promise<void> {
    const kind = this.kind(doc.kind);
    doc.status = DocumentStatus.APPROVED;
    doc.currentStep = null;
    doc.decidedAt = ctx.now();
    if (!steps.some((s) => s.status === StepStatus.APPROVED)) {
      const why = kind.autoApproval?.(doc) ?? 'No approval step applies to this document.';
      this.record(ctx, doc, DocumentActionKind.AUTO_APPROVED, { system: true, comment: why });
    }
    await kind.onApproved?.(ctx, doc);
    await ctx.services.events.publish(ctx, new DocumentDecided(doc, true));
    await this.tell(ctx, doc.applicant.id, 'DOCUMENT_APPROVED', `${doc.number} ${doc.title}`, doc);
  }

  /**
   * Acts on the open step. The approver, or their deputy while they are absent (R-ORG-4, the
   * record says "A for B"); never the applicant. The step is claimed with one conditional
   * UPDATE, so of two people acting at once exactly one wins and the other gets a CONFLICT.
   */
  async decide(ctx: Ctx, documentId: string, decision: 'APPROVE' | 'REJECT' | 'RETURN', comment: string | null | undefined, stepId?: string | null): Promise<ProcessDocument> {
    const doc = await this.load(ctx, documentId);
    if (doc.status !== DocumentStatus.IN_APPROVAL) throw conflict(`Document ${doc.number} is ${doc.status.toLowerCase()}, not waiting for approval.`, { reason: 'NOT_IN_APPROVAL' });
    const steps = await this.steps(ctx, doc);
    const step = steps.find((s) => s.status === StepStatus.OPEN);
    // A client names the step it saw, so an action arriving after someone else's decision is refused rather than applied to the next step.
    if (!step || (stepId && step.id !== stepId)) throw conflict('This step was already decided.', { reason: 'STEP_ALREADY_DECIDED' });
    const { actor, actingFor } = await this.actingAs(ctx, doc, step);
    const text = comment?.trim() || null;
    if (decision !== 'APPROVE' && !text) throw badField('comment', decision === 'REJECT' ? 'say why the document is rejected' : 'say what needs changing', 'required');
    const status = decision === 'APPROVE' ? StepStatus.APPROVED : decision === 'REJECT' ? StepStatus.REJECTED : StepStatus.RETURNED;
    const now = ctx.now();
    const claimed = await execute(
      ctx,
      ctx.em
        .getKnex()('process_step')
        .update({ status, decided_at: dbTime(ctx.em, now), decided_by_id: actor.id, acting_for_id: actingFor?.id ?? null, comment: text })
        .where({ id: step.id, status: StepStatus.OPEN }),
      'run',
    );
    if (!affectedRows(claimed)) throw conflict('Someone else decided this step first.', { reason: 'STEP_ALREADY_DECIDED' });
    // The entity follows the row it claimed, so the flush below writes nothing different.
    Object.assign(step, { status, decidedAt: now, decidedBy: actor, actingFor: actingFor ?? null, comment: text });
    const kindOfAction = decision === 'APPROVE' ? DocumentActionKind.APPROVED : decision === 'REJECT' ? DocumentActionKind.REJECTED : DocumentActionKind.RETURNED;
    this.record(ctx, doc, kindOfAction, { actor, actingFor, stepIndex: step.index, comment: text });
    ctx.audit = { targetType: 'ProcessDocument', targetId: doc.id, actingForId: actingFor?.id ?? null, before: { status: doc.status, step: step.index }, after: { decision, step: step.index } };
    if (decision === 'APPROVE') await this.openNext(ctx, doc, steps, step.index + 1);
    else {
      this.cancelRest(steps);
      doc.status = decision === 'REJECT' ? DocumentStatus.REJECTED : DocumentStatus.DRAFT;
      doc.currentStep = null;
      doc.decidedAt = decision === 'REJECT' ? now : null;
      if (decision === 'REJECT') await ctx.services.events.publish(ctx, new DocumentDecided(doc, false));
      await this.tell(ctx, doc.applicant.id, decision === 'REJECT' ? 'DOCUMENT_REJECTED' : 'DOCUMENT_RETURNED', `${doc.number} ${doc.title} · ${text}`, doc);
    }
    await ctx.em.flush();
    return doc;
  }

  /** Who may act on an open step right now: the assignee, or their deputy while they are away. */
  private async actingAs(ctx: Ctx, doc: ProcessDocument, step: DocumentStep): Promise<{ actor: Employee; actingFor: Employee | null }> {
    const me = ctx.actor?.employeeId;
    if (!me) throw forbidden('Only an employee named by the process can act on this step.', []);
    if (me === doc.applicant.id) throw forbidden('Nobody approves their own document.', [], 'OUT_OF_SCOPE');
    const assignee = step.assignee ? (typeof step.assignee === 'string' ? step.assignee : step.assignee.id) : null;
    const actor = await ctx.em.findOneOrFail(Employee, { id: me });
    if (assignee === me) return { actor, actingFor: null };
    if (assignee && (await activeDeputy(ctx, assignee)) === me) return { actor, actingFor: await ctx.em.findOneOrFail(Employee, { id: assignee }) };
    throw forbidden(`Step "${step.name}" of ${doc.number} is waiting for someone else.`, [], 'OUT_OF_SCOPE');
  }

  private cancelRest(steps: DocumentStep[]): void {
    for (const s of steps) if (s.status === StepStatus.WAITING || s.status === StepStatus.OPEN) s.status = StepStatus.CANCELLED;
  }

  /** Files, attaches the invoices to and submits an expense claim in one go (R-FLOW-3). */
  async submitExpenseClaim(ctx: Ctx, input: { date: string; place: string; reason: string; amount: number; category: string; invoices?: { fileName: string; mimeType: string; contentBase64: string }[] | null; applicantId?: string | null }): Promise<ProcessDocument> {
    const { invoices, applicantId, amount, ...rest } = input;
    // Created and submitted in one flush: the draft is never read back, and it is inserted
    // with its submitted state and all its actions at once.
    const doc = await this.create(ctx, 'EXPENSE_CLAIM', { ...rest, amount: formatMoney(amount) }, applicantId, false);
    for (const f of invoices ?? []) await this.addAttachment(ctx, doc, f.fileName, f.mimeType, f.contentBase64);
    return this.submitAs(ctx, doc);
  }

  /** Which steps a sample document would take and who would act, changing nothing. */
  async previewApprovers(ctx: Ctx, kindName: string, data: Record<string, unknown>, applicantId?: string | null) {
    const kind = this.kind(kindName);
    const def = await this.definitions.current(ctx, kind.kind);
    const applicant = await this.actorEmployee(ctx, applicantId);
    const values = this.normalise(def, kind, data, true);
    const sample = { data: values, unit: applicant.unit, applicant, facts: {} } as unknown as ProcessDocument;
    const facts = (await kind.facts?.(ctx, sample)) ?? {};
    return this.definitions.preview(ctx, kind.kind, values, facts, applicant.id, def);
  }

  /** The applicant takes back a draft or a document in approval. */
  async withdraw(ctx: Ctx, id: string, reason: string | null | undefined): Promise<ProcessDocument> {
    const doc = await this.forApplicant(ctx, id);
    if (doc.status !== DocumentStatus.DRAFT && doc.status !== DocumentStatus.IN_APPROVAL) {
      throw conflict(`Document ${doc.number} is ${doc.status.toLowerCase()} and can no longer be withdrawn.`, { reason: doc.status === DocumentStatus.APPROVED ? 'LOCKED' : 'NOT_IN_APPROVAL' });
    }
    const before = doc.status;
    this.cancelRest(await this.steps(ctx, doc));
    doc.status = DocumentStatus.WITHDRAWN;
    doc.currentStep = null;
    this.record(ctx, doc, DocumentActionKind.WITHDRAWN, { actor: doc.applicant, comment: reason?.trim() || null });
    ctx.audit = { targetType: 'ProcessDocument', targetId: doc.id, before: { status: before }, after: { status: doc.status } };
    await ctx.em.flush();
    return doc;
  }

  /** 棄審 (R-FLOW-2): an approved document back to draft, by someone with the right, with a reason; its effects are undone. */
  async unapprove(ctx: Ctx, id: string, reason: string): Promise<ProcessDocument> {
    const doc = await this.load(ctx, id);
    ctx.access.assertReaches(Permission.UnapproveDocument, doc.unit.path, null, `document ${doc.number}`);
    if (doc.status !== DocumentStatus.APPROVED) throw conflict(`Document ${doc.number} is not approved.`, { reason: 'NOT_APPROVED' });
    if (!reason.trim()) throw badField('reason', 'say why the approval is withdrawn', 'required');
    await this.kind(doc.kind).onUnapproved?.(ctx, doc);
    doc.status = DocumentStatus.DRAFT;
    doc.decidedAt = null;
    this.record(ctx, doc, DocumentActionKind.UNAPPROVED, { actor: ctx.actor?.employeeId ? await ctx.em.findOne(Employee, { id: ctx.actor.employeeId }) : null, comment: reason.trim() });
    ctx.audit = { targetType: 'ProcessDocument', targetId: doc.id, before: { status: DocumentStatus.APPROVED }, after: { status: DocumentStatus.DRAFT, reason: reason.trim() } };
    await ctx.em.flush();
    return doc;
  }

  /**
   * Voids a document that is not approved and creates a new draft with the same fields, the
   * way to change an immutable field (R-FLOW-2). Returns the new draft.
   */
  async void(ctx: Ctx, id: string, reason: string): Promise<ProcessDocument> {
    const doc = await this.load(ctx, id);
    const mine = ctx.actor?.employeeId === doc.applicant.id;
    if (!mine) ctx.access.assertReaches(Permission.VoidDocument, doc.unit.path, null, `document ${doc.number}`);
    if (doc.status === DocumentStatus.APPROVED) throw conflict(`Document ${doc.number} is approved and locked; un-approve it first.`, { reason: 'LOCKED' });
    if (doc.status === DocumentStatus.VOIDED) throw conflict(`Document ${doc.number} is already void.`, { reason: 'VOIDED' });
    if (!reason.trim()) throw badField('reason', 'say why the document is voided', 'required');
    this.cancelRest(await this.steps(ctx, doc));
    doc.status = DocumentStatus.VOIDED;
    doc.currentStep = null;
    this.record(ctx, doc, DocumentActionKind.VOIDED, { comment: reason.trim() });
    const kind = this.kind(doc.kind);
    const year = ctx.now().getUTCFullYear();
    const number = `${kind.prefix}-${year}-${formatNumber('', await nextValue(ctx, `document:${kind.prefix}:${year}`), 6)}`;
    const copy = ctx.em.create(ProcessDocument, { number, kind: doc.kind, definition: await this.definitions.current(ctx, doc.kind), title: doc.title, applicant: doc.applicant, unit: doc.unit, data: { ...doc.data }, facts: {}, replacesId: doc.id } as never);
    this.record(ctx, copy, DocumentActionKind.CREATED, { comment: `Re-created from ${doc.number}` });
    ctx.audit = { targetType: 'ProcessDocument', targetId: doc.id, before: { status: doc.status }, after: { status: DocumentStatus.VOIDED, replacedBy: copy.id } };
    await ctx.em.flush();
    return copy;
  }

  async attach(ctx: Ctx, id: string, fileName: string, mimeType: string, contentBase64: string): Promise<DocumentAttachment> {
    const doc = await this.forApplicant(ctx, id);
    return this.addAttachment(ctx, doc, fileName, mimeType, contentBase64);
  }

  private async addAttachment(ctx: Ctx, doc: ProcessDocument, fileName: string, mimeType: string, contentBase64: string): Promise<DocumentAttachment> {
    if (doc.status !== DocumentStatus.DRAFT) throw conflict(`Document ${doc.number} is ${doc.status.toLowerCase()}; attach files to drafts.`, { reason: 'NOT_DRAFT' });
    const content = Buffer.from(contentBase64, 'base64');
    if (!content.length) throw badField('contentBase64', 'the file is empty', 'empty_file');
    if (content.length > MAX_ATTACHMENT_BYTES) throw badField('contentBase64', `files are limited to ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`, 'too_large');
    const a = ctx.em.create(DocumentAttachment, { document: doc, fileName: fileName.slice(0, 200), mimeType: mimeType.slice(0, 100), size: content.length, content } as never);
    ctx.audit = { targetType: 'ProcessDocument', targetId: doc.id, before: null, after: { attachment: a.fileName, size: a.size } };
    await ctx.em.flush();
    return a;
  }

  async attachmentContent(ctx: Ctx, attachmentId: string): Promise<DocumentAttachment> {
    const a = await ctx.em.findOne(DocumentAttachment, { id: attachmentId }, { populate: ['content'] });
    if (!a) throw notFound('Attachment', attachmentId);
    await this.get(ctx, a.document.id);
    return a;
  }

  /** A document the caller may see: their own, one they act or acted on (or deputise for), or within their ReadDocument reach. */
  async get(ctx: Ctx, id: string): Promise<ProcessDocument> {
    const doc = await this.load(ctx, id);
    if (await this.visible(ctx, doc)) return doc;
    throw notFound('Document', id);
  }

  private async visible(ctx: Ctx, doc: ProcessDocument): Promise<boolean> {
    const me = ctx.actor?.employeeId ?? null;
    if (me && me === doc.applicant.id) return true;
    if (ctx.access.reaches(Permission.ReadDocument, doc.unit.path, doc.applicant.id)) return true;
    if (!me) return false;
    const steps = await ctx.em.find(DocumentStep, { document: doc.id }, { fields: ['assignee', 'decidedBy', 'actingFor'] as never });
    const involved = new Set(steps.flatMap((s) => [s.assignee?.id, s.decidedBy?.id, s.actingFor?.id]).filter(Boolean));
    if (involved.has(me)) return true;
    for (const id of involved) if ((await activeDeputy(ctx, id!)) === me) return true;
    return false;
  }

  private async load(ctx: Ctx, id: string): Promise<ProcessDocument> {
    const doc = await ctx.em.findOne(ProcessDocument, { id }, { populate: ['definition', 'unit', 'applicant'] });
    if (!doc) throw notFound('Document', id);
    return doc;
  }

  private async forApplicant(ctx: Ctx, id: string): Promise<ProcessDocument> {
    const doc = await this.load(ctx, id);
    if (ctx.actor?.employeeId !== doc.applicant.id) {
      if (await this.visible(ctx, doc)) throw forbidden(`Only the applicant can change document ${doc.number}.`, [], 'OUT_OF_SCOPE');
      throw notFound('Document', id);
    }
    return doc;
  }

  steps(ctx: Ctx, doc: ProcessDocument): Promise<DocumentStep[]> {
    return ctx.em.find(DocumentStep, { document: doc.id, round: doc.round }, { orderBy: { index: 'asc' } });
  }

  history(ctx: Ctx, documentId: string): Promise<DocumentAction[]> {
    return ctx.em.find(DocumentAction, { document: documentId }, { orderBy: { at: 'asc', id: 'asc' } });
  }

  attachments(ctx: Ctx, documentId: string): Promise<DocumentAttachment[]> {
    return ctx.em.find(DocumentAttachment, { document: documentId }, { orderBy: { createdAt: 'asc' } });
  }

  /**
   * The caller's inbox: open steps assigned to them, and to people they deputise for while
   * those are away (R-ORG-4). Whom the caller acts for is looked up first (a small read of
   * `absence`), so the page and the count filter `process_step` by assignee and status: the
   * page reads the `(assignee, status, due, id)` index in inbox order and stops at its last
   * row, joined to its documents and their applicants in the same statement; the count
   * reads that index alone.
   */
  async myTasks(ctx: Ctx, filter: TaskFilter, args: PageArgs): Promise<Page<DocumentStep>> {
    const page = pageRequest(args, 10_000);
    const me = ctx.actor?.employeeId;
    if (!me) return pageOf([], page, () => [], async () => 0);
    const knex = ctx.em.getKnex();
    const now = dbTime(ctx.em, ctx.now());
    const absentFor = await execute<{ employee_id: string }[]>(
      ctx,
      knex('absence').distinct('employee_id').where('deputy_id', me).whereNull('cancelled_at').where('starts_at', '<=', now).where('ends_at', '>', now),
    );
    const assignees = [...new Set([me, ...absentFor.map((a) => a.employee_id)])];
    const q = knex('process_step as s').where('s.status', StepStatus.OPEN).whereIn('s.assignee_id', assignees);
    // The documents are joined only to filter by kind: the count of a large inbox then reads steps alone.
    if (filter.kind) q.join('process_document as d', 'd.id', 's.document_id').where('d.kind', filter.kind);
    if (filter.overdueOnly) q.where('s.due_at', '<', now);
    const rows = q.clone().orderBy([{ column: 's.due_at' }, { column: 's.id' }]).limit(page.limit + 1);
    if (!filter.kind) rows.join('process_document as d', 'd.id', 's.document_id');
    // The applicant comes with the row, so the inbox's applicant names cost no statement of their own.
    rows.join('employee as ap', 'ap.id', 'd.applicant_id').select([...prefixedColumns(ctx.em, DocumentStep, 's'), ...prefixedColumns(ctx.em, ProcessDocument, 'd'), ...prefixedColumns(ctx.em, Employee, 'ap')]);
    if (page.after) rows.where('s.id', '>', page.after[page.after.length - 1] as string);
    else rows.offset(page.offset);
    const steps = (await execute<Record<string, unknown>[]>(ctx, rows)).map(
      (r) => Object.assign(mapPrefixed(ctx.em, DocumentStep, r, 's'), { document: Object.assign(mapPrefixed(ctx.em, ProcessDocument, r, 'd'), { applicant: mapPrefixed(ctx.em, Employee, r, 'ap') }) }) as DocumentStep,
    );
    return pageOf(steps, page, (s) => [s.id], async () => {
      const [row] = await execute<{ n: number | string }[]>(ctx, q.clone().count({ n: '*' }));
      return Number(row?.n ?? 0);
    });
  }

  /** Open tasks per document kind, for the inbox's filter counts. */
  async taskCounts(ctx: Ctx): Promise<{ kind: string; open: number; overdue: number }[]> {
    const me = ctx.actor?.employeeId;
    if (!me) return [];
    const knex = ctx.em.getKnex();
    const now = dbTime(ctx.em, ctx.now());
    const absentFor = knex('absence').select('employee_id').where('deputy_id', me).whereNull('cancelled_at').where('starts_at', '<=', now).where('ends_at', '>', now);
    const rows = await execute<{ kind: string; open: number | string; overdue: number | string }[]>(
      ctx,
      knex('process_step as s')
        .join('process_document as d', 'd.id', 's.document_id')
        .select('d.kind')
        .count({ open: '*' })
        .select(knex.raw('sum(case when s.due_at < ? then 1 else 0 end) as overdue', [now]))
        .where('s.status', StepStatus.OPEN)
        .where((w) => w.where('s.assignee_id', me).orWhereIn('s.assignee_id', absentFor))
        .groupBy('d.kind'),
    );
    return rows.map((r) => ({ kind: r.kind, open: Number(r.open), overdue: Number(r.overdue ?? 0) }));
  }

  /** Documents the caller filed, or (with ReadDocument) those of units within reach. */
  async list(ctx: Ctx, filter: { mine?: boolean | null; kind?: string | null; status?: DocumentStatus[] | null }, args: PageArgs): Promise<Page<ProcessDocument>> {
    const page = pageRequest(args, 10_000);
    const me = ctx.actor?.employeeId ?? null;
    const where: Record<string, unknown>[] = [];
    if (filter.mine || !ctx.access.has(Permission.ReadDocument)) {
      if (!me) return pageOf([], page, () => [], async () => 0);
      where.push({ applicant: me });
    } else {
      const r = ctx.access.reach(Permission.ReadDocument);
      if (!r.all) {
        const ors: Record<string, unknown>[] = r.unitPaths.map((p) => ({ unit: { path: { $like: `${escapeLike(p)}%` } } }));
        if (r.own && me) ors.push({ applicant: me });
        if (!ors.length) return pageOf([], page, () => [], async () => 0);
        where.push({ $or: ors });
      }
    }
    if (filter.kind) where.push({ kind: filter.kind });
    if (filter.status?.length) where.push({ status: { $in: filter.status } });
    const cond = (where.length ? { $and: where } : {}) as never;
    if (page.after) where.push({ id: { $lt: page.after[0] as string } });
    const rows = await ctx.em.find(ProcessDocument, (where.length ? { $and: where } : {}) as never, { orderBy: { id: 'desc' }, limit: page.limit + 1, offset: page.after ? 0 : page.offset });
    return pageOf(rows, page, (d) => [d.id], () => ctx.em.count(ProcessDocument, cond));
  }

  /**
   * Reminders and escalation (R-FLOW-1 time limits): an open step gets one reminder when
   * three quarters of its time has passed, and past its limit moves to the approver's
   * superior. Each change is one conditional UPDATE, so replicas running this together act once.
   */
  async escalate(ctx: Ctx): Promise<{ reminded: number; escalated: number }> {
    const knex = ctx.em.getKnex();
    const now = ctx.now();
    let reminded = 0;
    let escalated = 0;
    const overdue = await ctx.em.find(DocumentStep, { status: StepStatus.OPEN, dueAt: { $lte: now }, escalatedAt: null }, { populate: ['document', 'assignee'], limit: 500 });
    for (const step of overdue) {
      const doc = step.document;
      const from = step.assignee;
      const to = from ? await superiorOf(ctx, from) : null;
      if (!to || to.id === doc.applicant.id) continue;
      const due = new Date(now.getTime() + step.timeLimitHours * HOUR_MS);
      const n = affectedRows(
        await execute(
          ctx,
          knex('process_step').update({ assignee_id: to.id, escalated_at: dbTime(ctx.em, now), due_at: dbTime(ctx.em, due) }).where({ id: step.id, status: StepStatus.OPEN }).whereNull('escalated_at'),
          'run',
        ),
      );
      if (!n) continue;
      ctx.em.getUnitOfWork().unsetIdentity(step);
      this.record(ctx, doc, DocumentActionKind.ESCALATED, { system: true, stepIndex: step.index, comment: `${from?.name ?? '—'} → ${to.name} (${step.timeLimitHours} h)` });
      await this.tell(ctx, to.id, 'TASK_ESCALATED', `${doc.number} ${doc.title} · ${step.name}`, doc);
      escalated++;
    }
    const dueSoon = await ctx.em.find(DocumentStep, { status: StepStatus.OPEN, remindedAt: null, escalatedAt: null, dueAt: { $gt: now } }, { populate: ['document'], limit: 2000 });
    for (const step of dueSoon) {
      const remindAt = step.dueAt!.getTime() - (step.timeLimitHours * HOUR_MS) / 4;
      if (now.getTime() < remindAt || !step.assignee) continue;
      const n = affectedRows(await execute(ctx, knex('process_step').update({ reminded_at: dbTime(ctx.em, now) }).where({ id: step.id }).whereNull('reminded_at'), 'run'));
      if (!n) continue;
      ctx.em.getUnitOfWork().unsetIdentity(step);
      this.record(ctx, step.document, DocumentActionKind.REMINDED, { system: true, stepIndex: step.index });
      await this.tell(ctx, step.assignee.id, 'TASK_REMINDER', `${step.document.number} ${step.document.title} · ${step.name}`, step.document);
      reminded++;
    }
    await ctx.em.flush();
    return { reminded, escalated };
  }

  /**
   * Notifies a person, and their deputy too while they are away (R-ORG-4). Subjects name the
   * document and step only; the kind says what happened (`…_AS_DEPUTY` for the deputy's copy),
   * so the console can word it in the reader's language.
   */
  private async tell(ctx: Ctx, employeeId: string, kind: string, subject: string, doc: ProcessDocument): Promise<void> {
    const link = `/documents/${doc.id}`;
    this.notifications.notify(ctx, { recipientId: employeeId, kind, subject, link });
    if (kind.startsWith('TASK_')) {
      const deputy = await activeDeputy(ctx, employeeId);
      if (deputy) this.notifications.notify(ctx, { recipientId: deputy, kind: `${kind}_AS_DEPUTY`, subject, link });
    }
  }

  private record(
    ctx: Ctx,
    doc: ProcessDocument,
    action: DocumentActionKind,
    opts: { actor?: Employee | null; actingFor?: Employee | null; stepIndex?: number | null; comment?: string | null; system?: boolean } = {},
  ): void {
    ctx.em.create(DocumentAction, {
      document: doc,
      at: ctx.now(),
      action,
      stepIndex: opts.stepIndex ?? null,
      actor: opts.actor ?? null,
      // Routing, skipping and time limits are the engine's doing, whoever's action set them off.
      actorName: opts.system ? null : (opts.actor?.name ?? ctx.actor?.name ?? null),
      actingFor: opts.actingFor ?? null,
      comment: opts.comment ?? null,
    } as never);
  }
}

function normaliseField(f: FieldDefinition, v: unknown, issues: FieldIssue[]): unknown {
  const bad = (message: string, code = 'invalid') => {
    issues.push({ field: `data.${f.key}`, message: `${f.label}: ${message}`, code });
    return undefined;
  };
  switch (f.type) {
    case FieldType.TEXT:
      return typeof v === 'string' && v.trim().length <= 2000 ? v.trim() : bad('must be text of at most 2000 characters');
    case FieldType.MONEY:
      try {
        const cents = parseMoney(v);
        return cents >= 0 ? cents : bad('must not be negative', 'out_of_range');
      } catch {
        return bad('must be an amount with at most two decimals, e.g. "1280.50"');
      }
    case FieldType.NUMBER:
      return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : bad('must be a number, zero or more');
    case FieldType.DATE:
      return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)) ? v : bad('must be a date YYYY-MM-DD');
    case FieldType.BOOLEAN:
      return typeof v === 'boolean' ? v : bad('must be true or false');
    case FieldType.CHOICE:
      return typeof v === 'string' && (f.choices ?? []).includes(v) ? v : bad(`must be one of ${(f.choices ?? []).join(', ')}`);
    default:
      return v;
  }
}

function describe(spec: { kind: string; code?: string | null; unitKind?: string | null; unitFunction?: string | null }): string {
  return [spec.kind, spec.code, spec.unitKind, spec.unitFunction].filter(Boolean).join(' ');
}

