import { Alert, Button, Form, Input } from 'antd';
import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { useI18n } from '../../../shared/i18n';

export interface LoginValues {
  email: string;
  password: string;
}

interface Props {
  error?: string | null;
  notice?: string | null;
  loading: boolean;
  onSubmit: (values: LoginValues) => void;
}

export function LoginForm({ error, notice, loading, onSubmit }: Props) {
  const { t } = useI18n();
  return (
    <Form<LoginValues> layout="vertical" requiredMark={false} onFinish={onSubmit} disabled={loading} name="login">
      {notice && !error ? <Alert type="info" title={notice} showIcon style={{ marginBottom: 16 }} /> : null}
      {error ? <Alert type="error" title={error} showIcon role="alert" style={{ marginBottom: 16 }} data-testid="login-error" /> : null}
      <Form.Item name="email" label={t('login.email')} rules={[{ required: true, message: t('login.emailRequired') }]}>
        <Input prefix={<MailOutlined />} type="email" autoComplete="username" autoFocus />
      </Form.Item>
      <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={loading}>
        {t('login.submit')}
      </Button>
    </Form>
  );
}
