import { Form, Input } from 'antd';
import { ModalForm, NewPasswordFields, type FormModalProps } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';

export interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
}

interface Props extends FormModalProps<ChangePasswordValues> {
  /** The account's email, so a password manager files the new password under it. */
  email: string;
}

const FIELDS = ['currentPassword', 'newPassword'] as const;

export function ChangePasswordForm({ open, email, errors, formError, loading, onSubmit, onCancel }: Props) {
  const { t } = useI18n();

  return (
    <ModalForm<ChangePasswordValues>
      open={open}
      title={t('password.changeMine')}
      name="changePassword"
      fields={FIELDS}
      errors={errors}
      formError={formError}
      loading={loading}
      onSubmit={({ currentPassword, newPassword }) => onSubmit({ currentPassword, newPassword })}
      onCancel={onCancel}
    >
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true, message: t('employee.required') }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <NewPasswordFields name="newPassword" label={t('user.newPassword')} />
    </ModalForm>
  );
}
