import { Link } from 'react-router';
import { Descriptions, Space, Typography } from 'antd';
import type { TicketQuery } from '../../../gql/graphql';
import { TierBadge } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';
import { minute } from '../../../shared/dates';

type Ticket = TicketQuery['ticket'];

/** Who, how, what, when and where (R-SVC-1, R-SVC-3), and who has the case now. */
export function TicketSummary({ ticket }: { ticket: Ticket }) {
  const { t, pick, locale } = useI18n();
  return (
    <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="ticket-summary">
      <Descriptions.Item label={t('sd.customer')}>
        {ticket.customer ? (
          <Space size={4} wrap>
            <Link to={`/customers/${ticket.customer.id}`} data-testid="customer-link">
              {ticket.customer.name} ({ticket.customer.code})
            </Link>
            <TierBadge tier={ticket.customer.tier} locale={locale} empty="" />
          </Space>
        ) : (
          <Space size={4}>
            <span>{ticket.contactName ?? '—'}</span>
            <Typography.Text type="secondary">{t('sd.walkIn')}</Typography.Text>
          </Space>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('sd.contactPhone')}>{ticket.contactPhone ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('sd.channel')}>{t(`sd.channel.${ticket.channel}`)}</Descriptions.Item>
      <Descriptions.Item label={t('sd.openedAt')}>{minute(ticket.openedAt)}</Descriptions.Item>
      <Descriptions.Item label={t('sd.product')}>{ticket.product ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('sd.problemAt')}>{minute(ticket.problemAt)}</Descriptions.Item>
      <Descriptions.Item label={t('sd.problemPlace')}>{ticket.problemPlace ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('sd.station')}>{pick(ticket.station.name, ticket.station.nameEn)}</Descriptions.Item>
      <Descriptions.Item label={t('sd.unit')}>
        <span data-testid="ticket-unit">{pick(ticket.unit.name, ticket.unit.nameEn)}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('sd.assignee')}>
        <span data-testid="ticket-assignee">{ticket.assigneeName ?? '—'}</span>
      </Descriptions.Item>
      {ticket.externalRef ? <Descriptions.Item label={t('sd.externalRef')}>{ticket.externalRef}</Descriptions.Item> : null}
      <Descriptions.Item label={t('sd.content')} span={2}>
        <div style={{ whiteSpace: 'pre-wrap' }}>{ticket.content}</div>
      </Descriptions.Item>
    </Descriptions>
  );
}
