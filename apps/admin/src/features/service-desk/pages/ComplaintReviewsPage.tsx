import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { PageContainer } from '@ant-design/pro-components';
import { Card, Segmented, Space, Table, Typography, type TableColumnsType } from 'antd';
import type { ComplaintReviewRowFragment, ComplaintReviewStatus } from '../../../gql/graphql';
import { PageError, ToneTag } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';
import { ComplaintReviewsDocument } from '../graphql/service-desk.operations';
import { REVIEW_TONE, SEVERITY_TONE } from '../constants';
import { minute } from '../../../shared/dates';

type Show = 'open' | 'closed' | 'all';
const STATUSES: Record<Show, ComplaintReviewStatus[] | null> = { open: ['OPEN', 'JOINT_REVIEW', 'GENERAL_MANAGER'], closed: ['CLOSED'], all: null };

/** Quality control's complaint handling forms (顧客投訴處理單, R-SVC-4), newest first. */
export default function ComplaintReviewsPage() {
  const { t, pick } = useI18n();
  const [show, setShow] = useState<Show>('open');
  const { data, previousData, loading, error, refetch } = useQuery(ComplaintReviewsDocument, { variables: { status: STATUSES[show] }, fetchPolicy: 'cache-and-network' });
  const shown = data ?? previousData;
  if (error && !shown) return <PageError error={error} onRetry={() => void refetch()} />;

  const columns: TableColumnsType<ComplaintReviewRowFragment> = [
    {
      title: t('sd.number'),
      key: 'number',
      render: (_, r) => (
        <Link to={`/complaints/${r.id}`} data-testid="review-link">
          {r.ticket.number}
        </Link>
      ),
    },
    { title: t('sd.subject'), key: 'subject', ellipsis: true, render: (_, r) => r.ticket.subject },
    { title: t('sd.customer'), key: 'customer', render: (_, r) => r.ticket.customerName ?? r.ticket.contactName ?? '—' },
    { title: t('sd.severity'), key: 'severity', render: (_, r) => <ToneTag tone={SEVERITY_TONE[r.ticket.severity]}>{t(`sd.severity.${r.ticket.severity}`)}</ToneTag> },
    {
      title: t('common.status'),
      key: 'status',
      render: (_, r) => (
        <Space size={4}>
          <ToneTag tone={REVIEW_TONE[r.status]}>{t(`qc.status.${r.status}`)}</ToneTag>
          {r.major ? <ToneTag tone="danger">{t('qc.majorTag')}</ToneTag> : null}
        </Space>
      ),
    },
    { title: t('qc.rootCause'), key: 'rootCause', ellipsis: true, render: (_, r) => r.rootCause ?? t('qc.noFindings') },
    { title: t('qc.responsibleUnit'), key: 'unit', render: (_, r) => (r.responsibleUnit ? pick(r.responsibleUnit.name, r.responsibleUnit.nameEn) : '—') },
    { title: t('qc.createdAt'), key: 'createdAt', render: (_, r) => minute(r.createdAt) },
  ];

  return (
    <PageContainer title={t('qc.title')}>
      <Card size="small">
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Segmented<Show>
            aria-label={t('qc.show')}
            value={show}
            onChange={setShow}
            options={(['open', 'closed', 'all'] as const).map((s) => ({ value: s, label: t(`qc.show.${s}`) }))}
          />
          <Table<ComplaintReviewRowFragment>
            rowKey="id"
            size="middle"
            data-testid="complaint-reviews"
            columns={columns}
            dataSource={shown?.complaintReviews ?? []}
            loading={loading && !shown}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: <Typography.Text type="secondary">{t('qc.empty')}</Typography.Text> }}
          />
        </Space>
      </Card>
    </PageContainer>
  );
}
