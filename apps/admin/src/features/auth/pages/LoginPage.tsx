import { useState } from 'react';
import { useLocation } from 'react-router';
import { Card, Flex, Typography } from 'antd';
import { LanguageSwitch } from '../../../shared/components';
import { errorMessage } from '../../../shared/apollo';
import { useI18n } from '../../../shared/i18n';
import { useSession } from '../../../app/session';
import { LoginForm, type LoginValues } from '../components/LoginForm';

export default function LoginPage() {
  const { signIn } = useSession();
  const { t } = useI18n();
  const location = useLocation();
  const expired = (location.state as { expired?: boolean } | null)?.expired ?? false;
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  async function submit(values: LoginValues) {
    setLoading(true);
    setError(null);
    try {
      await signIn(values.email.trim(), values.password);
    } catch (e) {
      setError(errorMessage(e));
      setLoading(false);
    }
  }

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', background: '#f0f2f5', padding: 16 }}>
      <main style={{ width: '100%', maxWidth: 400 }}>
        <Flex justify="flex-end" style={{ marginBottom: 8 }}>
          <LanguageSwitch />
        </Flex>
        <Card>
          <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
            Stationhub
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('login.subtitle')}</Typography.Paragraph>
          <LoginForm error={error} notice={expired ? t('app.sessionExpired') : null} loading={loading} onSubmit={(v) => void submit(v)} />
        </Card>
      </main>
    </Flex>
  );
}
