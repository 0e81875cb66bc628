import { useCallback, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { PageContainer } from '@ant-design/pro-components';
import { Button, Card, Space } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { PageError } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';
import { pagerTotal } from '../../../shared/paging';
import { useViewer } from '../../../app/session';
import { canAccess } from '../../../app/access';
import { OrgChartDocument, unitOptions } from '../../org';
import { useEmployeeSearch } from '../../employees';
import { TicketsDocument } from '../graphql/service-desk.operations';
import { ACTIVE_STATUSES } from '../constants';
import { useTicketChanges, type TicketChange } from '../useTicketChanges';
import { QueueFilters, type QueueFilterValues } from '../components/QueueFilters';
import { TicketTable } from '../components/TicketTable';
import { LiveIndicator } from '../components/LiveIndicator';

const PAGE_SIZE = 20;

/**
 * The service desk's queue (R-SVC-1, R-SVC-10): filtered and paged on the server in priority
 * order, each case with its SLA countdown, and kept current by the ticketChanged subscription.
 */
export default function TicketQueuePage() {
  const { t, pick } = useI18n();
  const navigate = useNavigate();
  const viewer = useViewer();
  const [filters, setFilters] = useState<QueueFilterValues>({ status: [...ACTIVE_STATUSES] });
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(PAGE_SIZE);
  const [changedIds, setChangedIds] = useState<ReadonlySet<string>>(new Set());

  const variables = {
    first: pageSize,
    offset: (page - 1) * pageSize,
    search: filters.search?.trim() || null,
    kind: filters.kind?.length ? filters.kind : null,
    status: filters.status?.length ? filters.status : null,
    severity: filters.severity?.length ? filters.severity : null,
    unitId: filters.unitId ?? null,
    assigneeId: (!filters.mine && filters.assigneeId) || null,
    sla: filters.sla?.length ? filters.sla : null,
    breached: filters.breached || null,
    mine: filters.mine || null,
  };
  const { data, previousData, loading, error, refetch } = useQuery(TicketsDocument, { variables, fetchPolicy: 'cache-and-network' });
  const shown = data ?? previousData;
  const chart = useQuery(OrgChartDocument, { skip: !canAccess(viewer.permissions, 'ReadOrgUnit') });
  const units = useMemo(() => unitOptions(chart.data?.orgChart.nodes ?? [], pick), [chart.data, pick]);
  const canFindStaff = canAccess(viewer.permissions, 'ReadEmployee');
  // Offered before anything is typed: the unit the queue is filtered to.
  const found = useEmployeeSearch({ preferUnitId: filters.unitId ?? null, skip: !canFindStaff });
  const { assigneeId, assigneeLabel } = filters;
  const assignees = useMemo(
    () => (assigneeId && assigneeLabel && !found.options.some((o) => o.value === assigneeId) ? { ...found, options: [{ value: assigneeId, label: assigneeLabel }, ...found.options] } : found),
    [found, assigneeId, assigneeLabel],
  );

  // A change can move a case into the page, out of it or within it (its priority, its
  // status under a filter), so the page is read again rather than patched.
  const onChanges = useCallback(
    (changes: TicketChange[]) => {
      void refetch();
      if (changes.length) setChangedIds((before) => new Set([...before, ...changes.map((c) => c.ticketId)]));
    },
    [refetch],
  );
  const live = useTicketChanges(onChanges);

  if (error && !shown) return <PageError error={error} onRetry={() => void refetch()} />;
  const pager = pagerTotal(shown?.tickets.totalCount ?? 0, pageSize);

  return (
    <PageContainer
      title={t('sd.queue.title')}
      extra={[
        <LiveIndicator key="live" status={live} />,
        <Button key="reload" icon={<ReloadOutlined />} onClick={() => (setChangedIds(new Set()), void refetch())} aria-label={t('sd.queue.reload')} />,
        canAccess(viewer.permissions, 'OpenTicket') ? (
          <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/tickets/new')} data-testid="new-ticket">
            {t('sd.new.title')}
          </Button>
        ) : null,
      ]}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card size="small">
          <QueueFilters
            values={filters}
            units={units}
            assignees={canFindStaff ? assignees : undefined}
            canFilterMine={!!viewer.employeeId}
            onChange={(next) => {
              setFilters(next);
              setPage(1);
              setChangedIds(new Set());
            }}
          />
        </Card>
        <Card size="small">
          <TicketTable
            rows={shown?.tickets.nodes ?? []}
            loading={loading && !shown}
            changedIds={changedIds}
            pagination={{
              current: page,
              pageSize,
              total: pager.total,
              showSizeChanger: true,
              showTotal: (total) => t('common.total', { n: pager.capped ? (shown?.tickets.totalCount ?? total) : total }),
              onChange: (next, size) => {
                setPage(size !== pageSize ? 1 : next);
                setPageSize(size);
              },
            }}
          />
        </Card>
      </Space>
    </PageContainer>
  );
}
