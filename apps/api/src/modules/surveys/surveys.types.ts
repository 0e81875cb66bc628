import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { PreferredLanguage } from '../crm/customer.entity';
import { SatisfactionLevel } from './levels';
import { LocalizedText, SurveyItemKind } from './template.entity';
import { SurveyChannel, SurveyInvitation, SurveySource } from './invitation.entity';
import { SatisfactionEvaluation } from './target.entity';
import { SatisfactionDimension } from './surveys.inputs';

/** One of the five answers a level question allows, in the page's language. */
@ObjectType({ simpleResolvers: true, description: 'An allowed answer of a five-level question (R-SAT-2).' })
export class SurveyLevelOption {
  @Field(() => SatisfactionLevel)
  level!: SatisfactionLevel;

  @Field(() => Int, { description: '5 (很滿意) … 1 (不滿意).' })
  score!: number;

  @Field(() => String)
  label!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A question as the public page shows it.' })
export class PublicSurveyItem {
  @Field(() => String)
  key!: string;

  @Field(() => SurveyItemKind)
  kind!: SurveyItemKind;

  @Field(() => Boolean)
  required!: boolean;

  @Field(() => String, { description: 'In the page’s language.' })
  label!: string;
}

/**
 * What the public survey page needs and nothing more (R-ACL-3): no contact data, no
 * customer number, the name masked to its first character.
 */
@ObjectType({ simpleResolvers: true, description: 'A survey opened from a personal link: the questions in the customer’s language and the answers allowed.' })
export class PublicSurvey {
  @Field(() => PreferredLanguage)
  language!: PreferredLanguage;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  intro!: string | null;

  @Field(() => String, { description: 'The customer’s name masked to its first character, e.g. 陳** (R-ACL-3).' })
  greetingName!: string;

  @Field(() => String, { description: 'The station whose service is asked about.' })
  stationName!: string;

  @Field(() => SurveySource)
  source!: SurveySource;

  @Field(() => GraphQLDateTimeISO)
  expiresAt!: Date;

  @Field(() => [PublicSurveyItem])
  items!: PublicSurveyItem[];

  @Field(() => [SurveyLevelOption], { description: 'The five levels, best first, labelled in the page’s language.' })
  levels!: SurveyLevelOption[];

  @Field(() => Int)
  maxCommentLength!: number;

  @Field(() => Int)
  maxTextLength!: number;
}

@ObjectType({ simpleResolvers: true, description: 'What a submitted form led to.' })
export class SurveySubmission {
  @Field(() => ID)
  responseId!: string;

  @Field(() => Boolean, { description: 'Every required question answered (a partial form stays out of the rate, R-SAT-3).' })
  complete!: boolean;

  @Field(() => Int, { description: 'Loyalty points the completed survey earned (a SURVEY_COMPLETED bonus rule).' })
  pointsAwarded!: number;

  @Field(() => Boolean, { description: 'A 不滿意 answer: someone will contact the customer (R-SAT-5).' })
  followUp!: boolean;

  @Field(() => String, { description: 'A thank-you in the form’s language.' })
  message!: string;

  @Field(() => ID, { nullable: true, description: 'The complaint a 不滿意 answer opened (R-SAT-5); for staff who keyed the form in, null on the public link.' })
  complaintTicketId?: string | null;

  @Field(() => String, { nullable: true, description: 'Its case number, as told to the customer on the phone; null on the public link.' })
  complaintNumber?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'What a send did: invitations scheduled or sent, and those skipped with their reason.' })
export class SendSurveyResult {
  @Field(() => Int, { description: 'Waiting for their send time.' })
  scheduled!: number;

  @Field(() => Int)
  sent!: number;

  @Field(() => Int, { description: 'Not sent (the quiet period, R-SAT-1); each is recorded with its reason.' })
  skipped!: number;

  @Field(() => [SurveyInvitation], { description: 'The first 100 invitations made.' })
  invitations!: SurveyInvitation[];

  @Field(() => String, { nullable: true, description: 'With returnLink: the personal link to pass on yourself. Shown once; only its hash is kept.' })
  link!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'One answer of a returned form, with the question it answered.' })
export class SurveyAnswerView {
  @Field(() => String)
  itemKey!: string;

  @Field(() => SurveyItemKind)
  kind!: SurveyItemKind;

  @Field(() => LocalizedText, { nullable: true, description: 'The question in the version the form answered.' })
  label!: LocalizedText | null;

  @Field(() => SatisfactionLevel, { nullable: true })
  level!: SatisfactionLevel | null;

  @Field(() => Int, { nullable: true })
  nps!: number | null;

  @Field(() => String, { nullable: true })
  text!: string | null;

  @Field(() => String, { nullable: true })
  comment!: string | null;
}

/**
 * One figure of the satisfaction report (R-SAT-3): the keys it is grouped by (the others
 * null) and the counts behind the rate, so any figure can be checked by hand.
 */
@ObjectType({ simpleResolvers: true, description: 'One group of the satisfaction report (R-SAT-3).' })
export class SatisfactionRow {
  @Field(() => ID, { nullable: true })
  unitId!: string | null;

  @Field(() => String, { nullable: true })
  unitName!: string | null;

  @Field(() => ID, { nullable: true })
  stationId!: string | null;

  @Field(() => String, { nullable: true })
  stationName!: string | null;

  @Field(() => ID, { nullable: true })
  agentId!: string | null;

  @Field(() => String, { nullable: true })
  agentName!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM, company time zone.' })
  month!: string | null;

  @Field(() => String, { nullable: true, description: 'A question’s key (grouped by ITEM).' })
  itemKey!: string | null;

  @Field(() => SurveyChannel, { nullable: true })
  channel!: SurveyChannel | null;

  @Field(() => SurveySource, { nullable: true })
  source!: SurveySource | null;

  @Field(() => Int, { description: 'Forms with an overall answer (by ITEM: answers to the question) — the denominator.' })
  forms!: number;

  @Field(() => Int, { description: 'Of those, 基本滿意 or better — the numerator.' })
  satisfied!: number;

  @Field(() => Int, { description: 'Forms returned without an overall answer: outside the rate (R-SAT-3).' })
  partial!: number;

  @Field(() => Float, { nullable: true, description: 'satisfied ÷ forms × 100, two decimals; null when there is no form.' })
  rate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean score, 5 (很滿意) … 1 (不滿意).' })
  averageScore!: number | null;

  @Field(() => [Int], { description: 'Answers per level, 很滿意 first, 不滿意 last.' })
  levels!: number[];

  @Field(() => Int)
  npsAnswers!: number;

  @Field(() => Float, { nullable: true, description: '% promoters (9–10) − % detractors (0–6).' })
  npsScore!: number | null;

  /** The sums behind the averages, so groups add up to an exact total; not part of the schema. */
  scoreSum?: number;
  promoters?: number;
  detractors?: number;
}

@ObjectType({ simpleResolvers: true, description: 'The satisfaction rate grouped as asked (R-SAT-3), with the total over all groups.' })
export class SatisfactionReport {
  @Field(() => GraphQLLocalDate)
  from!: string;

  @Field(() => GraphQLLocalDate)
  to!: string;

  @Field(() => [SatisfactionDimension])
  groupBy!: SatisfactionDimension[];

  @Field(() => [SatisfactionRow], { description: 'Grouped by MONTH, every month of the range is present; months without forms have a null rate.' })
  rows!: SatisfactionRow[];

  @Field(() => SatisfactionRow, { description: 'All groups together (by ITEM: all answers).' })
  total!: SatisfactionRow;
}

@ObjectType({ simpleResolvers: true, description: 'An agent’s satisfaction figures for performance reviews (R-SAT-6).' })
export class AgentSatisfactionScore {
  @Field(() => ID)
  agentId!: string;

  @Field(() => String)
  agentName!: string;

  @Field(() => String)
  employeeNo!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => String)
  unitName!: string;

  @Field(() => Int)
  forms!: number;

  @Field(() => Int)
  satisfied!: number;

  @Field(() => Float, { nullable: true })
  rate!: number | null;

  @Field(() => Float, { nullable: true })
  averageScore!: number | null;

  @Field(() => Int, { description: 'Forms with any 不滿意 answer (R-SAT-5).' })
  dissatisfiedForms!: number;
}

@ObjectType({ simpleResolvers: true, description: 'A period judged against the unit targets (R-SAT-4).' })
export class SatisfactionEvaluationResult {
  @Field(() => String)
  period!: string;

  @Field(() => GraphQLLocalDate)
  from!: string;

  @Field(() => GraphQLLocalDate)
  to!: string;

  @Field(() => [SatisfactionEvaluation], { description: 'Every unit with a target.' })
  evaluations!: SatisfactionEvaluation[];

  @Field(() => [SatisfactionEvaluation], { description: 'At or above target: listed for reward.' })
  rewarded!: SatisfactionEvaluation[];

  @Field(() => [SatisfactionEvaluation], { description: 'Below target: each has a corrective action with a deadline.' })
  corrective!: SatisfactionEvaluation[];
}
