import { Link } from 'react-router';
import { Space, Table, Typography, type TableColumnsType, type TablePaginationConfig } from 'antd';
import type { SurveyResponseListRowFragment } from '../../../../gql/graphql';
import { useI18n } from '../../../../shared/i18n';
import { AnsweredWhen } from './AnsweredWhen';
import { answeredWhen, excerpt, remarksOf } from '../../responses-view';
import { LevelTag } from './LevelTag';
import { EmptyText } from './EmptyText';

const EXCERPT = 40;

interface Props {
  rows: readonly SurveyResponseListRowFragment[];
  loading: boolean;
  pagination: TablePaginationConfig;
  /** Filtered to forms with comments: the comments are what is being read, so show them whole. */
  fullComments: boolean;
}

/** Returned forms, newest first, with the customer's own words beside the figures. */
export function ResponseTable({ rows, loading, pagination, fullComments }: Props) {
  const { t, locale } = useI18n();
  const columns: TableColumnsType<SurveyResponseListRowFragment> = [
    {
      title: t('surveyResp.col.answeredAt'),
      key: 'answeredAt',
      width: 150,
      fixed: 'left',
      render: (_, r) => {
        const when = answeredWhen(r.answeredOn, r.answeredAt);
        return (
          <Link to={`/survey-responses/${r.id}`} data-testid="response-link" aria-label={`${t('surveyResp.list.open')} ${when.date} ${when.time} ${r.customerName}`}>
            <AnsweredWhen when={when} />
          </Link>
        );
      },
    },
    { title: t('surveyResp.col.customer'), key: 'customer', width: 110, render: (_, r) => r.customerName },
    { title: t('surveyResp.col.overall'), key: 'overall', width: 130, render: (_, r) => <LevelTag level={r.overallLevel} partialLabel={t('surveyResp.partial')} /> },
    { title: t('sat.nps'), key: 'nps', width: 60, align: 'right', render: (_, r) => r.nps ?? '—' },
    {
      title: t('surveyResp.col.comments'),
      key: 'comments',
      width: fullComments ? 360 : 240,
      render: (_, r) => {
        const remarks = remarksOf(r.answers, locale);
        if (!remarks.length) return <Typography.Text type="secondary">—</Typography.Text>;
        if (!fullComments) {
          const first = remarks[0]!;
          const more = remarks.length > 1 ? ` (+${remarks.length - 1})` : '';
          return (
            <span title={remarks.map((m) => t('surveyResp.list.tag', { field: m.question, value: m.text })).join('\n')} data-testid="response-comment">
              {excerpt(first.text, EXCERPT)}
              {more}
            </span>
          );
        }
        return (
          <ul style={{ margin: 0, paddingInlineStart: 16, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }} data-testid="response-comment">
            {remarks.map((m) => (
              <li key={m.itemKey}>
                <Typography.Text type="secondary">{t('surveyResp.list.tag', { field: m.question, value: '' })}</Typography.Text>
                {m.text}
              </li>
            ))}
          </ul>
        );
      },
    },
    {
      title: t('surveyResp.col.complaint'),
      key: 'complaint',
      width: 140,
      render: (_, r) =>
        r.complaintTicketId ? (
          <Link to={`/tickets/${r.complaintTicketId}`} data-testid="complaint-link">
            {r.complaintNumber ?? r.complaintTicketId}
          </Link>
        ) : (
          '—'
        ),
    },
    {
      title: t('surveyResp.col.ticket'),
      key: 'ticket',
      width: 140,
      render: (_, r) => (r.ticketId ? <Link to={`/tickets/${r.ticketId}`}>{r.ticketNumber ?? r.ticketId}</Link> : '—'),
    },
    {
      title: t('surveyResp.col.stationUnit'),
      key: 'unit',
      width: 170,
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <span>{r.stationName}</span>
          <Typography.Text type="secondary">{r.unitName}</Typography.Text>
        </Space>
      ),
    },
    { title: t('surveyResp.col.agent'), key: 'agent', width: 100, render: (_, r) => r.agentName ?? '—' },
    {
      title: `${t('surveyResp.col.source')} / ${t('surveyResp.col.channel')}`,
      key: 'source',
      width: 130,
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <span>{t(`sat.source.${r.source}`)}</span>
          <Typography.Text type="secondary">{t(`sat.channel.${r.channel}`)}</Typography.Text>
        </Space>
      ),
    },
    { title: t('surveyResp.col.template'), key: 'template', width: 130, render: (_, r) => t('surveyResp.version', { code: r.templateCode, version: r.version }) },
  ];
  return (
    <Table<SurveyResponseListRowFragment>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={rows as SurveyResponseListRowFragment[]}
      loading={loading}
      pagination={pagination}
      scroll={{ x: fullComments ? 1640 : 1520 }}
      locale={{ emptyText: <EmptyText>{t('surveyResp.list.empty')}</EmptyText> }}
      data-testid="response-table"
    />
  );
}
