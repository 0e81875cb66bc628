import { useMemo } from 'react';
import { Form, Input, Select } from 'antd';
import { ModalForm, type FormModalProps } from '../../../shared/components';
import { LOCALES, LOCALE_LABEL, type Locale } from '../../../shared/i18n';
import { useI18n } from '../../../shared/i18n';

export interface UserFormValues {
  email: string;
  displayName: string;
  password: string;
  locale: Locale;
}

type Props = FormModalProps<UserFormValues>;

const FIELDS = ['email', 'displayName', 'password', 'locale'] as const;

export function UserForm({ ...modal }: Props) {
  const { t, locale } = useI18n();
  const initialValues = useMemo(() => ({ locale }), [locale]);

  const required = [{ required: true, message: t('employee.required') }];
  return (
    <ModalForm<UserFormValues>
      {...modal}
      title={t('user.new')}
      name="user"
      fields={FIELDS}
      initialValues={initialValues}
    >
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
    </ModalForm>
  );
}
