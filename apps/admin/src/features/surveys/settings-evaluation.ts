import type { ChartSeries } from '../../shared/components';
import type { SatisfactionOutcome } from '../../gql/graphql';

/** What evaluateSatisfactionTargets judges: a month or a quarter (R-SAT-4). */
export type PeriodKind = 'MONTH' | 'QUARTER';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

export function periodKind(period: string): PeriodKind | null {
  if (MONTH.test(period)) return 'MONTH';
  if (QUARTER.test(period)) return 'QUARTER';
  return null;
}

/** `count` periods of a kind, newest first, starting with the one `today` (YYYY-MM-DD) falls in. */
export function recentPeriods(kind: PeriodKind, today: string, count: number): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const out: string[] = [];
  if (kind === 'MONTH') {
    for (let i = 0; i < count; i++) {
      const m = year * 12 + (month - 1) - i;
      out.push(`${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`);
    }
  } else {
    const q0 = year * 4 + Math.floor((month - 1) / 3);
    for (let i = 0; i < count; i++) {
      const q = q0 - i;
      out.push(`${Math.floor(q / 4)}-Q${(q % 4) + 1}`);
    }
  }
  return out;
}

/** The last complete period of a kind: what a monthly or quarterly review judges. */
export function previousPeriod(kind: PeriodKind, today: string): string {
  return recentPeriods(kind, today, 2)[1]!;
}

export interface EvaluationRow {
  id: string;
  period: string;
  forms: number;
  satisfied: number;
  rate?: number | null;
  targetPercent: number;
  outcome: SatisfactionOutcome;
  documentId?: string | null;
  documentNumber?: string | null;
  deadline?: string | null;
  evaluatedAt: string;
  unit: { id: string; code: string; name: string; nameEn?: string | null };
}

export interface EvaluationGroups<T extends EvaluationRow> {
  /** At or above target: listed for reward. */
  met: T[];
  /** Below target: a corrective action with a deadline; furthest below first. */
  below: T[];
  /** No form returned: nothing to judge. */
  noData: T[];
}

const byCode = <T extends EvaluationRow>(a: T, b: T) => a.unit.code.localeCompare(b.unit.code);
const gap = (e: EvaluationRow) => (e.rate ?? 0) - e.targetPercent;

/** The reward list, the corrective list and the units without forms (R-SAT-4). */
export function evaluationGroups<T extends EvaluationRow>(rows: readonly T[]): EvaluationGroups<T> {
  return {
    met: rows.filter((e) => e.outcome === 'MET').sort(byCode),
    below: rows.filter((e) => e.outcome === 'BELOW').sort((a, b) => gap(a) - gap(b) || byCode(a, b)),
    noData: rows.filter((e) => e.outcome === 'NO_DATA').sort(byCode),
  };
}

/** The latest time any unit of the period was judged, for "evaluated on …". */
export function lastEvaluated(rows: readonly EvaluationRow[]): string | null {
  return rows.reduce<string | null>((latest, e) => (!latest || e.evaluatedAt > latest ? e.evaluatedAt : latest), null);
}

/** Rate beside target per unit, units with forms only (a unit without forms has no rate to draw). */
export function rateAgainstTarget(
  rows: readonly EvaluationRow[],
  labels: { rate: string; target: string },
  unitName: (unit: EvaluationRow['unit']) => string,
): { categories: string[]; series: ChartSeries[] } {
  const shown = rows.filter((e) => e.rate != null).sort(byCode);
  const names = shown.map((e) => unitName(e.unit));
  // Every station has a 客戶服務部: a name used twice gets its code, or the bars could not be told apart.
  const repeated = (name: string) => names.indexOf(name) !== names.lastIndexOf(name);
  return {
    categories: shown.map((e, i) => (repeated(names[i]!) ? `${names[i]} (${e.unit.code})` : names[i]!)),
    series: [
      { key: 'rate', label: labels.rate, color: '#0958d9', values: shown.map((e) => e.rate ?? null) },
      { key: 'target', label: labels.target, color: '#ad4e00', values: shown.map((e) => e.targetPercent) },
    ],
  };
}

/** The first and last day (YYYY-MM-DD) of a month or quarter; null for anything else. */
export function periodRange(period: string): { from: string; to: string } | null {
  const m = MONTH.exec(period);
  const q = QUARTER.exec(period);
  if (!m && !q) return null;
  const year = Number((m ?? q)![1]);
  const first = m ? Number(m[2]) : (Number(q![2]) - 1) * 3 + 1;
  const last = m ? first : first + 2;
  const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDay)}` };
}

/** The forms behind a unit's figure, in the forms list's drill-down parameters. */
export function responsesLink(unitId: string, period: string): string | null {
  const params = new URLSearchParams({ unitId });
  if (periodKind(period) === 'MONTH') params.set('month', period);
  else {
    const range = periodRange(period);
    if (!range) return null;
    params.set('from', range.from);
    params.set('to', range.to);
  }
  return `/survey-responses?${params.toString()}`;
}
