import { Alert } from 'antd';
import { ModalForm, NewPasswordFields, type FormModalProps } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';

export interface SetPasswordValues {
  password: string;
}

interface Props extends FormModalProps<SetPasswordValues> {
  userName: string;
}

const FIELDS = ['password'] as const;

export function SetPasswordForm({ open, userName, errors, formError, loading, onSubmit, onCancel }: Props) {
  const { t } = useI18n();

  return (
    <ModalForm<SetPasswordValues>
      open={open}
      title={`${t('user.setPassword')} · ${userName}`}
      name="setPassword"
      fields={FIELDS}
      errors={errors}
      formError={formError}
      notice={<Alert type="warning" showIcon title={t('user.setPasswordWarning')} style={{ marginBottom: 16 }} />}
      loading={loading}
      onSubmit={({ password }) => onSubmit({ password })}
      onCancel={onCancel}
    >
      <NewPasswordFields name="password" label={t('user.newPassword')} />
    </ModalForm>
  );
}
