import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { BonusRuleKind } from './program.entity';

const KEY = /^[A-Za-z0-9._:-]{8,100}$/;
const KEY_MESSAGE = 'use 8–100 letters, digits and . _ : -';

@InputType({ description: 'Points from an integration (a promotion, a partner). The same idempotencyKey applies once.' })
export class EarnPointsInput {
  @Field(() => ID)
  customerId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  points!: number;

  @Field(() => String)
  @Length(1, 300)
  reason!: string;

  @Field(() => String, { description: 'Unique per operation; a retry with the same key returns the first result.' })
  @Matches(KEY, { message: KEY_MESSAGE })
  idempotencyKey!: string;
}

@InputType({ description: 'Spends points. Refused when the balance is short; the same idempotencyKey applies once.' })
export class RedeemPointsInput extends EarnPointsInput {}

@InputType({ description: 'A manual correction, applied when another person approves it (R-LOY-2).' })
export class RequestPointsAdjustmentInput {
  @Field(() => ID)
  customerId!: string;

  @Field(() => Int, { description: 'Positive adds, negative takes away; not zero.' })
  @IsInt()
  @Min(-1_000_000)
  @Max(1_000_000)
  points!: number;

  @Field(() => String)
  @Length(3, 300)
  reason!: string;
}

@InputType()
export class DecidePointsAdjustmentInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Boolean)
  approve!: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300)
  note?: string | null;
}

@InputType()
export class LoyaltyProgramInput {
  @Field(() => Float)
  @Min(0)
  @Max(1000)
  pointsPerCurrencyUnit!: number;

  @Field(() => Int)
  @IsInt()
  @Min(30)
  @Max(3650)
  lotExpiryDays!: number;
}

@InputType()
export class BonusRuleInput {
  @Field(() => String)
  @Matches(/^[A-Z0-9][A-Z0-9_-]{0,39}$/, { message: 'use 1–40 upper-case letters, digits, dashes and underscores' })
  code!: string;

  @Field(() => String)
  @Length(1, 120)
  name!: string;

  @Field(() => BonusRuleKind)
  kind!: BonusRuleKind;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(100_000)
  fixedPoints: number = 0;

  @Field(() => Float, { defaultValue: 0 })
  @Min(0)
  @Max(10)
  extraMultiplier: number = 0;

  @Field(() => Boolean, { defaultValue: true })
  active: boolean = true;
}

@ArgsType()
export class LedgerArgs extends PageArgs {}

@ArgsType()
export class AdjustmentsArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: true, description: 'Only those awaiting a decision.' })
  pendingOnly: boolean = true;
}
