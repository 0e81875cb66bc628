import { useEffect } from 'react';
import { Alert, Form, Input, Modal } from 'antd';
import type { GrantInput } from '../../../gql/graphql';
import { GrantsField } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';

export interface RoleFormValues {
  code: string;
  name: string;
  nameEn?: string;
  description?: string;
  grants: GrantInput[];
}

interface Props {
  open: boolean;
  mode: 'create' | 'edit';
  initialValues?: RoleFormValues;
  errors: Record<string, string>;
  formError?: string | null;
  loading: boolean;
  onSubmit: (values: RoleFormValues) => void;
  onCancel: () => void;
}

const FIELDS = ['code', 'name', 'nameEn', 'description', 'grants'] as const;

export function RoleForm({ open, mode, initialValues, errors, formError, loading, onSubmit, onCancel }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<RoleFormValues>();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(initialValues ?? { grants: [] });
  }, [open, initialValues, form]);

  useEffect(() => {
    form.setFields(FIELDS.map((name) => ({ name, errors: errors[name] ? [errors[name]] : [] })));
  }, [errors, form]);

  const required = [{ required: true, message: t('employee.required') }];
  return (
    <Modal
      open={open}
      title={t(mode === 'create' ? 'role.new' : 'role.edit')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onCancel}
      forceRender
      width={720}
    >
      <Form<RoleFormValues> form={form} name="role" layout="vertical" onFinish={onSubmit}>
        {formError ? <Alert type="error" showIcon role="alert" title={formError} style={{ marginBottom: 16 }} /> : null}
        <Form.Item name="code" label={t('role.code')} rules={required}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="name" label={t('role.name')} rules={required}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="nameEn" label={t('role.nameEn')}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="description" label={t('role.description')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item label={t('role.grants')} required>
          <GrantsField />
        </Form.Item>
      </Form>
    </Modal>
  );
}
