import { niceDomain, project } from './chartScale';
import { visuallyHidden } from './visuallyHidden';

export interface ChartSeries {
  key: string;
  label: string;
  /** Fill of the bars and the legend swatch. */
  color: string;
  /** One per category; null draws no bar (no data, not zero). */
  values: readonly (number | null)[];
}

interface Props {
  /** Names the chart for screen readers and captions its data table. */
  title: string;
  categories: readonly string[];
  series: readonly ChartSeries[];
  format?: (value: number) => string;
  height?: number;
}

const WIDTH = 720;
const MARGIN = { top: 8, right: 8, bottom: 28, left: 56 };
// Dark enough on white for WCAG AA small text.
const INK = '#595959';

/**
 * Grouped bars with a legend, drawn as plain SVG: the few charts of the console do not
 * justify a chart library in the download. The picture is one image to assistive
 * technology; the same numbers follow as a visually hidden table.
 */
export function BarChart({ title, categories, series, format = String, height = 240 }: Props) {
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const domain = niceDomain(series.flatMap((s) => s.values.filter((v): v is number => v != null)));
  const y = (v: number) => MARGIN.top + project(v, domain, plotH);
  const group = plotW / Math.max(categories.length, 1);
  const bar = Math.max(2, Math.min(28, (group * 0.8) / Math.max(series.length, 1)));
  const labelEvery = Math.ceil(categories.length / 12);

  return (
    <figure style={{ margin: 0, position: 'relative' }}>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={title} style={{ display: 'block', maxWidth: WIDTH }}>
        {domain.ticks.map((tick) => (
          <g key={tick}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke={tick === 0 ? '#8c8c8c' : '#f0f0f0'} />
            <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" fontSize={11} fill={INK}>
              {format(tick)}
            </text>
          </g>
        ))}
        {categories.map((category, i) => {
          const x0 = MARGIN.left + i * group + (group - bar * series.length) / 2;
          return (
            <g key={category}>
              {series.map((s, j) => {
                const v = s.values[i];
                if (v == null) return null;
                const top = Math.min(y(v), y(0));
                return <rect key={s.key} x={x0 + j * bar} y={top} width={bar - 1} height={Math.max(Math.abs(y(v) - y(0)), v === 0 ? 0 : 1)} fill={s.color} />;
              })}
              {i % labelEvery === 0 ? (
                <text x={MARGIN.left + i * group + group / 2} y={height - 8} textAnchor="middle" fontSize={11} fill={INK}>
                  {category}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <ul style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 16px', listStyle: 'none', padding: 0, margin: '8px 0 0' }} aria-hidden="true">
        {series.map((s) => (
          <li key={s.key} style={{ display: 'flex', alignItems: 'center', gap: 6, fontSize: 12 }}>
            <span style={{ width: 12, height: 12, background: s.color, display: 'inline-block', borderRadius: 2 }} />
            {s.label}
          </li>
        ))}
      </ul>
      <table style={visuallyHidden}>
        <caption>{title}</caption>
        <thead>
          <tr>
            <td />
            {series.map((s) => (
              <th key={s.key} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {categories.map((category, i) => (
            <tr key={category}>
              <th scope="row">{category}</th>
              {series.map((s) => (
                <td key={s.key}>{s.values[i] == null ? '—' : format(s.values[i]!)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
