export interface BarSegment {
  key: string;
  /** The part of the full bar width this segment takes, 0 to 1. */
  share: number;
  color: string;
  /** Clicked: the records behind the segment, say. */
  onSelect?: () => void;
}

export interface BarRow {
  key: string;
  label: string;
  /** Drawn left to right, one after the other: a single bar, or a split of a whole. */
  segments: readonly BarSegment[];
  /** The figure written after the bar ('—' when nothing was measured). */
  value: string;
}

interface Props {
  /** Names the picture for screen readers; the table beside it holds the same figures. */
  title: string;
  rows: readonly BarRow[];
}

const WIDTH = 720;
const ROW = 28;
const LABEL = 200;
const VALUE = 64;
const SPAN = WIDTH - LABEL - VALUE;
const INK = '#595959';
/** Labels longer than this are cut with an ellipsis; the table shows them whole. */
const LABEL_CHARS = 16;

const clip = (text: string) => (text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text);

/**
 * Horizontal bars, one a row, for breakdowns whose names are too long to stand under
 * vertical bars (root causes, agents, a survey's questions). Plain SVG, like BarChart: one
 * image to assistive technology, with a table of the same figures beside it.
 */
export function BarRows({ title, rows }: Props) {
  const height = Math.max(1, rows.length) * ROW + 4;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={title} style={{ display: 'block', maxWidth: WIDTH }}>
      {rows.map((row, i) => {
        const y = i * ROW + 2;
        let x = LABEL;
        return (
          <g key={row.key}>
            <text x={LABEL - 8} y={y + ROW / 2} dy="0.32em" textAnchor="end" fontSize={12} fill={INK}>
              {clip(row.label)}
            </text>
            {row.segments.map((s) => {
              // A sliver stays visible: a small count is not the same as none.
              const w = s.share > 0 ? Math.max(1, Math.min(s.share, 1) * SPAN) : 0;
              const at = x;
              x += w;
              return w > 0 ? (
                <rect
                  key={s.key}
                  x={at}
                  y={y + 4}
                  width={w}
                  height={ROW - 8}
                  fill={s.color}
                  // Parts of one whole are told apart by a hairline; a lone bar gets round corners.
                  {...(row.segments.length > 1 ? { stroke: '#ffffff', strokeWidth: 1 } : { rx: 2 })}
                  onClick={s.onSelect}
                  style={s.onSelect ? { cursor: 'pointer' } : undefined}
                />
              ) : null;
            })}
            <text x={x + 6} y={y + ROW / 2} dy="0.32em" fontSize={12} fill={INK}>
              {row.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
