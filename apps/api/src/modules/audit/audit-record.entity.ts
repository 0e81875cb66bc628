import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLJSONObject } from 'graphql-scalars';
import { uuidv7 } from '../../common/entity';

export enum AuditOutcome {
  ALLOWED = 'ALLOWED',
  DENIED = 'DENIED',
  FAILED = 'FAILED',
}

export enum ActorType {
  USER = 'USER',
  API_KEY = 'API_KEY',
  ANONYMOUS = 'ANONYMOUS',
}

registerEnumType(AuditOutcome, { name: 'AuditOutcome' });
registerEnumType(ActorType, { name: 'ActorType' });

/**
 * One mutation attempt (R-ACL-5: kept at least 3 years). Rows are only ever inserted; no
 * operation updates or deletes them.
 */
@ObjectType({ simpleResolvers: true, description: 'One mutation attempt, allowed or not (R-ACL-5). Read-only.' })
@Entity({ tableName: 'audit_record' })
@Index({ properties: ['at'] })
@Index({ properties: ['targetType', 'targetId'] })
@Index({ properties: ['actorId', 'at'] })
export class AuditRecord {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = uuidv7();

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  at: Date = new Date();

  @Field(() => ActorType)
  @Enum({ items: () => ActorType })
  actorType!: ActorType;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'string', length: 36, nullable: true })
  actorId?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  actorName?: string | null;

  /** R-ORG-4: when a deputy acts, the person they act for. */
  @Field(() => ID, { nullable: true })
  @Property({ type: 'string', length: 36, nullable: true })
  actingForId?: string | null;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  operation!: string;

  @Field(() => AuditOutcome)
  @Enum({ items: () => AuditOutcome })
  outcome!: AuditOutcome;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 50, nullable: true })
  errorCode?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 60, nullable: true })
  targetType?: string | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'string', length: 36, nullable: true })
  targetId?: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @Property({ type: 'json', nullable: true })
  before?: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @Property({ type: 'json', nullable: true })
  after?: Record<string, unknown> | null;

  @Field(() => String)
  @Property({ type: 'string', length: 64 })
  requestId!: string;
}
