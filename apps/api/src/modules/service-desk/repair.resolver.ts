import { Arg, Ctx as GqlCtx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Length } from 'class-validator';
import type { Ctx } from '../../context';
import { Allow } from '../../common/auth/allow';
import { Permission } from '../../common/auth/permissions';
import { MoneyScalar } from '../../common/money';
import type { Row } from '../../common/rows';
import { RepairOrder, RepairStatus } from './repair.entity';
import { Ticket } from './ticket.entity';

@InputType()
export class StartReturnInput {
  @Field(() => GraphQLLocalDate)
  shippedOn!: string;

  @Field(() => Boolean, { description: 'Only products with a quality problem may be returned within the window.' })
  qualityProblem!: boolean;

  @Field(() => String)
  @Length(1, 1000)
  reason!: string;
}

@InputType()
export class StartRepairInput {
  @Field(() => Boolean)
  inWarranty!: boolean;

  @Field(() => Boolean, { description: 'A main component is involved.' })
  mainComponent!: boolean;

  @Field(() => MoneyScalar, { nullable: true, description: 'What the customer will be charged (out of warranty).' })
  charge?: number | null;
}

@Resolver(() => RepairOrder)
export class RepairResolver {
  @Mutation(() => RepairOrder, { description: 'R-SVC-8: a return; outside three months of shipping, or without a quality problem, it waits for an approved RETURN_EXCEPTION document.' })
  @Allow(Permission.ManageTicket)
  startReturn(@GqlCtx() ctx: Ctx, @Arg('ticketId', () => ID) ticketId: string, @Arg('input', () => StartReturnInput) input: StartReturnInput) {
    return ctx.services.repairs.startReturn(ctx, ticketId, input);
  }

  @Mutation(() => RepairOrder, { description: 'R-SVC-8: a repair; out of warranty with a main component it waits for the customer’s consent to the charge.' })
  @Allow(Permission.ManageTicket)
  startRepair(@GqlCtx() ctx: Ctx, @Arg('ticketId', () => ID) ticketId: string, @Arg('input', () => StartRepairInput) input: StartRepairInput) {
    return ctx.services.repairs.startRepair(ctx, ticketId, input);
  }

  @Mutation(() => RepairOrder)
  @Allow(Permission.ManageTicket)
  recordRepairConsent(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('consented', () => Boolean) consented: boolean, @Arg('note', () => String) note: string) {
    return ctx.services.repairs.recordConsent(ctx, id, consented, note);
  }

  @Mutation(() => RepairOrder, { description: 'Moves a repair one step: RECEIVED → REPAIRING → QC_PASSED → SHIPPED → DELIVERED.' })
  @Allow(Permission.ManageTicket)
  advanceRepair(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('to', () => RepairStatus) to: RepairStatus) {
    return ctx.services.repairs.advance(ctx, id, to);
  }
}

@Resolver(() => Ticket)
export class TicketRepairResolver {
  @FieldResolver(() => RepairOrder, { nullable: true, description: 'The return or repair of a RETURN_REPAIR case.' })
  repair(@GqlCtx() ctx: Ctx, @Root() t: Row<Ticket>) {
    return ctx.services.repairs.forTicket(ctx, t.id);
  }
}
