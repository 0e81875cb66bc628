import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { PageContainer } from '@ant-design/pro-components';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Col, Descriptions, Result, Row, Space, Table, Typography, type TableColumnsType } from 'antd';
import type { SurveyResponseDetailQuery } from '../../../gql/graphql';
import { errorCode } from '../../../shared/apollo';
import { PageError, PageLoading, ToneTag } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';
import { useViewer } from '../../../app/session';
import { canAccess } from '../../../app/access';
import { SurveyResponseDetailDocument } from '../graphql/responses.operations';
import { textIn } from '../responses-entry';
import { answeredWhen } from '../responses-view';
import { LevelTag } from '../components/responses/LevelTag';
import { AnsweredWhen } from '../components/responses/AnsweredWhen';

type Answer = SurveyResponseDetailQuery['surveyResponse']['answers'][number];

const heading = (text: string) => <h2 style={{ fontSize: 16, margin: 0 }}>{text}</h2>;

/**
 * One returned form (R-SAT-1…5): every answer beside the question it answered, in the
 * template version the customer saw, who keyed it in for a call or an interview, the points
 * it earned (R-SAT-6), and the complaint a 不滿意 answer opened (R-SAT-5).
 */
export default function SurveyResponsePage() {
  const { id = '' } = useParams();
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(SurveyResponseDetailDocument, { variables: { id } });

  if (loading && !data) return <PageLoading />;
  if (error && errorCode(error) === 'NOT_FOUND') return <Result status="404" title="404" subTitle={t('surveyResp.form.notFound')} extra={<Link to="/survey-responses">{t('surveyResp.form.back')}</Link>} />;
  if (error || !data) return <PageError error={error} onRetry={() => void refetch()} />;
  const r = data.surveyResponse;
  const when = answeredWhen(r.answeredOn, r.answeredAt);
  const canOpenCustomer = canAccess(viewer.permissions, 'ReadCustomer');

  const columns: TableColumnsType<Answer> = [
    {
      title: t('surveyResp.form.question'),
      key: 'question',
      width: '30%',
      render: (_, a) => (
        <Space orientation="vertical" size={0}>
          <span>{textIn(a.label, locale) || a.itemKey}</span>
          <Typography.Text type="secondary">{t(`sat.itemKind.${a.kind}`)}</Typography.Text>
        </Space>
      ),
    },
    {
      title: t('surveyResp.form.answer'),
      key: 'answer',
      width: '30%',
      render: (_, a) => {
        if (a.level) return <LevelTag level={a.level} />;
        if (a.nps !== null && a.nps !== undefined) return <span data-testid="answer-nps">{a.nps} / 10</span>;
        if (a.text) return <span style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{a.text}</span>;
        return <Typography.Text type="secondary">{t('surveyResp.form.noAnswer')}</Typography.Text>;
      },
    },
    {
      title: t('surveyResp.form.comment'),
      key: 'comment',
      render: (_, a) =>
        a.comment ? (
          <span style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }} data-testid="answer-comment">
            {a.comment}
          </span>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <PageContainer
      title={<span data-testid="response-title">{t('surveyResp.form.title', { customer: r.customerName })}</span>}
      subTitle={<AnsweredWhen when={when} />}
      onBack={() => void ((window.history.state as { idx?: number } | null)?.idx ? navigate(-1) : navigate('/survey-responses'))}
      backIcon={<ArrowLeftOutlined aria-label={t('surveyResp.form.back')} />}
      tags={
        <Space size={4} wrap>
          <LevelTag level={r.overallLevel} partialLabel={t('surveyResp.partial')} />
          {r.complete ? <ToneTag tone="success">{t('surveyResp.form.complete')}</ToneTag> : null}
        </Space>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card size="small" title={heading(t('surveyResp.form.answers'))}>
            <Table<Answer> rowKey="itemKey" size="middle" columns={columns} dataSource={r.answers} pagination={false} data-testid="response-answers" />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card size="small" title={heading(t('surveyResp.form.about'))}>
            <Descriptions column={1} size="small" data-testid="response-about">
              <Descriptions.Item label={t('surveyResp.col.answeredAt')}>
                <AnsweredWhen when={when} />
              </Descriptions.Item>
              <Descriptions.Item label={t('surveyResp.col.customer')}>{canOpenCustomer ? <Link to={`/customers/${r.customerId}`}>{r.customerName}</Link> : r.customerName}</Descriptions.Item>
              <Descriptions.Item label={t('sat.dimension.STATION')}>{r.stationName}</Descriptions.Item>
              <Descriptions.Item label={t('sat.dimension.UNIT')}>{r.unitName}</Descriptions.Item>
              <Descriptions.Item label={t('sat.dimension.AGENT')}>{r.agentName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('sat.dimension.SOURCE')}>{t(`sat.source.${r.source}`)}</Descriptions.Item>
              <Descriptions.Item label={t('sat.dimension.CHANNEL')}>{t(`sat.channel.${r.channel}`)}</Descriptions.Item>
              <Descriptions.Item label={t('surveyResp.form.enteredBy')}>{r.channel === 'ONLINE' ? t('surveyResp.form.online') : (r.enteredBy ?? '—')}</Descriptions.Item>
              <Descriptions.Item label={t('surveyResp.form.language')}>{t(`language.${r.language}`)}</Descriptions.Item>
              <Descriptions.Item label={t('surveyResp.col.template')}>{t('surveyResp.version', { code: r.templateCode, version: r.version })}</Descriptions.Item>
              <Descriptions.Item label={t('surveyResp.col.overall')}>
                <LevelTag level={r.overallLevel} partialLabel={t('surveyResp.partial')} />
              </Descriptions.Item>
              <Descriptions.Item label={t('surveyResp.form.status')}>{r.complete ? t('surveyResp.form.complete') : t('surveyResp.partial')}</Descriptions.Item>
              <Descriptions.Item label={t('sat.nps')}>{r.nps ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('surveyResp.form.points')}>{r.pointsAwarded}</Descriptions.Item>
              <Descriptions.Item label={t('surveyResp.col.complaint')}>
                {r.complaintTicketId ? (
                  <Link to={`/tickets/${r.complaintTicketId}`} data-testid="complaint-link">
                    {r.complaintNumber ?? r.complaintTicketId}
                  </Link>
                ) : (
                  t('surveyResp.form.noComplaint')
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('surveyResp.col.ticket')}>
                {r.ticketId ? (
                  <Link to={`/tickets/${r.ticketId}`} data-testid="ticket-link">
                    {r.ticketNumber ?? r.ticketId}
                  </Link>
                ) : (
                  t('surveyResp.form.noTicket')
                )}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
