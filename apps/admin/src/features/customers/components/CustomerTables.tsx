import { Button, List, Table, Typography, type TablePaginationConfig } from 'antd';
import type { CustomerLedgerQuery, CustomerPurchasesQuery, CustomerTimelineQuery } from '../../../gql/graphql';
import { ToneTag } from '../../../shared/components';
import { useI18n, type MessageKey } from '../../../shared/i18n';
import { formatMoney } from '../../../shared/money';
import { PURCHASE_TONE } from '../constants';
import { minute, signed } from '../format';
import { timelineText } from '../timeline';
import { ledgerReason, ledgerSource } from '../ledger';

type Entry = NonNullable<CustomerLedgerQuery['customer']['pointsLedger']>['nodes'][number];
type Purchase = CustomerPurchasesQuery['customer']['purchases']['nodes'][number];
type Event = CustomerTimelineQuery['customer']['timeline']['nodes'][number];

/** Paging the page owns: it fetches one page at a time by offset. */
export interface Paged<Row> {
  rows: readonly Row[];
  total: number;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
}

/** The props a paged table of the 360 page shares: its rows and the pager the page drives. */
function pagedTable<Row extends { id: string }>(p: Paged<Row>): { rowKey: 'id'; size: 'small'; dataSource: Row[]; loading: boolean; pagination: TablePaginationConfig } {
  return {
    rowKey: 'id',
    size: 'small',
    dataSource: [...p.rows],
    loading: p.loading,
    pagination: { current: p.page, pageSize: p.pageSize, total: p.total, showSizeChanger: false, onChange: p.onPage, hideOnSinglePage: true },
  };
}

export function LedgerTable(props: Paged<Entry>) {
  const { t } = useI18n();
  return (
    <Table<Entry>
      {...pagedTable(props)}
      columns={[
        { title: t('points.at'), dataIndex: 'at', render: minute, width: 150 },
        { title: t('points.kind'), dataIndex: 'kind', render: (k: Entry['kind']) => t(`pointsKind.${k}`), width: 100 },
        { title: t('points.points'), dataIndex: 'points', align: 'right', render: signed, width: 90 },
        { title: t('points.balanceAfter'), dataIndex: 'balanceAfter', align: 'right', width: 110 },
        { title: t('points.reason'), dataIndex: 'reason', render: (reason: string) => ledgerReason(reason, t) },
        { title: t('points.source'), dataIndex: 'source', width: 140, render: (source: string) => ledgerSource(source, t) },
        { title: t('points.actor'), dataIndex: 'actorName', render: (name: string, e) => (e.approvedBy ? `${name} / ${e.approvedBy}` : name), width: 160 },
      ]}
    />
  );
}

export function PurchasesTable(props: Paged<Purchase> & { canRefund: boolean; onRefund: (p: Purchase) => void }) {
  const { t, pick } = useI18n();
  return (
    <Table<Purchase>
      {...pagedTable(props)}
      expandable={{
        rowExpandable: (p) => p.items.length > 0,
        expandedRowRender: (p) => (
          <Table
            size="small"
            rowKey={(item) => `${item.sku ?? ''}-${item.name}`}
            pagination={false}
            dataSource={p.items}
            columns={[
              { title: t('purchase.item'), dataIndex: 'name' },
              { title: 'SKU', dataIndex: 'sku', render: (v: string | null) => v ?? '—' },
              { title: t('purchase.quantity'), dataIndex: 'quantity', align: 'right' },
              { title: t('purchase.unitPrice'), dataIndex: 'unitPrice', align: 'right', render: formatMoney },
            ]}
          />
        ),
      }}
      columns={[
        { title: t('purchase.at'), dataIndex: 'occurredAt', render: minute, width: 150 },
        { title: t('purchase.order'), dataIndex: 'externalOrderId' },
        { title: t('purchase.station'), key: 'station', render: (_, p) => pick(p.station.name, p.station.nameEn) },
        { title: t('purchase.amount'), dataIndex: 'amount', align: 'right', render: formatMoney },
        { title: t('purchase.points'), dataIndex: 'pointsEarned', align: 'right' },
        {
          title: t('purchase.status'),
          dataIndex: 'status',
          render: (s: Purchase['status'], p) => (
            <ToneTag tone={PURCHASE_TONE[s]} title={p.refundReason ?? undefined}>
              {t(`purchaseStatus.${s}`)}
            </ToneTag>
          ),
        },
        ...(props.canRefund
          ? [
              {
                title: t('common.actions'),
                key: 'actions',
                render: (_: unknown, p: Purchase) =>
                  p.status === 'RECORDED' ? (
                    <Button size="small" type="link" onClick={() => props.onRefund(p)}>
                      {t('purchase.refund')}
                    </Button>
                  ) : null,
              },
            ]
          : []),
      ]}
    />
  );
}

const EVENT_KINDS = new Set(['PURCHASE', 'REFUND', 'TIER_CHANGE', 'POINTS', 'CUSTOMER_CREATED', 'TICKET', 'TICKET_RESOLVED', 'FOLLOW_UP', 'SURVEY']);

export function EventList(props: Paged<Event>) {
  const { t, locale } = useI18n();
  return (
    <List<Event>
      size="small"
      loading={props.loading}
      dataSource={props.rows as Event[]}
      locale={{ emptyText: t('timeline.empty') }}
      pagination={props.total > props.pageSize ? { current: props.page, pageSize: props.pageSize, total: props.total, onChange: props.onPage, showSizeChanger: false } : false}
      renderItem={(e) => (
        <List.Item key={e.id}>
          <List.Item.Meta
            title={
              <span>
                <ToneTag tone="info">{EVENT_KINDS.has(e.kind) ? t(`event.${e.kind}` as MessageKey) : e.kind}</ToneTag>
                <Typography.Text type="secondary">{minute(e.at)}</Typography.Text>
              </span>
            }
            description={timelineText(e, t, locale)}
          />
        </List.Item>
      )}
    />
  );
}
