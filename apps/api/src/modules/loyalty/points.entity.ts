import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { BaseEntity, uuidv7 } from '../../common/entity';
import { Customer } from '../crm/customer.entity';
import { Purchase } from '../crm/purchase.entity';

export enum PointsEntryKind {
  EARN = 'EARN',
  REDEEM = 'REDEEM',
  EXPIRE = 'EXPIRE',
  ADJUST = 'ADJUST',
  REVERSE = 'REVERSE',
}
registerEnumType(PointsEntryKind, { name: 'PointsEntryKind' });

/**
 * A customer's points balance, kept beside the ledger so a lookup is one indexed read and a
 * change locks one row. The ledger stays the truth: balance = sum(entries) at every commit.
 */
@Entity({ tableName: 'points_account' })
export class PointsAccount {
  @ManyToOne(() => Customer, { primary: true, deleteRule: 'cascade' })
  customer!: Customer;

  @Property({ type: 'integer', default: 0 })
  balance: number = 0;

  /**
   * Points a refund should have taken back but could not, because they were already spent
   * and a balance never goes negative (R-LOY-2). Later earnings pay this off first.
   */
  @Property({ type: 'integer', default: 0 })
  debt: number = 0;

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** One line of the append-only ledger (R-LOY-2): every change with its reason and source. */
@ObjectType({ simpleResolvers: true, description: 'One line of the points ledger (R-LOY-2).' })
@Entity({ tableName: 'points_entry' })
@Index({ properties: ['customer', 'at'] })
@Index({ properties: ['kind', 'at'] })
export class PointsEntry {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = uuidv7();

  @ManyToOne(() => Customer, { deleteRule: 'restrict' })
  customer!: Customer;

  @Field(() => PointsEntryKind)
  @Enum({ items: () => PointsEntryKind })
  kind!: PointsEntryKind;

  @Field(() => Int, { description: 'Signed: positive adds, negative takes away.' })
  @Property({ type: 'integer' })
  points!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  balanceAfter!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  reason!: string;

  @Field(() => String, { description: 'Where it came from: PURCHASE, REFUND, API, CONSOLE, EXPIRY, BONUS:<rule>.' })
  @Property({ type: 'string', length: 60 })
  source!: string;

  /** Unique: the same key can never apply twice (R-LOY-2). */
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 120, nullable: true })
  @Unique()
  idempotencyKey?: string | null;

  @ManyToOne(() => Purchase, { nullable: true, deleteRule: 'restrict' })
  @Index()
  purchase?: Purchase | null;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  actorName!: string;

  @Field(() => String, { nullable: true, description: 'Who approved an adjustment.' })
  @Property({ type: 'string', length: 200, nullable: true })
  approvedBy?: string | null;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  at!: Date;
}

/** Points earned together, expiring together; redemptions use the soonest-expiring first. */
@ObjectType({ simpleResolvers: true, description: 'Points earned together that expire together.' })
@Entity({ tableName: 'points_lot' })
@Index({ properties: ['customer', 'expiresAt'] })
@Index({ properties: ['expiresAt'] })
export class PointsLot {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = uuidv7();

  @ManyToOne(() => Customer, { deleteRule: 'restrict' })
  customer!: Customer;

  @ManyToOne(() => PointsEntry, { deleteRule: 'restrict' })
  entry!: PointsEntry;

  @Field(() => Int)
  @Property({ type: 'integer' })
  points!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  remaining!: number;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  earnedAt!: Date;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  expiresAt!: Date;
}

/** Which lots a taking entry (redeem, expire, reverse) drew from, for the audit trail. */
@Entity({ tableName: 'points_lot_use' })
export class PointsLotUse {
  @ManyToOne(() => PointsEntry, { primary: true, deleteRule: 'restrict' })
  entry!: PointsEntry;

  @ManyToOne(() => PointsLot, { primary: true, deleteRule: 'restrict' })
  @Index()
  lot!: PointsLot;

  @Property({ type: 'integer' })
  points!: number;
}

export enum AdjustmentStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(AdjustmentStatus, { name: 'AdjustmentStatus' });

/**
 * A manual correction of a balance (R-LOY-2: with its reason and approver). One person asks,
 * another with ApprovePointsAdjustment approves; only then does the ledger change.
 */
@ObjectType({ simpleResolvers: true, description: 'A manual points correction awaiting or past approval (R-LOY-2).' })
@Entity({ tableName: 'points_adjustment' })
@Index({ properties: ['status', 'createdAt'] })
export class PointsAdjustment extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => Customer, { deleteRule: 'restrict' })
  @Index()
  customer!: Customer;

  @Field(() => Int)
  @Property({ type: 'integer' })
  points!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  reason!: string;

  @Field(() => AdjustmentStatus)
  @Enum({ items: () => AdjustmentStatus })
  status: AdjustmentStatus = AdjustmentStatus.PENDING;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  requestedBy!: string;

  @Property({ type: 'string', length: 36 })
  requestedById!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  decidedBy?: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 300, nullable: true })
  decisionNote?: string | null;

  @ManyToOne(() => PointsEntry, { nullable: true, deleteRule: 'restrict' })
  entry?: PointsEntry | null;

  @Field(() => GraphQLDateTimeISO)
  declare createdAt: Date;
}
