import { useEffect } from 'react';
import { Form, Input, Modal } from 'antd';
import { FormAlert, NewPasswordFields } from '../../../shared/components';
import { useFieldErrors } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';

export interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
}

interface Props {
  open: boolean;
  /** The account's email, so a password manager files the new password under it. */
  email: string;
  errors: Record<string, string>;
  formError?: string | null;
  loading: boolean;
  onSubmit: (values: ChangePasswordValues) => void;
  onCancel: () => void;
}

const FIELDS = ['currentPassword', 'newPassword'] as const;

export function ChangePasswordForm({ open, email, errors, formError, loading, onSubmit, onCancel }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<ChangePasswordValues>();

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const unknown = useFieldErrors(form, FIELDS, errors);

  return (
    <Modal
      open={open}
      title={t('password.changeMine')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onCancel}
      forceRender
    >
      <Form<ChangePasswordValues>
        form={form}
        name="changePassword"
        layout="vertical"
        onFinish={({ currentPassword, newPassword }) => onSubmit({ currentPassword, newPassword })}
      >
        <FormAlert error={formError} unknown={unknown} />
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true, message: t('employee.required') }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <NewPasswordFields name="newPassword" label={t('user.newPassword')} />
      </Form>
    </Modal>
  );
}
