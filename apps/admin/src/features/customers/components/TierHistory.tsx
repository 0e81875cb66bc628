import { Empty, Timeline, Typography } from 'antd';
import type { CustomerQuery } from '../../../gql/graphql';
import { TierBadge } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';
import { formatMoney } from '../../../shared/money';
import { minute } from '../format';

type Change = CustomerQuery['customer']['tierHistory'][number];

export function TierHistory({ changes }: { changes: readonly Change[] }) {
  const { t, locale } = useI18n();
  if (!changes.length) return <Empty description={t('tierStatus.noHistory')} />;
  return (
    <Timeline
      items={changes.map((c) => ({
        key: c.id,
        content: (
          <div>
            <Typography.Text strong>{t(`tierChange.${c.reason}`)}</Typography.Text>{' '}
            <TierBadge tier={c.fromTier} locale={locale} empty={t('customer.noTier')} /> → <TierBadge tier={c.toTier} locale={locale} empty={t('customer.noTier')} />
            <div>
              <Typography.Text type="secondary">
                {minute(c.at)} · {t('tierStatus.rulesVersion', { n: c.rulesVersion })}
                {c.actorName ? ` · ${c.actorName}` : ''}
              </Typography.Text>
            </div>
            {c.note ? <div>{c.note}</div> : null}
            {c.figures ? (
              <Typography.Text type="secondary">
                {t('tierStatus.windowSpend', { days: c.figures.windowDays })} {formatMoney(c.figures.windowSpend)} · {t('tierStatus.windowPurchases', { days: c.figures.windowDays })}{' '}
                {c.figures.windowPurchases} · {t('customer.lifetimeSpend')} {formatMoney(c.figures.lifetimeSpend)}
              </Typography.Text>
            ) : null}
          </div>
        ),
      }))}
    />
  );
}
