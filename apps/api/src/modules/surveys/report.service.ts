import type { Knex } from '@mikro-orm/knex';
import type { Ctx } from '../../context';
import { Permission } from '../../common/auth/permissions';
import { badField, notFound } from '../../common/errors';
import { execute } from '../../common/sql';
import { refId } from '../../common/rows';
import { localDate } from '../../common/time';
import { OrgUnit, unitHead, type Employee } from '../org';
import { SATISFIED_FROM, npsScore, satisfactionRate } from './levels';
import { EvaluationOutcome, SatisfactionEvaluation, SatisfactionTarget } from './target.entity';
import { asRegime, subtree, surveyReach, whereSurveyReach, type SurveyReach } from './scope';
import { SatisfactionDimension, type SatisfactionReportArgs, type SatisfactionTargetInput } from './surveys.inputs';
import type { AgentSatisfactionScore, SatisfactionEvaluationResult, SatisfactionReport, SatisfactionRow } from './surveys.types';
import type { SurveyService } from './invitation.service';

/** Longest range one report covers. */
const MAX_MONTHS = 36;

interface Dimension {
  /** Columns of the grouped (inner) statement: output alias → expression. */
  keys: Record<string, string>;
  /** The name joined to the grouped rows, by the outer statement. */
  name?: { table: string; alias: string; key: string; as: string };
}

const DIMENSIONS: Record<SatisfactionDimension, Dimension> = {
  [SatisfactionDimension.UNIT]: { keys: { unit_id: 'r.unit_id' }, name: { table: 'org_unit', alias: 'gu', key: 'unit_id', as: 'unit_name' } },
  [SatisfactionDimension.STATION]: { keys: { station_id: 'r.station_id' }, name: { table: 'org_unit', alias: 'gs', key: 'station_id', as: 'station_name' } },
  [SatisfactionDimension.AGENT]: { keys: { agent_id: 'r.agent_id' }, name: { table: 'employee', alias: 'ge', key: 'agent_id', as: 'agent_name' } },
  [SatisfactionDimension.MONTH]: { keys: { month: 'r.month' } },
  [SatisfactionDimension.ITEM]: { keys: { item_key: 'a.item_key' } },
  [SatisfactionDimension.CHANNEL]: { keys: { channel: 'r.channel' } },
  [SatisfactionDimension.SOURCE]: { keys: { source: 'r.source' } },
};

/**
 * The satisfaction measures (R-SAT-3, R-SAT-4, R-SAT-6).
 *
 * R-SAT-3 reads "forms whose overall answer is 基本滿意 or better ÷ all forms returned". A form
 * returned without its overall answer (a phone survey cut short) can be judged neither way,
 * so "forms returned" is read as forms that carry an overall answer: partial forms are left
 * out of numerator and denominator alike, and counted beside the rate (`partial`) so none is
 * hidden. Per question (grouped by ITEM) the same rule counts that question's answers.
 */
export class SatisfactionService {
  constructor(private readonly surveys: SurveyService) {}

  /**
   * The rate grouped as asked, within the caller's reach, in ONE aggregate statement: the
   * grouped figures in a subquery (over the denormalised keys of survey_response, so a
   * range of dates reads from an index), the names joined to the groups only.
   */
  async report(ctx: Ctx, args: SatisfactionReportArgs): Promise<SatisfactionReport> {
    const months = monthsOf(args.from, args.to);
    const groupBy = [...new Set(args.groupBy)];
    const reach = surveyReach(ctx, Permission.ReadSatisfactionReport);
    const raw = reach ? await execute<Record<string, unknown>[]>(ctx, this.statement(ctx, reach, args, groupBy)) : [];
    let rows = raw.map((r) => toRow(r));
    if (groupBy.includes(SatisfactionDimension.MONTH)) rows = fillMonths(rows, months, groupBy);
    return { from: args.from, to: args.to, groupBy, rows, total: totalOf(rows) };
  }

  private statement(ctx: Ctx, reach: SurveyReach, args: SatisfactionReportArgs, groupBy: SatisfactionDimension[]): Knex.QueryBuilder {
    const knex = ctx.em.getKnex();
    const inner = this.fromMonthStats(ctx, reach, args, groupBy) ?? this.fromForms(ctx, reach, args, groupBy);
    const outer = knex.from(inner.as('g')).select('g.*');
    for (const d of groupBy) {
      const n = DIMENSIONS[d].name;
      if (!n) continue;
      outer.leftJoin(`${n.table} as ${n.alias}`, `${n.alias}.id`, `g.${n.key}`).select({ [n.as]: `${n.alias}.name` });
    }
    for (const d of groupBy) {
      const n = DIMENSIONS[d].name;
      for (const key of Object.keys(DIMENSIONS[d].keys)) outer.orderBy(n ? `${n.alias}.name` : `g.${key}`).orderBy(`g.${key}`);
    }
    return outer;
  }

  /**
   * The dashboard's usual question — whole months by unit, station and month — from the
   * monthly figures kept as forms land (a few hundred rows, not every form). Null when the
   * question needs the forms: another dimension, an agent, an agent's own reach (R-SAT-6), or
   * part of a month.
   */
  private fromMonthStats(ctx: Ctx, reach: SurveyReach, args: SatisfactionReportArgs, groupBy: SatisfactionDimension[]): Knex.QueryBuilder | null {
    const rolled = new Set([SatisfactionDimension.UNIT, SatisfactionDimension.STATION, SatisfactionDimension.MONTH]);
    if (args.agentId || reach.agentId || !groupBy.every((d) => rolled.has(d))) return null;
    const today = localDate(ctx.now(), ctx.config.timeZone);
    // A range ending today holds all of this month's forms so far: none is dated later.
    if (!args.from.endsWith('-01') || (args.to < today && args.to !== lastDayOf(args.to))) return null;
    const knex = ctx.em.getKnex();
    const inner = knex('survey_month_stat as r').whereBetween('r.month', [args.from.slice(0, 7), args.to.slice(0, 7)]);
    whereSurveyReach(knex, inner, reach, 'r');
    if (args.unitId) inner.whereIn('r.unit_id', subtree(knex, args.unitId));
    if (args.templateId) inner.where('r.template_id', args.templateId);
    const keys = Object.assign({}, ...groupBy.map((d) => DIMENSIONS[d].keys)) as Record<string, string>;
    inner.select([
      ...Object.entries(keys).map(([as, col]) => `${col} as ${as}`),
      ...['forms', 'satisfied', 'returned', 'score_sum', 'l5', 'l4', 'l3', 'l2', 'l1', 'nps_n', 'promoters', 'detractors'].map((c) => knex.raw(`sum(r.${c}) as ${c}`)),
    ]);
    if (groupBy.length) inner.groupBy(Object.values(keys));
    return inner;
  }

  /** Any question, from the forms (and, by question, their answers). */
  private fromForms(ctx: Ctx, reach: SurveyReach, args: SatisfactionReportArgs, groupBy: SatisfactionDimension[]): Knex.QueryBuilder {
    const knex = ctx.em.getKnex();
    const byItem = groupBy.includes(SatisfactionDimension.ITEM);
    // By question, each answer on the five levels is judged; otherwise each form by its overall answer.
    const score = byItem ? 'a.score' : 'r.overall_score';
    const inner = byItem ? knex('survey_answer as a').join('survey_response as r', 'r.id', 'a.response_id').whereNotNull('a.score') : knex('survey_response as r');
    inner.where('r.answered_on', '>=', args.from).where('r.answered_on', '<=', args.to);
    // Across units, the month range lets the database walk the report index in the order it
    // groups by; one unit's forms are found faster by the unit's own index.
    if (!args.unitId && !args.agentId) inner.whereBetween('r.month', [args.from.slice(0, 7), args.to.slice(0, 7)]);
    whereSurveyReach(knex, inner, reach, 'r');
    if (args.unitId) inner.whereIn('r.unit_id', subtree(knex, args.unitId));
    if (args.agentId) inner.where('r.agent_id', args.agentId);
    if (args.templateId) inner.where('r.template_id', args.templateId);
    const keys = Object.assign({}, ...groupBy.map((d) => DIMENSIONS[d].keys)) as Record<string, string>;
    const levels = [5, 4, 3, 2, 1].map((n) => knex.raw(`sum(case when ${score} = ${n} then 1 else 0 end) as l${n}`));
    inner.select([
      ...Object.entries(keys).map(([as, col]) => `${col} as ${as}`),
      knex.raw(`count(${score}) as forms`),
      knex.raw(`sum(case when ${score} >= ${SATISFIED_FROM} then 1 else 0 end) as satisfied`),
      knex.raw('count(*) as returned'),
      knex.raw(`sum(${score}) as score_sum`),
      ...levels,
      knex.raw(byItem ? '0 as nps_n' : 'count(r.nps) as nps_n'),
      knex.raw(byItem ? '0 as promoters' : 'sum(case when r.nps >= 9 then 1 else 0 end) as promoters'),
      knex.raw(byItem ? '0 as detractors' : 'sum(case when r.nps <= 6 then 1 else 0 end) as detractors'),
    ]);
    // Month first: the order of the report index, so grouping needs no sort of its own.
    const columns = Object.values(keys).sort((a, b) => Number(b === 'r.month') - Number(a === 'r.month'));
    if (columns.length) inner.groupBy(columns);
    return inner;
  }

  /** R-SAT-6: each agent's figures for performance reviews, one statement; agents of a unit's subtree with `unitId`. */
  async agentScores(ctx: Ctx, from: string, to: string, unitId?: string | null, templateId?: string | null): Promise<AgentSatisfactionScore[]> {
    monthsOf(from, to);
    const reach = surveyReach(ctx, Permission.ReadSatisfactionReport);
    if (!reach) return [];
    const knex = ctx.em.getKnex();
    const inner = knex('survey_response as r')
      .whereNotNull('r.agent_id')
      .where('r.answered_on', '>=', from)
      .where('r.answered_on', '<=', to)
      .select(
        'r.agent_id',
        knex.raw('count(r.overall_score) as forms'),
        knex.raw(`sum(case when r.overall_score >= ${SATISFIED_FROM} then 1 else 0 end) as satisfied`),
        knex.raw('sum(r.overall_score) as score_sum'),
        knex.raw('sum(case when r.dissatisfied then 1 else 0 end) as dissatisfied_forms'),
      )
      .groupBy('r.agent_id');
    if (templateId) inner.where('r.template_id', templateId);
    whereSurveyReach(knex, inner, reach, 'r');
    const q = knex
      .from(inner.as('g'))
      .join('employee as e', 'e.id', 'g.agent_id')
      .join('org_unit as u', 'u.id', 'e.unit_id')
      .select('g.*', { agent_name: 'e.name', employee_no: 'e.employee_no', unit_id: 'e.unit_id', unit_name: 'u.name' })
      .orderBy([{ column: 'u.name' }, { column: 'e.employee_no' }]);
    if (unitId) q.whereIn('e.unit_id', subtree(knex, unitId));
    const rows = await execute<Record<string, unknown>[]>(ctx, q);
    return rows.map((r) => {
      const forms = Number(r.forms ?? 0);
      const satisfied = Number(r.satisfied ?? 0);
      return {
        agentId: r.agent_id as string,
        agentName: r.agent_name as string,
        employeeNo: r.employee_no as string,
        unitId: r.unit_id as string,
        unitName: r.unit_name as string,
        forms,
        satisfied,
        rate: satisfactionRate(satisfied, forms),
        averageScore: forms ? round2(Number(r.score_sum) / forms) : null,
        dissatisfiedForms: Number(r.dissatisfied_forms ?? 0),
      };
    });
  }

  // ── Targets and their evaluation (R-SAT-4) ─────────────────────────────────────────────

  async setTarget(ctx: Ctx, input: SatisfactionTargetInput): Promise<SatisfactionTarget> {
    const unit = await ctx.em.findOne(OrgUnit, { id: input.unitId });
    if (!unit || unit.archivedAt) throw badField('unitId', `unit ${input.unitId} does not exist or is archived`, 'not_found');
    ctx.access.assertReaches(Permission.ManageSurvey, unit.path, null, `unit ${unit.code}`);
    let t = await ctx.em.findOne(SatisfactionTarget, { unit: unit.id, effectiveYear: input.effectiveYear });
    const before = t ? { targetPercent: t.targetPercent, note: t.note ?? null } : null;
    t ??= ctx.em.create(SatisfactionTarget, { unit, effectiveYear: input.effectiveYear } as never);
    t.targetPercent = input.targetPercent;
    t.note = input.note?.trim() || null;
    t.setBy = ctx.actor?.name ?? 'system';
    ctx.audit = { targetType: 'SatisfactionTarget', targetId: t.id, before, after: { unit: unit.id, effectiveYear: input.effectiveYear, targetPercent: input.targetPercent } };
    await ctx.em.flush();
    return t;
  }

  targets(ctx: Ctx, unitId?: string | null): Promise<SatisfactionTarget[]> {
    return ctx.em.find(SatisfactionTarget, unitId ? { unit: unitId } : {}, { populate: ['unit'], orderBy: { unit: { code: 'asc' }, effectiveYear: 'desc' } });
  }

  evaluations(ctx: Ctx, period?: string | null): Promise<SatisfactionEvaluation[]> {
    return ctx.em.find(SatisfactionEvaluation, period ? { period } : {}, { populate: ['unit'], orderBy: { period: 'desc', unit: { code: 'asc' } }, limit: 1000 });
  }

  /**
   * Judges a month (YYYY-MM) or quarter (YYYY-Qn) against each unit's target in force that
   * year (R-SAT-4), the rate taken over the unit's subtree: units at or above target are
   * listed for reward; a unit below gets a corrective action with a deadline through the
   * process engine, its head asked to write and carry out the plan. Running it again updates
   * the figures and never opens a second action for the same unit and period.
   */
  async evaluate(ctx: Ctx, period: string): Promise<SatisfactionEvaluationResult> {
    const range = periodRange(period);
    if (!range) throw badField('period', 'must be a month YYYY-MM or a quarter YYYY-Qn', 'invalid_period');
    const rows = await ctx.em.find(SatisfactionTarget, { effectiveYear: { $lte: range.year } }, { populate: ['unit'], orderBy: { effectiveYear: 'desc' } });
    const inForce = new Map<string, SatisfactionTarget>();
    for (const t of rows) {
      if (t.unit.archivedAt || inForce.has(t.unit.id) || !ctx.access.reaches(Permission.ManageSurvey, t.unit.path)) continue;
      inForce.set(t.unit.id, t);
    }
    const result: SatisfactionEvaluationResult = { period, from: range.from, to: range.to, evaluations: [], rewarded: [], corrective: [] };
    if (!inForce.size) return result;
    const knex = ctx.em.getKnex();
    // Each unit over its whole subtree, all units in one statement.
    const figures = await execute<{ unit_id: string; forms: number | string; satisfied: number | string | null }[]>(
      ctx,
      knex('org_unit as tu')
        .joinRaw(`join org_unit as ru on ru.path like tu.path || '%'`)
        .join('survey_response as r', 'r.unit_id', 'ru.id')
        .whereIn('tu.id', [...inForce.keys()])
        .where('r.answered_on', '>=', range.from)
        .where('r.answered_on', '<=', range.to)
        .select('tu.id as unit_id', knex.raw('count(r.overall_score) as forms'), knex.raw(`sum(case when r.overall_score >= ${SATISFIED_FROM} then 1 else 0 end) as satisfied`))
        .groupBy('tu.id'),
    );
    const existing = await ctx.em.find(SatisfactionEvaluation, { period, unit: { $in: [...inForce.keys()] } });
    const settings = await this.surveys.settings(ctx);
    const today = localDate(ctx.now(), ctx.config.timeZone);
    const deadline = addDaysToDate(today, settings.correctiveDays);
    for (const [unitId, target] of inForce) {
      const f = figures.find((x) => x.unit_id === unitId);
      const forms = Number(f?.forms ?? 0);
      const satisfied = Number(f?.satisfied ?? 0);
      const rate = satisfactionRate(satisfied, forms);
      const outcome = rate === null ? EvaluationOutcome.NO_DATA : rate >= target.targetPercent ? EvaluationOutcome.MET : EvaluationOutcome.BELOW;
      let e = existing.find((x) => refId(x.unit) === unitId);
      e ??= ctx.em.create(SatisfactionEvaluation, { unit: target.unit, period } as never);
      Object.assign(e, { forms, satisfied, rate, targetPercent: target.targetPercent, outcome, evaluatedAt: ctx.now() });
      if (outcome === EvaluationOutcome.BELOW && !e.documentId) await this.corrective(ctx, e, target.unit, rate!, target.targetPercent, period, deadline);
      result.evaluations.push(e);
      if (outcome === EvaluationOutcome.MET) result.rewarded.push(e);
      if (outcome === EvaluationOutcome.BELOW) result.corrective.push(e);
    }
    ctx.audit = { targetType: 'SatisfactionEvaluation', before: null, after: { period, units: result.evaluations.length, rewarded: result.rewarded.length, corrective: result.corrective.map((e) => e.documentNumber) } };
    await ctx.em.flush();
    return result;
  }

  /** R-SAT-4: the corrective action, a SATISFACTION_CORRECTIVE document filed for the unit's head (or the nearest head above). */
  private async corrective(ctx: Ctx, e: SatisfactionEvaluation, unit: OrgUnit, rate: number, target: number, period: string, deadline: string): Promise<void> {
    const head = await this.headFor(ctx, unit);
    if (!head) {
      ctx.log.warn({ unit: unit.code, period }, 'unit below its satisfaction target has no head to file a corrective action for');
      return;
    }
    const doc = await ctx.services.processes.create(asRegime(ctx), 'SATISFACTION_CORRECTIVE', { unitName: unit.name, period, rate, target, deadline }, head.id);
    e.documentId = doc.id;
    e.documentNumber = doc.number;
    e.deadline = deadline;
    ctx.services.notifications.notify(ctx, {
      recipientId: head.id,
      kind: 'SATISFACTION_CORRECTIVE',
      // Figures only: the kind's label says what they mean, in the reader's language.
      subject: `${unit.name} ${period}: ${rate}% < ${target}% → ${deadline} (${doc.number})`,
      link: `/documents/${doc.id}`,
    });
  }

  private async headFor(ctx: Ctx, unit: OrgUnit): Promise<Employee | null> {
    const ids = unit.path.split('/').filter(Boolean).reverse();
    const units = await ctx.em.find(OrgUnit, { id: { $in: ids } });
    for (const id of ids) {
      const head = await unitHead(ctx, units.find((u) => u.id === id));
      if (head) return head;
    }
    return null;
  }

  async unit(ctx: Ctx, id: string): Promise<OrgUnit> {
    const u = await ctx.em.findOne(OrgUnit, { id });
    if (!u) throw notFound('Unit', id);
    return u;
  }
}

function toRow(r: Record<string, unknown>): SatisfactionRow {
  const forms = Number(r.forms ?? 0);
  const satisfied = Number(r.satisfied ?? 0);
  const npsAnswers = Number(r.nps_n ?? 0);
  return {
    unitId: (r.unit_id as string) ?? null,
    unitName: (r.unit_name as string) ?? null,
    stationId: (r.station_id as string) ?? null,
    stationName: (r.station_name as string) ?? null,
    agentId: (r.agent_id as string) ?? null,
    agentName: (r.agent_name as string) ?? null,
    month: (r.month as string) ?? null,
    itemKey: (r.item_key as string) ?? null,
    channel: (r.channel as SatisfactionRow['channel']) ?? null,
    source: (r.source as SatisfactionRow['source']) ?? null,
    forms,
    satisfied,
    partial: Number(r.returned ?? 0) - forms,
    rate: satisfactionRate(satisfied, forms),
    averageScore: forms ? round2(Number(r.score_sum) / forms) : null,
    levels: [5, 4, 3, 2, 1].map((n) => Number(r[`l${n}`] ?? 0)),
    npsAnswers,
    npsScore: npsScore(Number(r.promoters ?? 0), Number(r.detractors ?? 0), npsAnswers),
    scoreSum: Number(r.score_sum ?? 0),
    promoters: Number(r.promoters ?? 0),
    detractors: Number(r.detractors ?? 0),
  };
}

const KEY_FIELDS = ['unitId', 'unitName', 'stationId', 'stationName', 'agentId', 'agentName', 'itemKey', 'channel', 'source'] as const;

/**
 * Every month of the range for every group seen (a month without forms has no rate, never
 * 0%), so a dashboard line has a point — or a gap — for each month.
 */
export function fillMonths(rows: SatisfactionRow[], months: string[], groupBy: SatisfactionDimension[]): SatisfactionRow[] {
  // Each row's group key is built once: a year of every unit is over a thousand rows.
  const keyOf = new Map<SatisfactionRow, string>();
  for (const r of rows) keyOf.set(r, KEY_FIELDS.map((k) => r[k] ?? '').join('|'));
  const groups = new Map<string, SatisfactionRow>();
  const have = new Set<string>();
  for (const r of rows) {
    const key = keyOf.get(r)!;
    if (!groups.has(key)) groups.set(key, r);
    have.add(`${key}#${r.month}`);
  }
  if (!groups.size && groupBy.every((d) => d === SatisfactionDimension.MONTH)) groups.set('', emptyRow());
  const out = [...rows];
  for (const [key, sample] of groups) {
    for (const month of months) {
      if (have.has(`${key}#${month}`)) continue;
      const blank = emptyRow();
      for (const k of KEY_FIELDS) (blank as unknown as Record<string, unknown>)[k] = sample[k];
      const row = { ...blank, month };
      keyOf.set(row, key);
      out.push(row);
    }
  }
  const order = new Map<string, number>();
  rows.forEach((r, i) => order.set(keyOf.get(r)!, i));
  const rank = (r: SatisfactionRow) => order.get(keyOf.get(r)!) ?? 0;
  return out.sort((a, b) => rank(a) - rank(b) || (a.month! < b.month! ? -1 : a.month! > b.month! ? 1 : 0));
}

export function emptyRow(): SatisfactionRow {
  return {
    unitId: null,
    unitName: null,
    stationId: null,
    stationName: null,
    agentId: null,
    agentName: null,
    month: null,
    itemKey: null,
    channel: null,
    source: null,
    forms: 0,
    satisfied: 0,
    partial: 0,
    rate: null,
    averageScore: null,
    levels: [0, 0, 0, 0, 0],
    npsAnswers: 0,
    npsScore: null,
  };
}

/** All groups together: counts add up, so the total's rate is computed from them, not averaged. */
export function totalOf(rows: SatisfactionRow[]): SatisfactionRow {
  const t = emptyRow();
  let scoreSum = 0;
  let promoters = 0;
  let detractors = 0;
  for (const r of rows) {
    t.forms += r.forms;
    t.satisfied += r.satisfied;
    t.partial += r.partial;
    t.npsAnswers += r.npsAnswers;
    r.levels.forEach((n, i) => (t.levels[i]! += n));
    scoreSum += r.scoreSum ?? 0;
    promoters += r.promoters ?? 0;
    detractors += r.detractors ?? 0;
  }
  t.rate = satisfactionRate(t.satisfied, t.forms);
  t.averageScore = t.forms ? round2(scoreSum / t.forms) : null;
  t.npsScore = npsScore(promoters, detractors, t.npsAnswers);
  return t;
}

/** The months of a date range, checked: from ≤ to, at most three years. */
/** The last day of a local date's month, as YYYY-MM-DD. */
function lastDayOf(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return `${date.slice(0, 7)}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

export function monthsOf(from: string, to: string): string[] {
  if (from > to) throw badField('to', 'must not be before from', 'out_of_range');
  const out: string[] = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number) as [number, number];
  const end = to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= end) break;
    if (out.length >= MAX_MONTHS) throw badField('to', `a report covers at most ${MAX_MONTHS} months`, 'out_of_range');
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/** A month (YYYY-MM) or quarter (YYYY-Qn) as local dates. */
export function periodRange(period: string): { from: string; to: string; year: number } | null {
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(period);
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (!month && !quarter) return null;
  const year = Number((month ?? quarter)![1]);
  const first = month ? Number(month[2]) : (Number(quarter![2]) - 1) * 3 + 1;
  const last = month ? first : first + 2;
  const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
  return { from: `${year}-${String(first).padStart(2, '0')}-01`, to: `${year}-${String(last).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`, year };
}

function addDaysToDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const round2 = (n: number): number => Math.round(n * 100) / 100;
