import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../common/entity';
import { OrgUnit } from '../org/org-unit.entity';

/**
 * A unit's satisfaction target (R-SAT-4) from a year on: the row with the latest
 * `effectiveYear` not after a period's year applies, so earlier years keep the target they
 * were judged against.
 */
@ObjectType({ simpleResolvers: true, description: 'A unit’s satisfaction target from a year on (R-SAT-4).' })
@Entity({ tableName: 'satisfaction_target' })
@Unique({ properties: ['unit', 'effectiveYear'] })
export class SatisfactionTarget extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => OrgUnit, { deleteRule: 'cascade' })
  unit!: OrgUnit;

  @Field(() => Int)
  @Property({ type: 'integer' })
  effectiveYear!: number;

  @Field(() => Float, { description: 'Percent, e.g. 90 for 90%.' })
  @Property({ type: 'double' })
  targetPercent!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  setBy!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 300, nullable: true })
  note?: string | null;

  @Field(() => GraphQLDateTimeISO)
  declare updatedAt: Date;
}

export enum EvaluationOutcome {
  /** At or above target: listed for reward (R-SAT-4). */
  MET = 'MET',
  /** Below target: a corrective action with a deadline through the process engine (R-SAT-4). */
  BELOW = 'BELOW',
  /** No form returned in the period: no rate, nothing to judge. */
  NO_DATA = 'NO_DATA',
}
registerEnumType(EvaluationOutcome, { name: 'SatisfactionOutcome', description: 'R-SAT-4: MET is rewarded, BELOW gets a corrective action.' });

/** A unit's result for one period against its target (R-SAT-4); one row per unit and period. */
@ObjectType({ simpleResolvers: true, description: 'A unit’s satisfaction result for a period against its target (R-SAT-4).' })
@Entity({ tableName: 'satisfaction_evaluation' })
@Unique({ properties: ['unit', 'period'] })
export class SatisfactionEvaluation extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => OrgUnit, { deleteRule: 'cascade' })
  unit!: OrgUnit;

  @Field(() => String, { description: 'YYYY-MM or YYYY-Qn.' })
  @Property({ type: 'string', length: 7 })
  period!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  forms!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  satisfied!: number;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  rate?: number | null;

  @Field(() => Float)
  @Property({ type: 'double' })
  targetPercent!: number;

  @Field(() => EvaluationOutcome)
  @Enum({ items: () => EvaluationOutcome })
  outcome!: EvaluationOutcome;

  /** The corrective action's process document (SATISFACTION_CORRECTIVE). */
  @Field(() => ID, { nullable: true })
  @Property({ type: 'string', length: 36, nullable: true })
  documentId?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 30, nullable: true })
  documentNumber?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When the corrective action must be done.' })
  @Property({ type: 'string', length: 10, nullable: true })
  deadline?: string | null;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  evaluatedAt!: Date;
}
