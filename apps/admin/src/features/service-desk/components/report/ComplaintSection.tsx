import { useMemo } from 'react';
import { Card, Col, Empty, Row, Space, Statistic } from 'antd';
import { BarChart, ReportTable, type ReportColumn } from '../../../../shared/components';
import { useI18n } from '../../../../shared/i18n';
import { RankBars } from './RankBars';
import { anyCount, formatPercent, labelBuckets, monthBucketChart, monthKeyLabel, percent, SERIES_COLORS, type Bucket, type ComplaintAnalysis } from './shape';

export const BREAKDOWNS = ['byRootCause', 'byProduct', 'byResponsibleUnit', 'byTriage'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

interface Props {
  analysis: ComplaintAnalysis;
  /** The reader's wording of a bucket's key (a triage outcome, a unit), or undefined to keep the API's label. */
  word: (breakdown: Breakdown, key: string) => string | undefined;
  fileName: (part: 'byMonth' | Breakdown) => string;
}

type Shown = Bucket & { shown: string };

/**
 * R-SVC-9: the annual complaint analysis for the management review: how many complaints,
 * how many proved justified, and where they came from, each breakdown as bars and a table.
 */
export function ComplaintSection({ analysis, word, fileName }: Props) {
  const { t, locale } = useI18n();
  const { year, total, substantiated } = analysis;
  const months = useMemo(() => monthBucketChart(analysis.byMonth, locale, t('sdReport.complaints')), [analysis, locale, t]);
  const columns = (first: string): ReportColumn<Shown>[] => [
    { key: 'label', title: first, value: (r) => r.shown },
    { key: 'count', title: t('sdReport.complaints'), value: (r) => r.count, numeric: true },
    { key: 'share', title: t('sdReport.share'), value: (r) => formatPercent(percent(r.count, total)), numeric: true },
  ];
  const monthTitle = t('sdReport.complaintChart', { year, what: t('sdReport.by.byMonth') });
  const monthRows = useMemo(() => [...analysis.byMonth].sort((a, b) => a.key.localeCompare(b.key)).map((b) => ({ ...b, shown: monthKeyLabel(b.key, locale) })), [analysis, locale]);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small" data-testid="complaint-totals">
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Statistic title={t('sdReport.complaints')} value={total} />
          </Col>
          <Col xs={24} sm={8}>
            <Statistic title={t('sdReport.substantiated')} value={substantiated} />
          </Col>
          <Col xs={24} sm={8}>
            <Statistic title={t('sdReport.substantiatedShare')} value={formatPercent(percent(substantiated, total))} />
          </Col>
        </Row>
      </Card>
      <Card size="small" title={monthTitle} data-testid="complaint-byMonth">
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            {anyCount(months.series[0]!.values) ? <BarChart title={monthTitle} categories={months.categories} series={months.series} /> : <Empty description={t('dashboard.noData')} />}
          </Col>
          <Col xs={24} xl={10}>
            <ReportTable<Shown>
              caption={t('sdReport.table', { what: t('sdReport.by.byMonth') })}
              columns={columns(t('sdReport.month'))}
              rows={monthRows}
              rowKey={(r) => r.key}
              fileName={fileName('byMonth')}
            />
          </Col>
        </Row>
      </Card>
      {BREAKDOWNS.map((dim, i) => {
        const rows = labelBuckets(analysis[dim], (key) => word(dim, key));
        const title = t('sdReport.complaintChart', { year, what: t(`sdReport.by.${dim}`) });
        return (
          <Card key={dim} size="small" title={title} data-testid={`complaint-${dim}`}>
            {rows.length ? (
              <Row gutter={[16, 16]}>
                <Col xs={24} xl={14}>
                  <RankBars title={title} items={rows.map((r) => ({ key: r.key, label: r.shown, value: r.count }))} color={SERIES_COLORS[i % SERIES_COLORS.length]!} />
                </Col>
                <Col xs={24} xl={10}>
                  <ReportTable<Shown>
                    caption={t('sdReport.table', { what: t(`sdReport.by.${dim}`) })}
                    columns={columns(t(`sdReport.by.${dim}`))}
                    rows={rows}
                    rowKey={(r) => r.key}
                    fileName={fileName(dim)}
                  />
                </Col>
              </Row>
            ) : (
              <Empty description={t('dashboard.noData')} />
            )}
          </Card>
        );
      })}
    </Space>
  );
}
