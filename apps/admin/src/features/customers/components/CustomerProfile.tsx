import { Descriptions, Space } from 'antd';
import type { CustomerQuery } from '../../../gql/graphql';
import { useI18n } from '../../../shared/i18n';
import { formatMoney } from '../../../shared/money';
import { day } from '../format';
import { ContactValue } from './ContactValue';

type Customer = CustomerQuery['customer'];

export function CustomerProfile({ customer: c }: { customer: Customer }) {
  const { t, pick } = useI18n();
  return (
    <Descriptions column={1} size="small" data-testid="customer-profile">
      <Descriptions.Item label={t('customer.code')}>{c.code}</Descriptions.Item>
      <Descriptions.Item label={t('customer.phones')}>
        {c.phones.length ? (
          <Space orientation="vertical" size={0}>
            {c.phones.map((p) => (
              <ContactValue key={p} value={p} visible={c.contactVisible} />
            ))}
          </Space>
        ) : (
          '—'
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('customer.email')}>
        <ContactValue value={c.email} visible={c.contactVisible} />
      </Descriptions.Item>
      <Descriptions.Item label={t('customer.birthday')}>
        <ContactValue value={c.birthday} visible={c.contactVisible} />
      </Descriptions.Item>
      <Descriptions.Item label={t('customer.address')}>
        <ContactValue value={c.address} visible={c.contactVisible} />
      </Descriptions.Item>
      <Descriptions.Item label={t('customer.homeStation')}>{pick(c.homeStation.name, c.homeStation.nameEn)}</Descriptions.Item>
      <Descriptions.Item label={t('customer.tags')}>{c.tags.join('、') || '—'}</Descriptions.Item>
      <Descriptions.Item label={t('customer.marketingConsent')}>{t(c.marketingConsent ? 'common.yes' : 'common.no')}</Descriptions.Item>
      <Descriptions.Item label={t('customer.preferredChannel')}>{c.preferredChannel ? t(`channel.${c.preferredChannel}`) : '—'}</Descriptions.Item>
      <Descriptions.Item label={t('customer.preferredLanguage')}>{c.preferredLanguage ? t(`language.${c.preferredLanguage}`) : '—'}</Descriptions.Item>
      <Descriptions.Item label={t('customer.preferences')}>{c.preferences || '—'}</Descriptions.Item>
      <Descriptions.Item label={t('customer.lifetimeSpend')}>{formatMoney(c.lifetimeSpend)}</Descriptions.Item>
      <Descriptions.Item label={t('customer.purchaseCount')}>{c.purchaseCount}</Descriptions.Item>
      <Descriptions.Item label={t('customer.firstPurchase')}>{day(c.firstPurchaseAt)}</Descriptions.Item>
      <Descriptions.Item label={t('customer.lastPurchase')}>{day(c.lastPurchaseAt)}</Descriptions.Item>
      <Descriptions.Item label={t('customer.createdAt')}>{day(c.createdAt)}</Descriptions.Item>
    </Descriptions>
  );
}
