import type { Knex } from '@mikro-orm/knex';
import type { Ctx } from '../../context';
import { Permission } from '../../common/auth/permissions';
import { badField } from '../../common/errors';
import { dbTime, execute } from '../../common/sql';
import { dateOf } from '../../common/rows';
import { addDays, localDate, startOfLocalDate } from '../../common/time';
import { PENALTY_THRESHOLD, penaltyWindow } from './complaint.service';
import { RepairKind } from './repair.entity';
import { ComplaintTriage, TicketEventKind, TicketKind } from './ticket.entity';
import { whereCaseReach } from './ticket.reach';
import { SlaReportGroup, type AgentServiceStats, type ComplaintAnalysis, type ImprovementProposal, type RepairCounts, type RepairReport, type ReportBucket, type SlaAttainmentRow } from './report.types';

/** Keys of the groups that have no value of their own. */
export const UNRECORDED = 'UNRECORDED';
export const UNTRIAGED = 'UNTRIAGED';
export const UNASSIGNED = 'UNASSIGNED';

const TRIAGE_LABELS: Record<string, string> = {
  [ComplaintTriage.NOT_OURS]: '非本公司責任',
  [ComplaintTriage.SOLVED_BY_SERVICE]: '客服處理完畢',
  [ComplaintTriage.NEEDS_OTHER_UNITS]: '需其他部門處理',
  [UNTRIAGED]: '未分類',
};
const UNRECORDED_LABEL = '未記錄';
const UNASSIGNED_LABEL = '未指派';

/** The most improvement proposals one year lists, newest first. */
export const MAX_PROPOSALS = 500;

/** The longest period the SLA and agent reports cover: a year, a leap day included. */
export const MAX_PERIOD_DAYS = 366;

/**
 * When a case's SLA outcome is known: the earliest of the breached due times (a breach is
 * final, R-SVC-10) and its resolution. Open cases without a breach have none yet.
 */
const OUTCOME_AT = `(case
  when t.first_response_breached and (not t.resolution_breached or t.first_response_due_at <= t.resolution_due_at) and (t.resolved_at is null or t.first_response_due_at <= t.resolved_at) then t.first_response_due_at
  when t.resolution_breached and (t.resolved_at is null or t.resolution_due_at <= t.resolved_at) then t.resolution_due_at
  else t.resolved_at end)`;
const BREACHED = 'sum(case when t.first_response_breached or t.resolution_breached then 1 else 0 end)';

/** Local months cut at local midnight: `bounds[i]` starts month `keys[i]`, the last bound ends the period. */
interface Period {
  keys: string[];
  bounds: Date[];
}

/**
 * The service desk's reports (R-SVC-9, R-SVC-10). Each is one aggregate statement, grouped in
 * the database, over the cases within the caller's ReadServiceReport reach, the way the queue
 * reads them (responsible unit's or station's subtree). Months are local months of the
 * company's time zone, cut at instants computed here, so SQLite and PostgreSQL agree.
 */
export class ServiceReportService {
  /** R-SVC-9: returns and repairs taken in and delivered back per month of the year. */
  async repairs(ctx: Ctx, year: number, unitId?: string | null): Promise<RepairReport> {
    const period = this.year(ctx, year);
    const months = period.keys.map((_, i) => ({ month: i + 1, ...zeroRepairs() }));
    const total = zeroRepairs();
    const knex = ctx.em.getKnex();
    const start = dbTime(ctx.em, period.bounds[0]!);
    const end = dbTime(ctx.em, period.bounds.at(-1)!);
    const q = knex('repair_order as ro')
      .join('ticket as t', 't.id', 'ro.ticket_id')
      .select({ rm: this.monthOf(ctx, 'ro.received_at', period), dm: this.monthOf(ctx, 'ro.delivered_at', period), kind: 'ro.kind', in_warranty: 'ro.in_warranty', within_window: 'ro.within_window' })
      .count({ n: '*' })
      .where((w) => w.where((x) => x.where('ro.received_at', '>=', start).andWhere('ro.received_at', '<', end)).orWhere((x) => x.where('ro.delivered_at', '>=', start).andWhere('ro.delivered_at', '<', end)))
      .groupByRaw('1, 2, 3, 4, 5');
    if (!this.scope(ctx, q, unitId)) return { year, months, total };
    const rows = await execute<{ rm: number | string | null; dm: number | string | null; kind: RepairKind; in_warranty: unknown; within_window: unknown; n: number | string }[]>(ctx, q);
    for (const r of rows) {
      const n = Number(r.n);
      if (r.rm != null) {
        for (const into of [months[Number(r.rm) - 1]!, total]) {
          into.received += n;
          if (r.kind === RepairKind.REPAIR) {
            into.repairsReceived += n;
            if (truthy(r.in_warranty)) into.inWarranty += n;
            else into.outOfWarranty += n;
          } else {
            into.returnsReceived += n;
            if (truthy(r.within_window)) into.returnsAccepted += n;
            else into.returnsByException += n;
          }
        }
      }
      if (r.dm != null) {
        months[Number(r.dm) - 1]!.delivered += n;
        total.delivered += n;
      }
    }
    return { year, months, total };
  }

  /**
   * R-SVC-9: the complaints opened in the year, by root cause, product, responsible unit,
   * month and triage; root cause and responsible unit from quality control's handling form
   * where there is one (else the case's responsible unit).
   */
  async complaints(ctx: Ctx, year: number, unitId?: string | null): Promise<ComplaintAnalysis> {
    const period = this.year(ctx, year);
    const knex = ctx.em.getKnex();
    const out: ComplaintAnalysis = { year, total: 0, substantiated: 0, byRootCause: [], byProduct: [], byResponsibleUnit: [], byMonth: [], byTriage: [] };
    const counts = new Map<string, number>();
    const c = knex('ticket as t')
      .leftJoin('complaint_review as cr', 'cr.ticket_id', 't.id')
      .select({
        month: this.monthOf(ctx, 't.opened_at', period),
        cause: 'cr.root_cause',
        product: 't.product',
        unit_id: knex.raw('coalesce(cr.responsible_unit_id, t.unit_id)'),
        triage: 't.triage',
        substantiated: knex.raw('case when cr.substantiated then 1 else 0 end'),
      })
      .where('t.kind', TicketKind.COMPLAINT)
      .where('t.opened_at', '>=', dbTime(ctx.em, period.bounds[0]!))
      .where('t.opened_at', '<', dbTime(ctx.em, period.bounds.at(-1)!));
    if (this.scope(ctx, c, unitId)) {
      const part = (dim: string, key: string) =>
        // Keys are text in every part, as PostgreSQL unions need one type per column.
        knex.select(knex.raw(`'${dim}' as dim`), knex.raw(`cast(${key} as text) as k`), knex.raw('null as label'), knex.raw('count(*) as n'), knex.raw('sum(c.substantiated) as s')).from('c').groupByRaw(key);
      const q = knex
        .with('c', c)
        .select(knex.raw(`'total' as dim`), knex.raw('cast(null as text) as k'), knex.raw('cast(null as text) as label'), knex.raw('count(*) as n'), knex.raw('sum(c.substantiated) as s'))
        .from('c')
        .unionAll([
          part('month', 'c.month'),
          part('cause', 'c.cause'),
          part('product', 'c.product'),
          part('triage', 'c.triage'),
          knex
            .select(knex.raw(`'unit' as dim`), knex.raw('c.unit_id as k'), knex.raw('max(ou.name) as label'), knex.raw('count(*) as n'), knex.raw('sum(c.substantiated) as s'))
            .from('c')
            .join('org_unit as ou', 'ou.id', 'c.unit_id')
            .groupBy('c.unit_id'),
        ]);
      const rows = await execute<{ dim: string; k: string | number | null; label: string | null; n: number | string; s: number | string | null }[]>(ctx, q);
      for (const r of rows) {
        const n = Number(r.n);
        const key = r.k == null ? null : String(r.k);
        switch (r.dim) {
          case 'total':
            out.total = n;
            out.substantiated = Number(r.s ?? 0);
            break;
          case 'month':
            if (key) counts.set(period.keys[Number(key) - 1]!, n);
            break;
          case 'cause':
            out.byRootCause.push(key ? { key, label: key, count: n } : { key: UNRECORDED, label: UNRECORDED_LABEL, count: n });
            break;
          case 'product':
            out.byProduct.push(key ? { key, label: key, count: n } : { key: UNRECORDED, label: UNRECORDED_LABEL, count: n });
            break;
          case 'triage':
            out.byTriage.push({ key: key ?? UNTRIAGED, label: TRIAGE_LABELS[key ?? UNTRIAGED] ?? key!, count: n });
            break;
          case 'unit':
            out.byResponsibleUnit.push({ key: key!, label: r.label ?? key!, count: n });
            break;
        }
      }
    }
    out.byMonth = period.keys.map((key) => ({ key, label: key, count: counts.get(key) ?? 0 }));
    for (const list of [out.byRootCause, out.byProduct, out.byResponsibleUnit, out.byTriage]) list.sort(mostFirst);
    return out;
  }

  /**
   * R-SVC-7, R-SVC-9: the improvement proposals written with the resolutions of the year (local
   * time), of every kind of case, newest first, for the management review. A case reopened
   * since lost its proposal with its resolution; the one it was resolved with again counts.
   */
  async improvementProposals(ctx: Ctx, year: number, unitId?: string | null): Promise<ImprovementProposal[]> {
    const period = this.year(ctx, year);
    const q = ctx.em
      .getKnex()('ticket as t')
      .select({ id: 't.id', number: 't.number', kind: 't.kind', subject: 't.subject', product: 't.product', summary: 't.resolution_summary', proposal: 't.improvement_proposal', resolved_at: 't.resolved_at' })
      .whereNotNull('t.improvement_proposal')
      .where('t.resolved_at', '>=', dbTime(ctx.em, period.bounds[0]!))
      .where('t.resolved_at', '<', dbTime(ctx.em, period.bounds.at(-1)!))
      .orderBy([{ column: 't.resolved_at', order: 'desc' }, { column: 't.id', order: 'desc' }])
      .limit(MAX_PROPOSALS);
    if (!this.scope(ctx, q, unitId)) return [];
    const rows = await execute<{ id: string; number: string; kind: TicketKind; subject: string; product: string | null; summary: string | null; proposal: string; resolved_at: unknown }[]>(ctx, q);
    return rows.map((r) => ({ ticketId: r.id, number: r.number, kind: r.kind, subject: r.subject, product: r.product ?? null, summary: r.summary ?? '', proposal: r.proposal, resolvedAt: dateOf(r.resolved_at)! }));
  }

  /**
   * R-SVC-10: SLA attainment. A case is measured in the period its SLA outcome falls in: the
   * earliest of its breached due times (a breach is final) and its resolution. So a case
   * resolved in time counts where it was resolved, a breached one where it first breached,
   * and an open case without a breach is not measured yet.
   */
  async slaAttainment(ctx: Ctx, from: string, to: string, groupBy: SlaReportGroup, unitId?: string | null): Promise<SlaAttainmentRow[]> {
    const period = this.period(ctx, from, to);
    const knex = ctx.em.getKnex();
    const q = knex('ticket as t')
      .select(
        knex.raw('count(*) as cases'),
        knex.raw('sum(case when t.first_response_breached then 0 else 1 end) as first_met'),
        knex.raw('sum(case when t.resolved_at is not null and not t.resolution_breached then 1 else 0 end) as resolution_met'),
        knex.raw(`${BREACHED} as breached`),
      );
    this.whereMeasured(ctx, q, period);
    if (groupBy === SlaReportGroup.AGENT) q.leftJoin('employee as e', 'e.id', 't.assignee_id').select({ k: 't.assignee_id', label: knex.raw('max(e.name)') }).groupBy('t.assignee_id');
    else if (groupBy === SlaReportGroup.UNIT) q.select({ k: 't.unit_id', label: knex.raw('max(u.name)') }).groupBy('t.unit_id');
    else q.select({ k: this.monthOf(ctx, OUTCOME_AT, period) }).groupByRaw('k');
    const rows = this.scope(ctx, q, unitId)
      ? await execute<{ k: string | number | null; label?: string | null; cases: number | string; first_met: number | string; resolution_met: number | string; breached: number | string }[]>(ctx, q)
      : [];
    const out: SlaAttainmentRow[] = rows.map((r) => {
      const cases = Number(r.cases);
      const breached = Number(r.breached);
      let key = r.k == null ? UNASSIGNED : String(r.k);
      let label = r.label ?? (r.k == null ? UNASSIGNED_LABEL : key);
      if (groupBy === SlaReportGroup.MONTH) key = label = period.keys[Number(r.k) - 1]!;
      return { key, label, cases, firstResponseMet: Number(r.first_met), resolutionMet: Number(r.resolution_met), breached, rate: rate(cases, breached) };
    });
    if (groupBy !== SlaReportGroup.MONTH) return out.sort((a, b) => b.cases - a.cases || a.label.localeCompare(b.label));
    return period.keys.map((key) => out.find((r) => r.key === key) ?? { key, label: key, cases: 0, firstResponseMet: 0, resolutionMet: 0, breached: 0, rate: null });
  }

  /**
   * R-SVC-10 per agent: contacts answered and cases resolved (their own steps on the cases),
   * substantiated complaints against them with the penalty review they call for (as the
   * handling form counts them: PENALTY_THRESHOLD within a year), and the SLA rate of the
   * cases assigned to them, measured as slaAttainment does.
   */
  async agents(ctx: Ctx, from: string, to: string, unitId?: string | null): Promise<AgentServiceStats[]> {
    const period = this.period(ctx, from, to);
    const knex = ctx.em.getKnex();
    const start = period.bounds[0]!;
    const end = period.bounds.at(-1)!;
    const windowEnd = end < ctx.now() ? end : ctx.now();
    const windowStart = penaltyWindow(windowEnd);
    const t = (d: Date) => dbTime(ctx.em, d);
    const zero = (...names: string[]) => names.map((n) => knex.raw(`0 as ${n}`));
    const steps = knex('ticket_event as ev')
      .join('ticket as t', 't.id', 'ev.ticket_id')
      .select({ employee_id: 'ev.actor_id' })
      .select(knex.raw('count(distinct ev.ticket_id) as answered'), knex.raw(`count(distinct case when ev.kind = '${TicketEventKind.RESOLVED}' then ev.ticket_id end) as resolved`), ...zero('substantiated', 'in_year', 'cases', 'breached'))
      .whereIn('ev.kind', [TicketEventKind.RESPONDED, TicketEventKind.CUSTOMER_UPDATED, TicketEventKind.RESOLVED])
      .whereNotNull('ev.actor_id')
      .where('ev.at', '>=', t(start))
      .where('ev.at', '<', t(end))
      .groupBy('ev.actor_id');
    const complaints = knex('complaint_review as cr')
      .join('ticket as t', 't.id', 'cr.ticket_id')
      .select({ employee_id: 'cr.responsible_employee_id' })
      .select(
        ...zero('answered', 'resolved'),
        knex.raw('sum(case when cr.created_at >= ? and cr.created_at < ? then 1 else 0 end) as substantiated', [t(start), t(end)]),
        knex.raw('sum(case when cr.created_at >= ? and cr.created_at < ? then 1 else 0 end) as in_year', [t(windowStart), t(windowEnd)]),
        ...zero('cases', 'breached'),
      )
      .where('cr.substantiated', true)
      .whereNotNull('cr.responsible_employee_id')
      .where('cr.created_at', '>=', t(windowStart < start ? windowStart : start))
      .where('cr.created_at', '<', t(end))
      .groupBy('cr.responsible_employee_id');
    const sla = knex('ticket as t')
      .select({ employee_id: 't.assignee_id' })
      .select(...zero('answered', 'resolved', 'substantiated', 'in_year'), knex.raw('count(*) as cases'), knex.raw(`${BREACHED} as breached`))
      .whereNotNull('t.assignee_id')
      .groupBy('t.assignee_id');
    this.whereMeasured(ctx, sla, period);
    if (![steps, complaints, sla].every((q) => this.scope(ctx, q, unitId))) return [];
    const q = knex
      .select('x.employee_id', 'e.name')
      .sum({ answered: 'x.answered', resolved: 'x.resolved', substantiated: 'x.substantiated', in_year: 'x.in_year', cases: 'x.cases', breached: 'x.breached' })
      // knex writes a builder's unions before its GROUP BY, so the first part goes in as a subquery.
      .from(knex.select('*').from(steps.as('a')).unionAll([complaints, sla]).as('x'))
      .join('employee as e', 'e.id', 'x.employee_id')
      .groupBy('x.employee_id', 'e.name')
      .orderBy([{ column: 'e.name' }, { column: 'x.employee_id' }]);
    const rows = await execute<Record<'employee_id' | 'name' | 'answered' | 'resolved' | 'substantiated' | 'in_year' | 'cases' | 'breached', string | number>[]>(ctx, q);
    return rows.map((r) => {
      const inYear = Number(r.in_year);
      const cases = Number(r.cases);
      return {
        employeeId: String(r.employee_id),
        name: String(r.name),
        answered: Number(r.answered),
        resolved: Number(r.resolved),
        substantiatedComplaints: Number(r.substantiated),
        substantiatedInYear: inYear,
        penaltyReviewDue: inYear >= PENALTY_THRESHOLD,
        slaCases: cases,
        slaRate: rate(cases, Number(r.breached)),
      };
    });
  }

  /** Cases within reach (and within `unitId`'s subtree, by responsible unit or station); false when none can be. */
  private scope(ctx: Ctx, q: Knex.QueryBuilder, unitId: string | null | undefined): boolean {
    q.join('org_unit as u', 'u.id', 't.unit_id').join('org_unit as st', 'st.id', 't.station_id');
    if (!whereCaseReach(ctx, q, Permission.ReadServiceReport)) return false;
    // The unit's path is read inside the same statement; a unit that does not exist matches no case.
    const under = `(select f.path from org_unit f where f.id = ?) || '%'`;
    if (unitId) q.where((w) => w.whereRaw(`u.path like ${under}`, [unitId]).orWhereRaw(`st.path like ${under}`, [unitId]));
    return true;
  }

  private whereMeasured(ctx: Ctx, q: Knex.QueryBuilder, period: Period): void {
    const end = dbTime(ctx.em, period.bounds.at(-1)!);
    // An outcome never precedes the opening, so the opening bound lets an index narrow the scan.
    q.where('t.opened_at', '<', end).whereRaw(`${OUTCOME_AT} >= ?`, [dbTime(ctx.em, period.bounds[0]!)]).whereRaw(`${OUTCOME_AT} < ?`, [end]);
  }

  /** 1-based index of the period's month an instant column falls in; null outside the period. */
  private monthOf(ctx: Ctx, column: string, period: Period): Knex.Raw {
    const [first, ...rest] = period.bounds;
    const whens = rest.map((_, i) => `when ${column} < ? then ${i + 1}`).join(' ');
    return ctx.em.getKnex().raw(`case when ${column} < ? then null ${whens} end`, [first, ...rest].map((b) => dbTime(ctx.em, b!)));
  }

  private year(ctx: Ctx, year: number): Period {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badField('year', 'give a year between 2000 and 2100', 'out_of_range');
    const keys = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
    const bounds = [...keys, `${year + 1}-01`].map((m) => startOfLocalDate(`${m}-01`, ctx.config.timeZone));
    return { keys, bounds };
  }

  /** The local dates from…to, both included, cut into local months. */
  private period(ctx: Ctx, from: string, to: string): Period {
    if (to < from) throw badField('to', `the period ends (${to}) before it starts (${from})`, 'out_of_range');
    const days = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
    if (days > MAX_PERIOD_DAYS) throw badField('to', `a period covers at most ${MAX_PERIOD_DAYS} days (this one ${days})`, 'too_long');
    const tz = ctx.config.timeZone;
    const keys = [from.slice(0, 7)];
    const bounds = [startOfLocalDate(from, tz)];
    for (let m = nextMonth(from.slice(0, 7)); m <= to.slice(0, 7); m = nextMonth(m)) {
      keys.push(m);
      bounds.push(startOfLocalDate(`${m}-01`, tz));
    }
    bounds.push(startOfLocalDate(localDate(addDays(new Date(`${to}T12:00:00Z`), 1), 'UTC'), tz));
    return { keys, bounds };
  }
}

function zeroRepairs(): RepairCounts {
  return { received: 0, repairsReceived: 0, returnsReceived: 0, delivered: 0, inWarranty: 0, outOfWarranty: 0, returnsAccepted: 0, returnsByException: 0 };
}

/** SQLite gives booleans as 0/1, PostgreSQL as booleans. */
function truthy(v: unknown): boolean {
  return v === true || v === 1 || v === '1' || v === 't';
}

function rate(cases: number, breached: number): number | null {
  return cases ? Math.round((1000 * (cases - breached)) / cases) / 10 : null;
}

function mostFirst(a: ReportBucket, b: ReportBucket): number {
  return b.count - a.count || a.label.localeCompare(b.label);
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 7);
}
