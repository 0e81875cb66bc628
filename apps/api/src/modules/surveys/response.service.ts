import type { Knex } from '@mikro-orm/knex';
import type { Ctx } from '../../context';
import { Permission } from '../../common/auth/permissions';
import { badField, badInput, conflict, forbidden, notFound, unauthenticated, type FieldIssue } from '../../common/errors';
import { affectedRows, dbTime, execute, isPostgres, writeAll } from '../../common/sql';
import { uuidv7 } from '../../common/entity';
import { mapPrefixed, prefixedColumns, refId } from '../../common/rows';
import { localDate } from '../../common/time';
import { pageOf, pageRequest, type Page } from '../../common/pagination';
import { ExportFormat, PreferredLanguage, writeCsv, writeXlsx, type CustomerService } from '../crm';
import { BonusRuleKind } from '../loyalty';
import { Severity, Ticket, TicketChannel, TicketKind } from '../service-desk';
import { TicketAction } from '../service-desk/service-desk.inputs';
import { InvitationStatus, SurveyChannel, SurveyInvitation, SurveySource } from './invitation.entity';
import { SurveyAnswer, SurveyResponse } from './response.entity';
import { SurveyItemKind, textIn, type SurveyItem } from './template.entity';
import { DISSATISFIED_SCORE, LEVEL_LABELS, SATISFIED_FROM, levelOf, scoreOf } from './levels';
import { asRegime, reachesRow, subtree, surveyReach, whereSurveyReach } from './scope';
import { keysetDesc, type SurveyService, type TokenRow } from './invitation.service';
import type { SurveyTemplateService, VersionData } from './template.service';
import type { ExportSurveyResponsesInput, SubmitSurveyResponseInput, SurveyAnswerInput, SurveyResponseFilter, SurveyResponsesArgs } from './surveys.inputs';
import type { SurveyAnswerView, SurveySubmission } from './surveys.types';
import { addToMonthStat } from './month-stat.entity';

/** Forms one export holds; narrow the filter for more. */
export const MAX_EXPORT_ROWS = 50_000;
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Whose service a form rates and what it follows: from its invitation, a case, or the customer's home station. */
interface About {
  invitationId: string | null;
  customerId: string;
  templateVersionId: string | null;
  templateId: string | null;
  language: PreferredLanguage;
  source: SurveySource;
  ticketId: string | null;
  unitId: string;
  stationId: string;
  agentId: string | null;
}

/** A drill-down row: the form with the names a table shows, read in one statement. */
export type ResponseRow = SurveyResponse & { customerName: string; customerCode: string; unitName: string; stationName: string; agentName: string | null; complaintNumber: string | null; ticketNumber: string | null };

const THANKS: Record<PreferredLanguage, [string, string]> = {
  [PreferredLanguage.ZH_HANT]: ['感謝您寶貴的意見！', '感謝您的意見，我們將儘快與您聯繫並改進。'],
  [PreferredLanguage.ZH_HANS]: ['感谢您宝贵的意见！', '感谢您的意见，我们将尽快与您联系并改进。'],
  [PreferredLanguage.EN]: ['Thank you for your feedback!', 'Thank you for telling us. We will contact you soon to put things right.'],
};

/**
 * Returned forms (R-SAT-1…6): from the public page by token, or keyed in by staff from a
 * phone call or an interview. A submission is one transaction: the form, its answers, the
 * customer's timeline, loyalty points for a completed survey, and — for any 不滿意 answer —
 * one complaint in the service desk linked to the form and the case it followed (R-SAT-5).
 */
export class SurveyResponseService {
  constructor(
    private readonly templates: SurveyTemplateService,
    private readonly surveys: SurveyService,
    private readonly customers: CustomerService,
  ) {}

  async submit(ctx: Ctx, input: SubmitSurveyResponseInput): Promise<SurveySubmission> {
    if (input.token) {
      // The link is claimed as it is read, one statement: of two submissions at once, exactly one lands.
      const row = await this.surveys.claimByToken(ctx, input.token);
      return this.record(ctx, input, SurveyChannel.ONLINE, fromToken(row), true);
    }
    // Without a token this is staff keying in a phone or interview survey (R-SAT-1).
    if (!ctx.actor) throw ctx.authError ?? unauthenticated('Give the survey link’s token, or sign in to key in a phone or interview survey.');
    if (!ctx.access.has(Permission.EnterSurveyResponse)) throw forbidden('Keying in a survey needs the EnterSurveyResponse right.', [Permission.EnterSurveyResponse]);
    const channel = input.channel ?? SurveyChannel.PHONE;
    if (channel === SurveyChannel.ONLINE) throw badField('channel', 'online forms come through the customer’s link; staff key in PHONE or INTERVIEW', 'not_applicable');
    const about = input.invitationId ? await this.invited(ctx, input.invitationId) : await this.unInvited(ctx, input);
    return this.record(ctx, input, channel, about, false);
  }

  /** Staff answering an invitation (the phone list): it must be within reach and not answered yet. */
  private async invited(ctx: Ctx, id: string): Promise<About> {
    const inv = await ctx.em.findOne(SurveyInvitation, { id }, { populate: ['unit', 'station'] });
    const reach = surveyReach(ctx, Permission.EnterSurveyResponse);
    if (!inv || !reachesRow(reach, inv.unit.path, inv.station.path, refId(inv.agent))) throw notFound('Survey invitation', id);
    if (inv.status === InvitationStatus.ANSWERED) throw conflict('This survey has already been answered.', { reason: 'ALREADY_ANSWERED' });
    if (inv.status === InvitationStatus.SKIPPED) throw conflict('This invitation was skipped (quiet period); send a new one or key the form in for the customer.', { reason: 'SKIPPED' });
    return {
      invitationId: inv.id,
      customerId: refId(inv.customer)!,
      templateVersionId: refId(inv.templateVersion),
      templateId: refId(inv.template),
      language: inv.language,
      source: inv.source,
      ticketId: refId(inv.ticket),
      unitId: inv.unit.id,
      stationId: inv.station.id,
      agentId: refId(inv.agent),
    };
  }

  /** A phone or interview survey without an invitation: about a case, or about the customer's home station. */
  private async unInvited(ctx: Ctx, input: SubmitSurveyResponseInput): Promise<About> {
    if (!input.customerId) throw badField('customerId', 'name the customer, or the invitation being answered', 'required');
    const customer = await this.customers.get(ctx, input.customerId, Permission.EnterSurveyResponse);
    let ticket: Ticket | null = null;
    if (input.ticketId) {
      ticket = await ctx.services.tickets.get(ctx, input.ticketId);
      if (refId(ticket.customer) !== customer.id) throw badField('ticketId', 'the case is not this customer’s', 'mismatch');
    }
    const templateId = input.templateId ?? refId((await this.surveys.settings(ctx)).defaultTemplate);
    if (!templateId) throw badField('templateId', 'name the template answered (no default is set)', 'required');
    return {
      invitationId: null,
      customerId: customer.id,
      templateVersionId: null,
      templateId,
      language: input.language ?? customer.preferredLanguage ?? PreferredLanguage.ZH_HANT,
      source: ticket ? SurveySource.TICKET : SurveySource.MANUAL,
      ticketId: ticket?.id ?? null,
      unitId: ticket ? ticket.unit.id : customer.homeStation.id,
      stationId: ticket ? ticket.station.id : customer.homeStation.id,
      agentId: ticket ? refId(ticket.assignee) : null,
    };
  }

  /**
   * Writes a form. Few statements, all in the mutation's transaction (the bench holds it to
   * 200 forms a second): the form and its answers are plain inserts, not tracked entities.
   */
  private async record(ctx: Ctx, input: SubmitSurveyResponseInput, channel: SurveyChannel, about: About, online: boolean): Promise<SurveySubmission> {
    const version = about.templateVersionId ? await this.templates.version(ctx, about.templateVersionId) : await this.templates.current(ctx, about.templateId!);
    // R-SAT-1: the customer answering online must answer every required question; staff may
    // record what a call got through before it ended (a partial form, outside the rate).
    const answers = checkAnswers(version.items, input.answers, online);
    const now = ctx.now();
    const knex = ctx.em.getKnex();
    const at = dbTime(ctx.em, now);
    if (about.invitationId && !online) {
      // One conditional UPDATE claims the invitation: of two entries at once, exactly one lands.
      const claimed = await execute(
        ctx,
        knex('survey_invitation').update({ status: InvitationStatus.ANSWERED, answered_at: at, updated_at: at }).where('id', about.invitationId).whereIn('status', [InvitationStatus.SCHEDULED, InvitationStatus.SENT]),
        'run',
      );
      if (!affectedRows(claimed)) throw conflict('This survey has already been answered.', { reason: 'ALREADY_ANSWERED' });
    }
    const overall = answers.find((a) => a.kind === SurveyItemKind.OVERALL)?.score ?? null;
    const complete = version.items.every((i) => !i.required || answers.some((a) => a.itemKey === i.key));
    const dissatisfied = answers.filter((a) => a.score === DISSATISFIED_SCORE);
    const day = localDate(now, ctx.config.timeZone);
    const language = input.language ?? about.language;
    const id = uuidv7(now.getTime());
    const bool = (b: boolean) => (isPostgres(ctx.em) ? b : Number(b));
    // R-SAT-6: completing a survey can earn points through a SURVEY_COMPLETED bonus rule, once per form.
    const points = complete ? await ctx.services.loyalty.awardOccasion(ctx, BonusRuleKind.SURVEY_COMPLETED, about.customerId, id) : 0;
    const nps = answers.find((a) => a.kind === SurveyItemKind.NPS)?.nps ?? null;
    // The form, its answers, its month's figures and the timeline row: one round trip on PostgreSQL.
    await writeAll(ctx, [
      knex('survey_response').insert({
        id,
        invitation_id: about.invitationId,
        customer_id: about.customerId,
        template_id: version.templateId,
        template_version_id: version.id,
        version: version.version,
        language,
        channel,
        source: about.source,
        ticket_id: about.ticketId,
        unit_id: about.unitId,
        station_id: about.stationId,
        agent_id: about.agentId,
        entered_by: online ? null : (ctx.actor?.name ?? null),
        answered_at: at,
        answered_on: day,
        month: day.slice(0, 7),
        overall_score: overall,
        nps,
        complete: bool(complete),
        dissatisfied: bool(dissatisfied.length > 0),
        has_comment: bool(answers.some((a) => !!a.comment || (a.kind === SurveyItemKind.TEXT && !!a.text))),
        points_awarded: points,
      }),
      ...(answers.length ? [knex('survey_answer').insert(answers.map((a) => ({ id: uuidv7(now.getTime()), response_id: id, item_key: a.itemKey, kind: a.kind, score: a.score, nps: a.nps, text: a.text, comment: a.comment })))] : []),
      addToMonthStat(knex, { month: day.slice(0, 7), unitId: about.unitId, stationId: about.stationId, templateId: version.templateId, overall, nps }),
      this.customers.eventInsert(ctx, about.customerId, {
        kind: 'SURVEY',
        // R-SAT-2, R-SAT-5: the overall level and whether any answer was 不滿意, as facts the console words in the reader's language.
        summary: `${version.templateCode} · ${overall ?? '—'}/5`,
        refType: 'SurveyResponse',
        refId: id,
        data: { overall: overall ? levelOf(overall) : null, complete, template: version.templateCode, version: version.version, channel, dissatisfied: dissatisfied.length > 0 },
      }),
    ]);
    const complaint = dissatisfied.length ? await this.openComplaint(ctx, { id, ...about }, version, dissatisfied, channel) : null;
    ctx.audit = {
      targetType: 'SurveyResponse',
      targetId: id,
      before: null,
      after: { invitation: about.invitationId, channel, source: about.source, template: version.templateCode, version: version.version, overall: overall ? levelOf(overall) : null, complete, complaint: complaint?.id ?? null },
    };
    await ctx.em.flush();
    // The customer on the public link learns that someone will call, not the internal case.
    const told = online ? null : complaint;
    return { responseId: id, complete, pointsAwarded: points, followUp: dissatisfied.length > 0, message: THANKS[language][dissatisfied.length ? 1 : 0], complaintTicketId: told?.id ?? null, complaintNumber: told?.number ?? null };
  }

  /**
   * R-SAT-5: any 不滿意 answer enters the complaint procedure (R-SVC-3): one complaint per
   * form, whatever the number of such answers, opened in the service desk for the unit whose
   * service was rated, linked to the form and noted on the case the survey followed.
   */
  private async openComplaint(ctx: Ctx, response: { id: string } & About, version: VersionData, answers: NewAnswer[], channel: SurveyChannel): Promise<{ id: string; number: string }> {
    const regime = asRegime(ctx);
    const labels = answers.map((a) => labelOf(version.items, a.itemKey));
    const original = response.ticketId ? await ctx.em.findOne(Ticket, { id: response.ticketId }) : null;
    const lines = answers.map((a) => `・${labelOf(version.items, a.itemKey)}：不滿意${a.comment ? `——${a.comment}` : ''}`);
    const complaint = await ctx.services.tickets.open(regime, {
      externalRef: `survey:${response.id}`,
      kind: TicketKind.COMPLAINT,
      channel: channel === SurveyChannel.PHONE ? TicketChannel.PHONE : channel === SurveyChannel.INTERVIEW ? TicketChannel.VISIT : TicketChannel.ONLINE,
      severity: Severity.HIGH,
      customerId: response.customerId,
      subject: `滿意度調查不滿意：${labels.join('、')}`.slice(0, 200),
      content: [`顧客於滿意度調查（${version.templateCode} 第 ${version.version} 版，問卷 ${response.id}）中表示不滿意（R-SAT-5）：`, ...lines, original ? `原案件：${original.number} ${original.subject}` : null]
        .filter(Boolean)
        .join('\n'),
      stationId: response.stationId,
      unitId: response.unitId,
    } as never);
    await execute(ctx, ctx.em.getKnex()('survey_response').update({ complaint_ticket_id: complaint.id }).where('id', response.id), 'run');
    if (original) await ctx.services.tickets.act(regime, original.id, { action: TicketAction.NOTE, text: `滿意度調查有「不滿意」回覆，已立投訴案件 ${complaint.number}。` });
    return { id: complaint.id, number: complaint.number };
  }

  // ── Reading forms (the drill-down behind a figure) ─────────────────────────────────────

  /** Forms within reach, newest first, with the names a table shows: one statement per page (two with the count). */
  async list(ctx: Ctx, args: SurveyResponsesArgs): Promise<Page<ResponseRow>> {
    const page = pageRequest(args, 10_000);
    const q = (await this.filtered(ctx, args.filter ?? {}))?.q;
    if (!q) return pageOf([], page, () => [], async () => 0);
    const rows = this.withNames(ctx, q.clone())
      .orderBy([{ column: 'r.answered_at', order: 'desc' }, { column: 'r.id', order: 'desc' }])
      .limit(page.limit + 1);
    keysetDesc(ctx, rows, page.after, 'r.answered_at', 'r.id');
    if (!page.after && page.offset) rows.offset(page.offset);
    const nodes = (await execute<Record<string, unknown>[]>(ctx, rows)).map((r) => this.mapRow(ctx, r));
    return pageOf(nodes, page, (n) => [new Date(n.answeredAt).getTime(), n.id], async () => {
      const [row] = await execute<{ n: number | string }[]>(ctx, q.clone().count({ n: '*' }));
      return Number(row?.n ?? 0);
    });
  }

  async get(ctx: Ctx, id: string): Promise<ResponseRow> {
    const q = (await this.filtered(ctx, {}))?.q;
    const [r] = q ? await execute<Record<string, unknown>[]>(ctx, this.withNames(ctx, q.where('r.id', id))) : [];
    if (!r) throw notFound('Survey response', id);
    return this.mapRow(ctx, r);
  }

  /** The answers of a page of forms in one statement, each with its question from the version the form answered. */
  async answers(ctx: Ctx, response: { id: string; templateVersion: unknown }): Promise<SurveyAnswerView[]> {
    const loader = ctx.loaders.named<SurveyAnswer[]>('surveyAnswers', async (ids) => {
      const rows = await ctx.em.find(SurveyAnswer, { response: { $in: [...ids] } }, { orderBy: { id: 'asc' } });
      return ids.map((id) => rows.filter((a) => refId(a.response) === id));
    });
    const [rows, version] = await Promise.all([loader.load(response.id), this.templates.version(ctx, refId(response.templateVersion as string)!)]);
    const order = new Map(version.items.map((i, n) => [i.key, n]));
    return rows
      .map((a) => ({
        itemKey: a.itemKey,
        kind: a.kind,
        label: version.items.find((i) => i.key === a.itemKey)?.label ?? null,
        level: a.score ? levelOf(a.score) : null,
        nps: a.nps ?? null,
        text: a.text ?? null,
        comment: a.comment ?? null,
      }))
      .sort((x, y) => (order.get(x.itemKey) ?? 99) - (order.get(y.itemKey) ?? 99));
  }

  /**
   * `survey_response r` within the reach of ReadSurvey or ReadSatisfactionReport, narrowed by
   * the filter; null when nothing can match. Wrapped: a query builder is a thenable, and
   * returning it from an async function would run it.
   */
  private async filtered(ctx: Ctx, f: SurveyResponseFilter): Promise<{ q: Knex.QueryBuilder } | null> {
    const reach = surveyReach(ctx, Permission.ReadSurvey, Permission.ReadSatisfactionReport);
    if (!reach) return null;
    const knex = ctx.em.getKnex();
    const q = knex('survey_response as r');
    whereSurveyReach(knex, q, reach, 'r');
    if (f.from) q.where('r.answered_on', '>=', f.from);
    if (f.to) q.where('r.answered_on', '<=', f.to);
    if (f.month) q.where('r.month', f.month);
    if (f.unitId) q.whereIn('r.unit_id', subtree(knex, f.unitId));
    if (f.stationId) q.where('r.station_id', f.stationId);
    if (f.templateId) q.where('r.template_id', f.templateId);
    if (f.agentId) q.where('r.agent_id', f.agentId);
    if (f.customerId) q.where('r.customer_id', f.customerId);
    if (f.channel) q.where('r.channel', f.channel);
    if (f.source) q.where('r.source', f.source);
    if (f.complete != null) q.where('r.complete', f.complete);
    if (f.dissatisfied != null) q.where('r.dissatisfied', f.dissatisfied);
    if (f.withComments != null) q.where('r.has_comment', f.withComments);
    const judged = (w: Knex.QueryBuilder, column: string) => {
      if (f.level) w.where(column, scoreOf(f.level));
      if (f.satisfied === true) w.where(column, '>=', SATISFIED_FROM);
      if (f.satisfied === false) w.where(column, '<', SATISFIED_FROM);
    };
    if (f.itemKey) q.whereExists(knex('survey_answer as a').select(knex.raw('1')).whereRaw('a.response_id = r.id').where('a.item_key', f.itemKey).where((w) => judged(w, 'a.score')));
    else judged(q, 'r.overall_score');
    return { q };
  }

  private withNames(ctx: Ctx, q: Knex.QueryBuilder): Knex.QueryBuilder {
    return q
      .join('customer as c', 'c.id', 'r.customer_id')
      .join('org_unit as u', 'u.id', 'r.unit_id')
      .join('org_unit as s', 's.id', 'r.station_id')
      .leftJoin('employee as e', 'e.id', 'r.agent_id')
      .leftJoin('ticket as ct', 'ct.id', 'r.complaint_ticket_id')
      .leftJoin('ticket as ot', 'ot.id', 'r.ticket_id')
      .select([
        ...prefixedColumns(ctx.em, SurveyResponse, 'r'),
        { customer_name: 'c.name', customer_code: 'c.code', unit_name: 'u.name', station_name: 's.name', agent_name: 'e.name', complaint_number: 'ct.number', ticket_number: 'ot.number' },
      ]);
  }

  private mapRow(ctx: Ctx, r: Record<string, unknown>): ResponseRow {
    return Object.assign(mapPrefixed(ctx.em, SurveyResponse, r, 'r'), {
      customerName: r.customer_name as string,
      customerCode: r.customer_code as string,
      unitName: r.unit_name as string,
      stationName: r.station_name as string,
      agentName: (r.agent_name as string) ?? null,
      complaintNumber: (r.complaint_number as string) ?? null,
      ticketNumber: (r.ticket_number as string) ?? null,
    }) as ResponseRow;
  }

  /**
   * The forms behind a figure as .xlsx or CSV (UTF-8, opens in Excel): one row per form, one
   * column per question of the template's latest version plus any older keys found. Audited,
   * as a mutation. Customer names only, no contact data (R-ACL-3).
   */
  async export(ctx: Ctx, input: ExportSurveyResponsesInput): Promise<{ fileName: string; mimeType: string; contentBase64: string; rowCount: number }> {
    const q = (await this.filtered(ctx, input.filter ?? {}))?.q;
    const lang = input.language;
    const forms: ResponseRow[] = [];
    if (q) {
      const [{ n } = { n: 0 }] = await execute<{ n: number | string }[]>(ctx, q.clone().count({ n: '*' }));
      if (Number(n) > MAX_EXPORT_ROWS) throw badField('filter', `${n} forms match; an export holds at most ${MAX_EXPORT_ROWS}. Narrow the dates or the unit.`, 'too_many_rows');
      const rows = await execute<Record<string, unknown>[]>(ctx, this.withNames(ctx, q.clone()).orderBy([{ column: 'r.answered_at' }, { column: 'r.id' }]));
      forms.push(...rows.map((r) => this.mapRow(ctx, r)));
    }
    const answers = new Map<string, SurveyAnswer[]>();
    for (let i = 0; i < forms.length; i += 500) {
      const chunk = await ctx.em.find(SurveyAnswer, { response: { $in: forms.slice(i, i + 500).map((f) => f.id) } });
      for (const a of chunk) answers.set(refId(a.response)!, [...(answers.get(refId(a.response)!) ?? []), a]);
    }
    // Questions in the order of each template's latest version, then keys only older versions had.
    const versionIds = [...new Set(forms.map((f) => refId(f.templateVersion)!))];
    const versions = await Promise.all(versionIds.map((id) => this.templates.version(ctx, id)));
    versions.sort((a, b) => b.version - a.version);
    const items: SurveyItem[] = [];
    for (const v of versions) for (const item of v.items) if (!items.some((x) => x.key === item.key)) items.push(item);
    const h = HEADERS[lang];
    const columns = [h.date, h.station, h.unit, h.agent, h.channel, h.source, h.customer, h.customerName, h.overall, ...items.map((i) => textIn(i.label, lang)), h.comments, h.complaint];
    const rows = forms.map((f) => {
      const mine = answers.get(f.id) ?? [];
      const cell = (item: SurveyItem): string | number | null => {
        const a = mine.find((x) => x.itemKey === item.key);
        if (!a) return null;
        if (a.score) return LEVEL_LABELS[lang][5 - a.score]!;
        if (a.nps != null) return a.nps;
        return a.text ?? null;
      };
      const comments = mine.filter((a) => a.comment).map((a) => `${textIn(items.find((i) => i.key === a.itemKey)?.label, lang) || a.itemKey}: ${a.comment}`);
      return [
        localDate(new Date(f.answeredAt), ctx.config.timeZone),
        f.stationName,
        f.unitName,
        f.agentName,
        f.channel,
        f.source,
        f.customerCode,
        f.customerName,
        f.overallScore ? LEVEL_LABELS[lang][5 - f.overallScore]! : null,
        ...items.map(cell),
        comments.join('\n') || null,
        f.complaintNumber,
      ];
    });
    const stamp = localDate(ctx.now(), ctx.config.timeZone);
    const csv = input.format === ExportFormat.CSV;
    const buf = csv ? writeCsv(columns, rows) : await writeXlsx(h.sheet, columns, rows);
    ctx.audit = { targetType: 'SurveyResponseExport', before: null, after: { rows: rows.length, format: input.format, filter: { ...(input.filter ?? {}) } } };
    return { fileName: `satisfaction-${stamp}.${csv ? 'csv' : 'xlsx'}`, mimeType: csv ? 'text/csv; charset=utf-8' : XLSX_MIME, contentBase64: buf.toString('base64'), rowCount: rows.length };
  }
}

const HEADERS: Record<PreferredLanguage, Record<'date' | 'station' | 'unit' | 'agent' | 'channel' | 'source' | 'customer' | 'customerName' | 'overall' | 'comments' | 'complaint' | 'sheet', string>> = {
  [PreferredLanguage.ZH_HANT]: { date: '日期', station: '服務站', unit: '單位', agent: '客服人員', channel: '方式', source: '來源', customer: '客戶編號', customerName: '客戶', overall: '總體評價', comments: '意見', complaint: '投訴案件', sheet: '滿意度調查' },
  [PreferredLanguage.ZH_HANS]: { date: '日期', station: '服务站', unit: '单位', agent: '客服人员', channel: '方式', source: '来源', customer: '客户编号', customerName: '客户', overall: '总体评价', comments: '意见', complaint: '投诉案件', sheet: '满意度调查' },
  [PreferredLanguage.EN]: { date: 'Date', station: 'Station', unit: 'Unit', agent: 'Agent', channel: 'Channel', source: 'Source', customer: 'Customer no.', customerName: 'Customer', overall: 'Overall', comments: 'Comments', complaint: 'Complaint', sheet: 'Satisfaction' },
};

interface NewAnswer {
  itemKey: string;
  kind: SurveyItemKind;
  score: number | null;
  nps: number | null;
  text: string | null;
  comment: string | null;
}

/**
 * Answers checked against the questions of the version being answered: known keys, once
 * each, the value the question's kind takes; `strict` also requires every required one.
 */
export function checkAnswers(items: SurveyItem[], raw: SurveyAnswerInput[], strict: boolean): NewAnswer[] {
  const issues: FieldIssue[] = [];
  const out: NewAnswer[] = [];
  const seen = new Set<string>();
  raw.forEach((a, n) => {
    const at = `answers.${n}`;
    const item = items.find((i) => i.key === a.itemKey);
    if (!item) return void issues.push({ field: `${at}.itemKey`, message: `this survey has no question ${a.itemKey}`, code: 'unknown_item' });
    if (seen.has(a.itemKey)) return void issues.push({ field: `${at}.itemKey`, message: `${a.itemKey} is answered twice`, code: 'duplicate' });
    seen.add(a.itemKey);
    const level = item.kind === SurveyItemKind.LEVEL5 || item.kind === SurveyItemKind.OVERALL;
    if (!level && a.level) return void issues.push({ field: `${at}.level`, message: `${a.itemKey} is not a level question`, code: 'not_applicable' });
    if (item.kind !== SurveyItemKind.NPS && a.nps != null) return void issues.push({ field: `${at}.nps`, message: `${a.itemKey} is not a 0–10 question`, code: 'not_applicable' });
    if (level && !a.level) return void issues.push({ field: `${at}.level`, message: 'choose one of the five levels', code: 'required' });
    if (item.kind === SurveyItemKind.NPS && a.nps == null) return void issues.push({ field: `${at}.nps`, message: 'give a score from 0 to 10', code: 'required' });
    const text = a.text?.trim() || null;
    // An empty free answer is no answer.
    if (item.kind === SurveyItemKind.TEXT && !text) return void seen.delete(a.itemKey);
    out.push({
      itemKey: item.key,
      kind: item.kind,
      score: level ? scoreOf(a.level!) : null,
      nps: item.kind === SurveyItemKind.NPS ? a.nps! : null,
      text: item.kind === SurveyItemKind.TEXT ? text : null,
      comment: a.comment?.trim() || null,
    });
  });
  if (strict) {
    items.forEach((i) => {
      if (i.required && !seen.has(i.key)) issues.push({ field: 'answers', message: `the question ${i.key} must be answered`, code: 'required_item' });
    });
  }
  if (!issues.length && !out.length) issues.push({ field: 'answers', message: 'answer at least one question', code: 'required' });
  if (issues.length) throw badInput(issues);
  return out;
}

function fromToken(row: TokenRow): About {
  return {
    invitationId: row.id,
    customerId: row.customerId,
    templateVersionId: row.templateVersionId,
    templateId: row.templateId,
    language: row.language,
    source: row.source,
    ticketId: row.ticketId,
    unitId: row.unitId,
    stationId: row.stationId,
    agentId: row.agentId,
  };
}

const labelOf = (items: SurveyItem[], key: string): string => items.find((i) => i.key === key)?.label.zhHant ?? key;
