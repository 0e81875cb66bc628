import { describe, expect, it } from 'vitest';
import { evaluationGroups, lastEvaluated, periodKind, periodRange, previousPeriod, rateAgainstTarget, recentPeriods, responsesLink, type EvaluationRow } from './settings-evaluation';

const ev = (code: string, outcome: EvaluationRow['outcome'], rate: number | null, targetPercent = 90, evaluatedAt = '2026-12-01T01:00:00Z'): EvaluationRow => ({
  id: code,
  period: '2026-11',
  forms: rate == null ? 0 : 40,
  satisfied: rate == null ? 0 : Math.round((rate * 40) / 100),
  rate,
  targetPercent,
  outcome,
  documentId: outcome === 'BELOW' ? `doc-${code}` : null,
  documentNumber: outcome === 'BELOW' ? `SC-${code}` : null,
  deadline: outcome === 'BELOW' ? '2026-12-31' : null,
  evaluatedAt,
  unit: { id: `u-${code}`, code, name: code, nameEn: null },
});

describe('evaluation periods (R-SAT-4)', () => {
  it('recognises months and quarters only', () => {
    expect(periodKind('2026-11')).toBe('MONTH');
    expect(periodKind('2026-Q4')).toBe('QUARTER');
    expect(periodKind('2026-13')).toBeNull();
    expect(periodKind('2026-Q5')).toBeNull();
    expect(periodKind('26-11')).toBeNull();
  });

  it('lists recent months across a year boundary, newest first', () => {
    expect(recentPeriods('MONTH', '2026-02-15', 4)).toEqual(['2026-02', '2026-01', '2025-12', '2025-11']);
  });

  it('lists recent quarters across a year boundary, newest first', () => {
    expect(recentPeriods('QUARTER', '2026-04-01', 3)).toEqual(['2026-Q2', '2026-Q1', '2025-Q4']);
    expect(recentPeriods('QUARTER', '2026-12-31', 1)).toEqual(['2026-Q4']);
  });

  it('takes the last complete period as the one to judge', () => {
    expect(previousPeriod('MONTH', '2026-01-05')).toBe('2025-12');
    expect(previousPeriod('QUARTER', '2026-01-05')).toBe('2025-Q4');
  });
});

describe('evaluation lists (R-SAT-4)', () => {
  const rows = [ev('ST-TPE-TS', 'BELOW', 76, 88), ev('ST-TPE-LG', 'BELOW', 84, 85), ev('ST-TPE-CS', 'MET', 96), ev('ST-TPE', 'MET', 91, 85, '2026-12-02T00:00:00Z'), ev('ST-KHH', 'NO_DATA', null)];

  it('splits rewards, corrective actions and units without forms', () => {
    const g = evaluationGroups(rows);
    expect(g.met.map((e) => e.unit.code)).toEqual(['ST-TPE', 'ST-TPE-CS']);
    // Furthest below target first: the most urgent corrective action leads.
    expect(g.below.map((e) => e.unit.code)).toEqual(['ST-TPE-TS', 'ST-TPE-LG']);
    expect(g.noData.map((e) => e.unit.code)).toEqual(['ST-KHH']);
  });

  it('knows when the period was last judged', () => {
    expect(lastEvaluated(rows)).toBe('2026-12-02T00:00:00Z');
    expect(lastEvaluated([])).toBeNull();
  });

  it('draws rate beside target for units with forms', () => {
    const chart = rateAgainstTarget(rows, { rate: 'rate', target: 'target' }, (u) => u.code);
    expect(chart.categories).toEqual(['ST-TPE', 'ST-TPE-CS', 'ST-TPE-LG', 'ST-TPE-TS']);
    expect(chart.series[0]!.values).toEqual([91, 96, 84, 76]);
    expect(chart.series[1]!.values).toEqual([85, 90, 85, 88]);
  });

  it('tells units of the same name apart by code', () => {
    const chart = rateAgainstTarget([ev('A-CS', 'MET', 95), ev('B-CS', 'MET', 92), ev('C', 'MET', 93)], { rate: 'r', target: 't' }, (u) => (u.code.endsWith('CS') ? '客戶服務部' : u.code));
    expect(chart.categories).toEqual(['客戶服務部 (A-CS)', '客戶服務部 (B-CS)', 'C']);
  });
});

describe('drilling down to the forms of an evaluation', () => {
  it('knows the days of a month and of a quarter', () => {
    expect(periodRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodRange('2026-Q4')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(periodRange('2026-Q1')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(periodRange('2026')).toBeNull();
  });

  it('links a month by month and a quarter by its days', () => {
    expect(responsesLink('u1', '2026-11')).toBe('/survey-responses?unitId=u1&month=2026-11');
    expect(responsesLink('u1', '2026-Q3')).toBe('/survey-responses?unitId=u1&from=2026-07-01&to=2026-09-30');
  });
});
