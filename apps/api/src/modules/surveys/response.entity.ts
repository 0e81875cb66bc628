import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { uuidv7 } from '../../common/entity';
import { OrgUnit } from '../org/org-unit.entity';
import { Employee } from '../org/employee.entity';
import { Customer, PreferredLanguage } from '../crm/customer.entity';
import { Ticket } from '../service-desk/ticket.entity';
import { SurveyItemKind, SurveyTemplate, SurveyTemplateVersion } from './template.entity';
import { SurveyChannel, SurveyInvitation, SurveySource } from './invitation.entity';

/**
 * A returned form (R-SAT-1). The keys the dashboard groups by — unit, station, agent, local
 * date and month, the overall score — are copied onto the row when it is written, so every
 * satisfaction figure is one indexed aggregate over this table (R-SAT-3).
 */
@ObjectType({ simpleResolvers: true, description: 'A returned survey form (R-SAT-1).' })
@Entity({ tableName: 'survey_response' })
// The dashboard (all units × months) reads a range of months from this index alone, already
// in the order it groups by; one unit's months read from the next, also without the table.
@Index({ name: 'survey_response_report_index', properties: ['month', 'unit', 'overallScore', 'nps', 'answeredOn'] })
@Index({ name: 'survey_response_unit_report_index', properties: ['unit', 'answeredOn', 'month', 'overallScore', 'nps'] })
@Index({ properties: ['station', 'answeredOn'] })
@Index({ properties: ['agent', 'answeredOn'] })
@Index({ properties: ['customer', 'answeredAt'] })
export class SurveyResponse {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = uuidv7();

  @ManyToOne(() => SurveyInvitation, { nullable: true, deleteRule: 'set null' })
  @Unique()
  invitation?: SurveyInvitation | null;

  @ManyToOne(() => Customer, { deleteRule: 'cascade' })
  customer!: Customer;

  @ManyToOne(() => SurveyTemplate, { deleteRule: 'restrict' })
  template!: SurveyTemplate;

  @ManyToOne(() => SurveyTemplateVersion, { deleteRule: 'restrict' })
  templateVersion!: SurveyTemplateVersion;

  @Field(() => Int, { description: 'The template version the form answered.' })
  @Property({ type: 'integer' })
  version!: number;

  @Field(() => PreferredLanguage)
  @Enum({ items: () => PreferredLanguage })
  language!: PreferredLanguage;

  @Field(() => SurveyChannel)
  @Enum({ items: () => SurveyChannel })
  channel!: SurveyChannel;

  @Field(() => SurveySource)
  @Enum({ items: () => SurveySource })
  source!: SurveySource;

  /** The case the survey followed (R-SAT-5: the complaint is linked to it). */
  @ManyToOne(() => Ticket, { nullable: true, deleteRule: 'set null' })
  ticket?: Ticket | null;

  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  unit!: OrgUnit;

  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  station!: OrgUnit;

  /** The agent whose service was rated (R-SAT-6). */
  @ManyToOne(() => Employee, { nullable: true, deleteRule: 'set null' })
  agent?: Employee | null;

  @Field(() => String, { nullable: true, description: 'Who keyed in a phone or interview survey.' })
  @Property({ type: 'string', length: 200, nullable: true })
  enteredBy?: string | null;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  answeredAt!: Date;

  @Field(() => GraphQLLocalDate, { description: 'The date in the company’s time zone.' })
  @Property({ type: 'string', length: 10 })
  answeredOn!: string;

  @Field(() => String, { description: 'YYYY-MM in the company’s time zone.' })
  @Property({ type: 'string', length: 7 })
  month!: string;

  /** 5 (很滿意) … 1 (不滿意); null on a partial form without an overall answer. */
  @Property({ type: 'smallint', nullable: true })
  overallScore?: number | null;

  @Field(() => Int, { nullable: true, description: '0–10, when the template asks it.' })
  @Property({ type: 'smallint', nullable: true })
  nps?: number | null;

  @Field(() => Boolean, { description: 'Every required question answered; a form without its overall answer is partial and stays out of the rate (R-SAT-3).' })
  @Property({ type: 'boolean' })
  complete!: boolean;

  @Field(() => Boolean, { description: 'Some answer is 不滿意 (R-SAT-5).' })
  @Property({ type: 'boolean', default: false })
  dissatisfied: boolean = false;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  hasComment: boolean = false;

  /** R-SAT-5: the complaint this form opened. */
  @ManyToOne(() => Ticket, { nullable: true, deleteRule: 'set null' })
  @Index()
  complaintTicket?: Ticket | null;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  pointsAwarded: number = 0;
}

/** One answer of a form, by the item's stable key (read through SurveyAnswerView). */
@Entity({ tableName: 'survey_answer' })
@Unique({ properties: ['response', 'itemKey'] })
export class SurveyAnswer {
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = uuidv7();

  @ManyToOne(() => SurveyResponse, { deleteRule: 'cascade' })
  response!: SurveyResponse;

  @Property({ type: 'string', length: 40 })
  itemKey!: string;

  @Enum({ items: () => SurveyItemKind })
  kind!: SurveyItemKind;

  /** 5 … 1 for LEVEL5 and OVERALL items. */
  @Property({ type: 'smallint', nullable: true })
  score?: number | null;

  /** An NPS answer, 0–10. */
  @Property({ type: 'smallint', nullable: true })
  nps?: number | null;

  @Property({ type: 'text', nullable: true })
  text?: string | null;

  @Property({ type: 'text', nullable: true })
  comment?: string | null;
}
