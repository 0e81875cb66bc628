import { Arg, Args, Ctx as GqlCtx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import type { Ctx } from '../../context';
import { Allow, Public } from '../../common/auth/allow';
import { Permission } from '../../common/auth/permissions';
import { Connection } from '../../common/pagination';
import { refId, type MaybePromise, type Row } from '../../common/rows';
import { Customer, ExportFile, PreferredLanguage } from '../crm';
import { Employee, OrgUnit } from '../org';
import { Ticket } from '../service-desk';
import { levelOf, SatisfactionLevel } from './levels';
import { SurveyTemplate, SurveyTemplateVersion } from './template.entity';
import { SurveyInvitation, SurveySettings } from './invitation.entity';
import { SurveyResponse } from './response.entity';
import { SatisfactionEvaluation, SatisfactionTarget } from './target.entity';
import type { InvitationRow } from './invitation.service';
import type { ResponseRow } from './response.service';
import {
  ExportSurveyResponsesInput,
  SatisfactionReportArgs,
  SatisfactionTargetInput,
  SaveSurveyTemplateInput,
  SendSurveyInput,
  SubmitSurveyResponseInput,
  SurveyInvitationsArgs,
  SurveyResponsesArgs,
  SurveySettingsInput,
} from './surveys.inputs';
import { AgentSatisfactionScore, PublicSurvey, SatisfactionEvaluationResult, SatisfactionReport, SendSurveyResult, SurveyAnswerView, SurveySubmission } from './surveys.types';

export const SurveyInvitationConnection = Connection(SurveyInvitation, 'SurveyInvitation');
export const SurveyResponseConnection = Connection(SurveyResponse, 'SurveyResponse');

/** A name read with the row when a list joined it; otherwise one batched load. */
function nameOf<T extends { id: string; name: string }>(ctx: Ctx, type: new () => T, joined: string | null | undefined, ref: unknown): MaybePromise<string | null> {
  if (joined !== undefined) return joined;
  const e = ctx.loaders.entity(type, ref as T | string | null);
  return e instanceof Promise ? e.then((x) => x?.name ?? null) : (e?.name ?? null);
}

@Resolver(() => SurveyTemplate)
export class SurveyTemplateResolver {
  @Query(() => [SurveyTemplate], { description: 'Survey templates (R-SAT-2), active ones unless asked.' })
  @Allow(Permission.ReadSurvey, Permission.ManageSurvey, Permission.SendSurvey, Permission.EnterSurveyResponse)
  surveyTemplates(@GqlCtx() ctx: Ctx, @Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean): Promise<SurveyTemplate[]> {
    return ctx.services.surveyTemplates.list(ctx, includeInactive);
  }

  @Query(() => SurveyTemplate)
  @Allow(Permission.ReadSurvey, Permission.ManageSurvey, Permission.SendSurvey, Permission.EnterSurveyResponse)
  surveyTemplate(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<SurveyTemplate> {
    return ctx.services.surveyTemplates.get(ctx, id);
  }

  @Mutation(() => SurveyTemplate, { description: 'Creates a template (no id) or publishes its next version (id). Versions are never edited; forms keep the version they answered.' })
  @Allow(Permission.ManageSurvey)
  saveSurveyTemplate(@GqlCtx() ctx: Ctx, @Arg('input', () => SaveSurveyTemplateInput) input: SaveSurveyTemplateInput): Promise<SurveyTemplate> {
    return ctx.services.surveyTemplates.save(ctx, input);
  }

  @Mutation(() => SurveyTemplate, { description: 'An inactive template is sent no more; its forms stay.' })
  @Allow(Permission.ManageSurvey)
  setSurveyTemplateActive(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('active', () => Boolean) active: boolean): Promise<SurveyTemplate> {
    return ctx.services.surveyTemplates.setActive(ctx, id, active);
  }

  @FieldResolver(() => SurveyTemplateVersion, { description: 'The version sent now.' })
  current(@GqlCtx() ctx: Ctx, @Root() t: Row<SurveyTemplate>): Promise<SurveyTemplateVersion> {
    return ctx.services.surveyTemplates.latestOf(ctx, t);
  }

  @FieldResolver(() => [SurveyTemplateVersion], { description: 'Every version, newest first.' })
  versions(@GqlCtx() ctx: Ctx, @Root() t: Row<SurveyTemplate>): Promise<SurveyTemplateVersion[]> {
    return ctx.services.surveyTemplates.versionsOf(ctx, t.id);
  }
}

@Resolver(() => SurveySettings)
export class SurveySettingsResolver {
  @Query(() => SurveySettings, { description: 'Triggers, delays, the quiet period and link validity (R-SAT-1).' })
  @Allow(Permission.ReadSurvey, Permission.ManageSurvey)
  surveySettings(@GqlCtx() ctx: Ctx): Promise<SurveySettings> {
    return ctx.services.surveys.settings(ctx);
  }

  @Mutation(() => SurveySettings)
  @Allow(Permission.ManageSurvey)
  updateSurveySettings(@GqlCtx() ctx: Ctx, @Arg('input', () => SurveySettingsInput) input: SurveySettingsInput): Promise<SurveySettings> {
    return ctx.services.surveys.updateSettings(ctx, input);
  }

  @FieldResolver(() => SurveyTemplate, { nullable: true })
  defaultTemplate(@GqlCtx() ctx: Ctx, @Root() s: Row<SurveySettings>): MaybePromise<SurveyTemplate | null> {
    return ctx.loaders.entity(SurveyTemplate, s.defaultTemplate);
  }
}

@Resolver(() => SurveyInvitation)
export class SurveyInvitationResolver {
  @Query(() => PublicSurvey, { description: 'PUBLIC (no login): the survey behind a personal link, in the customer’s language (or `language`). Errors SURVEY_LINK_INVALID, SURVEY_LINK_USED, SURVEY_LINK_EXPIRED, RATE_LIMITED.' })
  @Allow(Public)
  surveyInvitation(@GqlCtx() ctx: Ctx, @Arg('token', () => String) token: string, @Arg('language', () => PreferredLanguage, { nullable: true }) language?: PreferredLanguage | null): Promise<PublicSurvey> {
    return ctx.services.surveys.open(ctx, token.slice(0, 200), language);
  }

  @Query(() => SurveyInvitationConnection, { description: 'Invitations within reach, latest send time first. delivery PHONE + status SENT is the list of customers to call.' })
  @Allow(Permission.ReadSurvey, Permission.EnterSurveyResponse)
  async surveyInvitations(@GqlCtx() ctx: Ctx, @Args(() => SurveyInvitationsArgs) args: SurveyInvitationsArgs) {
    return new SurveyInvitationConnection(await ctx.services.surveys.list(ctx, args));
  }

  @Mutation(() => SendSurveyResult, { description: 'Sends a survey to one customer, a list, a CRM filter or a random sample (R-SAT-1), or re-surveys after a complaint (R-SAT-5). The quiet period skips (and records) customers asked recently.' })
  @Allow(Permission.SendSurvey)
  sendSurvey(@GqlCtx() ctx: Ctx, @Arg('input', () => SendSurveyInput) input: SendSurveyInput): Promise<SendSurveyResult> {
    return ctx.services.surveys.send(ctx, input);
  }

  @FieldResolver(() => ID)
  customerId(@Root() i: Row<SurveyInvitation>): string {
    return refId(i.customer)!;
  }

  @FieldResolver(() => String)
  customerName(@GqlCtx() ctx: Ctx, @Root() i: Row<InvitationRow>): MaybePromise<string> {
    return nameOf(ctx, Customer, i.customerName, i.customer) as MaybePromise<string>;
  }

  @FieldResolver(() => [String], { description: 'The numbers to call; masked (***678) without ReadCustomerContact (R-ACL-3).' })
  async customerPhones(@GqlCtx() ctx: Ctx, @Root() i: Row<InvitationRow>): Promise<string[]> {
    const customer = i.contact ?? (await ctx.loaders.entity(Customer, i.customer as Customer | string));
    if (!customer) return [];
    const station = i.contact ? i.contact.homeStation : await ctx.loaders.entity(OrgUnit, customer.homeStation as OrgUnit | string);
    return ctx.services.customers.contact(ctx, { ...customer, homeStation: station ?? '' } as Customer).phones;
  }

  @FieldResolver(() => ID)
  unitId(@Root() i: Row<SurveyInvitation>): string {
    return refId(i.unit)!;
  }

  @FieldResolver(() => String)
  unitName(@GqlCtx() ctx: Ctx, @Root() i: Row<InvitationRow>): MaybePromise<string> {
    return nameOf(ctx, OrgUnit, i.unitName, i.unit) as MaybePromise<string>;
  }

  @FieldResolver(() => String)
  stationName(@GqlCtx() ctx: Ctx, @Root() i: Row<InvitationRow>): MaybePromise<string> {
    return nameOf(ctx, OrgUnit, i.stationName, i.station) as MaybePromise<string>;
  }

  @FieldResolver(() => String, { nullable: true })
  agentName(@GqlCtx() ctx: Ctx, @Root() i: Row<InvitationRow>): MaybePromise<string | null> {
    return nameOf(ctx, Employee, i.agentName, i.agent);
  }

  @FieldResolver(() => ID, { nullable: true })
  ticketId(@Root() i: Row<SurveyInvitation>): string | null {
    return refId(i.ticket);
  }

  @FieldResolver(() => ID)
  templateId(@Root() i: Row<SurveyInvitation>): string {
    return refId(i.template)!;
  }

  @FieldResolver(() => Int, { description: 'The template version it asks.' })
  async version(@GqlCtx() ctx: Ctx, @Root() i: Row<SurveyInvitation>): Promise<number> {
    return (await ctx.services.surveyTemplates.version(ctx, refId(i.templateVersion)!)).version;
  }
}

@Resolver(() => SurveyResponse)
export class SurveyResponseResolver {
  @Mutation(() => SurveySubmission, {
    description:
      'PUBLIC with a link’s token (channel ONLINE; errors SURVEY_LINK_INVALID, SURVEY_LINK_USED, SURVEY_LINK_EXPIRED). Without a token: staff with EnterSurveyResponse key in a PHONE or INTERVIEW survey. A 不滿意 answer opens a complaint (R-SAT-5).',
  })
  @Allow(Public)
  submitSurveyResponse(@GqlCtx() ctx: Ctx, @Arg('input', () => SubmitSurveyResponseInput) input: SubmitSurveyResponseInput): Promise<SurveySubmission> {
    return ctx.services.surveyResponses.submit(ctx, input);
  }

  @Query(() => SurveyResponseConnection, { description: 'Returned forms within reach, newest first: the drill-down behind a figure, with comments.' })
  @Allow(Permission.ReadSurvey, Permission.ReadSatisfactionReport)
  async surveyResponses(@GqlCtx() ctx: Ctx, @Args(() => SurveyResponsesArgs) args: SurveyResponsesArgs) {
    return new SurveyResponseConnection(await ctx.services.surveyResponses.list(ctx, args));
  }

  @Query(() => SurveyResponse)
  @Allow(Permission.ReadSurvey, Permission.ReadSatisfactionReport)
  surveyResponse(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<ResponseRow> {
    return ctx.services.surveyResponses.get(ctx, id);
  }

  @Mutation(() => ExportFile, { description: 'The forms matching a filter as .xlsx or CSV (opens in Excel). Audited.' })
  @Allow(Permission.ReadSatisfactionReport)
  exportSatisfactionResponses(@GqlCtx() ctx: Ctx, @Arg('input', () => ExportSurveyResponsesInput) input: ExportSurveyResponsesInput) {
    return ctx.services.surveyResponses.export(ctx, input);
  }

  @FieldResolver(() => SatisfactionLevel, { nullable: true, description: 'Null on a partial form (R-SAT-3).' })
  overallLevel(@Root() r: Row<SurveyResponse>): SatisfactionLevel | null {
    return r.overallScore ? levelOf(r.overallScore) : null;
  }

  @FieldResolver(() => [SurveyAnswerView])
  answers(@GqlCtx() ctx: Ctx, @Root() r: Row<SurveyResponse>): Promise<SurveyAnswerView[]> {
    return ctx.services.surveyResponses.answers(ctx, r);
  }

  @FieldResolver(() => String)
  async templateCode(@GqlCtx() ctx: Ctx, @Root() r: Row<SurveyResponse>): Promise<string> {
    return (await ctx.services.surveyTemplates.version(ctx, refId(r.templateVersion)!)).templateCode;
  }

  @FieldResolver(() => ID, { nullable: true })
  invitationId(@Root() r: Row<SurveyResponse>): string | null {
    return refId(r.invitation);
  }

  @FieldResolver(() => ID)
  customerId(@Root() r: Row<SurveyResponse>): string {
    return refId(r.customer)!;
  }

  @FieldResolver(() => String)
  customerName(@GqlCtx() ctx: Ctx, @Root() r: Row<ResponseRow>): MaybePromise<string> {
    return nameOf(ctx, Customer, r.customerName, r.customer) as MaybePromise<string>;
  }

  @FieldResolver(() => ID)
  unitId(@Root() r: Row<SurveyResponse>): string {
    return refId(r.unit)!;
  }

  @FieldResolver(() => String)
  unitName(@GqlCtx() ctx: Ctx, @Root() r: Row<ResponseRow>): MaybePromise<string> {
    return nameOf(ctx, OrgUnit, r.unitName, r.unit) as MaybePromise<string>;
  }

  @FieldResolver(() => ID)
  stationId(@Root() r: Row<SurveyResponse>): string {
    return refId(r.station)!;
  }

  @FieldResolver(() => String)
  stationName(@GqlCtx() ctx: Ctx, @Root() r: Row<ResponseRow>): MaybePromise<string> {
    return nameOf(ctx, OrgUnit, r.stationName, r.station) as MaybePromise<string>;
  }

  @FieldResolver(() => ID, { nullable: true })
  agentId(@Root() r: Row<SurveyResponse>): string | null {
    return refId(r.agent);
  }

  @FieldResolver(() => String, { nullable: true })
  agentName(@GqlCtx() ctx: Ctx, @Root() r: Row<ResponseRow>): MaybePromise<string | null> {
    return nameOf(ctx, Employee, r.agentName, r.agent);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The case the survey followed.' })
  ticketId(@Root() r: Row<SurveyResponse>): string | null {
    return refId(r.ticket);
  }

  @FieldResolver(() => String, { nullable: true })
  async ticketNumber(@GqlCtx() ctx: Ctx, @Root() r: Row<ResponseRow>): Promise<string | null> {
    if (r.ticketNumber !== undefined) return r.ticketNumber;
    return (await ctx.loaders.entity(Ticket, r.ticket))?.number ?? null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The complaint a 不滿意 answer opened (R-SAT-5).' })
  complaintTicketId(@Root() r: Row<SurveyResponse>): string | null {
    return refId(r.complaintTicket);
  }

  @FieldResolver(() => String, { nullable: true })
  async complaintNumber(@GqlCtx() ctx: Ctx, @Root() r: Row<ResponseRow>): Promise<string | null> {
    if (r.complaintNumber !== undefined) return r.complaintNumber;
    return (await ctx.loaders.entity(Ticket, r.complaintTicket))?.number ?? null;
  }
}

@Resolver(() => SatisfactionTarget)
export class SatisfactionResolver {
  @Query(() => SatisfactionReport, {
    description: 'The satisfaction rate (R-SAT-3) from `from` to `to` (local dates) grouped by up to three dimensions, within your reach; one SQL statement. E.g. groupBy [UNIT, MONTH] for the dashboard.',
  })
  @Allow(Permission.ReadSatisfactionReport)
  satisfactionReport(@GqlCtx() ctx: Ctx, @Args(() => SatisfactionReportArgs) args: SatisfactionReportArgs): Promise<SatisfactionReport> {
    return ctx.services.satisfaction.report(ctx, args);
  }

  @Query(() => [AgentSatisfactionScore], { description: 'Each agent’s rate for performance reviews (R-SAT-6); agents of a unit’s subtree with unitId.' })
  @Allow(Permission.ReadSatisfactionReport)
  agentSatisfactionScores(
    @GqlCtx() ctx: Ctx,
    @Arg('from', () => GraphQLLocalDate) from: string,
    @Arg('to', () => GraphQLLocalDate) to: string,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string | null,
    @Arg('templateId', () => ID, { nullable: true, description: 'Only forms of this template (any version).' }) templateId?: string | null,
  ): Promise<AgentSatisfactionScore[]> {
    return ctx.services.satisfaction.agentScores(ctx, from, to, unitId, templateId);
  }

  @Query(() => [SatisfactionTarget], { description: 'Unit targets with their history (R-SAT-4).' })
  @Allow(Permission.ReadSatisfactionReport, Permission.ManageSurvey)
  satisfactionTargets(@GqlCtx() ctx: Ctx, @Arg('unitId', () => ID, { nullable: true }) unitId?: string | null): Promise<SatisfactionTarget[]> {
    return ctx.services.satisfaction.targets(ctx, unitId);
  }

  @Mutation(() => SatisfactionTarget, { description: 'A unit’s target from a year on (R-SAT-4); earlier years keep theirs.' })
  @Allow(Permission.ManageSurvey)
  setSatisfactionTarget(@GqlCtx() ctx: Ctx, @Arg('input', () => SatisfactionTargetInput) input: SatisfactionTargetInput): Promise<SatisfactionTarget> {
    return ctx.services.satisfaction.setTarget(ctx, input);
  }

  @Query(() => [SatisfactionEvaluation], { description: 'Past evaluations, latest period first.' })
  @Allow(Permission.ReadSatisfactionReport, Permission.ManageSurvey)
  satisfactionEvaluations(@GqlCtx() ctx: Ctx, @Arg('period', () => String, { nullable: true }) period?: string | null): Promise<SatisfactionEvaluation[]> {
    return ctx.services.satisfaction.evaluations(ctx, period);
  }

  @Mutation(() => SatisfactionEvaluationResult, {
    description: 'Judges a month (YYYY-MM) or quarter (YYYY-Qn) against the unit targets (R-SAT-4): at or above are listed for reward; below get a corrective action with a deadline through the process engine, once per unit and period.',
  })
  @Allow(Permission.ManageSurvey)
  evaluateSatisfactionTargets(@GqlCtx() ctx: Ctx, @Arg('period', () => String) period: string): Promise<SatisfactionEvaluationResult> {
    return ctx.services.satisfaction.evaluate(ctx, period);
  }

  @FieldResolver(() => OrgUnit)
  unit(@GqlCtx() ctx: Ctx, @Root() t: Row<SatisfactionTarget>): MaybePromise<OrgUnit | null> {
    return ctx.loaders.entity(OrgUnit, t.unit);
  }
}

@Resolver(() => SatisfactionEvaluation)
export class SatisfactionEvaluationResolver {
  @FieldResolver(() => OrgUnit)
  unit(@GqlCtx() ctx: Ctx, @Root() e: Row<SatisfactionEvaluation>): MaybePromise<OrgUnit | null> {
    return ctx.loaders.entity(OrgUnit, e.unit);
  }
}
