import { useState } from 'react';
import { Alert, Button, Card, Flex, Input, Radio, Space, Statistic, Table } from 'antd';
import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { SurveySettingsSendMutation } from '../../../../gql/graphql';
import { ToneTag, type Tone } from '../../../../shared/components';
import { useI18n } from '../../../../shared/i18n';
import { skippedOf } from '../../settings-send';

export type SendResultData = SurveySettingsSendMutation['sendSurvey'];
type Invitation = SendResultData['invitations'][number];

const STATUS_TONE: Record<Invitation['status'], Tone> = { SCHEDULED: 'info', SENT: 'success', ANSWERED: 'success', SKIPPED: 'warning' };
const at = (iso?: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');

/**
 * What a send did: how many went out now, wait for their time or were skipped for the quiet
 * period (R-SAT-1), each invitation with its reason, and a personal link when one was asked for.
 */
export function SendResult({ result, quietDays }: { result: SendResultData; quietDays: number | null }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const [onlySkipped, setOnlySkipped] = useState(false);
  const skipped = skippedOf(result.invitations);
  const shown = onlySkipped ? skipped : result.invitations;

  async function copy() {
    if (!result.link) return;
    await navigator.clipboard.writeText(result.link);
    setCopied(true);
  }

  return (
    <Card size="small" title={t('surveySet.send.result')} data-testid="send-result">
      <Flex vertical gap={16}>
        <Space size="large" wrap>
          <Statistic title={t('surveySet.send.sent')} value={result.sent} data-testid="send-result-sent" />
          <Statistic title={t('surveySet.send.scheduled')} value={result.scheduled} data-testid="send-result-scheduled" />
          <Statistic title={t('surveySet.send.skipped')} value={result.skipped} data-testid="send-result-skipped" />
        </Space>
        {result.skipped ? (
          <Alert
            type="warning"
            showIcon
            title={quietDays != null ? t('surveySet.send.skippedNote', { n: result.skipped, days: quietDays }) : t('surveySet.send.skippedNoteNoDays', { n: result.skipped })}
          />
        ) : null}
        {result.link ? (
          <Flex vertical gap={8}>
            <Alert type="warning" showIcon title={t('surveySet.send.linkOnce')} />
            <Space.Compact style={{ width: '100%', maxWidth: 720 }}>
              <Input readOnly value={result.link} aria-label={t('surveySet.send.link')} data-testid="send-result-link" style={{ fontFamily: 'monospace' }} />
              <Button icon={copied ? <CheckOutlined /> : <CopyOutlined />} onClick={() => void copy()} data-testid="copy-link">
                {copied ? t('common.copied') : t('common.copy')}
              </Button>
            </Space.Compact>
          </Flex>
        ) : null}
        {skipped.length ? (
          <Radio.Group
            optionType="button"
            aria-label={t('surveySet.send.show')}
            value={onlySkipped}
            onChange={(e) => setOnlySkipped(e.target.value as boolean)}
            options={[
              { value: false, label: t('surveySet.send.showAll', { n: result.invitations.length }) },
              { value: true, label: t('surveySet.send.showSkipped', { n: skipped.length }) },
            ]}
            data-testid="send-result-filter"
          />
        ) : null}
        <Table<Invitation>
          rowKey="id"
          size="small"
          dataSource={shown}
          pagination={shown.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          data-testid="send-result-invitations"
          caption={result.invitations.length < result.sent + result.scheduled + result.skipped ? t('surveySet.send.firstHundred') : undefined}
          columns={[
            { title: t('surveySet.send.customer'), dataIndex: 'customerName' },
            { title: t('common.status'), key: 'status', render: (_, i) => <ToneTag tone={STATUS_TONE[i.status]}>{t(`sat.invitation.${i.status}`)}</ToneTag> },
            { title: t('common.reason'), key: 'reason', render: (_, i) => (i.skipReason ? t(`surveySet.send.skip.${i.skipReason}`) : '—') },
            { title: t('surveySet.send.delivery'), key: 'delivery', render: (_, i) => (i.delivery ? t(`sat.delivery.${i.delivery}`) : '—') },
            { title: t('surveySet.send.language'), key: 'language', render: (_, i) => t(`language.${i.language}`) },
            { title: t('surveySet.send.sendAt'), key: 'sendAt', render: (_, i) => at(i.sendAt) },
            { title: t('surveySet.send.expiresAt'), key: 'expiresAt', render: (_, i) => at(i.expiresAt) },
          ]}
        />
      </Flex>
    </Card>
  );
}
