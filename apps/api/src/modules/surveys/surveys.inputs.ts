import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { ArrayMaxSize, ArrayMinSize, IsDefined, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { CustomerFilter, ExportFormat } from '../crm';
import { PreferredLanguage } from '../crm/customer.entity';
import { SatisfactionLevel } from './levels';
import { SurveyItemKind } from './template.entity';
import { InvitationDelivery, InvitationStatus, SurveyChannel, SurveySource } from './invitation.entity';

/** Longest comment per answer and longest free-text answer a form may carry. */
export const MAX_COMMENT = 1000;
export const MAX_TEXT = 2000;
/** Questions per template version. */
export const MAX_ITEMS = 40;
/** Customers one send may reach; more is a campaign to split. */
export const MAX_SEND = 5000;

@InputType()
export class LocalizedTextInput {
  @Field(() => String)
  @Length(1, 300)
  zhHant!: string;

  @Field(() => String)
  @Length(1, 300)
  zhHans!: string;

  @Field(() => String)
  @Length(1, 300)
  en!: string;
}

@InputType()
export class SurveyItemInput {
  @Field(() => String, { description: 'Stable across versions: lower-case letters, digits and _, starting with a letter.' })
  @Matches(/^[a-z][a-z0-9_]{0,39}$/, { message: 'must be lower-case letters, digits or _, starting with a letter, at most 40' })
  key!: string;

  @Field(() => SurveyItemKind)
  kind!: SurveyItemKind;

  @Field(() => Boolean, { defaultValue: false, description: 'The OVERALL question is always required.' })
  required: boolean = false;

  @Field(() => LocalizedTextInput)
  @ValidateNested()
  label!: LocalizedTextInput;
}

@InputType({ description: 'A new template (no id), or a new version of one (id): versions are never edited in place.' })
export class SaveSurveyTemplateInput {
  @Field(() => ID, { nullable: true, description: 'The template to publish a new version of.' })
  id?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'With id (required then): the latestVersion the draft was based on. Publishing is refused (CONFLICT, reason STALE_VERSION, with currentVersion) when someone published since.',
  })
  // R-SAT-2: a new version names the one it was drafted from, so nobody publishes over a colleague's unseen.
  // IsDefined is the one rule type-graphql's validation runs on a missing value.
  @ValidateIf((input: SaveSurveyTemplateInput) => input.id != null)
  @IsDefined({ message: 'name the version your draft was based on' })
  @Min(1)
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true, description: 'A new template’s code, e.g. REPAIR-2027.' })
  @IsOptional()
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,39}$/, { message: 'must be 2–40 upper-case letters, digits or -' })
  code?: string | null;

  @Field(() => LocalizedTextInput)
  @ValidateNested()
  title!: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  intro?: LocalizedTextInput | null;

  @Field(() => [SurveyItemInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ITEMS)
  @ValidateNested({ each: true })
  items!: SurveyItemInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  note?: string | null;
}

@InputType()
export class SurveyTriggerInput {
  @Field(() => SurveySource, { description: 'TICKET, REPAIR, VISIT or RE_SURVEY.' })
  source!: SurveySource;

  @Field(() => Boolean)
  enabled!: boolean;

  @Field(() => Int)
  @Min(0)
  @Max(720)
  delayHours!: number;
}

@InputType()
export class SurveySettingsInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(365)
  quietDays?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(90)
  linkValidDays?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(365)
  correctiveDays?: number | null;

  @Field(() => ID, { nullable: true })
  defaultTemplateId?: string | null;

  @Field(() => [SurveyTriggerInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  triggers?: SurveyTriggerInput[] | null;
}

@InputType({ description: 'Whom to ask: listed customers, or those a CRM filter finds (optionally a random sample of them).' })
export class SendSurveyInput {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(1000)
  customerIds?: string[] | null;

  @Field(() => CustomerFilter, { nullable: true, description: 'Customers within your SendSurvey reach matching the filter.' })
  @IsOptional()
  @ValidateNested()
  filter?: CustomerFilter | null;

  @Field(() => Int, { nullable: true, description: 'A random sample of this many of the customers found (R-SAT-1).' })
  @IsOptional()
  @Min(1)
  @Max(MAX_SEND)
  sampleSize?: number | null;

  @Field(() => String, { nullable: true, description: 'A campaign’s name, kept with each invitation.' })
  @IsOptional()
  @MaxLength(120)
  campaign?: string | null;

  @Field(() => ID, { nullable: true, description: 'The case the survey is about (its unit and agent are rated).' })
  ticketId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A resolved complaint opened by a survey: re-survey its customer (R-SAT-5).' })
  complaintTicketId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Default: the template of the settings.' })
  templateId?: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'Later sends wait for the dispatch job; default now.' })
  sendAt?: Date | null;

  @Field(() => Boolean, { defaultValue: true, description: 'Skip customers asked within the quiet period (recorded as SKIPPED). Re-surveys ignore it.' })
  respectQuietPeriod: boolean = true;

  @Field(() => Boolean, { defaultValue: false, description: 'One customer, now: return the personal link to pass on yourself instead of emailing it.' })
  returnLink: boolean = false;

  @Field(() => InvitationDelivery, { nullable: true, description: 'EMAIL (default): by email, or the phone list for customers without an address; PHONE: the phone list for everyone (a phone survey, R-SAT-1). For a link to hand over, use returnLink.' })
  delivery?: InvitationDelivery | null;

  @Field(() => PreferredLanguage, { nullable: true, description: 'The survey’s language for everyone sent to; default each customer’s preferred language.' })
  language?: PreferredLanguage | null;
}

@InputType()
export class SurveyAnswerInput {
  @Field(() => String)
  @Length(1, 40)
  itemKey!: string;

  @Field(() => SatisfactionLevel, { nullable: true, description: 'For LEVEL5 and OVERALL questions.' })
  level?: SatisfactionLevel | null;

  @Field(() => Int, { nullable: true, description: 'For an NPS question, 0–10.' })
  @IsOptional()
  @Min(0)
  @Max(10)
  nps?: number | null;

  @Field(() => String, { nullable: true, description: 'For a TEXT question.' })
  @IsOptional()
  @MaxLength(MAX_TEXT)
  text?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(MAX_COMMENT)
  comment?: string | null;
}

@InputType({
  description:
    'A form. The public page sends the token of its link; staff keying in a phone or interview survey (EnterSurveyResponse) send an invitationId, or a customerId (and optionally the ticketId it is about).',
})
export class SubmitSurveyResponseInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(10, 100)
  token?: string | null;

  @Field(() => ID, { nullable: true })
  invitationId?: string | null;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => ID, { nullable: true })
  ticketId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Without an invitation: default the template of the settings.' })
  templateId?: string | null;

  @Field(() => SurveyChannel, { nullable: true, description: 'Staff: PHONE (default) or INTERVIEW. The public page is always ONLINE.' })
  channel?: SurveyChannel | null;

  @Field(() => PreferredLanguage, { nullable: true, description: 'The language the form was answered in; default the invitation’s.' })
  language?: PreferredLanguage | null;

  @Field(() => [SurveyAnswerInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  answers!: SurveyAnswerInput[];
}

@ArgsType()
export class SurveyInvitationsArgs extends PageArgs {
  @Field(() => [InvitationStatus], { nullable: true })
  status?: InvitationStatus[] | null;

  @Field(() => [SurveySource], { nullable: true })
  source?: SurveySource[] | null;

  @Field(() => InvitationDelivery, { nullable: true, description: 'PHONE with status SENT: the customers to call.' })
  delivery?: InvitationDelivery | null;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Invitations for this unit’s subtree.' })
  unitId?: string | null;
}

export enum SatisfactionDimension {
  UNIT = 'UNIT',
  STATION = 'STATION',
  AGENT = 'AGENT',
  ITEM = 'ITEM',
  MONTH = 'MONTH',
  CHANNEL = 'CHANNEL',
  SOURCE = 'SOURCE',
}
registerEnumType(SatisfactionDimension, { name: 'SatisfactionDimension', description: 'What the satisfaction report groups by.' });

@InputType({ description: 'The forms behind a figure: the same keys the report groups by, and more.' })
export class SurveyResponseFilter {
  @Field(() => GraphQLLocalDate, { nullable: true })
  from?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  to?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'must be YYYY-MM' })
  month?: string | null;

  @Field(() => ID, { nullable: true, description: 'The unit’s subtree.' })
  unitId?: string | null;

  @Field(() => ID, { nullable: true })
  stationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only forms of this template (any version), as the report’s templateId.' })
  templateId?: string | null;

  @Field(() => ID, { nullable: true })
  agentId?: string | null;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => String, { nullable: true, description: 'With level or satisfied: judged on this question instead of the overall one.' })
  @IsOptional()
  @Length(1, 40)
  itemKey?: string | null;

  @Field(() => SatisfactionLevel, { nullable: true })
  level?: SatisfactionLevel | null;

  @Field(() => Boolean, { nullable: true, description: 'true: 基本滿意 or better; false: below.' })
  satisfied?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  complete?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Forms with some 不滿意 answer.' })
  dissatisfied?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  withComments?: boolean | null;

  @Field(() => SurveyChannel, { nullable: true })
  channel?: SurveyChannel | null;

  @Field(() => SurveySource, { nullable: true })
  source?: SurveySource | null;
}

@ArgsType()
export class SurveyResponsesArgs extends PageArgs {
  @Field(() => SurveyResponseFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: SurveyResponseFilter | null;
}

@ArgsType()
export class SatisfactionReportArgs {
  @Field(() => GraphQLLocalDate)
  from!: string;

  @Field(() => GraphQLLocalDate)
  to!: string;

  @Field(() => [SatisfactionDimension], { description: 'Up to three, e.g. [UNIT, MONTH] for the dashboard.' })
  @ArrayMaxSize(3)
  groupBy!: SatisfactionDimension[];

  @Field(() => ID, { nullable: true, description: 'Only this unit’s subtree.' })
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this agent’s forms (R-SAT-6).' })
  agentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only forms of this template (any version).' })
  templateId?: string | null;
}

@InputType()
export class SatisfactionTargetInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => Int)
  @Min(2000)
  @Max(2100)
  effectiveYear!: number;

  @Field(() => Float, { description: 'Percent, 0–100.' })
  @Min(0)
  @Max(100)
  targetPercent!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  note?: string | null;
}

@InputType()
export class ExportSurveyResponsesInput {
  @Field(() => SurveyResponseFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: SurveyResponseFilter | null;

  @Field(() => ExportFormat, { defaultValue: ExportFormat.XLSX })
  format: ExportFormat = ExportFormat.XLSX;

  @Field(() => PreferredLanguage, { defaultValue: PreferredLanguage.ZH_HANT, description: 'Language of headers, questions and levels.' })
  language: PreferredLanguage = PreferredLanguage.ZH_HANT;
}
