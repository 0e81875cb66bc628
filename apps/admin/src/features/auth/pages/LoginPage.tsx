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
  const { t, locale } = useI18n();
  const location = useLocation();
  const expired = (location.state as { expired?: boolean } | null)?.expired ?? false;
  // Kept as it came, so switching language on this page re-words it.
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const [loading, setLoading] = useState(false);

  async function submit(values: LoginValues) {
    setLoading(true);
    setFailure(null);
    try {
      await signIn(values.email.trim(), values.password);
    } catch (e) {
      setFailure({ error: e });
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
          <LoginForm error={failure ? errorMessage(failure.error, locale) : null} notice={expired ? t('app.sessionExpired') : null} loading={loading} onSubmit={(v) => void submit(v)} />
        </Card>
      </main>
    </Flex>
  );
}
