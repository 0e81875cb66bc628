import { PageContainer, ProTable, type ProColumns } from '@ant-design/pro-components';
import { useApolloClient } from '@apollo/client/react';
import { Col, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import type { AuditOutcome, AuditRecordsQuery } from '../../../gql/graphql';
import { JsonView, ToneTag } from '../../../shared/components';
import { OUTCOME_TONE } from '../../../shared/constants/tones';
import { useI18n } from '../../../shared/i18n';
import { AuditRecordsDocument } from '../graphql/audit.operations';
import { minute } from '../../../shared/dates';

type Record_ = AuditRecordsQuery['auditRecords']['nodes'][number];
type Filters = { operation?: string; outcome?: AuditOutcome; targetType?: string; range?: [Dayjs | string, Dayjs | string] };

const OUTCOMES: readonly AuditOutcome[] = ['ALLOWED', 'DENIED', 'FAILED'];

function toIso(value: Dayjs | string | undefined, endOfDay: boolean): string | null {
  if (!value) return null;
  if (typeof value === 'string') {
    const d = new Date(endOfDay ? `${value}T23:59:59.999` : `${value}T00:00:00`);
    return Number.isNaN(d.getTime()) ? null : d.toISOString();
  }
  return (endOfDay ? value.endOf('day') : value.startOf('day')).toISOString();
}

export default function AuditLogPage() {
  const { t } = useI18n();
  const client = useApolloClient();

  const columns: ProColumns<Record_>[] = [
    { title: t('audit.at'), dataIndex: 'at', search: false, width: 180, render: (_, r) => minute(r.at) },
    { title: t('audit.range'), dataIndex: 'range', valueType: 'dateRange', hideInTable: true },
    { title: t('audit.operation'), dataIndex: 'operation', render: (_, r) => <code>{r.operation}</code> },
    {
      title: t('audit.outcome'),
      dataIndex: 'outcome',
      valueType: 'select',
      fieldProps: { options: OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) })), 'aria-label': t('audit.outcome') },
      render: (_, r) => <ToneTag tone={OUTCOME_TONE[r.outcome]}>{t(`outcome.${r.outcome}`)}</ToneTag>,
    },
    { title: t('audit.actor'), dataIndex: 'actorName', search: false, render: (_, r) => r.actorName ?? r.actorType },
    { title: t('audit.targetType'), dataIndex: 'targetType', render: (_, r) => r.targetType ?? '—' },
    { title: t('audit.target'), dataIndex: 'targetId', search: false, ellipsis: true, render: (_, r) => r.targetId ?? '—' },
    { title: t('audit.errorCode'), dataIndex: 'errorCode', search: false, render: (_, r) => r.errorCode ?? '—' },
  ];

  return (
    <PageContainer title={t('audit.title')}>
      <ProTable<Record_, Filters>
        rowKey="id"
        columns={columns}
        cardBordered
        options={{ reload: true, density: false, setting: false }}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        expandable={{
          expandedRowRender: (r) => (
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <JsonView label={t('audit.before')} value={r.before} />
              </Col>
              <Col xs={24} md={12}>
                <JsonView label={t('audit.after')} value={r.after} />
              </Col>
              <Col span={24} style={{ marginTop: 8 }}>
                {`${t('audit.requestId')}: ${r.requestId}`}
              </Col>
            </Row>
          ),
        }}
        request={async (params) => {
          const first = params.pageSize ?? 20;
          const { data } = await client.query({
            query: AuditRecordsDocument,
            fetchPolicy: 'network-only',
            variables: {
              operation: params.operation?.trim() || null,
              outcome: params.outcome ?? null,
              targetType: params.targetType?.trim() || null,
              from: toIso(params.range?.[0], false),
              to: toIso(params.range?.[1], true),
              first,
              offset: ((params.current ?? 1) - 1) * first,
            },
          });
          return { data: data?.auditRecords.nodes ?? [], total: data?.auditRecords.totalCount ?? 0, success: !!data };
        }}
      />
    </PageContainer>
  );
}
