import { useEffect } from 'react';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { LOCALES, LOCALE_LABEL, type Locale } from '../../../shared/i18n';
import { useI18n } from '../../../shared/i18n';

export interface UserFormValues {
  email: string;
  displayName: string;
  password: string;
  locale: Locale;
}

interface Props {
  open: boolean;
  errors: Record<string, string>;
  formError?: string | null;
  loading: boolean;
  onSubmit: (values: UserFormValues) => void;
  onCancel: () => void;
}

const FIELDS = ['email', 'displayName', 'password', 'locale'] as const;

export function UserForm({ open, errors, formError, loading, onSubmit, onCancel }: Props) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm<UserFormValues>();

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  useEffect(() => {
    form.setFields(FIELDS.map((name) => ({ name, errors: errors[name] ? [errors[name]] : [] })));
  }, [errors, form]);

  const required = [{ required: true, message: t('employee.required') }];
  return (
    <Modal
      open={open}
      title={t('user.new')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onCancel}
      forceRender
    >
      <Form<UserFormValues> form={form} name="user" layout="vertical" onFinish={onSubmit} initialValues={{ locale }}>
        {formError ? <Alert type="error" showIcon role="alert" title={formError} style={{ marginBottom: 16 }} /> : null}
        <Form.Item name="email" label={t('user.email')} rules={required}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('user.displayName')} rules={required}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="password" label={t('user.password')} rules={required}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="locale" label={t('user.locale')}>
          <Select aria-label={t('user.locale')} options={LOCALES.map((l) => ({ value: l, label: LOCALE_LABEL[l] }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
