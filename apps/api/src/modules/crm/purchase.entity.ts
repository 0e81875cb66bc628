import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { BaseEntity } from '../../common/entity';
import { CentsType, MoneyScalar } from '../../common/money';
import { OrgUnit } from '../org/org-unit.entity';
import { Customer } from './customer.entity';

export enum PurchaseStatus {
  RECORDED = 'RECORDED',
  REFUNDED = 'REFUNDED',
}
registerEnumType(PurchaseStatus, { name: 'PurchaseStatus' });

export interface PurchaseItem {
  sku: string | null;
  name: string;
  quantity: number;
  unitPriceCents: number;
}

/**
 * A purchase posted by a point of sale (R-CRM-1 purchase records). The external order id
 * makes posting idempotent; `contentHash` tells a retry from a different order reusing it.
 */
@ObjectType({ simpleResolvers: true })
@Entity({ tableName: 'purchase' })
@Index({ properties: ['customer', 'occurredAt'] })
@Index({ properties: ['station', 'occurredAt'] })
export class Purchase extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @Field(() => String)
  @Property({ type: 'string', length: 80 })
  @Unique()
  externalOrderId!: string;

  @Property({ type: 'string', length: 64 })
  contentHash!: string;

  @ManyToOne(() => Customer, { deleteRule: 'restrict' })
  customer!: Customer;

  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  station!: OrgUnit;

  @Field(() => MoneyScalar, { name: 'amount', simple: false })
  @Property({ type: CentsType })
  amountCents!: number;

  @Property({ type: 'json' })
  items: PurchaseItem[] = [];

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  occurredAt!: Date;

  @Field(() => PurchaseStatus)
  @Enum({ items: () => PurchaseStatus })
  status: PurchaseStatus = PurchaseStatus.RECORDED;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  refundedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 300, nullable: true })
  refundReason?: string | null;

  @Field(() => String, { description: 'Who posted it: an API key or a user.' })
  @Property({ type: 'string', length: 200 })
  recordedBy!: string;

  @Field(() => GraphQLDateTimeISO)
  declare createdAt: Date;

  /** Points the purchase earned in all (base and bonuses), kept for the response and refunds. */
  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  pointsEarned: number = 0;
}
