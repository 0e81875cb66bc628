import { Descriptions, Space } from 'antd';
import type { TicketRowFragment } from '../../../gql/graphql';
import { ToneTag } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';
import { minute } from '../../../shared/dates';
import { SlaBadge } from './SlaBadge';

type Clock = Pick<
  TicketRowFragment,
  'status' | 'openedAt' | 'paused' | 'firstResponseDueAt' | 'firstRespondedAt' | 'firstResponseBreached' | 'nextUpdateDueAt' | 'resolutionDueAt' | 'resolutionBreached' | 'resolvedAt' | 'escalationLevel'
> & { promisedAt?: string | null };

/** Each SLA target of a case with its due time and whether it was met (R-SVC-10), and the reply time promised (R-SVC-2). */
export function SlaTargets({ ticket }: { ticket: Clock }) {
  const { t } = useI18n();
  const breach = (breached: boolean) => (breached ? <ToneTag tone="danger">{t('sd.sla.breachedTag')}</ToneTag> : null);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <SlaBadge clock={ticket} />
      <Descriptions column={1} size="small" data-testid="sla-targets">
        <Descriptions.Item label={t('sd.target.FIRST_RESPONSE')}>
          <Space size={4} wrap>
            <span>{t('sd.sla.due', { at: minute(ticket.firstResponseDueAt) })}</span>
            {ticket.firstRespondedAt ? <span>{t('sd.sla.doneAt', { at: minute(ticket.firstRespondedAt) })}</span> : null}
            {breach(ticket.firstResponseBreached)}
          </Space>
        </Descriptions.Item>
        {ticket.firstRespondedAt && ticket.nextUpdateDueAt && !ticket.resolvedAt ? (
          <Descriptions.Item label={t('sd.target.UPDATE')}>{t('sd.sla.due', { at: minute(ticket.nextUpdateDueAt) })}</Descriptions.Item>
        ) : null}
        <Descriptions.Item label={t('sd.target.RESOLUTION')}>
          <Space size={4} wrap>
            <span>{t('sd.sla.due', { at: minute(ticket.resolutionDueAt) })}</span>
            {ticket.resolvedAt ? <span>{t('sd.sla.doneAt', { at: minute(ticket.resolvedAt) })}</span> : null}
            {breach(ticket.resolutionBreached)}
          </Space>
        </Descriptions.Item>
        {ticket.promisedAt ? <Descriptions.Item label={t('sd.promisedAt')}>{minute(ticket.promisedAt)}</Descriptions.Item> : null}
        {ticket.paused ? <Descriptions.Item label={t('sd.sla.clock')}>{t('sd.sla.pausedLong')}</Descriptions.Item> : null}
        {ticket.escalationLevel ? (
          <Descriptions.Item label={t('sd.sla.escalation')}>
            <ToneTag tone="danger">{t(ticket.escalationLevel >= 2 ? 'sd.sla.escalatedManager' : 'sd.sla.escalatedHead')}</ToneTag>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
    </Space>
  );
}
