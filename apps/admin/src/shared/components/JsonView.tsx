import { Typography } from 'antd';
import { useI18n } from '../i18n';

export function JsonView({ value, label }: { value: Record<string, unknown> | null | undefined; label: string }) {
  const { t } = useI18n();
  return (
    <div>
      <Typography.Text strong>{label}</Typography.Text>
      {value ? (
        <pre
          aria-label={label}
          tabIndex={0}
          style={{ margin: '4px 0 0', padding: 8, background: '#f5f5f5', borderRadius: 6, maxHeight: 320, overflow: 'auto', fontSize: 12 }}
        >
          {JSON.stringify(value, null, 2)}
        </pre>
      ) : (
        <div>
          <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
        </div>
      )}
    </div>
  );
}
