import type { CSSProperties, HTMLAttributes } from 'react';
import { Link } from 'react-router';
import { Space, Table, Typography, type TableColumnsType, type TablePaginationConfig } from 'antd';
import type { TicketRowFragment } from '../../../gql/graphql';
import { TierBadge, ToneTag } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';
import { SEVERITY_TONE, STATUS_TONE } from '../constants';
import { minute } from '../../../shared/dates';
import { SlaBadge } from './SlaBadge';

// A pale yellow behind dark text keeps every cell's contrast above 4.5:1.
const CHANGED: CSSProperties = { background: '#fffbe6' };

interface Props {
  rows: readonly TicketRowFragment[];
  loading: boolean;
  pagination: TablePaginationConfig;
  /** Cases that changed live since the page was read, shown marked until the next reading. */
  changedIds?: ReadonlySet<string>;
}

/** The queue, in the API's order: the customer's tier priority first, then the oldest case. */
export function TicketTable({ rows, loading, pagination, changedIds }: Props) {
  const { t, locale } = useI18n();
  const columns: TableColumnsType<TicketRowFragment> = [
    {
      title: t('sd.number'),
      key: 'number',
      width: 160,
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/tickets/${r.id}`} data-testid="ticket-link">
            {r.number}
          </Link>
          <Typography.Text type="secondary">{minute(r.openedAt)}</Typography.Text>
        </Space>
      ),
    },
    { title: t('sd.subject'), key: 'subject', ellipsis: true, render: (_, r) => r.subject },
    {
      title: `${t('sd.kind')} / ${t('sd.severity')}`,
      key: 'kind',
      width: 120,
      render: (_, r) => (
        <Space orientation="vertical" size={2}>
          <ToneTag tone="info">{t(`sd.kind.${r.kind}`)}</ToneTag>
          <ToneTag tone={SEVERITY_TONE[r.severity]}>{t(`sd.severity.${r.severity}`)}</ToneTag>
        </Space>
      ),
    },
    {
      title: t('common.status'),
      key: 'status',
      width: 120,
      render: (_, r) => (
        <span data-testid="ticket-status" data-status={r.status}>
          <ToneTag tone={STATUS_TONE[r.status]}>{t(`sd.status.${r.status}`)}</ToneTag>
        </span>
      ),
    },
    { title: t('sd.sla'), key: 'sla', width: 220, render: (_, r) => <SlaBadge clock={r} /> },
    {
      title: t('sd.customer'),
      key: 'customer',
      width: 140,
      render: (_, r) =>
        r.customer ? (
          <Space orientation="vertical" size={0}>
            <span>{r.customerName}</span>
            <TierBadge tier={r.customer.tier} locale={locale} empty="" />
          </Space>
        ) : (
          <Space orientation="vertical" size={0}>
            <span>{r.contactName ?? '—'}</span>
            <Typography.Text type="secondary">{t('sd.walkIn')}</Typography.Text>
          </Space>
        ),
    },
    {
      title: `${t('sd.unit')} / ${t('sd.assignee')}`,
      key: 'unit',
      width: 150,
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <span>{r.unitName}</span>
          <Typography.Text type="secondary">{r.assigneeName ?? t('sd.unassigned')}</Typography.Text>
        </Space>
      ),
    },
    { title: t('sd.priority'), key: 'priority', align: 'right', width: 70, render: (_, r) => r.priority },
  ];
  return (
    <Table<TicketRowFragment>
      rowKey="id"
      size="middle"
      data-testid="ticket-queue"
      columns={columns}
      dataSource={[...rows]}
      loading={loading}
      pagination={pagination}
      onRow={(r) => ({ 'data-number': r.number, 'data-changed': changedIds?.has(r.id) ? 'true' : undefined, style: changedIds?.has(r.id) ? CHANGED : undefined }) as HTMLAttributes<HTMLElement>}
      locale={{ emptyText: <Typography.Text type="secondary">{t('sd.queue.empty')}</Typography.Text> }}
      scroll={{ x: 1100 }}
    />
  );
}
