import { Space, Typography } from 'antd';
import { useI18n } from '../../../../shared/i18n';
import { ContactValue } from '../../../customers/components/ContactValue';
import { isMaskedPhone, telHref } from '../../responses-entry';

/**
 * The numbers to call a customer on: links that dial, or, masked by the server for a reader
 * without ReadCustomerContact (R-ACL-3), the masked text with the lock that says why.
 */
export function PhoneNumbers({ phones }: { phones: readonly string[] }) {
  const { t } = useI18n();
  if (!phones.length) return <Typography.Text type="secondary">{t('surveyResp.entry.noPhone')}</Typography.Text>;
  return (
    <Space size={[12, 0]} wrap data-testid="phones">
      {/* Masked, two numbers can read alike: the position keeps them apart. */}
      {phones.map((phone, i) => {
        if (isMaskedPhone(phone)) return <ContactValue key={i} value={phone} visible={false} />;
        const href = telHref(phone);
        return href ? (
          <a key={i} href={href} data-testid="phone-link">
            {phone}
          </a>
        ) : (
          <span key={i}>{phone}</span>
        );
      })}
    </Space>
  );
}
