import { useState, type HTMLAttributes } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { PageContainer } from '@ant-design/pro-components';
import { App, Button, Card, Segmented, Space, Table, Typography, type TableColumnsType } from 'antd';
import type { FollowUpVisitsQuery } from '../../../gql/graphql';
import { PageError, ToneTag } from '../../../shared/components';
import { useServerErrors } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { useViewer } from '../../../app/session';
import { canAccess } from '../../../app/access';
import { FollowUpVisitsDocument, RecordFollowUpDocument } from '../graphql/service-desk.operations';
import { FOLLOW_UP_TONE } from '../constants';
import { minute } from '../../../shared/dates';
import { FollowUpForm, followUpInput, type FollowUpValues } from '../components/FollowUpForm';

type Visit = FollowUpVisitsQuery['followUpVisits'][number];

/** Follow-up visits after resolved cases (回訪, R-SVC-3), soonest due first; the result goes into the customer's file. */
export default function FollowUpsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const viewer = useViewer();
  const canRecord = canAccess(viewer.permissions, 'ManageTicket');
  const [dueOnly, setDueOnly] = useState(true);
  const { data, previousData, loading, error, refetch } = useQuery(FollowUpVisitsDocument, { variables: { dueOnly }, fetchPolicy: 'cache-and-network' });
  const shown = data ?? previousData;
  const [recording, setRecording] = useState<Visit | null>(null);
  const serverErrors = useServerErrors();
  const [record, saving] = useMutation(RecordFollowUpDocument);

  if (error && !shown) return <PageError error={error} onRetry={() => void refetch()} />;

  async function save(v: FollowUpValues) {
    if (!recording) return;
    serverErrors.clear();
    try {
      await record({ variables: { id: recording.id, input: followUpInput(v) } });
      void message.success(t(v.outcome === 'unsatisfied' ? 'sd.followUp.reopened' : 'sd.followUp.saved'));
      setRecording(null);
      void refetch();
    } catch (e) {
      serverErrors.capture(e);
    }
  }

  // Overdue as of this rendering; the list is read again after every change.
  const now = Date.now();
  const columns: TableColumnsType<Visit> = [
    {
      title: t('sd.number'),
      key: 'number',
      render: (_, v) => (
        <Link to={`/tickets/${v.ticket.id}`} data-testid="follow-up-ticket">
          {v.ticket.number}
        </Link>
      ),
    },
    { title: t('sd.subject'), key: 'subject', ellipsis: true, render: (_, v) => v.ticket.subject },
    { title: t('sd.kind'), key: 'kind', render: (_, v) => t(`sd.kind.${v.ticket.kind}`) },
    {
      title: t('sd.customer'),
      key: 'customer',
      render: (_, v) => (v.ticket.customer ? <Link to={`/customers/${v.ticket.customer.id}`}>{v.ticket.customerName}</Link> : (v.ticket.contactName ?? '—')),
    },
    {
      title: t('sd.followUp.dueAt'),
      key: 'dueAt',
      render: (_, v) => (
        <Space size={4}>
          <span>{minute(v.dueAt)}</span>
          {v.status === 'DUE' && Date.parse(v.dueAt) < now ? <ToneTag tone="danger">{t('sd.followUp.overdue')}</ToneTag> : null}
        </Space>
      ),
    },
    {
      title: t('common.status'),
      key: 'status',
      render: (_, v) => (
        <span data-testid="follow-up-status" data-status={v.status}>
          <ToneTag tone={FOLLOW_UP_TONE[v.status]}>
            {v.status === 'DONE' ? t(v.satisfied === false ? 'sd.followUp.unsatisfied' : 'sd.followUp.satisfied') : t(`sd.followUp.${v.status}`)}
          </ToneTag>
        </span>
      ),
    },
    { title: t('sd.followUp.result'), key: 'result', ellipsis: true, render: (_, v) => v.result ?? '—' },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, v) =>
        canRecord && v.status === 'DUE' ? (
          <Button size="small" type="primary" onClick={() => (serverErrors.clear(), setRecording(v))} data-testid="record-follow-up">
            {t('sd.followUp.recordButton')}
          </Button>
        ) : null,
    },
  ];

  return (
    <PageContainer title={t('sd.followUp.title')}>
      <Card size="small">
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Segmented<'due' | 'all'>
            aria-label={t('sd.followUp.show')}
            value={dueOnly ? 'due' : 'all'}
            onChange={(v) => setDueOnly(v === 'due')}
            options={[
              { value: 'due', label: t('sd.followUp.dueOnly') },
              { value: 'all', label: t('sd.followUp.all') },
            ]}
          />
          <Table<Visit>
            rowKey="id"
            size="middle"
            data-testid="follow-ups"
            columns={columns}
            dataSource={shown?.followUpVisits ?? []}
            loading={loading && !shown}
            onRow={(v) => ({ 'data-number': v.ticket.number }) as HTMLAttributes<HTMLElement>}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: <Typography.Text type="secondary">{t('sd.followUp.empty')}</Typography.Text> }}
          />
        </Space>
      </Card>
      {canRecord ? (
        <FollowUpForm
          open={recording !== null}
          caseLabel={recording?.ticket.number ?? ''}
          errors={serverErrors.errors}
          formError={serverErrors.formError}
          loading={saving.loading}
          onSubmit={(v) => void save(v)}
          onCancel={() => setRecording(null)}
        />
      ) : null}
    </PageContainer>
  );
}
