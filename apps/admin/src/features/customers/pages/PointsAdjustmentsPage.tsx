import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { PageContainer, ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { App, Button, Switch, Space } from 'antd';
import type { PointsAdjustmentsQuery } from '../../../gql/graphql';
import { LIST_TABLE, ToneTag } from '../../../shared/components';
import { useServerErrors } from '../../../shared/hooks';
import { pageArgs } from '../../../shared/paging';
import { useI18n } from '../../../shared/i18n';
import { DecidePointsAdjustmentDocument, PointsAdjustmentsDocument } from '../graphql/customers.operations';
import { ReasonForm } from '../components/ReasonForm';
import { ADJUSTMENT_TONE } from '../constants';
import { minute, signed } from '../format';

type Adjustment = PointsAdjustmentsQuery['pointsAdjustments']['nodes'][number];

export default function PointsAdjustmentsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const client = useApolloClient();
  const actionRef = useRef<ActionType>(null);
  const [pendingOnly, setPendingOnly] = useState(true);
  const [deciding, setDeciding] = useState<{ adjustment: Adjustment; approve: boolean } | null>(null);
  const serverErrors = useServerErrors();
  const [decide, decision] = useMutation(DecidePointsAdjustmentDocument);

  async function submit(note: string) {
    if (!deciding) return;
    serverErrors.clear();
    try {
      await decide({ variables: { input: { id: deciding.adjustment.id, approve: deciding.approve, note: note || null } } });
      void message.success(t(deciding.approve ? 'adjustment.approved' : 'adjustment.rejected'));
      setDeciding(null);
      void actionRef.current?.reload();
    } catch (e) {
      serverErrors.capture(e);
    }
  }

  const open = (adjustment: Adjustment, approve: boolean) => {
    serverErrors.clear();
    setDeciding({ adjustment, approve });
  };

  const columns: ProColumns<Adjustment>[] = [
    { title: t('adjustment.createdAt'), dataIndex: 'createdAt', render: (_, a) => minute(a.createdAt), width: 150 },
    { title: t('adjustment.customer'), dataIndex: 'customer', render: (_, a) => <Link to={`/customers/${a.customer.id}`}>{`${a.customer.name} (${a.customer.code})`}</Link> },
    { title: t('adjustment.points'), dataIndex: 'points', align: 'right', render: (_, a) => signed(a.points) },
    { title: t('adjustment.reason'), dataIndex: 'reason' },
    { title: t('adjustment.requestedBy'), dataIndex: 'requestedBy' },
    { title: t('adjustment.status'), dataIndex: 'status', render: (_, a) => <ToneTag tone={ADJUSTMENT_TONE[a.status]}>{t(`adjustmentStatus.${a.status}`)}</ToneTag> },
    { title: t('adjustment.decidedBy'), dataIndex: 'decidedBy', render: (_, a) => (a.decidedBy ? `${a.decidedBy} · ${minute(a.decidedAt)}` : '—') },
    { title: t('adjustment.note'), dataIndex: 'decisionNote', render: (_, a) => a.decisionNote ?? '—' },
    {
      title: t('common.actions'),
      valueType: 'option',
      render: (_, a) =>
        a.status === 'PENDING'
          ? [
              <Button key="approve" type="link" size="small" onClick={() => open(a, true)} data-testid="approve-adjustment">
                {t('adjustment.approve')}
              </Button>,
              <Button key="reject" type="link" size="small" danger onClick={() => open(a, false)}>
                {t('adjustment.reject')}
              </Button>,
            ]
          : [],
    },
  ];

  const subject = deciding ? { points: signed(deciding.adjustment.points), name: deciding.adjustment.customer.name } : null;

  return (
    <PageContainer title={t('adjustment.title')}>
      <ProTable<Adjustment>
        {...LIST_TABLE}
        search={false}
        actionRef={actionRef}
        columns={columns}
        params={{ pendingOnly }}
        pagination={{ defaultPageSize: 20, showTotal: (n) => t('common.total', { n }) }}
        request={async (params) => {
          const { data } = await client.query({ query: PointsAdjustmentsDocument, fetchPolicy: 'network-only', variables: { pendingOnly, ...pageArgs(params) } });
          return { data: data?.pointsAdjustments.nodes ?? [], total: data?.pointsAdjustments.totalCount ?? 0, success: !!data };
        }}
        toolBarRender={() => [
          <Space key="pending">
            <Switch checked={pendingOnly} onChange={setPendingOnly} aria-label={t('adjustment.pendingOnly')} id="pending-only" />
            <label htmlFor="pending-only">{t('adjustment.pendingOnly')}</label>
          </Space>,
        ]}
      />
      <ReasonForm
        open={!!deciding}
        name="decision"
        title={subject ? t(deciding?.approve ? 'adjustment.approveTitle' : 'adjustment.rejectTitle', subject) : ''}
        label={t('adjustment.note')}
        optional
        okText={t(deciding?.approve ? 'adjustment.approve' : 'adjustment.reject')}
        errors={serverErrors.errors}
        formError={serverErrors.formError}
        loading={decision.loading}
        onSubmit={(v) => void submit(v.reason)}
        onCancel={() => setDeciding(null)}
      />
    </PageContainer>
  );
}
