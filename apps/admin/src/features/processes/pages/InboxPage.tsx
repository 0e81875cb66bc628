import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, Card, Space, Switch, Table, Tabs, Typography, type TableColumnsType } from 'antd';
import type { MyTasksQuery } from '../../../gql/graphql';
import { PageError, ToneTag } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';
import { useViewer } from '../../../app/session';
import { MyTasksDocument } from '../graphql/processes.operations';
import { kindLabel } from '../labels';
import { minute } from '../../../shared/dates';

type Task = MyTasksQuery['myTasks']['nodes'][number];

const ALL = '__all';
const PAGE_SIZE = 20;

export default function InboxPage() {
  const { t } = useI18n();
  const viewer = useViewer();
  const [kind, setKind] = useState<string>(ALL);
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [page, setPage] = useState(1);

  const { data, previousData, loading, error, refetch } = useQuery(MyTasksDocument, {
    variables: { kind: kind === ALL ? null : kind, overdueOnly: overdueOnly || null, first: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    skip: !viewer.employeeId,
  });
  // The tabs keep their counts while the next page of tasks loads.
  const shown = data ?? previousData;
  const counts = shown?.myTaskCounts ?? [];
  const totalOpen = counts.reduce((n, c) => n + c.open, 0);
  const totalOverdue = counts.reduce((n, c) => n + c.overdue, 0);

  if (!viewer.employeeId) {
    return (
      <PageContainer title={t('inbox.title')}>
        <Alert type="info" showIcon title={t('inbox.noEmployee')} />
      </PageContainer>
    );
  }
  if (error && !shown) return <PageError error={error} onRetry={() => void refetch()} />;

  const tabLabel = (label: string, open: number, overdue: number) => (
    <Space size={4}>
      <span>{`${label} (${open})`}</span>
      {overdue ? <ToneTag tone="danger">{t('inbox.overdueCount', { n: overdue })}</ToneTag> : null}
    </Space>
  );

  const columns: TableColumnsType<Task> = [
    {
      title: t('inbox.number'),
      key: 'number',
      render: (_, task) => (
        <Link to={`/documents/${task.document.id}`} data-testid="task-link">
          {task.document.number}
        </Link>
      ),
    },
    { title: t('document.kind'), key: 'kind', render: (_, task) => kindLabel(task.document.kind, t) },
    { title: t('inbox.title.column'), key: 'title', render: (_, task) => task.document.title, ellipsis: true },
    { title: t('inbox.applicant'), key: 'applicant', render: (_, task) => task.document.applicantName },
    { title: t('inbox.step'), key: 'step', render: (_, task) => task.name },
    {
      title: t('inbox.due'),
      key: 'due',
      render: (_, task) => (
        <Space size={4}>
          <span>{task.dueAt ? minute(task.dueAt) : t('inbox.noDue')}</span>
          {task.overdue ? <ToneTag tone="danger">{t('inbox.overdue')}</ToneTag> : null}
        </Space>
      ),
    },
  ];

  return (
    <PageContainer title={t('inbox.title')}>
      <Card>
        {/* Outside the tab bar: a tablist may hold only tabs. */}
        <Space style={{ float: 'right', marginTop: 12 }}>
          <Switch
            id="inbox-overdue-only"
            checked={overdueOnly}
            onChange={(v) => {
              setOverdueOnly(v);
              setPage(1);
            }}
          />
          <label htmlFor="inbox-overdue-only">{t('inbox.overdueOnly')}</label>
        </Space>
        <Tabs
          activeKey={kind}
          onChange={(key) => {
            setKind(key);
            setPage(1);
          }}
          items={[
            { key: ALL, label: tabLabel(t('process.kind.all'), totalOpen, totalOverdue) },
            ...counts.map((c) => ({ key: c.kind, label: <span data-testid={`tab-${c.kind}`}>{tabLabel(kindLabel(c.kind, t), c.open, c.overdue)}</span> })),
          ]}
        />
        <Table<Task>
          rowKey="id"
          data-testid="inbox-table"
          columns={columns}
          dataSource={shown?.myTasks.nodes ?? []}
          loading={loading}
          locale={{ emptyText: <Typography.Text type="secondary">{t('inbox.empty')}</Typography.Text> }}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: shown?.myTasks.totalCount ?? 0, onChange: setPage, hideOnSinglePage: true }}
        />
      </Card>
    </PageContainer>
  );
}
