import { Entity, Index, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLJSON } from 'graphql-scalars';
import { BaseEntity } from '../../common/entity';

/** Who acts on a step, resolved from the org chart when the step opens (R-FLOW-1). */
export enum ApproverKind {
  /** The active holder of a position, by position code (e.g. the station manager). */
  POSITION = 'POSITION',
  /** The head of the applicant's unit; if the applicant heads it, the head above. */
  APPLICANT_UNIT_HEAD = 'APPLICANT_UNIT_HEAD',
  /** The head of a unit named by code. */
  UNIT_HEAD = 'UNIT_HEAD',
  /** The head of the nearest unit of a kind or function above or beside the applicant (the finance dept, the business dept). */
  UNIT_OF_KIND_HEAD = 'UNIT_OF_KIND_HEAD',
  /** The first active employee holding a role whose reach covers the applicant's unit. */
  ROLE = 'ROLE',
}
registerEnumType(ApproverKind, { name: 'ApproverKind' });

export enum ConditionOp {
  GT = 'GT',
  GTE = 'GTE',
  LT = 'LT',
  LTE = 'LTE',
  EQ = 'EQ',
  NEQ = 'NEQ',
  IN = 'IN',
}
registerEnumType(ConditionOp, { name: 'ConditionOp' });

@ObjectType({ simpleResolvers: true, description: 'Who acts on a step.' })
export class ApproverSpec {
  @Field(() => ApproverKind)
  kind!: ApproverKind;

  @Field(() => String, { nullable: true, description: 'POSITION: position code; UNIT_HEAD: unit code; ROLE: role code.' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'UNIT_OF_KIND_HEAD: a UnitKind (BUSINESS_DEPT, MANAGEMENT_DEPT, …).' })
  unitKind?: string | null;

  @Field(() => String, { nullable: true, description: 'UNIT_OF_KIND_HEAD: a UnitFunction (FINANCE, TECHNICAL_SUPPORT, …).' })
  unitFunction?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A test on a document field or fact; a step with conditions runs only when all hold.' })
export class StepCondition {
  @Field(() => String, { description: 'A field of the document (amount, category, …) or a fact (overBudget, overReferencePercent, …).' })
  field!: string;

  @Field(() => ConditionOp)
  op!: ConditionOp;

  @Field(() => GraphQLJSON)
  value!: unknown;
}

@ObjectType({ simpleResolvers: true, description: 'One step of a process (R-FLOW-1).' })
export class StepDefinition {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @Field(() => ApproverSpec)
  approver!: ApproverSpec;

  @Field(() => [StepCondition])
  conditions: StepCondition[] = [];

  @Field(() => Int, { description: 'Hours to act before reminders, then escalation to the approver’s superior.' })
  timeLimitHours!: number;
}

export enum FieldType {
  TEXT = 'TEXT',
  MONEY = 'MONEY',
  NUMBER = 'NUMBER',
  DATE = 'DATE',
  BOOLEAN = 'BOOLEAN',
  CHOICE = 'CHOICE',
}
registerEnumType(FieldType, { name: 'FieldType' });

@ObjectType({ simpleResolvers: true, description: 'A field of a document kind.' })
export class FieldDefinition {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => FieldType)
  type!: FieldType;

  @Field(() => Boolean)
  required!: boolean;

  @Field(() => Boolean, { description: 'R-FLOW-2: never changes once submitted; the document is voided and re-created instead.' })
  immutable!: boolean;

  @Field(() => [String], { nullable: true })
  choices?: string[] | null;
}

/**
 * A version of a process: steps, approvers and conditions as data (R-FLOW-1). Versions are
 * effective-dated; a document keeps the version it was submitted under, so publishing a new
 * one never changes documents already on their way.
 */
@ObjectType({ simpleResolvers: true, description: 'A version of a process definition (R-FLOW-1).' })
@Entity({ tableName: 'process_definition' })
@Unique({ properties: ['kind', 'version'] })
@Index({ properties: ['kind', 'effectiveFrom'] })
export class ProcessDefinition extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @Field(() => String, { description: 'The document kind it governs (EXPENSE_CLAIM, EQUIPMENT_SCRAP, …).' })
  @Property({ type: 'string', length: 40 })
  kind!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  version!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 120, nullable: true })
  nameEn?: string | null;

  @Field(() => [StepDefinition])
  @Property({ type: 'json' })
  steps: StepDefinition[] = [];

  @Field(() => [FieldDefinition])
  @Property({ type: 'json' })
  fields: FieldDefinition[] = [];

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  effectiveFrom!: Date;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  publishedBy!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 500, nullable: true })
  note?: string | null;

  @Field(() => GraphQLDateTimeISO)
  declare createdAt: Date;
}
