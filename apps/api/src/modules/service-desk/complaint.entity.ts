import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../common/entity';
import { Employee } from '../org/employee.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { Ticket } from './ticket.entity';

// The triage is kept on the case (the analysis counts it); re-exported where the forms live.
export { ComplaintTriage } from './ticket.entity';

export enum ComplaintReviewStatus {
  OPEN = 'OPEN',
  JOINT_REVIEW = 'JOINT_REVIEW',
  GENERAL_MANAGER = 'GENERAL_MANAGER',
  CLOSED = 'CLOSED',
}
registerEnumType(ComplaintReviewStatus, { name: 'ComplaintReviewStatus', description: 'R-SVC-6: unresolved or unclear cases go to a joint review (會審), major quality complaints to the general manager.' });

/** 顧客投訴處理單 (R-SVC-4): quality control's form for a complaint that needs other units. */
@ObjectType({ simpleResolvers: true, description: 'A complaint handling form for quality control (R-SVC-4).' })
@Entity({ tableName: 'complaint_review' })
@Index({ properties: ['status', 'createdAt'] })
export class ComplaintReview extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => Ticket, { deleteRule: 'cascade' })
  @Unique()
  ticket!: Ticket;

  @Field(() => ComplaintReviewStatus)
  @Enum({ items: () => ComplaintReviewStatus })
  status: ComplaintReviewStatus = ComplaintReviewStatus.OPEN;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  rootCause?: string | null;

  @ManyToOne(() => OrgUnit, { nullable: true, deleteRule: 'set null' })
  responsibleUnit?: OrgUnit | null;

  /** The employee the complaint is substantiated against (R-SVC-10: three trigger a penalty review). */
  @ManyToOne(() => Employee, { nullable: true, deleteRule: 'set null' })
  @Index()
  responsibleEmployee?: Employee | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the complaint was found justified.' })
  @Property({ type: 'boolean', nullable: true })
  substantiated?: boolean | null;

  @Field(() => Boolean, { description: 'A major quality complaint (R-SVC-6: to the general manager).' })
  @Property({ type: 'boolean', default: false })
  major: boolean = false;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;

  @Field(() => GraphQLDateTimeISO)
  declare createdAt: Date;
}

export enum ActionKind {
  CORRECTIVE = 'CORRECTIVE',
  PREVENTIVE = 'PREVENTIVE',
}
export enum ActionStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
  VERIFIED = 'VERIFIED',
}
registerEnumType(ActionKind, { name: 'CorrectiveActionKind' });
registerEnumType(ActionStatus, { name: 'CorrectiveActionStatus', description: 'OPEN → DONE (by its owner) → VERIFIED (effect checked by someone else, R-SVC-5).' });

/** 訂正與預防措施 (R-SVC-5): an action with an owner and a deadline, whose effect someone else verifies. */
@ObjectType({ simpleResolvers: true, description: 'A corrective or preventive action (R-SVC-5).' })
@Entity({ tableName: 'corrective_action' })
@Index({ properties: ['status', 'dueOn'] })
export class CorrectiveAction extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => ComplaintReview, { deleteRule: 'cascade' })
  @Index()
  review!: ComplaintReview;

  @Field(() => ActionKind)
  @Enum({ items: () => ActionKind })
  kind!: ActionKind;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @ManyToOne(() => Employee, { deleteRule: 'restrict' })
  owner!: Employee;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'string', length: 10 })
  dueOn!: string;

  @Field(() => ActionStatus)
  @Enum({ items: () => ActionStatus })
  status: ActionStatus = ActionStatus.OPEN;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  doneNote?: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  doneAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  verifiedBy?: string | null;

  @Property({ type: 'string', length: 36, nullable: true })
  verifiedById?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  verificationNote?: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  verifiedAt?: Date | null;
}
