import { Button, Space, Table, Typography, type TableColumnsType, type TablePaginationConfig } from 'antd';
import type { SurveyCallListQuery } from '../../../../gql/graphql';
import { useI18n } from '../../../../shared/i18n';
import { minute } from '../../../../shared/dates';
import { EmptyText } from './EmptyText';
import { PhoneNumbers } from './PhoneNumbers';

export type Call = SurveyCallListQuery['surveyInvitations']['nodes'][number];

interface Props {
  rows: readonly Call[];
  loading: boolean;
  pagination: TablePaginationConfig;
  pickedId?: string;
  onPick: (call: Call) => void;
}

/** Invitations waiting for a call, latest first, with the numbers to dial; picking one opens its questions below. */
export function CallList({ rows, loading, pagination, pickedId, onPick }: Props) {
  const { t } = useI18n();
  const now = Date.now();
  const columns: TableColumnsType<Call> = [
    { title: t('surveyResp.col.customer'), key: 'customer', render: (_, c) => c.customerName },
    { title: t('surveyResp.entry.phone'), key: 'phones', render: (_, c) => <PhoneNumbers phones={c.customerPhones} /> },
    {
      title: t('surveyResp.col.stationUnit'),
      key: 'unit',
      render: (_, c) => (
        <Space orientation="vertical" size={0}>
          <span>{c.stationName}</span>
          <Typography.Text type="secondary">{c.unitName}</Typography.Text>
        </Space>
      ),
    },
    {
      title: t('surveyResp.col.source'),
      key: 'source',
      render: (_, c) => (
        <Space orientation="vertical" size={0}>
          <span>{t(`sat.source.${c.source}`)}</span>
          {c.campaign ? <Typography.Text type="secondary">{c.campaign}</Typography.Text> : null}
        </Space>
      ),
    },
    { title: t('surveyResp.calls.sent'), key: 'sent', render: (_, c) => minute(c.sentAt ?? c.sendAt) },
    {
      title: t('surveyResp.calls.expires'),
      key: 'expires',
      render: (_, c) =>
        c.expiresAt && new Date(c.expiresAt).getTime() < now ? <Typography.Text type="danger">{minute(c.expiresAt)}</Typography.Text> : minute(c.expiresAt),
    },
    { title: t('surveyResp.entry.language'), key: 'language', render: (_, c) => t(`language.${c.language}`) },
    {
      title: t('common.actions'),
      key: 'pick',
      width: 120,
      render: (_, c) =>
        c.id === pickedId ? (
          <Typography.Text strong>{t('surveyResp.calls.picked')}</Typography.Text>
        ) : (
          // No space put between two CJK characters: the visible word must stay inside the accessible name.
          <Button
            size="small"
            autoInsertSpace={false}
            onClick={() => onPick(c)}
            aria-label={t('surveyResp.calls.pickAria', { customer: c.customerName })}
            data-testid={`call-pick-${c.id}`}
          >
            {t('surveyResp.calls.pick')}
          </Button>
        ),
    },
  ];
  return (
    <Table<Call>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={rows as Call[]}
      loading={loading}
      pagination={pagination}
      locale={{ emptyText: <EmptyText>{t('surveyResp.calls.none')}</EmptyText> }}
      data-testid="call-list"
    />
  );
}
