import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { BaseEntity } from '../../common/entity';
import { OrgUnit } from '../org/org-unit.entity';
import { Employee } from '../org/employee.entity';
import { Customer, PreferredLanguage } from '../crm/customer.entity';
import { Ticket } from '../service-desk/ticket.entity';
import { SurveyTemplate, SurveyTemplateVersion } from './template.entity';

/** What a survey follows (R-SAT-1): a resolved case, a returned repair, a visit, a campaign, a random sample, or a resolved complaint (R-SAT-5). */
export enum SurveySource {
  TICKET = 'TICKET',
  REPAIR = 'REPAIR',
  VISIT = 'VISIT',
  CAMPAIGN = 'CAMPAIGN',
  SAMPLE = 'SAMPLE',
  RE_SURVEY = 'RE_SURVEY',
  /** Sent to one customer by staff, or keyed in without an invitation. */
  MANUAL = 'MANUAL',
}
export enum InvitationStatus {
  /** Waiting for its send time (a trigger's delay). */
  SCHEDULED = 'SCHEDULED',
  SENT = 'SENT',
  ANSWERED = 'ANSWERED',
  /** Not sent, for the reason recorded (R-SAT-1: the quiet period). */
  SKIPPED = 'SKIPPED',
}
export enum SkipReason {
  /** The customer was asked within the quiet period (R-SAT-1). */
  QUIET_PERIOD = 'QUIET_PERIOD',
}
export enum InvitationDelivery {
  /** The personal link went by email through the outbox. */
  EMAIL = 'EMAIL',
  /** No email on file: staff call the customer and key the answers in. */
  PHONE = 'PHONE',
  /** The link was handed to the sender to pass on (LINE, WeChat, a printed slip). */
  LINK = 'LINK',
}
export enum SurveyChannel {
  ONLINE = 'ONLINE',
  PHONE = 'PHONE',
  INTERVIEW = 'INTERVIEW',
}
registerEnumType(SurveySource, { name: 'SurveySource', description: 'What a survey follows (R-SAT-1).' });
registerEnumType(InvitationStatus, { name: 'SurveyInvitationStatus' });
registerEnumType(SkipReason, { name: 'SurveySkipReason' });
registerEnumType(InvitationDelivery, { name: 'SurveyDelivery' });
registerEnumType(SurveyChannel, { name: 'SurveyChannel', description: 'R-SAT-1: online (the personal link), by phone, or by interview.' });

/**
 * One customer asked one survey (R-SAT-1). The personal link's token is random and stored
 * only as its hash; it works once and until `expiresAt`. Unit, station and agent are those
 * of the case the survey follows (or the customer's home station), copied to the response.
 */
@ObjectType({ simpleResolvers: true, description: 'A customer invited to a survey (R-SAT-1).' })
@Entity({ tableName: 'survey_invitation' })
@Index({ properties: ['status', 'sendAt'] })
@Index({ properties: ['customer', 'sendAt'] })
@Unique({ properties: ['source', 'sourceRef'] })
export class SurveyInvitation extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => Customer, { deleteRule: 'cascade' })
  customer!: Customer;

  @ManyToOne(() => SurveyTemplate, { deleteRule: 'restrict' })
  template!: SurveyTemplate;

  @ManyToOne(() => SurveyTemplateVersion, { deleteRule: 'restrict' })
  templateVersion!: SurveyTemplateVersion;

  @Field(() => PreferredLanguage, { description: 'The customer’s preferred language when the invitation was made.' })
  @Enum({ items: () => PreferredLanguage })
  language!: PreferredLanguage;

  @Field(() => SurveySource)
  @Enum({ items: () => SurveySource })
  source!: SurveySource;

  /** What triggered it, once per trigger (the case, repair or visit id); null for campaigns and manual sends. */
  @Property({ type: 'string', length: 80, nullable: true })
  sourceRef?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 120, nullable: true })
  campaign?: string | null;

  /** The case the survey is about (for a re-survey, the complaint). */
  @ManyToOne(() => Ticket, { nullable: true, deleteRule: 'set null' })
  ticket?: Ticket | null;

  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  unit!: OrgUnit;

  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  station!: OrgUnit;

  @ManyToOne(() => Employee, { nullable: true, deleteRule: 'set null' })
  agent?: Employee | null;

  @Field(() => InvitationStatus)
  @Enum({ items: () => InvitationStatus })
  status!: InvitationStatus;

  @Field(() => SkipReason, { nullable: true })
  @Enum({ items: () => SkipReason, nullable: true })
  skipReason?: SkipReason | null;

  @Field(() => GraphQLDateTimeISO, { description: 'When it is (or was) due to go out.' })
  @Property({ type: 'datetime' })
  sendAt!: Date;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  sentAt?: Date | null;

  @Field(() => InvitationDelivery, { nullable: true })
  @Enum({ items: () => InvitationDelivery, nullable: true })
  delivery?: InvitationDelivery | null;

  /** sha256 of the link's token; the token itself is never stored. */
  @Property({ type: 'string', length: 64, nullable: true })
  @Unique()
  tokenHash?: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  expiresAt?: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  answeredAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Who sent it; null for the automatic triggers.' })
  @Property({ type: 'string', length: 200, nullable: true })
  createdBy?: string | null;

  @Field(() => GraphQLDateTimeISO)
  declare createdAt: Date;
}

/** One automatic trigger (R-SAT-1) and its delay. */
@ObjectType({ simpleResolvers: true, description: 'An automatic survey trigger (R-SAT-1).' })
export class SurveyTrigger {
  @Field(() => SurveySource, { description: 'TICKET (a case resolved), REPAIR (a repair delivered), VISIT (a follow-up visit recorded) or RE_SURVEY (a complaint from a survey resolved, R-SAT-5).' })
  source!: SurveySource;

  @Field(() => Boolean)
  enabled!: boolean;

  @Field(() => Int, { description: 'Hours after the event before the survey goes out.' })
  delayHours!: number;
}

/** How surveys go out (R-SAT-1): one row. */
@ObjectType({ simpleResolvers: true, description: 'Survey trigger settings (R-SAT-1).' })
@Entity({ tableName: 'survey_settings' })
export class SurveySettings {
  /** Always 1: there is one row; a client cache keys the settings by it. */
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: false })
  id: number = 1;

  @Field(() => Int, { description: 'A customer is not asked again by an automatic trigger, campaign or sample within this many days.' })
  @Property({ type: 'integer', default: 30 })
  quietDays: number = 30;

  @Field(() => Int, { description: 'Days a personal link stays valid after it is sent.' })
  @Property({ type: 'integer', default: 14 })
  linkValidDays: number = 14;

  @Field(() => Int, { description: 'Days a unit below its target has to carry out its corrective action (R-SAT-4).' })
  @Property({ type: 'integer', default: 30 })
  correctiveDays: number = 30;

  /** The template triggers, campaigns and samples send when none is named. */
  @ManyToOne(() => SurveyTemplate, { nullable: true, deleteRule: 'set null' })
  defaultTemplate?: SurveyTemplate | null;

  @Field(() => [SurveyTrigger])
  @Property({ type: 'json' })
  triggers: SurveyTrigger[] = [];

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  updatedBy?: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  updatedAt?: Date | null;
}
