import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { Card, Col, Row, Space, Typography } from 'antd';
import { useI18n } from '../../../../shared/i18n';
import { ReportTable, visuallyHidden, type ReportColumn } from '../../../../shared/components';
import { formatRate, isBelow, monthHeading, spansYears, type Counts, type UnitCell, type UnitLine } from '../../dashboardShape';
import { BELOW_COLOR, RATE_COLOR, RateChart, TARGET_COLOR } from './RateChart';
import { Legend } from './Legend';

interface Props {
  lines: readonly UnitLine[];
  months: readonly string[];
  /** The forms behind a unit's month, or its whole period when `month` is null. */
  link: (line: UnitLine, month: string | null) => string;
  fileName: string;
}

const lineKey = (line: UnitLine) => (line.sum ? 'sum' : (line.unitId ?? 'sum'));

/**
 * R-SAT-3 / R-SAT-4: each unit's monthly rate against its target, as a small chart a unit and
 * as one table (units × months, each figure with its forms count and a link to those forms).
 * The table is what the CSV export holds and what a screen reader gets for the charts.
 */
export function UnitMonthSection({ lines, months, link, fileName }: Props) {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const withYear = spansYears(months);
  const labels = useMemo(() => months.map((m) => monthHeading(m, locale, withYear)), [months, locale, withYear]);
  const targetText = (line: UnitLine) => (line.target ? `${line.target.percent}%${line.target.inherited ? '*' : ''}` : '—');
  const shown = (c: Counts, below: boolean) => (c.forms ? `${formatRate(c.rate)} (${c.forms})${below ? ` ${t('sat.outcome.BELOW')}` : ''}` : '—');

  const cell = (line: UnitLine, c: Counts & { standing?: UnitCell['standing'] }, month: string | null) => {
    const below = !!c.standing && isBelow(c.standing);
    if (!c.forms) return '—';
    return (
      <span
        data-testid="rate-cell"
        data-unit={lineKey(line)}
        data-month={month ?? 'period'}
        data-forms={c.forms}
        data-satisfied={c.satisfied}
        style={below ? { color: BELOW_COLOR, fontWeight: 600 } : undefined}
      >
        <Link to={link(line, month)} style={below ? { color: BELOW_COLOR } : undefined}>
          {formatRate(c.rate)}
          {below ? (
            <>
              <span aria-hidden> ▼</span>
              <span style={visuallyHidden}>{t('sat.outcome.BELOW')}</span>
            </>
          ) : null}
        </Link>
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {t('satDash.formsCount', { n: c.forms })}
        </Typography.Text>
      </span>
    );
  };

  const columns: ReportColumn<UnitLine>[] = [
    { key: 'unit', title: t('sat.dimension.UNIT'), value: (l) => l.path, render: (l) => <span style={{ paddingInlineStart: l.depth * 16, whiteSpace: 'nowrap' }}>{l.name}</span> },
    { key: 'target', title: t('sat.target'), value: targetText, numeric: true },
    ...months.map((month, i) => ({
      key: month,
      title: labels[i]!,
      numeric: true,
      value: (l: UnitLine) => {
        const c = l.cells[i]!;
        return shown(c, isBelow(c.standing));
      },
      render: (l: UnitLine) => cell(l, l.cells[i]!, month),
    })),
    { key: 'period', title: t('satDash.periodTotal'), numeric: true, value: (l) => shown(l.total, false), render: (l) => cell(l, l.total, null) },
  ];
  const inherited = lines.some((l) => l.target?.inherited);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small" title={t('satDash.byUnitTitle')} data-testid="unit-charts">
        <Row gutter={[16, 16]}>
          {lines.map((line) => {
            const title = t('satDash.unitChart', { unit: line.name, target: targetText(line) });
            return (
              <Col key={lineKey(line)} xs={24} md={12} xl={8}>
                <Typography.Text strong>{line.name}</Typography.Text>{' '}
                <Typography.Text type="secondary">
                  {t('sat.target')} {targetText(line)}
                </Typography.Text>
                <RateChart title={title} cells={line.cells} labels={labels} onSelect={(c) => void navigate(link(line, c.month))} />
              </Col>
            );
          })}
        </Row>
        <Legend
          entries={[
            { key: 'rate', label: t('sat.rate'), mark: RATE_COLOR },
            { key: 'below', label: t('satDash.belowTarget'), mark: BELOW_COLOR },
            {
              key: 'target',
              label: t('sat.target'),
              mark: (
                <svg width={16} height={12} aria-hidden>
                  <line x1={0} x2={16} y1={6} y2={6} stroke={TARGET_COLOR} strokeWidth={1.5} strokeDasharray="4 2" />
                </svg>
              ),
            },
          ]}
        />
      </Card>
      <ReportTable<UnitLine>
        caption={t('satDash.unitTable')}
        columns={columns}
        rows={lines}
        rowKey={lineKey}
        strong={(l) => l.sum}
        fileName={fileName}
        testId="unit-month-table"
      />
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('satDash.subtreeNote')}
        {inherited ? ` ${t('satDash.inheritedTarget')}` : null}
      </Typography.Paragraph>
    </Space>
  );
}
