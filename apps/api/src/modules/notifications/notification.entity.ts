import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { uuidv7 } from '../../common/entity';
import { Employee } from '../org/employee.entity';

/**
 * A message for a person, shown in the console and queued for email (an outbox: delivery
 * happens after the transaction that created it commits, and is retried until it succeeds).
 */
@ObjectType({ simpleResolvers: true, description: 'A notification for a person.' })
@Entity({ tableName: 'notification' })
@Index({ properties: ['recipient', 'readAt'] })
@Index({ properties: ['deliveredAt'] })
export class Notification {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = uuidv7();

  /** A member of staff; null for a message to an outside address (a customer's survey link). */
  @ManyToOne(() => Employee, { deleteRule: 'cascade', nullable: true })
  recipient?: Employee | null;

  /** The outside address (email) of a message to someone who is not staff; cleared once sent. */
  @Property({ type: 'string', length: 200, nullable: true })
  toAddress?: string | null;

  @Field(() => String, { description: 'What happened, e.g. TASK_ASSIGNED, DOCUMENT_REJECTED, TICKET_SLA_WARNING, CORRECTIVE_ACTION, SATISFACTION_CORRECTIVE; kindLabel words it.' })
  @Property({ type: 'string', length: 40 })
  kind!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  subject!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  body?: string | null;

  @Field(() => String, { nullable: true, description: 'Console path to open, e.g. /documents/<id>.' })
  @Property({ type: 'string', length: 200, nullable: true })
  link?: string | null;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  readAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  deliveredAt?: Date | null;

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;
}
