import { Arg, Args, Ctx as GqlCtx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { Ctx } from '../../context';
import { Allow, Authenticated } from '../../common/auth/allow';
import { Permission } from '../../common/auth/permissions';
import { refId, type MaybePromise, type Row } from '../../common/rows';
import { Employee } from '../org/employee.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { ProcessDefinition } from './definition.entity';
import { DocumentAction, DocumentAttachment, DocumentStatus, DocumentStep, ProcessDocument, StepStatus } from './document.entity';
import { Budget } from './budget.entity';
import { ApproverPreview, AttachmentContent, DocumentStepConnection, ProcessDocumentConnection, TaskCount } from './processes.types';
import { AttachmentInput, BudgetInput, DocumentsArgs, ExpenseClaimInput, MyTasksArgs, ProcessDefinitionInput } from './processes.inputs';

const STEP_ID = 'The step you are acting on, as you saw it; if it was decided meanwhile, the action is a CONFLICT instead of landing on the next step.';

@Resolver(() => ProcessDocument)
export class ProcessDocumentResolver {
  @Query(() => DocumentStepConnection, { description: 'Your inbox: open steps waiting for you, or for someone you deputise for while they are away (R-ORG-4).' })
  @Allow(Authenticated)
  async myTasks(@GqlCtx() ctx: Ctx, @Args(() => MyTasksArgs) args: MyTasksArgs) {
    return new DocumentStepConnection(await ctx.services.processes.myTasks(ctx, args, args));
  }

  @Query(() => [TaskCount], { description: 'Open and overdue tasks per document kind.' })
  @Allow(Authenticated)
  myTaskCounts(@GqlCtx() ctx: Ctx): Promise<TaskCount[]> {
    return ctx.services.processes.taskCounts(ctx);
  }

  @Query(() => ProcessDocument, { description: 'A document you filed, act on, or may read (ReadDocument).' })
  @Allow(Authenticated)
  document(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<ProcessDocument> {
    return ctx.services.processes.get(ctx, id);
  }

  @Query(() => ProcessDocumentConnection, { description: 'Documents you filed, or with ReadDocument those of units within reach.' })
  @Allow(Authenticated)
  async documents(@GqlCtx() ctx: Ctx, @Args(() => DocumentsArgs) args: DocumentsArgs) {
    return new ProcessDocumentConnection(await ctx.services.processes.list(ctx, args, args));
  }

  @Query(() => AttachmentContent)
  @Allow(Authenticated)
  async attachment(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<AttachmentContent> {
    const a = await ctx.services.processes.attachmentContent(ctx, id);
    return { id: a.id, fileName: a.fileName, mimeType: a.mimeType, contentBase64: a.content.toString('base64') };
  }

  @Query(() => [ApproverPreview], { description: 'Which steps a sample document would take and who would act on each, as the org chart stands.' })
  @Allow(Authenticated)
  previewApprovers(
    @GqlCtx() ctx: Ctx,
    @Arg('kind', () => String) kind: string,
    @Arg('data', () => GraphQLJSONObject) data: Record<string, unknown>,
    @Arg('applicantId', () => ID, { nullable: true }) applicantId?: string | null,
  ) {
    return ctx.services.processes.previewApprovers(ctx, kind, data, applicantId);
  }

  @Mutation(() => ProcessDocument, { description: 'Starts a draft of a document kind under the definition in force.' })
  @Allow(Authenticated)
  createDocument(
    @GqlCtx() ctx: Ctx,
    @Arg('kind', () => String) kind: string,
    @Arg('data', () => GraphQLJSONObject) data: Record<string, unknown>,
    @Arg('applicantId', () => ID, { nullable: true }) applicantId?: string | null,
  ): Promise<ProcessDocument> {
    return ctx.services.processes.create(ctx, kind, data, applicantId);
  }

  @Mutation(() => ProcessDocument, { description: 'Changes a draft; immutable fields of a document once submitted never change (R-FLOW-2).' })
  @Allow(Authenticated)
  updateDocument(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('data', () => GraphQLJSONObject) data: Record<string, unknown>): Promise<ProcessDocument> {
    return ctx.services.processes.update(ctx, id, data);
  }

  @Mutation(() => ProcessDocument)
  @Allow(Authenticated)
  submitDocument(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<ProcessDocument> {
    return ctx.services.processes.submit(ctx, id);
  }

  @Mutation(() => ProcessDocument, { description: 'R-FLOW-3: files and submits an expense claim with its invoices.' })
  @Allow(Authenticated)
  submitExpenseClaim(@GqlCtx() ctx: Ctx, @Arg('input', () => ExpenseClaimInput) input: ExpenseClaimInput): Promise<ProcessDocument> {
    return ctx.services.processes.submitExpenseClaim(ctx, input);
  }

  @Mutation(() => DocumentAttachment)
  @Allow(Authenticated)
  attachToDocument(@GqlCtx() ctx: Ctx, @Arg('documentId', () => ID) documentId: string, @Arg('file', () => AttachmentInput) file: AttachmentInput): Promise<DocumentAttachment> {
    return ctx.services.processes.attach(ctx, documentId, file.fileName, file.mimeType, file.contentBase64);
  }

  @Mutation(() => ProcessDocument, { description: 'Approves the open step, as its approver or their deputy. CONFLICT when someone decided it first.' })
  @Allow(Authenticated)
  approveStep(
    @GqlCtx() ctx: Ctx,
    @Arg('documentId', () => ID) documentId: string,
    @Arg('comment', () => String, { nullable: true }) comment?: string | null,
    @Arg('stepId', () => ID, { nullable: true, description: STEP_ID }) stepId?: string | null,
  ): Promise<ProcessDocument> {
    return ctx.services.processes.decide(ctx, documentId, 'APPROVE', comment, stepId);
  }

  @Mutation(() => ProcessDocument, { description: 'Rejects the document at the open step; the comment (the reason) is required.' })
  @Allow(Authenticated)
  rejectStep(
    @GqlCtx() ctx: Ctx,
    @Arg('documentId', () => ID) documentId: string,
    @Arg('comment', () => String) comment: string,
    @Arg('stepId', () => ID, { nullable: true, description: STEP_ID }) stepId?: string | null,
  ): Promise<ProcessDocument> {
    return ctx.services.processes.decide(ctx, documentId, 'REJECT', comment, stepId);
  }

  @Mutation(() => ProcessDocument, { description: 'Returns the document to its applicant for changes; they submit it again.' })
  @Allow(Authenticated)
  returnStep(
    @GqlCtx() ctx: Ctx,
    @Arg('documentId', () => ID) documentId: string,
    @Arg('comment', () => String) comment: string,
    @Arg('stepId', () => ID, { nullable: true, description: STEP_ID }) stepId?: string | null,
  ): Promise<ProcessDocument> {
    return ctx.services.processes.decide(ctx, documentId, 'RETURN', comment, stepId);
  }

  @Mutation(() => ProcessDocument)
  @Allow(Authenticated)
  withdrawDocument(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('reason', () => String, { nullable: true }) reason?: string | null): Promise<ProcessDocument> {
    return ctx.services.processes.withdraw(ctx, id, reason);
  }

  @Mutation(() => ProcessDocument, { description: '棄審 (R-FLOW-2): returns an approved document to draft; needs UnapproveDocument and a reason.' })
  @Allow(Permission.UnapproveDocument)
  unapproveDocument(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string): Promise<ProcessDocument> {
    return ctx.services.processes.unapprove(ctx, id, reason);
  }

  @Mutation(() => ProcessDocument, { description: 'Voids a document that is not approved and returns a new draft with its fields (R-FLOW-2).' })
  @Allow(Authenticated)
  voidDocument(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string): Promise<ProcessDocument> {
    return ctx.services.processes.void(ctx, id, reason);
  }

  @FieldResolver(() => Int)
  definitionVersion(@GqlCtx() ctx: Ctx, @Root() d: Row<ProcessDocument>): MaybePromise<number> {
    const def = ctx.loaders.entity(ProcessDefinition, d.definition);
    return def instanceof Promise ? def.then((x) => x?.version ?? 0) : (def?.version ?? 0);
  }

  @FieldResolver(() => String)
  async applicantName(@GqlCtx() ctx: Ctx, @Root() d: Row<ProcessDocument>): Promise<string> {
    return (await ctx.loaders.entity(Employee, d.applicant))?.name ?? '';
  }

  @FieldResolver(() => ID)
  applicantId(@Root() d: Row<ProcessDocument>): string {
    return refId(d.applicant)!;
  }

  @FieldResolver(() => OrgUnit)
  unit(@GqlCtx() ctx: Ctx, @Root() d: Row<ProcessDocument>): MaybePromise<OrgUnit | null> {
    return ctx.loaders.entity(OrgUnit, d.unit);
  }

  @FieldResolver(() => Boolean, { description: 'Approved documents are locked (R-FLOW-2).' })
  locked(@Root() d: Row<ProcessDocument>): boolean {
    return d.status === DocumentStatus.APPROVED;
  }

  @FieldResolver(() => [DocumentStep], { description: 'This round’s steps in order.' })
  steps(@GqlCtx() ctx: Ctx, @Root() d: ProcessDocument): Promise<DocumentStep[]> {
    return ctx.services.processes.steps(ctx, d);
  }

  @FieldResolver(() => [DocumentAction], { description: 'Every action, oldest first.' })
  history(@GqlCtx() ctx: Ctx, @Root() d: Row<ProcessDocument>): Promise<DocumentAction[]> {
    return ctx.services.processes.history(ctx, d.id);
  }

  @FieldResolver(() => [DocumentAttachment])
  attachments(@GqlCtx() ctx: Ctx, @Root() d: Row<ProcessDocument>): Promise<DocumentAttachment[]> {
    return ctx.services.processes.attachments(ctx, d.id);
  }
}

@Resolver(() => DocumentStep)
export class DocumentStepResolver {
  @FieldResolver(() => ProcessDocument)
  document(@GqlCtx() ctx: Ctx, @Root() s: Row<DocumentStep>): MaybePromise<ProcessDocument | null> {
    return ctx.loaders.entity(ProcessDocument, s.document);
  }

  @FieldResolver(() => String, { nullable: true })
  async assigneeName(@GqlCtx() ctx: Ctx, @Root() s: Row<DocumentStep>): Promise<string | null> {
    return (await ctx.loaders.entity(Employee, s.assignee))?.name ?? null;
  }

  @FieldResolver(() => ID, { nullable: true })
  assigneeId(@Root() s: Row<DocumentStep>): string | null {
    return refId(s.assignee);
  }

  @FieldResolver(() => String, { nullable: true })
  async decidedByName(@GqlCtx() ctx: Ctx, @Root() s: Row<DocumentStep>): Promise<string | null> {
    return (await ctx.loaders.entity(Employee, s.decidedBy))?.name ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'When a deputy acted, the person they acted for (R-ORG-4).' })
  async actingForName(@GqlCtx() ctx: Ctx, @Root() s: Row<DocumentStep>): Promise<string | null> {
    return (await ctx.loaders.entity(Employee, s.actingFor))?.name ?? null;
  }

  @FieldResolver(() => Boolean)
  overdue(@GqlCtx() ctx: Ctx, @Root() s: Row<DocumentStep>): boolean {
    return s.status === StepStatus.OPEN && !!s.dueAt && s.dueAt < ctx.now();
  }
}

@Resolver(() => DocumentAction)
export class DocumentActionResolver {
  @FieldResolver(() => String, { nullable: true, description: 'When a deputy acted, the person they acted for (R-ORG-4).' })
  async actingForName(@GqlCtx() ctx: Ctx, @Root() a: Row<DocumentAction>): Promise<string | null> {
    return (await ctx.loaders.entity(Employee, a.actingFor))?.name ?? null;
  }
}

@Resolver(() => ProcessDefinition)
export class ProcessDefinitionResolver {
  @Query(() => [ProcessDefinition], { description: 'Process definitions: per kind the version in force (and later ones), or every version.' })
  @Allow(Authenticated)
  processDefinitions(
    @GqlCtx() ctx: Ctx,
    @Arg('kind', () => String, { nullable: true }) kind?: string | null,
    @Arg('allVersions', () => Boolean, { defaultValue: false }) allVersions?: boolean,
  ): Promise<ProcessDefinition[]> {
    return ctx.services.definitions.list(ctx, kind, allVersions);
  }

  @Mutation(() => ProcessDefinition, { description: 'Publishes a new version; documents already filed keep the version they started with.' })
  @Allow(Permission.ManageProcessDefinition)
  publishProcessDefinition(@GqlCtx() ctx: Ctx, @Arg('input', () => ProcessDefinitionInput) input: ProcessDefinitionInput): Promise<ProcessDefinition> {
    return ctx.services.definitions.publish(ctx, { ...input, steps: input.steps.map((s) => ({ ...s, conditions: s.conditions ?? [] })) } as never);
  }
}

@Resolver(() => Budget)
export class BudgetResolver {
  @Query(() => [Budget])
  @Allow(Permission.ReadDocument, Permission.ManageBudget)
  budgets(@GqlCtx() ctx: Ctx, @Arg('year', () => Int) year: number): Promise<Budget[]> {
    return ctx.services.budgets.list(ctx, year);
  }

  @Mutation(() => Budget, { description: 'Sets a unit’s budget for a year and category (R-FLOW-3).' })
  @Allow(Permission.ManageBudget)
  setBudget(@GqlCtx() ctx: Ctx, @Arg('input', () => BudgetInput) input: BudgetInput): Promise<Budget> {
    return ctx.services.budgets.set(ctx, input);
  }

  @FieldResolver(() => OrgUnit)
  unit(@GqlCtx() ctx: Ctx, @Root() b: Row<Budget>): MaybePromise<OrgUnit | null> {
    return ctx.loaders.entity(OrgUnit, b.unit);
  }
}
