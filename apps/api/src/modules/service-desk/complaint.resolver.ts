import { Arg, Ctx as GqlCtx, FieldResolver, ID, InputType, Field, Mutation, Query, Resolver, Root } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Length } from 'class-validator';
import type { Ctx } from '../../context';
import { Allow, Authenticated } from '../../common/auth/allow';
import { Permission } from '../../common/auth/permissions';
import { refId, type MaybePromise, type Row } from '../../common/rows';
import { OrgUnit } from '../org/org-unit.entity';
import { Employee } from '../org/employee.entity';
import { ActionKind, ComplaintReview, ComplaintReviewStatus, ComplaintTriage, CorrectiveAction } from './complaint.entity';
import { Ticket } from './ticket.entity';
import { ComplaintCase } from './complaint.types';

@InputType()
export class ComplaintFindingsInput {
  @Field(() => String)
  @Length(1, 5000)
  rootCause!: string;

  @Field(() => ID)
  responsibleUnitId!: string;

  @Field(() => Boolean)
  substantiated!: boolean;

  @Field(() => ID, { nullable: true, description: 'The employee it is substantiated against, if any (R-SVC-10).' })
  responsibleEmployeeId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'A major quality complaint.' })
  major?: boolean | null;
}

@InputType()
export class CorrectiveActionInput {
  @Field(() => ActionKind)
  kind!: ActionKind;

  @Field(() => String)
  @Length(1, 5000)
  description!: string;

  @Field(() => ID)
  ownerId!: string;

  @Field(() => GraphQLLocalDate)
  dueOn!: string;
}

@Resolver(() => ComplaintReview)
export class ComplaintResolver {
  @Mutation(() => ComplaintReview, { nullable: true, description: 'R-SVC-4: triages a complaint; NEEDS_OTHER_UNITS opens a handling form for quality control (returned).' })
  @Allow(Permission.ManageTicket)
  triageComplaint(@GqlCtx() ctx: Ctx, @Arg('ticketId', () => ID) ticketId: string, @Arg('triage', () => ComplaintTriage) triage: ComplaintTriage, @Arg('note', () => String) note: string) {
    return ctx.services.complaints.triage(ctx, ticketId, triage, note);
  }

  @Query(() => [ComplaintReview], { description: 'Complaint handling forms, newest first.' })
  @Allow(Permission.ReadQuality)
  complaintReviews(@GqlCtx() ctx: Ctx, @Arg('status', () => [ComplaintReviewStatus], { nullable: true }) status?: ComplaintReviewStatus[] | null) {
    return ctx.services.complaints.list(ctx, status);
  }

  @Query(() => ComplaintReview, { description: 'One form: for quality control (ReadQuality), or for the owner of one of its actions, who reports it done there (R-SVC-5).' })
  @Allow(Authenticated)
  complaintReview(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return ctx.services.complaints.get(ctx, id);
  }

  @Mutation(() => ComplaintReview, { description: 'Quality control records the root cause and the responsible unit (R-SVC-4).' })
  @Allow(Permission.ManageQuality)
  recordComplaintFindings(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('input', () => ComplaintFindingsInput) input: ComplaintFindingsInput) {
    return ctx.services.complaints.findings(ctx, id, input);
  }

  @Mutation(() => CorrectiveAction, { description: 'A corrective or preventive action with owner and deadline (R-SVC-5).' })
  @Allow(Permission.ManageQuality)
  addCorrectiveAction(@GqlCtx() ctx: Ctx, @Arg('reviewId', () => ID) reviewId: string, @Arg('input', () => CorrectiveActionInput) input: CorrectiveActionInput) {
    return ctx.services.complaints.addAction(ctx, reviewId, input);
  }

  @Mutation(() => CorrectiveAction, { description: 'The owner reports the action done.' })
  @Allow(Authenticated)
  completeCorrectiveAction(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('note', () => String, { defaultValue: '' }) note: string) {
    return ctx.services.complaints.completeAction(ctx, id, note);
  }

  @Mutation(() => CorrectiveAction, { description: 'Customer service or quality control verify the effect; never the owner (R-SVC-5).' })
  @Allow(Permission.ManageTicket, Permission.ManageQuality)
  verifyCorrectiveAction(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('note', () => String) note: string) {
    return ctx.services.complaints.verifyAction(ctx, id, note);
  }

  @Mutation(() => ComplaintReview, { description: 'R-SVC-6: to a joint review (會審) or, for a major quality complaint, the general manager.' })
  @Allow(Permission.ManageQuality)
  escalateComplaint(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('to', () => ComplaintReviewStatus) to: ComplaintReviewStatus, @Arg('reason', () => String) reason: string) {
    return ctx.services.complaints.escalate(ctx, id, to, reason);
  }

  @Mutation(() => ComplaintReview, { description: 'Closes a form whose cause is known and whose actions are all verified.' })
  @Allow(Permission.ManageQuality)
  closeComplaintReview(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return ctx.services.complaints.close(ctx, id);
  }

  @FieldResolver(() => Ticket, { description: 'The case itself: quality control, or whoever may read the case (an action owner without that right reads `caseSummary`).' })
  ticket(@GqlCtx() ctx: Ctx, @Root() r: Row<ComplaintReview>): Promise<Ticket | null> {
    return ctx.services.complaints.ticketOf(ctx, r);
  }

  @FieldResolver(() => ComplaintCase, { description: 'The case as the form shows it; the customer masked for a viewer who may not read the case (R-ACL-3).' })
  caseSummary(@GqlCtx() ctx: Ctx, @Root() r: Row<ComplaintReview>): Promise<ComplaintCase> {
    return ctx.services.complaints.caseOf(ctx, r);
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  responsibleUnit(@GqlCtx() ctx: Ctx, @Root() r: Row<ComplaintReview>): MaybePromise<OrgUnit | null> {
    return ctx.loaders.entity(OrgUnit, r.responsibleUnit);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Null for a viewer without ReadQuality (an action owner).' })
  async responsibleEmployeeName(@GqlCtx() ctx: Ctx, @Root() r: Row<ComplaintReview>): Promise<string | null> {
    if (!ctx.services.complaints.responsibleEmployeeVisible(ctx)) return null;
    return (await ctx.loaders.entity(Employee, r.responsibleEmployee))?.name ?? null;
  }

  @FieldResolver(() => [CorrectiveAction])
  actions(@GqlCtx() ctx: Ctx, @Root() r: Row<ComplaintReview>): Promise<CorrectiveAction[]> {
    return ctx.services.complaints.actions(ctx, r.id);
  }
}

@Resolver(() => CorrectiveAction)
export class CorrectiveActionResolver {
  @FieldResolver(() => ID, { description: 'The employee who carries the action out and reports it done.' })
  ownerId(@Root() a: Row<CorrectiveAction>): string {
    return refId(a.owner)!;
  }

  @FieldResolver(() => String)
  async ownerName(@GqlCtx() ctx: Ctx, @Root() a: Row<CorrectiveAction>): Promise<string> {
    return (await ctx.loaders.entity(Employee, a.owner))?.name ?? '';
  }
}
