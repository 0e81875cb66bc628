import type { LoyaltyDashboardQuery, PointsEntryKind } from '../../gql/graphql';
import type { ChartSeries } from '../../shared/components';

type PointsMonth = LoyaltyDashboardQuery['pointsByMonth'][number];
type RetentionRow = LoyaltyDashboardQuery['retention'][number];

/** Distinct enough from one another, and dark enough to tell apart from the white page. */
export const PALETTE = ['#1677ff', '#d46b08', '#595959', '#389e0d', '#722ed1', '#c41d7f', '#08979c', '#7cb305'];

const SHOWN_KINDS: readonly PointsEntryKind[] = ['EARN', 'REDEEM', 'EXPIRE'];

/**
 * Points per month and kind, as bar heights: redemptions and expiries arrive negative
 * (they take away) and are drawn as their size, beside the earnings of the same month.
 */
export function pointsChart(rows: readonly PointsMonth[], label: (kind: PointsEntryKind) => string): { categories: string[]; series: ChartSeries[] } {
  const categories = [...new Set(rows.map((r) => r.month))].sort();
  const series = SHOWN_KINDS.map((kind, i) => ({
    key: kind,
    label: label(kind),
    color: PALETTE[i]!,
    values: categories.map((month) => {
      const hit = rows.filter((r) => r.month === month && r.kind === kind);
      return hit.length ? Math.abs(hit.reduce((n, r) => n + r.points, 0)) : 0;
    }),
  }));
  return { categories, series };
}

/** Retention in percent, a series per station; a month with no base has no bar rather than 0 %. */
export function retentionChart(rows: readonly RetentionRow[]): { categories: string[]; series: ChartSeries[] } {
  const categories = [...new Set(rows.map((r) => r.month))].sort();
  const stations = [...new Map(rows.map((r) => [r.stationId, r.stationName])).entries()];
  const series = stations.map(([id, name], i) => ({
    key: id,
    label: name,
    color: PALETTE[i % PALETTE.length]!,
    values: categories.map((month) => {
      const rate = rows.find((r) => r.stationId === id && r.month === month)?.rate;
      return rate == null ? null : Math.round(rate * 1000) / 10;
    }),
  }));
  return { categories, series };
}
