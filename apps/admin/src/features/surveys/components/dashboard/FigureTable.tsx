import type { ReactNode } from 'react';
import { Button, Flex, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useI18n } from '../../../../shared/i18n';
import { downloadCsv, type CsvValue } from '../../../service-desk/components/report/csv';

export interface FigureColumn<Row> {
  key: string;
  title: string;
  /** What the CSV file holds: the cell's text as shown. */
  value: (row: Row) => CsvValue;
  /** The cell on screen (a link to the forms behind the figure); `value` when left out. */
  render?: (row: Row) => ReactNode;
  numeric?: boolean;
}

interface Props<Row> {
  /** Heads the table and names it to assistive technology. */
  caption: string;
  columns: readonly FigureColumn<Row>[];
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
 * A dashboard table whose CSV download holds exactly what the table shows. The service
 * desk's report table does the same, but its strings load only with the service desk's pages.
 */
export function FigureTable<Row extends object>({ caption, columns, rows, rowKey, fileName, strong, loading, testId }: Props<Row>) {
  const { t } = useI18n();
  const download = () => downloadCsv(`${fileName}.csv`, [columns.map((c) => c.title), ...rows.map((r) => columns.map((c) => c.value(r)))]);
  return (
    <Table<Row>
      size="small"
      pagination={false}
      loading={loading}
      data-testid={testId}
      rowKey={rowKey}
      dataSource={[...rows]}
      scroll={{ x: 'max-content' }}
      title={() => (
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Text strong>{caption}</Typography.Text>
          <Button size="small" icon={<DownloadOutlined />} onClick={download} disabled={!rows.length} aria-label={`${t('satDash.exportTable')}: ${caption}`}>
            {t('satDash.exportTable')}
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
