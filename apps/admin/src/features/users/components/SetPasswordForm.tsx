import { useEffect } from 'react';
import { Alert, Form, Modal } from 'antd';
import { FormAlert, NewPasswordFields } from '../../../shared/components';
import { useFieldErrors } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';

export interface SetPasswordValues {
  password: string;
}

interface Props {
  open: boolean;
  userName: string;
  errors: Record<string, string>;
  formError?: string | null;
  loading: boolean;
  onSubmit: (values: SetPasswordValues) => void;
  onCancel: () => void;
}

const FIELDS = ['password'] as const;

export function SetPasswordForm({ open, userName, errors, formError, loading, onSubmit, onCancel }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<SetPasswordValues>();

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const unknown = useFieldErrors(form, FIELDS, errors);

  return (
    <Modal
      open={open}
      title={`${t('user.setPassword')} · ${userName}`}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onCancel}
      forceRender
    >
      <Form<SetPasswordValues> form={form} name="setPassword" layout="vertical" onFinish={({ password }) => onSubmit({ password })}>
        <Alert type="warning" showIcon title={t('user.setPasswordWarning')} style={{ marginBottom: 16 }} />
        <FormAlert error={formError} unknown={unknown} />
        <NewPasswordFields name="password" label={t('user.newPassword')} />
      </Form>
    </Modal>
  );
}
