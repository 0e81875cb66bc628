import { niceDomain, project } from '../../../../shared/components/chartScale';
import { isBelow, type UnitCell } from '../../dashboardShape';

interface Props {
  /** Names the picture for screen readers; the table below holds the same figures. */
  title: string;
  cells: readonly UnitCell[];
  /** Month headings, one per cell. */
  labels: readonly string[];
  /** A column was clicked: the forms of that month. */
  onSelect?: (cell: UnitCell) => void;
}

const WIDTH = 360;
const HEIGHT = 170;
const MARGIN = { top: 8, right: 6, bottom: 24, left: 40 };
// Dark enough on white for WCAG AA small text, as in the console's other charts.
const INK = '#595959';
export const RATE_COLOR = '#0958d9';
export const BELOW_COLOR = '#a8071a';
export const TARGET_COLOR = '#262626';
const DOMAIN = niceDomain([0, 100]);

/**
 * One unit's monthly rate as columns (R-SAT-3), its target as a dashed line month by month
 * (a range across years can change it), columns below target in red. Plain SVG like the
 * console's BarChart; a month without forms has no column, which is not 0 %.
 */
export function RateChart({ title, cells, labels, onSelect }: Props) {
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const y = (v: number) => MARGIN.top + project(v, DOMAIN, plotH);
  const group = plotW / Math.max(cells.length, 1);
  const bar = Math.max(2, Math.min(18, group * 0.6));
  const labelEvery = Math.ceil(cells.length / 6);
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={title} style={{ display: 'block', maxWidth: WIDTH * 1.5 }}>
      {DOMAIN.ticks.map((tick) => (
        <g key={tick}>
          <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke={tick === 0 ? '#8c8c8c' : '#f0f0f0'} />
          <text x={MARGIN.left - 4} y={y(tick)} dy="0.32em" textAnchor="end" fontSize={10} fill={INK}>
            {`${tick}%`}
          </text>
        </g>
      ))}
      {cells.map((cell, i) => {
        const x = MARGIN.left + i * group;
        return (
          <g key={cell.month}>
            {cell.rate != null ? (
              <rect
                x={x + (group - bar) / 2}
                y={y(cell.rate)}
                width={bar}
                height={Math.max(y(0) - y(cell.rate), cell.rate === 0 ? 0 : 1)}
                fill={isBelow(cell.standing) ? BELOW_COLOR : RATE_COLOR}
                onClick={onSelect ? () => onSelect(cell) : undefined}
                style={onSelect ? { cursor: 'pointer' } : undefined}
                data-month={cell.month}
              />
            ) : null}
            {cell.target ? <line x1={x + 1} x2={x + group - 1} y1={y(cell.target.percent)} y2={y(cell.target.percent)} stroke={TARGET_COLOR} strokeWidth={1.5} strokeDasharray="4 2" /> : null}
            {i % labelEvery === 0 ? (
              <text x={x + group / 2} y={HEIGHT - 8} textAnchor="middle" fontSize={10} fill={INK}>
                {labels[i]}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
