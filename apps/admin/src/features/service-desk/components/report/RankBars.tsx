import { BarRows } from '../../../../shared/components';

export interface RankItem {
  key: string;
  label: string;
  /** Null draws no bar (nothing measured), which is not the same as zero. */
  value: number | null;
}

interface Props {
  /** Names the picture for screen readers; the table beside it holds the same numbers. */
  title: string;
  items: readonly RankItem[];
  format?: (value: number) => string;
  /** The value a full-width bar stands for; the largest value when left out (100 for percentages). */
  max?: number;
  color: string;
}

/** Ranked breakdowns (root causes, products, units, agents): one bar a row, against the largest. */
export function RankBars({ title, items, format = String, max, color }: Props) {
  const top = max ?? Math.max(1, ...items.map((i) => i.value ?? 0));
  return (
    <BarRows
      title={title}
      rows={items.map((item) => ({
        key: item.key,
        label: item.label,
        segments: item.value == null ? [] : [{ key: 'value', share: item.value / top, color }],
        value: item.value == null ? '—' : format(item.value),
      }))}
    />
  );
}
