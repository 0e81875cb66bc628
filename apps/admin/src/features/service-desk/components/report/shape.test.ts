import { describe, expect, it } from 'vitest';
import {
  anyCount,
  defaultRange,
  formatPercent,
  labelBuckets,
  monthBucketChart,
  monthLabel,
  percent,
  rangeDays,
  repairChart,
  repairRows,
  slaMonthChart,
  sortAgents,
  type AgentRow,
  type RepairReport,
  type SlaRow,
} from './shape';

const counts = (n: number) => ({ received: n, repairsReceived: n - 1, inWarranty: 1, outOfWarranty: n - 2, returnsReceived: 1, returnsAccepted: 1, returnsByException: 0, delivered: n - 1 });
const REPORT: RepairReport = {
  year: 2026,
  months: [
    { month: 2, ...counts(4) },
    { month: 1, ...counts(3) },
  ],
  total: counts(7),
};

describe('repair report (R-SVC-9)', () => {
  it('charts what was taken in beside what was delivered, month by month', () => {
    const { categories, series } = repairChart(REPORT, 'en', (c) => c);
    expect(categories).toEqual(['Jan', 'Feb']);
    expect(series.map((s) => [s.key, s.values])).toEqual([
      ['received', [3, 4]],
      ['delivered', [2, 3]],
    ]);
  });

  it('lists the months, then the year as the API totals it', () => {
    const rows = repairRows(REPORT, 'zh-Hant', '全年');
    expect(rows.map((r) => [r.label, r.received, r.total])).toEqual([
      ['1月', 3, false],
      ['2月', 4, false],
      ['全年', 7, true],
    ]);
    expect(rows.at(-1)).toMatchObject({ repairsReceived: 6, outOfWarranty: 5, returnsByException: 0, delivered: 6 });
  });
});

describe('complaint analysis (R-SVC-9)', () => {
  it('names months in the reader’s language and draws every month, zeros included', () => {
    expect(monthLabel(12, 'zh-Hans')).toBe('12月');
    const { categories, series } = monthBucketChart(
      [
        { key: '2026-02', label: '2026-02', count: 0 },
        { key: '2026-01', label: '2026-01', count: 5 },
      ],
      'en',
      'Complaints',
    );
    expect(categories).toEqual(['Jan', 'Feb']);
    expect(series[0]!.values).toEqual([5, 0]);
    expect(anyCount(series[0]!.values)).toBe(true);
    expect(anyCount([0, null])).toBe(false);
  });

  it('words stable keys in the reader’s language and keeps the API’s label for the rest', () => {
    const rows = labelBuckets(
      [
        { key: 'UNRECORDED', label: '未記錄', count: 2 },
        { key: '零件批次不良', label: '零件批次不良', count: 1 },
      ],
      (key) => (key === 'UNRECORDED' ? 'Not recorded' : undefined),
    );
    expect(rows.map((r) => r.shown)).toEqual(['Not recorded', '零件批次不良']);
  });

  it('gives shares with one decimal, and none of nothing', () => {
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(0, 0)).toBeNull();
    expect([66.7, 100, null].map(formatPercent)).toEqual(['66.7%', '100.0%', '—']);
  });
});

describe('SLA attainment and agents (R-SVC-10)', () => {
  const row = (key: string, cases: number, rate: number | null): SlaRow => ({ key, label: key, cases, firstResponseMet: cases, resolutionMet: cases, breached: 0, rate });

  it('draws a rate a month, with no bar for a month without measured cases', () => {
    const { categories, series } = slaMonthChart([row('2026-02', 0, null), row('2026-01', 4, 75)], 'en', 'Met');
    expect(categories).toEqual(['Jan', 'Feb']);
    expect(series[0]!.values).toEqual([75, null]);
    // A period across new year keeps the year, or January would stand twice.
    expect(slaMonthChart([row('2025-12', 1, 100), row('2026-01', 1, 100)], 'en', 'Met').categories).toEqual(['2025 Dec', '2026 Jan']);
  });

  it('puts agents due a penalty review first (three substantiated complaints in a year)', () => {
    const agent = (name: string, answered: number, penaltyReviewDue: boolean): AgentRow => ({
      employeeId: name,
      name,
      answered,
      resolved: 0,
      substantiatedComplaints: 0,
      substantiatedInYear: penaltyReviewDue ? 3 : 0,
      penaltyReviewDue,
      slaCases: 0,
      slaRate: null,
    });
    expect(sortAgents([agent('甲', 9, false), agent('乙', 2, true), agent('丙', 12, false)]).map((a) => a.name)).toEqual(['乙', '丙', '甲']);
  });

  it('opens on the last twelve months, within the 366 days the API takes', () => {
    expect(defaultRange('2026-12-02')).toEqual(['2026-01-01', '2026-12-02']);
    expect(defaultRange('2026-03-31')).toEqual(['2025-04-01', '2026-03-31']);
    expect(rangeDays('2025-04-01', '2026-03-31')).toBe(365);
    expect(rangeDays('2026-01-01', '2026-01-01')).toBe(1);
  });
});
