import type { CSSProperties } from 'react';
import { Link } from 'react-router';
import { Card } from 'antd';
import { visuallyHidden } from '../../../../shared/components';
import { textOn } from '../../../../shared/components/colors';
import { useI18n } from '../../../../shared/i18n';
import { formatRate, monthHeading, NEAR_POINTS, spansYears, type Standing, type UnitLine } from '../../dashboardShape';
import { Legend } from './Legend';

interface Props {
  lines: readonly UnitLine[];
  months: readonly string[];
  link: (line: UnitLine, month: string) => string;
}

/** Fill and glyph of each standing: the glyph and the words in the legend say what the colour does. */
export const STANDING_STYLE: Record<Standing, { background: string; glyph: string }> = {
  above: { background: '#237804', glyph: '▲' },
  met: { background: '#d9f7be', glyph: '✓' },
  near: { background: '#ffd591', glyph: '▽' },
  below: { background: '#a8071a', glyph: '▼' },
  noTarget: { background: '#e6f4ff', glyph: '' },
  noData: { background: '#fafafa', glyph: '' },
};

const STANDINGS: readonly Standing[] = ['above', 'met', 'near', 'below', 'noTarget', 'noData'];

const cellStyle = (s: Standing): CSSProperties => {
  const { background } = STANDING_STYLE[s];
  return { background, color: textOn(background), textAlign: 'center', padding: '6px 4px', border: '1px solid #fff', minWidth: 64, whiteSpace: 'nowrap' };
};

/**
 * R-SAT-4 at a glance: units × months coloured by the rate against the unit's target, each
 * square also carrying the rate and a glyph, so the picture reads without colour too. A
 * square opens that unit's forms of the month.
 */
export function HeatMap({ lines, months, link }: Props) {
  const { t, locale } = useI18n();
  const withYear = spansYears(months);
  const label = (s: Standing) => t(`satDash.standing.${s}`, { n: NEAR_POINTS });
  return (
    <Card size="small" title={t('satDash.heatTitle')} data-testid="heat-map">
      <div style={{ overflowX: 'auto' }}>
        <table style={{ borderCollapse: 'collapse', fontSize: 12, width: '100%' }}>
          <caption style={visuallyHidden}>{t('satDash.heatTitle')}</caption>
          <thead>
            <tr>
              <th scope="col" style={{ textAlign: 'left', padding: 4 }}>
                {t('sat.dimension.UNIT')}
              </th>
              {months.map((m) => (
                <th key={m} scope="col" style={{ padding: 4, fontWeight: 500 }}>
                  {monthHeading(m, locale, withYear)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.sum ? 'sum' : line.unitId}>
                <th scope="row" style={{ textAlign: 'left', padding: 4, paddingInlineStart: 4 + line.depth * 16, fontWeight: line.sum ? 700 : 500, whiteSpace: 'nowrap' }}>
                  {line.name}
                </th>
                {line.cells.map((c) => {
                  const { glyph } = STANDING_STYLE[c.standing];
                  const style = cellStyle(c.standing);
                  return (
                    <td key={c.month} style={style} data-standing={c.standing}>
                      {c.forms ? (
                        <Link to={link(line, c.month)} style={{ color: style.color, textDecoration: 'underline' }} title={label(c.standing)}>
                          {glyph ? <span aria-hidden>{glyph} </span> : null}
                          {formatRate(c.rate)}
                          <span style={visuallyHidden}>{label(c.standing)}</span>
                        </Link>
                      ) : (
                        '—'
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Legend
        testId="heat-legend"
        entries={STANDINGS.map((s) => ({
          key: s,
          label: label(s),
          mark: (
            <span aria-hidden style={{ ...cellStyle(s), display: 'inline-block', minWidth: 20, padding: '0 4px', border: '1px solid #d9d9d9', borderRadius: 2 }}>
              {STANDING_STYLE[s].glyph || '\u00a0'}
            </span>
          ),
        }))}
      />
    </Card>
  );
}
