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

const WIDTH = 720;
const ROW = 26;
const LABEL = 200;
const VALUE = 64;
const INK = '#595959';
/** Labels longer than this are cut with an ellipsis; the table shows them whole. */
const LABEL_CHARS = 16;

const clip = (text: string) => (text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text);

/**
 * Horizontal bars, one a row, for ranked breakdowns (root causes, products, units, agents)
 * whose names are too long to stand under vertical bars. Plain SVG, like the console's
 * BarChart: one image to assistive technology, with a table of the same figures beside it.
 */
export function RankBars({ title, items, format = String, max, color }: Props) {
  const top = max ?? Math.max(1, ...items.map((i) => i.value ?? 0));
  const span = WIDTH - LABEL - VALUE;
  const height = Math.max(1, items.length) * ROW + 4;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={title} style={{ display: 'block', maxWidth: WIDTH }}>
      {items.map((item, i) => {
        const y = i * ROW + 2;
        const w = item.value == null ? 0 : Math.max(item.value > 0 ? 1 : 0, (Math.min(item.value, top) / top) * span);
        return (
          <g key={item.key}>
            <text x={LABEL - 8} y={y + ROW / 2} dy="0.32em" textAnchor="end" fontSize={12} fill={INK}>
              {clip(item.label)}
            </text>
            <rect x={LABEL} y={y + 4} width={w} height={ROW - 8} fill={color} rx={2} />
            <text x={LABEL + w + 6} y={y + ROW / 2} dy="0.32em" fontSize={12} fill={INK}>
              {item.value == null ? '—' : format(item.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
