import type { AgentServiceStatsQuery, ServiceYearReportQuery, SlaAttainmentQuery } from '../../../../gql/graphql';
import type { ChartSeries } from '../../../../shared/components';
import type { Locale } from '../../../../shared/i18n';

/*
 * The report figures as the page's charts and tables want them (R-SVC-9, R-SVC-10). The API
 * counts; nothing is recounted here, only arranged, labelled and turned into percentages.
 */

export type RepairReport = ServiceYearReportQuery['repairReport'];
export type ComplaintAnalysis = ServiceYearReportQuery['complaintAnalysis'];
export type Bucket = ComplaintAnalysis['byMonth'][number];
export type SlaRow = SlaAttainmentQuery['slaAttainment'][number];
export type AgentRow = AgentServiceStatsQuery['agentServiceStats'][number];
export type RepairCounts = RepairReport['total'];
export type RepairColumn = keyof Omit<RepairCounts, '__typename'>;

/** The repair report's columns, in the order the management review reads them. */
export const REPAIR_COLUMNS = [
  'received',
  'repairsReceived',
  'inWarranty',
  'outOfWarranty',
  'returnsReceived',
  'returnsAccepted',
  'returnsByException',
  'delivered',
] as const satisfies readonly RepairColumn[];

/** Dark enough on white for the bars to stand out (WCAG non-text contrast), and told apart by hue. */
export const SERIES_COLORS = ['#0958d9', '#237804', '#ad4e00', '#531dab'] as const;

/** A month's short name in the reader's language: 1月, Jan. */
export function monthLabel(month: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1));
}

/** `YYYY-MM` keys (the API's month buckets) as month names; anything else as it is. */
export function monthKeyLabel(key: string, locale: Locale): string {
  const m = /^\d{4}-(\d{2})$/.exec(key);
  return m ? monthLabel(Number(m[1]), locale) : key;
}

/** Products taken in and repairs delivered, month by month: the two counts the review compares. */
export function repairChart(report: RepairReport, locale: Locale, label: (column: RepairColumn) => string): { categories: string[]; series: ChartSeries[] } {
  const months = [...report.months].sort((a, b) => a.month - b.month);
  const shown: RepairColumn[] = ['received', 'delivered'];
  return {
    categories: months.map((m) => monthLabel(m.month, locale)),
    series: shown.map((column, i) => ({ key: column, label: label(column), color: SERIES_COLORS[i]!, values: months.map((m) => m[column]) })),
  };
}

export interface RepairRow extends Record<RepairColumn, number> {
  key: string;
  label: string;
  total: boolean;
}

/** One row a month, then the year's totals as the API gives them. */
export function repairRows(report: RepairReport, locale: Locale, totalLabel: string): RepairRow[] {
  const pick = (counts: RepairCounts) => Object.fromEntries(REPAIR_COLUMNS.map((c) => [c, counts[c]])) as Record<RepairColumn, number>;
  const months = [...report.months].sort((a, b) => a.month - b.month);
  return [
    ...months.map((m) => ({ key: String(m.month), label: monthLabel(m.month, locale), total: false, ...pick(m) })),
    { key: 'total', label: totalLabel, total: true, ...pick(report.total) },
  ];
}

/** Whether a report has anything to draw; an empty year shows "no data" rather than flat bars. */
export const anyCount = (values: readonly (number | null)[]) => values.some((v) => (v ?? 0) > 0);

/** Percent with one decimal, or null when there is no whole to take it of. */
export function percent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}

export const formatPercent = (value: number | null | undefined) => (value == null ? '—' : `${value.toFixed(1)}%`);

/**
 * Buckets with the label to show: what the API keys by a stable code (triage outcomes, "not
 * recorded", "no assignee") is worded in the reader's language; units by their name in it.
 */
export function labelBuckets<T extends { key: string; label: string }>(rows: readonly T[], word: (key: string) => string | undefined): (T & { shown: string })[] {
  return rows.map((r) => ({ ...r, shown: word(r.key) ?? r.label }));
}

/** Complaints per month as one series of bars. */
export function monthBucketChart(buckets: readonly Bucket[], locale: Locale, seriesLabel: string): { categories: string[]; series: ChartSeries[] } {
  const rows = [...buckets].sort((a, b) => a.key.localeCompare(b.key));
  return {
    categories: rows.map((b) => monthKeyLabel(b.key, locale)),
    series: [{ key: 'count', label: seriesLabel, color: SERIES_COLORS[0], values: rows.map((b) => b.count) }],
  };
}

/** SLA attainment per month in percent; a month with no measured case has no bar rather than 0 %. */
export function slaMonthChart(rows: readonly SlaRow[], locale: Locale, seriesLabel: string): { categories: string[]; series: ChartSeries[] } {
  const sorted = [...rows].sort((a, b) => a.key.localeCompare(b.key));
  // Several years in one period: the month names alone would repeat, so the year stays.
  const years = new Set(sorted.map((r) => r.key.slice(0, 4)));
  return {
    categories: sorted.map((r) => (years.size > 1 ? `${r.key.slice(0, 4)} ${monthKeyLabel(r.key, locale)}` : monthKeyLabel(r.key, locale))),
    series: [{ key: 'rate', label: seriesLabel, color: SERIES_COLORS[1], values: sorted.map((r) => (r.cases ? r.rate : null)) }],
  };
}

/** Agents a penalty review is due for first (R-SVC-10), then by how much they answered. */
export function sortAgents(rows: readonly AgentRow[]): AgentRow[] {
  return [...rows].sort((a, b) => Number(b.penaltyReviewDue) - Number(a.penaltyReviewDue) || b.answered - a.answered || a.name.localeCompare(b.name));
}

/** The API takes at most 366 days, both ends included. */
export const MAX_RANGE_DAYS = 366;

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** Days from `from` to `to`, both included. */
export function rangeDays(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from) + 1;
}

/**
 * The SLA period a report opens on: the last twelve months, from the first of the month eleven
 * months back to today, so the by-month view shows twelve whole or running months.
 */
export function defaultRange(today: string): [string, string] {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const start = new Date(Date.UTC(y, m - 1 - 11, 1)).toISOString().slice(0, 10);
  return [start, today];
}
