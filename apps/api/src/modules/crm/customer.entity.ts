import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLJSONObject } from 'graphql-scalars';
import { BaseEntity, uuidv7 } from '../../common/entity';
import { CentsType, MoneyScalar } from '../../common/money';
import { OrgUnit } from '../org/org-unit.entity';
import type { Tier } from './tier.entity';

export enum PreferredLanguage {
  ZH_HANT = 'ZH_HANT',
  ZH_HANS = 'ZH_HANS',
  EN = 'EN',
}

export enum ContactChannel {
  PHONE = 'PHONE',
  SMS = 'SMS',
  EMAIL = 'EMAIL',
  WECHAT = 'WECHAT',
  LINE = 'LINE',
  POST = 'POST',
}

registerEnumType(PreferredLanguage, { name: 'PreferredLanguage', description: 'Traditional Chinese, Simplified Chinese or English.' });
registerEnumType(ContactChannel, { name: 'ContactChannel', description: 'How the customer prefers to be reached.' });

/**
 * A customer file (R-CRM-1). Contact data (phones, email, birthday, address) is personal
 * (R-ACL-3): the GraphQL fields for it are resolvers that mask it for anyone without
 * ReadCustomerContact, so no entity property carries it to a client directly.
 */
@ObjectType({ simpleResolvers: true, description: 'A customer file (R-CRM-1).' })
@Entity({ tableName: 'customer' })
@Index({ properties: ['homeStation', 'code'] })
@Index({ properties: ['tier', 'code'] })
// A tier's customers by spend (filter and order of the customer list) without a table scan;
// with the home station and the tags, the filtered list's count (tier, spend range, tags) is
// read from this index alone. Tags are bounded (20 × 30 characters), so a key stays well
// under PostgreSQL's index row limit.
@Index({ properties: ['tier', 'lifetimeSpendCents', 'id', 'homeStation', 'tags'] })
@Index({ properties: ['lastPurchaseAt'] })
@Index({ properties: ['birthMonthDay'] })
export class Customer extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @Field(() => String, { description: 'Customer number, e.g. C0000123.' })
  @Property({ type: 'string', length: 20 })
  @Unique()
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 80 })
  @Index()
  name!: string;

  /** Normalised numbers, first is primary; mirrored in customer_phone for lookups. */
  @Property({ type: 'json' })
  phones: string[] = [];

  @Property({ type: 'string', length: 200, nullable: true })
  email?: string | null;

  /** YYYY-MM-DD */
  @Property({ type: 'string', length: 10, nullable: true })
  birthday?: string | null;

  /** MM-DD of the birthday, indexed for the birthday list (R-CRM-3). */
  @Property({ type: 'string', length: 5, nullable: true })
  birthMonthDay?: string | null;

  @Property({ type: 'string', length: 300, nullable: true })
  address?: string | null;

  @Field(() => PreferredLanguage, { nullable: true })
  @Enum({ items: () => PreferredLanguage, nullable: true })
  preferredLanguage?: PreferredLanguage | null;

  @Field(() => ContactChannel, { nullable: true })
  @Enum({ items: () => ContactChannel, nullable: true })
  preferredChannel?: ContactChannel | null;

  @Field(() => [String])
  @Property({ type: 'json' })
  tags: string[] = [];

  @Field(() => String, { nullable: true, description: 'Free-text preferences (products, times, service notes).' })
  @Property({ type: 'text', nullable: true })
  preferences?: string | null;

  /** R-ACL-3: contact data goes to no campaign without it. */
  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  marketingConsent: boolean = false;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  consentChangedAt?: Date | null;

  /** The station the file belongs to; scopes who may read it (R-ACL-1). */
  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  homeStation!: OrgUnit;

  @ManyToOne({ entity: 'Tier', nullable: true, deleteRule: 'set null' })
  tier?: Tier | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  tierSince?: Date | null;

  /** First day the customer no longer met the tier's criteria; the grace period runs from here. */
  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'Since when the customer no longer qualifies for the tier (the downgrade grace period runs from here).' })
  @Property({ type: 'datetime', nullable: true })
  tierBelowSince?: Date | null;

  @ManyToOne({ entity: 'Tier', nullable: true, deleteRule: 'set null' })
  overrideTier?: Tier | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 300, nullable: true })
  overrideReason?: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  overrideExpiresAt?: Date | null;

  @Field(() => MoneyScalar, { name: 'lifetimeSpend', simple: false })
  @Property({ type: CentsType, default: 0 })
  lifetimeSpendCents: number = 0;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  purchaseCount: number = 0;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  firstPurchaseAt?: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  lastPurchaseAt?: Date | null;

  @Field(() => GraphQLDateTimeISO)
  declare createdAt: Date;
}

/** One row per number, so a purchase or a search finds its customer by index. */
@Entity({ tableName: 'customer_phone' })
export class CustomerPhone {
  @PrimaryKey({ type: 'string', length: 24 })
  phone!: string;

  @ManyToOne(() => Customer, { deleteRule: 'cascade' })
  @Index()
  customer!: Customer;
}

/** Tags as rows, so filtering by tag is an indexed lookup rather than a JSON scan. */
@Entity({ tableName: 'customer_tag' })
@Index({ properties: ['tag', 'customer'] })
export class CustomerTag {
  @ManyToOne(() => Customer, { primary: true, deleteRule: 'cascade' })
  customer!: Customer;

  @PrimaryKey({ type: 'string', length: 30 })
  tag!: string;
}

/**
 * The customer's timeline (R-CRM-1: purchases, tier changes, and later every inquiry,
 * complaint, visit and survey). Modules append through the CRM service; rows never change.
 */
@ObjectType({ simpleResolvers: true, description: 'One event of a customer’s history (R-CRM-1).' })
@Entity({ tableName: 'customer_event' })
@Index({ properties: ['customer', 'at'] })
export class CustomerEvent {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = uuidv7();

  @ManyToOne(() => Customer, { deleteRule: 'cascade' })
  customer!: Customer;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  at!: Date;

  @Field(() => String, { description: 'CUSTOMER_CREATED, PURCHASE, REFUND, TIER_CHANGE, POINTS, TICKET, TICKET_RESOLVED, FOLLOW_UP or SURVEY; the facts are in data, summary is a language-neutral fallback.' })
  @Property({ type: 'string', length: 40 })
  kind!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  summary!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 40, nullable: true })
  refType?: string | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'string', length: 36, nullable: true })
  refId?: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @Property({ type: 'json', nullable: true })
  data?: Record<string, unknown> | null;
}
