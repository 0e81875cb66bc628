import { useMemo } from 'react';
import { Card, Empty, Space } from 'antd';
import { BarChart, ReportTable, type ReportColumn } from '../../../../shared/components';
import { useI18n } from '../../../../shared/i18n';
import { anyCount, REPAIR_COLUMNS, repairChart, repairRows, type RepairReport, type RepairRow } from './shape';

/** R-SVC-9: returns and repairs taken in and delivered, month by month, with the year's totals. */
export function RepairSection({ report, fileName }: { report: RepairReport; fileName: string }) {
  const { t, locale } = useI18n();
  const chart = useMemo(() => repairChart(report, locale, (c) => t(`sdReport.col.${c}`)), [report, locale, t]);
  const rows = useMemo(() => repairRows(report, locale, t('sdReport.yearTotal')), [report, locale, t]);
  const columns = useMemo<ReportColumn<RepairRow>[]>(
    () => [
      { key: 'month', title: t('sdReport.month'), value: (r) => r.label },
      ...REPAIR_COLUMNS.map((c) => ({ key: c, title: t(`sdReport.col.${c}`), value: (r: RepairRow) => r[c], numeric: true })),
    ],
    [t],
  );
  const title = t('sdReport.repairChart', { year: report.year });
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small" title={title} data-testid="repair-chart">
        {anyCount(chart.series.flatMap((s) => s.values)) ? <BarChart title={title} categories={chart.categories} series={chart.series} /> : <Empty description={t('dashboard.noData')} />}
      </Card>
      <ReportTable<RepairRow>
        caption={t('sdReport.table', { what: t('sdReport.tab.repairs') })}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.key}
        strong={(r) => r.total}
        fileName={fileName}
        testId="repair-table"
      />
    </Space>
  );
}
