import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { BaseEntity, uuidv7 } from '../../common/entity';
import { CentsType, MoneyScalar } from '../../common/money';
import { Customer } from './customer.entity';

/**
 * A membership tier (R-CRM-2) as marketing defines it: who enters (value, frequency and
 * spend), what it gives (R-CRM-3, R-LOY-1), and how long a customer who stops qualifying
 * keeps it. Criteria left null do not apply; all that are set must hold.
 */
@ObjectType({ simpleResolvers: true, description: 'A membership tier (R-CRM-2).' })
@Entity({ tableName: 'tier' })
export class Tier extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @Field(() => String)
  @Property({ type: 'string', length: 30 })
  @Unique()
  code!: string;

  @Field(() => String, { description: 'Name in Traditional Chinese.' })
  @Property({ type: 'string', length: 60 })
  name!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 60 })
  nameZhHans!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 60 })
  nameEn!: string;

  @Field(() => Int, { description: 'Higher is better; 1 is the lowest tier. Customers below every tier have none.' })
  @Property({ type: 'integer' })
  rank!: number;

  @Field(() => String, { description: 'Badge colour, #rrggbb.' })
  @Property({ type: 'string', length: 7, default: '#8c8c8c' })
  color: string = '#8c8c8c';

  @Field(() => MoneyScalar, { name: 'minLifetimeSpend', simple: false, nullable: true, description: 'Customer value: spend since the first purchase.' })
  @Property({ type: CentsType, nullable: true })
  minLifetimeSpendCents?: number | null;

  @Field(() => MoneyScalar, { name: 'minWindowSpend', simple: false, nullable: true, description: 'Spend within the rolling window.' })
  @Property({ type: CentsType, nullable: true })
  minWindowSpendCents?: number | null;

  @Field(() => Int, { nullable: true, description: 'Purchases within the rolling window.' })
  @Property({ type: 'integer', nullable: true })
  minWindowPurchases?: number | null;

  @Field(() => Int, { nullable: true, description: 'The last purchase at most this many days ago.' })
  @Property({ type: 'integer', nullable: true })
  maxDaysSinceLastPurchase?: number | null;

  @Field(() => Float)
  @Property({ type: 'double', default: 1 })
  pointsMultiplier: number = 1;

  @Field(() => Int, { description: 'Service priority the service desk gives (higher first).' })
  @Property({ type: 'integer', default: 0 })
  servicePriority: number = 0;

  @Field(() => Int, { description: 'Points granted once a year with the first purchase in the birthday month.' })
  @Property({ type: 'integer', default: 0 })
  birthdayBonusPoints: number = 0;

  @Field(() => [String])
  @Property({ type: 'json' })
  memberOffers: string[] = [];

  @Field(() => Int, { description: 'Days a customer keeps the tier after no longer qualifying.' })
  @Property({ type: 'integer', default: 30 })
  graceDays: number = 30;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  retiredAt?: Date | null;
}

export enum TierChangeReason {
  PURCHASE_QUALIFIED = 'PURCHASE_QUALIFIED',
  EVALUATION_UPGRADE = 'EVALUATION_UPGRADE',
  EVALUATION_DOWNGRADE = 'EVALUATION_DOWNGRADE',
  RULES_PUBLISHED = 'RULES_PUBLISHED',
  OVERRIDE = 'OVERRIDE',
  OVERRIDE_ENDED = 'OVERRIDE_ENDED',
}
registerEnumType(TierChangeReason, { name: 'TierChangeReason' });

/** The figures a tier decision was made on ("why is this customer Gold"). */
@ObjectType({ simpleResolvers: true, description: 'The figures a tier decision was made on.' })
export class TierFigures {
  @Field(() => MoneyScalar)
  lifetimeSpend!: number;

  @Field(() => MoneyScalar, { description: 'Spend within the rolling window, refunds excluded.' })
  windowSpend!: number;

  @Field(() => Int)
  windowPurchases!: number;

  @Field(() => Int, { description: 'The rolling window, in days.' })
  windowDays!: number;

  @Field(() => Int, { nullable: true })
  daysSinceLastPurchase!: number | null;
}

/** Every tier change with its reason and figures (R-CRM-2). Rows are only inserted. */
@ObjectType({ simpleResolvers: true, description: 'A tier change with its reason and figures (R-CRM-2).' })
@Entity({ tableName: 'tier_change' })
@Index({ properties: ['customer', 'at'] })
export class TierChange {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = uuidv7();

  @ManyToOne(() => Customer, { deleteRule: 'cascade' })
  customer!: Customer;

  @ManyToOne(() => Tier, { nullable: true, deleteRule: 'set null' })
  fromTier?: Tier | null;

  @ManyToOne(() => Tier, { nullable: true, deleteRule: 'set null' })
  toTier?: Tier | null;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  at!: Date;

  @Field(() => TierChangeReason)
  @Enum({ items: () => TierChangeReason })
  reason!: TierChangeReason;

  @Property({ type: 'json', nullable: true })
  figures?: TierFigures | null;

  @Field(() => String, { nullable: true, description: 'The reason given for an override, or what triggered the change.' })
  @Property({ type: 'string', length: 300, nullable: true })
  note?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  actorName?: string | null;

  @Field(() => Int, { description: 'Version of the tier rules the decision used.' })
  @Property({ type: 'integer' })
  rulesVersion!: number;
}

/** CRM settings shared by every replica (one row). */
@Entity({ tableName: 'crm_settings' })
export class CrmSettings {
  @PrimaryKey({ type: 'integer', autoincrement: false, default: 1 })
  id: number = 1;

  /** The rolling window for tier spend and frequency (R-CRM-2). */
  @Property({ type: 'integer', default: 365 })
  tierWindowDays: number = 365;

  /** A customer with no purchase for this long is lost (R-CRM-4). */
  @Property({ type: 'integer', default: 180 })
  lostAfterDays: number = 180;

  /** Bumped by every publish, so a publish based on stale rules is refused. */
  @Property({ type: 'integer', default: 0 })
  tierRulesVersion: number = 0;

  @Property({ type: 'datetime', nullable: true })
  tierRulesPublishedAt?: Date | null;

  @Property({ type: 'string', length: 200, nullable: true })
  tierRulesPublishedBy?: string | null;
}
