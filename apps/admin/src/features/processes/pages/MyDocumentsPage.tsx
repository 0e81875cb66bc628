import { Link, useNavigate } from 'react-router';
import { useApolloClient } from '@apollo/client/react';
import { PageContainer, ProTable, type ProColumns } from '@ant-design/pro-components';
import { Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { DocumentStatus, MyDocumentsQuery } from '../../../gql/graphql';
import { LIST_TABLE, ToneTag } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';
import { pageArgs } from '../../../shared/paging';
import { MyDocumentsDocument } from '../graphql/processes.operations';
import { DOCUMENT_STATUSES, DOCUMENT_STATUS_TONE } from '../history';
import { kindLabel } from '../labels';
import { minute } from '../../../shared/dates';

type Row = MyDocumentsQuery['documents']['nodes'][number];
type Filters = { status?: DocumentStatus; kind?: string };

const KINDS = ['EXPENSE_CLAIM', 'EQUIPMENT_SCRAP', 'PURCHASE_REQUEST', 'FREIGHT', 'STAFF_MATERIAL_REQUEST'] as const;

export default function MyDocumentsPage() {
  const { t } = useI18n();
  const client = useApolloClient();
  const navigate = useNavigate();

  const columns: ProColumns<Row>[] = [
    {
      title: t('document.number'),
      dataIndex: 'number',
      search: false,
      render: (_, r) => (
        <Link to={`/documents/${r.id}`} data-testid="document-link">
          {r.number}
        </Link>
      ),
    },
    {
      title: t('document.kind'),
      dataIndex: 'kind',
      valueType: 'select',
      fieldProps: { options: KINDS.map((k) => ({ value: k, label: kindLabel(k, t) })), 'aria-label': t('document.kind') },
      render: (_, r) => kindLabel(r.kind, t),
    },
    { title: t('document.subject'), dataIndex: 'title', search: false, ellipsis: true },
    {
      title: t('document.status'),
      dataIndex: 'status',
      valueType: 'select',
      fieldProps: { options: DOCUMENT_STATUSES.map((s) => ({ value: s, label: t(`process.status.${s}`) })), 'aria-label': t('document.status') },
      render: (_, r) => <ToneTag tone={DOCUMENT_STATUS_TONE[r.status]}>{t(`process.status.${r.status}`)}</ToneTag>,
    },
    { title: t('document.createdAt'), dataIndex: 'createdAt', search: false, render: (_, r) => minute(r.createdAt) },
    { title: t('document.submittedAt'), dataIndex: 'submittedAt', search: false, render: (_, r) => minute(r.submittedAt) },
    { title: t('document.decidedAt'), dataIndex: 'decidedAt', search: false, render: (_, r) => minute(r.decidedAt) },
  ];

  return (
    <PageContainer
      title={t('document.list.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} data-testid="new-document" onClick={() => void navigate('/documents/new')}>
          {t('document.new')}
        </Button>
      }
    >
      <ProTable<Row, Filters>
        {...LIST_TABLE}
        columns={columns}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        locale={{ emptyText: t('document.list.empty') }}
        request={async (params) => {
          const { data } = await client.query({
            query: MyDocumentsDocument,
            fetchPolicy: 'network-only',
            variables: { status: params.status ? [params.status] : null, kind: params.kind ?? null, ...pageArgs(params) },
          });
          return { data: data?.documents.nodes ?? [], total: data?.documents.totalCount ?? 0, success: !!data };
        }}
      />
    </PageContainer>
  );
}
