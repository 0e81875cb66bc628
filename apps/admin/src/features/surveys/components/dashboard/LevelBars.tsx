import type { SatisfactionLevel } from '../../../../gql/graphql';
import { LEVEL_COLORS, type ItemLine } from '../../dashboardShape';

interface Props {
  /** Names the picture for screen readers; the table beside it holds the same counts. */
  title: string;
  items: readonly ItemLine[];
  onSelect?: (item: ItemLine, level: SatisfactionLevel) => void;
}

const WIDTH = 720;
const ROW = 28;
const LABEL = 200;
const VALUE = 56;
const INK = '#595959';
/** Titles longer than this are cut with an ellipsis; the table shows them whole. */
const LABEL_CHARS = 14;

const clip = (text: string) => (text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text);

/**
 * Each question's answers split over the five levels (R-SAT-2), as one full-width bar of
 * shares, 很滿意 on the left; the rate at the end. A segment opens the forms that gave it.
 */
export function LevelBars({ title, items, onSelect }: Props) {
  const span = WIDTH - LABEL - VALUE;
  const height = Math.max(1, items.length) * ROW + 4;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={title} style={{ display: 'block', maxWidth: WIDTH }}>
      {items.map((item, i) => {
        const y = i * ROW + 2;
        let x = LABEL;
        return (
          <g key={item.itemKey}>
            <text x={LABEL - 8} y={y + ROW / 2} dy="0.32em" textAnchor="end" fontSize={12} fill={INK}>
              {clip(item.title)}
            </text>
            {item.levels.map((l) => {
              const w = l.share * span;
              const at = x;
              x += w;
              return w > 0 ? (
                <rect
                  key={l.level}
                  x={at}
                  y={y + 4}
                  width={w}
                  height={ROW - 8}
                  fill={LEVEL_COLORS[l.level]}
                  stroke="#ffffff"
                  strokeWidth={1}
                  onClick={onSelect ? () => onSelect(item, l.level) : undefined}
                  style={onSelect ? { cursor: 'pointer' } : undefined}
                  data-level={l.level}
                />
              ) : null;
            })}
            <text x={WIDTH - VALUE + 6} y={y + ROW / 2} dy="0.32em" fontSize={12} fill={INK}>
              {item.rate == null ? '—' : `${item.rate.toFixed(1)}%`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
