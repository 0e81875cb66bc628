import type { SatisfactionLevel } from '../../../../gql/graphql';
import { BarRows } from '../../../../shared/components';
import { formatRate, LEVEL_COLORS, type ItemLine } from '../../dashboardShape';

interface Props {
  /** Names the picture for screen readers; the table beside it holds the same counts. */
  title: string;
  items: readonly ItemLine[];
  onSelect?: (item: ItemLine, level: SatisfactionLevel) => void;
}

/**
 * Each question's answers split over the five levels (R-SAT-2), as one full-width bar of
 * shares, 很滿意 on the left; the rate at the end. A segment opens the forms that gave it.
 */
export function LevelBars({ title, items, onSelect }: Props) {
  return (
    <BarRows
      title={title}
      rows={items.map((item) => ({
        key: item.itemKey,
        label: item.title,
        segments: item.levels.map((l) => ({
          key: l.level,
          share: l.share,
          color: LEVEL_COLORS[l.level],
          onSelect: onSelect ? () => onSelect(item, l.level) : undefined,
        })),
        value: formatRate(item.rate),
      }))}
    />
  );
}
