import type { ReactNode } from 'react';
import { Alert, Card, Descriptions, Space, Typography } from 'antd';
import type { CustomerQuery } from '../../../gql/graphql';
import { TierBadge, ToneTag } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';
import { formatMoney } from '../../../shared/money';
import { tierNeeds, type TierNeed } from '../tierNeeds';
import { day } from '../format';

type Status = CustomerQuery['customer']['tierStatus'];

/** "Why is this customer Gold": the figures, what they earn, what the next tier needs. */
export function TierStatusCard({ status, actions }: { status: Status; actions?: ReactNode }) {
  const { t, locale } = useI18n();
  const f = status.figures;
  const needs = status.nextTier ? tierNeeds(status.nextTier, f) : [];
  const needText = (n: TierNeed) =>
    n.kind === 'lifetimeSpend'
      ? t('tierNeed.lifetimeSpend', { amount: formatMoney(n.amount) })
      : n.kind === 'windowSpend'
        ? t('tierNeed.windowSpend', { amount: formatMoney(n.amount), days: n.days })
        : n.kind === 'windowPurchases'
          ? t('tierNeed.windowPurchases', { count: n.count, days: n.days })
          : t('tierNeed.recentPurchase', { days: n.days });

  return (
    <Card title={t('tierStatus.title')} size="small" extra={actions} data-testid="tier-card">
      <Space wrap style={{ marginBottom: 12 }}>
        <TierBadge tier={status.tier} locale={locale} empty={t('customer.noTier')} />
        {status.since ? <Typography.Text type="secondary">{t('tierStatus.since', { date: day(status.since) })}</Typography.Text> : null}
        {status.overridden ? <ToneTag tone="warning">{t('tierStatus.overridden')}</ToneTag> : null}
        <Typography.Text type="secondary">{t('tierStatus.rulesVersion', { n: status.rulesVersion })}</Typography.Text>
      </Space>
      {status.graceEndsAt ? <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('tierStatus.grace', { date: day(status.graceEndsAt) })} /> : null}
      {status.overridden ? (
        <Descriptions column={1} size="small" style={{ marginBottom: 12 }}>
          <Descriptions.Item label={t('tierStatus.overrideReason')}>{status.overrideReason}</Descriptions.Item>
          <Descriptions.Item label={t('tierStatus.overrideUntil')}>{status.overrideExpiresAt ? day(status.overrideExpiresAt) : t('tierStatus.overrideOpen')}</Descriptions.Item>
        </Descriptions>
      ) : null}
      <Descriptions column={1} size="small" title={t('tierStatus.figures')}>
        <Descriptions.Item label={t('tierStatus.windowSpend', { days: f.windowDays })}>{formatMoney(f.windowSpend)}</Descriptions.Item>
        <Descriptions.Item label={t('tierStatus.windowPurchases', { days: f.windowDays })}>{f.windowPurchases}</Descriptions.Item>
        <Descriptions.Item label={t('customer.lifetimeSpend')}>{formatMoney(f.lifetimeSpend)}</Descriptions.Item>
        <Descriptions.Item label={t('tierStatus.daysSinceLast')}>{f.daysSinceLastPurchase ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('tierStatus.qualifies')}>
          <TierBadge tier={status.qualifiedTier} locale={locale} empty={t('customer.noTier')} />
        </Descriptions.Item>
        <Descriptions.Item label={t('tierStatus.next')}>
          {status.nextTier ? <TierBadge tier={status.nextTier} locale={locale} /> : t('tierStatus.top')}
        </Descriptions.Item>
        {needs.length ? (
          <Descriptions.Item label={t('tierStatus.nextNeeds')}>
            <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="tier-needs">
              {needs.map((n) => (
                <li key={n.kind}>{needText(n)}</li>
              ))}
            </ul>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
    </Card>
  );
}
