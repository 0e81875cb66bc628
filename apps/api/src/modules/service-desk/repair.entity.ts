import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../common/entity';
import { CentsType, MoneyScalar } from '../../common/money';
import { Ticket } from './ticket.entity';

export enum RepairKind {
  RETURN = 'RETURN',
  REPAIR = 'REPAIR',
}
export enum RepairStatus {
  /** A return outside the window, waiting for its exception to be approved through the process engine. */
  AWAITING_APPROVAL = 'AWAITING_APPROVAL',
  /** An out-of-warranty main-component repair, waiting for the customer's consent to the charge. */
  AWAITING_CONSENT = 'AWAITING_CONSENT',
  RECEIVED = 'RECEIVED',
  REPAIRING = 'REPAIRING',
  QC_PASSED = 'QC_PASSED',
  SHIPPED = 'SHIPPED',
  DELIVERED = 'DELIVERED',
  REFUSED = 'REFUSED',
}
registerEnumType(RepairKind, { name: 'RepairKind' });
registerEnumType(RepairStatus, { name: 'RepairStatus', description: 'R-SVC-8: received → repairing → QC passed → shipped → received by the customer.' });

/** A return or repair of a product (R-SVC-8), tracked from receipt until the customer has it back. */
@ObjectType({ simpleResolvers: true, description: 'A return or repair (R-SVC-8).' })
@Entity({ tableName: 'repair_order' })
export class RepairOrder extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => Ticket, { deleteRule: 'cascade' })
  @Unique()
  ticket!: Ticket;

  @Field(() => RepairKind)
  @Enum({ items: () => RepairKind })
  kind!: RepairKind;

  @Field(() => RepairStatus)
  @Enum({ items: () => RepairStatus })
  status!: RepairStatus;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When the product was shipped to the customer (the return window counts from here).' })
  @Property({ type: 'string', length: 10, nullable: true })
  shippedOn?: string | null;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  withinWindow: boolean = false;

  /** The process document approving a return outside the window. */
  @Field(() => ID, { nullable: true })
  @Property({ type: 'string', length: 36, nullable: true })
  exceptionDocumentId?: string | null;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  inWarranty: boolean = true;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  mainComponent: boolean = false;

  @Field(() => MoneyScalar, { name: 'charge', simple: false, nullable: true })
  @Property({ type: CentsType, nullable: true })
  chargeCents?: number | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When the customer consented to the charge (before any repair).' })
  @Property({ type: 'datetime', nullable: true })
  consentAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 300, nullable: true })
  consentNote?: string | null;

  /** When the product was taken in (R-SVC-9: the month it counts as received); null while it waits for approval or consent. */
  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When the product was taken in (accepted return, or repair received).' })
  @Property({ type: 'datetime', nullable: true })
  @Index()
  receivedAt?: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When the repaired product was back with the customer.' })
  @Property({ type: 'datetime', nullable: true })
  @Index()
  deliveredAt?: Date | null;

  @Field(() => GraphQLDateTimeISO)
  declare updatedAt: Date;
}
