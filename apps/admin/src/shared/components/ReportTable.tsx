import type { ReactNode } from 'react';
import { Button, Flex, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useI18n } from '../i18n';
import { downloadCsv, type CsvValue } from './csv';

export interface ReportColumn<Row> {
  key: string;
  title: string;
  /** What the CSV file holds, and what the cell shows unless `render` says otherwise. */
  value: (row: Row) => CsvValue;
  /** The cell on screen (a link to the records behind the figure, say); `value` when left out. */
  render?: (row: Row) => ReactNode;
  numeric?: boolean;
}

interface Props<Row> {
  /** Heads the table and names it to assistive technology. */
  caption: string;
  columns: readonly ReportColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** The downloaded file's name, without `.csv`. */
  fileName: string;
  /** Rows set apart (a total); shown in bold. */
  strong?: (row: Row) => boolean;
  loading?: boolean;
  testId?: string;
}

/**
 * A report's figures as a table, with the same columns downloadable as CSV: the table is
 * also what a screen reader gets in place of the chart above it. The service reports and the
 * satisfaction dashboard both use it, so its one string is in the core catalogue.
 */
export function ReportTable<Row extends object>({ caption, columns, rows, rowKey, fileName, strong, loading, testId }: Props<Row>) {
  const { t } = useI18n();
  const exportRows = () => downloadCsv(`${fileName}.csv`, [columns.map((c) => c.title), ...rows.map((r) => columns.map((c) => c.value(r)))]);
  return (
    <Table<Row>
      size="small"
      pagination={false}
      loading={loading}
      data-testid={testId}
      rowKey={rowKey}
      dataSource={[...rows]}
      // A month per column (the dashboard's units × months) outgrows a narrow screen: scroll, don't squeeze.
      scroll={{ x: 'max-content' }}
      title={() => (
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Text strong>{caption}</Typography.Text>
          <Button size="small" icon={<DownloadOutlined />} onClick={exportRows} disabled={!rows.length} aria-label={`${t('common.exportCsv')}: ${caption}`}>
            {t('common.exportCsv')}
          </Button>
        </Flex>
      )}
      columns={columns.map((c) => ({
        key: c.key,
        title: c.title,
        align: c.numeric ? ('right' as const) : undefined,
        render: (_: unknown, row: Row) => {
          const shown = c.render ? c.render(row) : (c.value(row) ?? '—');
          return strong?.(row) ? <strong>{shown}</strong> : shown;
        },
      }))}
    />
  );
}
