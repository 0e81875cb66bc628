import { Arg, Args, Ctx as GqlCtx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../context';
import { Allow } from '../../common/auth/allow';
import { Permission } from '../../common/auth/permissions';
import { badField } from '../../common/errors';
import type { MaybePromise, Row } from '../../common/rows';
import { Customer } from '../crm';
import { PointsAdjustment, PointsEntry } from './points.entity';
import { BonusRule, LoyaltyProgram } from './program.entity';
import { PointsAdjustmentConnection, PointsBalance, PointsEntryConnection, PointsExpiryRun, PointsMonth } from './loyalty.types';
import {
  AdjustmentsArgs,
  BonusRuleInput,
  DecidePointsAdjustmentInput,
  EarnPointsInput,
  LedgerArgs,
  LoyaltyProgramInput,
  RedeemPointsInput,
  RequestPointsAdjustmentInput,
} from './loyalty.inputs';

@Resolver(() => PointsEntry)
export class LoyaltyResolver {
  @Query(() => Int, { description: 'A customer’s points balance (one statement).' })
  @Allow(Permission.ReadPoints)
  async pointsBalance(@GqlCtx() ctx: Ctx, @Arg('customerId', () => ID) customerId: string): Promise<number> {
    return (await ctx.services.loyalty.balance(ctx, customerId)).balance;
  }

  @Mutation(() => PointsEntry, { description: 'Adds points; the same idempotencyKey applies once (a retry returns the first entry).' })
  @Allow(Permission.EarnPoints)
  earnPoints(@GqlCtx() ctx: Ctx, @Arg('input', () => EarnPointsInput) input: EarnPointsInput): Promise<PointsEntry> {
    return ctx.services.loyalty.earnPoints(ctx, input);
  }

  @Mutation(() => PointsEntry, { description: 'Spends points, soonest-expiring first. CONFLICT (INSUFFICIENT_POINTS) when the balance is short; the same idempotencyKey applies once.' })
  @Allow(Permission.RedeemPoints)
  redeemPoints(@GqlCtx() ctx: Ctx, @Arg('input', () => RedeemPointsInput) input: RedeemPointsInput): Promise<PointsEntry> {
    return ctx.services.loyalty.redeemPoints(ctx, input);
  }

  @Mutation(() => PointsAdjustment, { description: 'Asks for a manual correction; it applies when someone else approves it.' })
  @Allow(Permission.AdjustPoints)
  requestPointsAdjustment(@GqlCtx() ctx: Ctx, @Arg('input', () => RequestPointsAdjustmentInput) input: RequestPointsAdjustmentInput): Promise<PointsAdjustment> {
    return ctx.services.loyalty.requestAdjustment(ctx, input);
  }

  @Mutation(() => PointsAdjustment, { description: 'Approves (applies) or rejects a correction; not by the person who asked.' })
  @Allow(Permission.ApprovePointsAdjustment)
  decidePointsAdjustment(@GqlCtx() ctx: Ctx, @Arg('input', () => DecidePointsAdjustmentInput) input: DecidePointsAdjustmentInput): Promise<PointsAdjustment> {
    return ctx.services.loyalty.decideAdjustment(ctx, input);
  }

  @Query(() => PointsAdjustmentConnection)
  @Allow(Permission.AdjustPoints, Permission.ApprovePointsAdjustment)
  async pointsAdjustments(@GqlCtx() ctx: Ctx, @Args(() => AdjustmentsArgs) args: AdjustmentsArgs) {
    return new PointsAdjustmentConnection(await ctx.services.loyalty.adjustments(ctx, args.pendingOnly, args));
  }

  @Query(() => LoyaltyProgram)
  @Allow(Permission.ReadCustomer, Permission.ManageLoyaltyProgram)
  loyaltyProgram(@GqlCtx() ctx: Ctx): Promise<LoyaltyProgram> {
    return ctx.services.loyalty.program(ctx);
  }

  @Mutation(() => LoyaltyProgram)
  @Allow(Permission.ManageLoyaltyProgram)
  updateLoyaltyProgram(@GqlCtx() ctx: Ctx, @Arg('input', () => LoyaltyProgramInput) input: LoyaltyProgramInput): Promise<LoyaltyProgram> {
    return ctx.services.loyalty.updateProgram(ctx, input);
  }

  @Query(() => [BonusRule])
  @Allow(Permission.ReadCustomer, Permission.ManageLoyaltyProgram)
  bonusRules(@GqlCtx() ctx: Ctx): Promise<BonusRule[]> {
    return ctx.services.loyalty.bonusRules(ctx);
  }

  @Mutation(() => BonusRule, { description: 'Creates or changes a bonus rule (by code).' })
  @Allow(Permission.ManageLoyaltyProgram)
  saveBonusRule(@GqlCtx() ctx: Ctx, @Arg('input', () => BonusRuleInput) input: BonusRuleInput): Promise<BonusRule> {
    return ctx.services.loyalty.saveBonusRule(ctx, input);
  }

  @Mutation(() => PointsExpiryRun, { description: 'Runs the scheduled expiry now; running it twice expires nothing more.' })
  @Allow(Permission.ManageLoyaltyProgram)
  runPointsExpiry(@GqlCtx() ctx: Ctx): Promise<PointsExpiryRun> {
    return ctx.services.loyalty.expireAll(ctx);
  }

  @Query(() => [PointsMonth], { description: 'Points earned, redeemed, expired, reversed and adjusted per month.' })
  @Allow(Permission.ReadCrmReport)
  pointsByMonth(@GqlCtx() ctx: Ctx, @Arg('months', () => Int, { defaultValue: 12 }) months: number): Promise<PointsMonth[]> {
    if (months < 1 || months > 36) throw badField('months', 'must be between 1 and 36', 'out_of_range');
    return ctx.services.loyalty.monthly(ctx, months);
  }

  @FieldResolver(() => Customer)
  customer(@GqlCtx() ctx: Ctx, @Root() e: Row<PointsEntry>): MaybePromise<Customer | null> {
    return ctx.loaders.entity(Customer, e.customer);
  }
}

@Resolver(() => Customer)
export class CustomerPointsResolver {
  @FieldResolver(() => PointsBalance, { nullable: true, description: 'Null without ReadPoints for this customer.' })
  async points(@GqlCtx() ctx: Ctx, @Root() c: Row<Customer>): Promise<PointsBalance | null> {
    if (!readsPoints(ctx, c)) return null;
    const { balance, debt, lots } = await ctx.services.loyalty.summary(ctx, c.id);
    return { balance, debt, lots, nextExpiryAt: lots[0]?.expiresAt ?? null };
  }

  @FieldResolver(() => PointsEntryConnection, { nullable: true, description: 'The points ledger, newest first; null without ReadPoints for this customer.' })
  async pointsLedger(@GqlCtx() ctx: Ctx, @Root() c: Row<Customer>, @Args(() => LedgerArgs) args: LedgerArgs) {
    if (!readsPoints(ctx, c)) return null;
    return new PointsEntryConnection(await ctx.services.loyalty.ledger(ctx, c.id, args));
  }
}

/** A customer read with its home station (a detail or a list row) carries the path its reach is checked on. */
function readsPoints(ctx: Ctx, c: Row<Customer>): boolean {
  const station = c.homeStation as { path?: string } | string;
  return ctx.access.reaches(Permission.ReadPoints, typeof station === 'string' ? null : (station.path ?? null));
}

@Resolver(() => PointsAdjustment)
export class PointsAdjustmentResolver {
  @FieldResolver(() => Customer)
  customer(@GqlCtx() ctx: Ctx, @Root() a: Row<PointsAdjustment>): MaybePromise<Customer | null> {
    return ctx.loaders.entity(Customer, a.customer);
  }
}
