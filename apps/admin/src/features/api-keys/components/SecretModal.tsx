import { useState } from 'react';
import { Alert, Button, Input, Modal, Space } from 'antd';
import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { useI18n } from '../../../shared/i18n';

interface Props {
  secret: string | null;
  name: string;
  onClose: () => void;
}

/** Shows a new key's secret the one time the server returns it. */
export function SecretModal({ secret, name, onClose }: Props) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);

  async function copy() {
    if (!secret) return;
    await navigator.clipboard.writeText(secret);
    setCopied(true);
  }

  return (
    <Modal
      open={!!secret}
      title={`${t('apiKey.secretTitle')} · ${name}`}
      onCancel={onClose}
      afterClose={() => setCopied(false)}
      // No click-outside close: losing the secret by a stray click means revoking the key.
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('common.close')}
        </Button>
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Alert type="warning" showIcon title={t('apiKey.secretWarning')} />
        <Space.Compact style={{ width: '100%' }}>
          <Input readOnly value={secret ?? ''} aria-label={t('apiKey.secretTitle')} data-testid="api-key-secret" style={{ fontFamily: 'monospace' }} />
          <Button icon={copied ? <CheckOutlined /> : <CopyOutlined />} onClick={() => void copy()}>
            {copied ? t('common.copied') : t('common.copy')}
          </Button>
        </Space.Compact>
      </Space>
    </Modal>
  );
}
