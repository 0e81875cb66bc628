import { describe, expect, it } from 'vitest';
import { pointsChart, retentionChart } from './dashboard';

describe('dashboard series', () => {
  it('draws redemptions and expiries by size, month by month, zero where nothing happened', () => {
    const { categories, series } = pointsChart(
      [
        { month: '2026-02', kind: 'EARN', points: 900 },
        { month: '2026-01', kind: 'EARN', points: 1200 },
        { month: '2026-01', kind: 'REDEEM', points: -300 },
        { month: '2026-02', kind: 'EXPIRE', points: -40 },
        { month: '2026-02', kind: 'ADJUST', points: 10 },
      ],
      (k) => k,
    );
    expect(categories).toEqual(['2026-01', '2026-02']);
    expect(series.map((s) => [s.key, s.values])).toEqual([
      ['EARN', [1200, 900]],
      ['REDEEM', [300, 0]],
      ['EXPIRE', [0, 40]],
    ]);
  });

  it('gives each station a series of percentages, with no bar where there was no base', () => {
    const { categories, series } = retentionChart([
      { month: '2026-01', stationId: 's1', stationName: '台北', base: 10, retained: 7, rate: 0.7 },
      { month: '2026-02', stationId: 's1', stationName: '台北', base: 0, retained: 0, rate: null },
      { month: '2026-02', stationId: 's2', stationName: '台中', base: 3, retained: 2, rate: 2 / 3 },
    ]);
    expect(categories).toEqual(['2026-01', '2026-02']);
    expect(series.map((s) => [s.label, s.values])).toEqual([
      ['台北', [70, null]],
      ['台中', [null, 66.7]],
    ]);
  });
});
