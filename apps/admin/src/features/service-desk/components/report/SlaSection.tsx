import { useMemo } from 'react';
import { Card, Col, Empty, Row } from 'antd';
import type { SlaReportGroup } from '../../../../gql/graphql';
import { BarChart, ReportTable, type ReportColumn } from '../../../../shared/components';
import { useI18n } from '../../../../shared/i18n';
import { RankBars } from './RankBars';
import { formatPercent, monthKeyLabel, SERIES_COLORS, slaMonthChart, type SlaRow } from './shape';

interface Props {
  rows: readonly SlaRow[];
  groupBy: SlaReportGroup;
  from: string;
  to: string;
  loading: boolean;
  /** The reader's name for a unit or for "no assignee"; undefined keeps the API's label. */
  word: (key: string) => string | undefined;
  fileName: string;
}

type Shown = SlaRow & { shown: string };

/** R-SVC-10: the share of measured cases that met their SLA, by month, unit or agent, as bars and a table. */
export function SlaSection({ rows, groupBy, from, to, loading, word, fileName }: Props) {
  const { t, locale } = useI18n();
  const title = t('sdReport.slaChart', { from, to });
  const shown = useMemo<Shown[]>(
    () => rows.map((r) => ({ ...r, shown: groupBy === 'MONTH' ? `${r.key.slice(0, 4)} ${monthKeyLabel(r.key, locale)}` : (word(r.key) ?? r.label) })),
    [rows, groupBy, locale, word],
  );
  const months = useMemo(() => slaMonthChart(rows, locale, t('sdReport.rate')), [rows, locale, t]);
  const columns: ReportColumn<Shown>[] = [
    { key: 'group', title: t(groupBy === 'MONTH' ? 'sdReport.month' : groupBy === 'UNIT' ? 'sdReport.unit' : 'sd.assignee'), value: (r) => r.shown },
    { key: 'cases', title: t('sdReport.cases'), value: (r) => r.cases, numeric: true },
    { key: 'firstResponseMet', title: t('sdReport.firstResponseMet'), value: (r) => r.firstResponseMet, numeric: true },
    { key: 'resolutionMet', title: t('sdReport.resolutionMet'), value: (r) => r.resolutionMet, numeric: true },
    { key: 'breached', title: t('sdReport.breached'), value: (r) => r.breached, numeric: true },
    { key: 'rate', title: t('sdReport.rate'), value: (r) => formatPercent(r.rate), numeric: true },
  ];
  const measured = rows.some((r) => r.cases > 0);

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xxl={13}>
        <Card size="small" title={title} loading={loading && !rows.length} data-testid="sla-chart" data-group={groupBy}>
          {!measured ? (
            <Empty description={t('dashboard.noData')} />
          ) : groupBy === 'MONTH' ? (
            <BarChart title={title} categories={months.categories} series={months.series} format={(v) => `${v}%`} />
          ) : (
            <RankBars
              title={title}
              items={shown.map((r) => ({ key: r.key, label: r.shown, value: r.cases ? r.rate : null }))}
              max={100}
              format={formatPercent}
              color={SERIES_COLORS[1]}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} xxl={11}>
        <ReportTable<Shown>
          caption={t('sdReport.table', { what: title })}
          columns={columns}
          rows={shown}
          rowKey={(r) => r.key}
          fileName={fileName}
          loading={loading}
          testId="sla-table"
        />
      </Col>
    </Row>
  );
}
