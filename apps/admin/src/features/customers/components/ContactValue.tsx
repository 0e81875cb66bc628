import { Space, Tooltip } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useI18n } from '../../../shared/i18n';

/**
 * Contact data exactly as the server sent it. Masked values (R-ACL-3) carry a lock whose
 * tooltip says why, so nobody mistakes "***678" for a typing error in the file.
 */
export function ContactValue({ value, visible }: { value: string | null | undefined; visible: boolean }) {
  const { t } = useI18n();
  if (!value) return <span>—</span>;
  if (visible) return <span data-testid="contact-value">{value}</span>;
  return (
    <Space size={4} data-testid="contact-masked">
      <span>{value}</span>
      <Tooltip title={t('customer.masked')}>
        <LockOutlined aria-label={t('customer.masked')} tabIndex={0} style={{ color: '#595959' }} />
      </Tooltip>
    </Space>
  );
}
