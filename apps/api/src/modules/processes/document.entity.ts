import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLJSONObject } from 'graphql-scalars';
import { BaseEntity, uuidv7 } from '../../common/entity';
import { Employee } from '../org/employee.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { ProcessDefinition } from './definition.entity';

export enum DocumentStatus {
  DRAFT = 'DRAFT',
  IN_APPROVAL = 'IN_APPROVAL',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
  VOIDED = 'VOIDED',
}
registerEnumType(DocumentStatus, { name: 'DocumentStatus', description: 'DRAFT → IN_APPROVAL → APPROVED | REJECTED | WITHDRAWN; VOIDED replaces changing an immutable field (R-FLOW-2).' });

export enum StepStatus {
  WAITING = 'WAITING',
  OPEN = 'OPEN',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  RETURNED = 'RETURNED',
  SKIPPED = 'SKIPPED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(StepStatus, { name: 'StepStatus' });

export enum DocumentActionKind {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  SUBMITTED = 'SUBMITTED',
  STEP_OPENED = 'STEP_OPENED',
  STEP_SKIPPED = 'STEP_SKIPPED',
  APPROVED = 'APPROVED',
  AUTO_APPROVED = 'AUTO_APPROVED',
  REJECTED = 'REJECTED',
  RETURNED = 'RETURNED',
  WITHDRAWN = 'WITHDRAWN',
  UNAPPROVED = 'UNAPPROVED',
  VOIDED = 'VOIDED',
  REMINDED = 'REMINDED',
  ESCALATED = 'ESCALATED',
}
registerEnumType(DocumentActionKind, { name: 'DocumentActionKind' });

/**
 * A document going through a process (R-FLOW-1): its data, state, the definition version
 * it started with, and its steps and history. Approved documents are locked (R-FLOW-2).
 */
@ObjectType({ simpleResolvers: true, description: 'A document in a process (R-FLOW-1).' })
@Entity({ tableName: 'process_document' })
@Index({ properties: ['applicant', 'createdAt'] })
@Index({ properties: ['kind', 'status'] })
export class ProcessDocument extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @Field(() => String, { description: 'e.g. EXP-2026-000042' })
  @Property({ type: 'string', length: 30 })
  @Unique()
  number!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 40 })
  kind!: string;

  @ManyToOne(() => ProcessDefinition, { deleteRule: 'restrict' })
  definition!: ProcessDefinition;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title!: string;

  @ManyToOne(() => Employee, { deleteRule: 'restrict' })
  applicant!: Employee;

  /** The applicant's unit when the document was created: routing and reach follow it. */
  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  unit!: OrgUnit;

  @Field(() => DocumentStatus)
  @Enum({ items: () => DocumentStatus })
  status: DocumentStatus = DocumentStatus.DRAFT;

  @Field(() => GraphQLJSONObject, { description: 'The form’s fields, by key.' })
  @Property({ type: 'json' })
  data: Record<string, unknown> = {};

  /** Facts computed at submission (over budget, percent over the reference price), kept for conditions and the record. */
  @Field(() => GraphQLJSONObject)
  @Property({ type: 'json' })
  facts: Record<string, unknown> = {};

  @Field(() => Int, { nullable: true, description: 'Index of the open step.' })
  @Property({ type: 'integer', nullable: true })
  currentStep?: number | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  submittedAt?: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;

  /** The document this one was re-created from after voiding (R-FLOW-2). */
  @Field(() => ID, { nullable: true })
  @Property({ type: 'string', length: 36, nullable: true })
  replacesId?: string | null;

  /** Each submission is a round of steps; a document returned for changes is submitted again in a new round. */
  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  round: number = 0;

  @Field(() => GraphQLDateTimeISO)
  declare createdAt: Date;
}

/** One step of one document: who it was routed to, who acted, when and why. */
@ObjectType({ simpleResolvers: true, description: 'A step of a document (R-FLOW-1).' })
@Entity({ tableName: 'process_step' })
// An approver's inbox in its order (myTasks): the page reads it and stops at its last row, the count reads it alone.
@Index({ properties: ['assignee', 'status', 'dueAt', 'id'] })
@Index({ properties: ['status', 'dueAt'] })
@Unique({ properties: ['document', 'round', 'index'] })
export class DocumentStep {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = uuidv7();

  @ManyToOne(() => ProcessDocument, { deleteRule: 'cascade' })
  document!: ProcessDocument;

  @Field(() => Int)
  @Property({ type: 'integer' })
  round!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  index!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 40 })
  key!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  timeLimitHours!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Field(() => StepStatus)
  @Enum({ items: () => StepStatus })
  status: StepStatus = StepStatus.WAITING;

  /** Who the step is routed to (R-FLOW-1); their deputy acts while they are absent (R-ORG-4). */
  @ManyToOne(() => Employee, { nullable: true, deleteRule: 'set null' })
  assignee?: Employee | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  openedAt?: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  dueAt?: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;

  @ManyToOne(() => Employee, { nullable: true, deleteRule: 'set null' })
  decidedBy?: Employee | null;

  /** When a deputy acted: the person they acted for (R-ORG-4). */
  @ManyToOne(() => Employee, { nullable: true, deleteRule: 'set null' })
  actingFor?: Employee | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  comment?: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  remindedAt?: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  escalatedAt?: Date | null;
}

/** The history of a document: every action with who, for whom, when and the comment (R-FLOW-1). */
@ObjectType({ simpleResolvers: true, description: 'An action on a document.' })
@Entity({ tableName: 'process_action' })
@Index({ properties: ['document', 'at'] })
export class DocumentAction {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = uuidv7();

  @ManyToOne(() => ProcessDocument, { deleteRule: 'cascade' })
  document!: ProcessDocument;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  at!: Date;

  @Field(() => DocumentActionKind)
  @Enum({ items: () => DocumentActionKind })
  action!: DocumentActionKind;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  stepIndex?: number | null;

  @Field(() => String, { nullable: true, description: 'Who acted; null when the engine did (routing, skipping, time limits).' })
  @Property({ type: 'string', length: 200, nullable: true })
  actorName?: string | null;

  @ManyToOne(() => Employee, { nullable: true, deleteRule: 'set null' })
  actor?: Employee | null;

  @ManyToOne(() => Employee, { nullable: true, deleteRule: 'set null' })
  actingFor?: Employee | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  comment?: string | null;
}

/** A file attached to a document (invoices of an expense claim), kept in the database so replicas share it. */
@ObjectType({ simpleResolvers: true })
@Entity({ tableName: 'process_attachment' })
export class DocumentAttachment extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => ProcessDocument, { deleteRule: 'cascade' })
  @Index()
  document!: ProcessDocument;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  fileName!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  mimeType!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  size!: number;

  @Property({ type: 'blob', lazy: true })
  content!: Buffer;

  @Field(() => GraphQLDateTimeISO)
  declare createdAt: Date;
}
