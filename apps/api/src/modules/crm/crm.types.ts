import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { MoneyScalar } from '../../common/money';
import { Connection } from '../../common/pagination';
import { Customer, CustomerEvent } from './customer.entity';
import { Purchase } from './purchase.entity';
import { Tier, TierFigures } from './tier.entity';
import { WinBackTask } from './win-back.entity';

export const CustomerConnection = Connection(Customer, 'Customer');
export const CustomerEventConnection = Connection(CustomerEvent, 'CustomerEvent');
export const PurchaseConnection = Connection(Purchase, 'Purchase');
export const WinBackTaskConnection = Connection(WinBackTask, 'WinBackTask');

@ObjectType({ simpleResolvers: true })
export class PurchaseItemType {
  @Field(() => String, { nullable: true })
  sku!: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  quantity!: number;

  @Field(() => MoneyScalar, { name: 'unitPrice', simple: false })
  unitPriceCents!: number;
}

@ObjectType({ simpleResolvers: true, description: '"Why is this customer Gold": the figures today and what they earn.' })
export class TierStatus {
  @Field(() => Tier, { nullable: true, description: 'The tier held now (an override’s, if one is in force).' })
  tier!: Tier | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  since!: Date | null;

  @Field(() => Tier, { nullable: true, description: 'The tier today’s figures earn under the current rules.' })
  qualifiedTier!: Tier | null;

  @Field(() => TierFigures)
  figures!: TierFigures;

  @Field(() => Tier, { nullable: true })
  nextTier!: Tier | null;

  @Field(() => [String], { description: 'What the next tier still needs.' })
  missingForNext!: string[];

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When the grace period ends, if the customer no longer qualifies for their tier.' })
  graceEndsAt!: Date | null;

  @Field(() => Boolean)
  overridden!: boolean;

  @Field(() => String, { nullable: true })
  overrideReason!: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  overrideExpiresAt!: Date | null;

  @Field(() => Int)
  rulesVersion!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Customers now and under proposed tier rules, for one tier (or none).' })
export class TierImpactRow {
  @Field(() => ID, { nullable: true, description: 'Null for a tier that does not exist yet, or for "no tier".' })
  tierId!: string | null;

  @Field(() => String, { nullable: true, description: 'Null for "no tier".' })
  code!: string | null;

  @Field(() => Int)
  current!: number;

  @Field(() => Int, { description: 'Once upgrades apply and grace periods run out.' })
  projected!: number;

  @Field(() => Int, { description: 'Customers who would move up into this tier.' })
  up!: number;

  @Field(() => Int, { description: 'Customers who would move down into this tier (after their grace period).' })
  down!: number;
}

@ObjectType({ simpleResolvers: true, description: 'What tier rules do to the real customers (R-CRM-2).' })
export class TierImpact {
  @Field(() => [TierImpactRow])
  rows!: TierImpactRow[];

  @Field(() => Int)
  customers!: number;

  @Field(() => Int)
  upgrades!: number;

  @Field(() => Int)
  downgrades!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => Int, { description: 'Customers held by an override, whom rules do not move.' })
  overridden!: number;

  @Field(() => Int, { description: 'The rules version this is based on (pass it to publishTierChange).' })
  rulesVersion!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Tier rules in force.' })
export class TierRules {
  @Field(() => [Tier])
  tiers!: Tier[];

  @Field(() => Int)
  windowDays!: number;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => String, { nullable: true })
  publishedBy!: string | null;
}

@ObjectType({ simpleResolvers: true })
export class CrmSettingsType {
  @Field(() => Int)
  lostAfterDays!: number;

  @Field(() => Int)
  tierWindowDays!: number;
}

@ObjectType({ simpleResolvers: true, description: 'A file to download.' })
export class ExportFile {
  @Field(() => String)
  fileName!: string;

  @Field(() => String)
  mimeType!: string;

  @Field(() => String)
  contentBase64!: string;

  @Field(() => Int)
  rowCount!: number;
}

@ObjectType({ simpleResolvers: true })
export class ImportColumn {
  @Field(() => String)
  header!: string;

  @Field(() => String, { nullable: true, description: 'The customer field it maps to; null when ignored.' })
  field!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A problem in one cell of an imported file.' })
export class ImportIssue {
  @Field(() => Int, { description: 'The row number as Excel shows it (the header is row 1).' })
  row!: number;

  @Field(() => String, { description: 'The column header as in the file.' })
  column!: string;

  @Field(() => String)
  field!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A row as it will be imported.' })
export class ImportRowPreview {
  @Field(() => Int)
  row!: number;

  @Field(() => String, { nullable: true })
  code!: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => [String])
  phones!: string[];

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  birthday!: string | null;

  @Field(() => [String])
  tags!: string[];

  @Field(() => String, { nullable: true })
  homeStationCode!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'Retention for one station and month (R-CRM-4).' })
export class RetentionRowType {
  @Field(() => ID)
  stationId!: string;

  @Field(() => String)
  stationName!: string;

  @Field(() => String, { description: 'YYYY-MM' })
  month!: string;

  @Field(() => Int, { description: 'Customers active when the month began.' })
  base!: number;

  @Field(() => Int, { description: 'Of those, still active when it ended.' })
  retained!: number;

  @Field(() => Float, { nullable: true, description: 'retained / base; null when base is 0.' })
  rate!: number | null;
}

@ObjectType({ simpleResolvers: true })
export class TierCount {
  @Field(() => Tier, { nullable: true })
  tier!: Tier | null;

  @Field(() => Int)
  customers!: number;
}
