import { useEffect } from 'react';
import { Alert, DatePicker, Form, Input, Modal, TreeSelect } from 'antd';
import type { Dayjs } from 'dayjs';
import type { GrantInput } from '../../../gql/graphql';
import { GrantsField } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';
import type { UnitOption } from '../../org';

export interface ApiKeyFormValues {
  name: string;
  unitId?: string;
  expiresAt?: Dayjs;
  grants: GrantInput[];
}


interface Props {
  open: boolean;
  units: UnitOption[];
  errors: Record<string, string>;
  formError?: string | null;
  loading: boolean;
  onSubmit: (values: ApiKeyFormValues) => void;
  onCancel: () => void;
}

const FIELDS = ['name', 'unitId', 'expiresAt', 'grants'] as const;

export function ApiKeyForm({ open, units, errors, formError, loading, onSubmit, onCancel }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<ApiKeyFormValues>();
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  useEffect(() => {
    form.setFields(FIELDS.map((name) => ({ name, errors: errors[name] ? [errors[name]] : [] })));
  }, [errors, form]);

  return (
    <Modal
      open={open}
      title={t('apiKey.new')}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onCancel}
      forceRender
      width={720}
    >
      <Form<ApiKeyFormValues> form={form} name="apiKey" layout="vertical" onFinish={onSubmit} initialValues={{ grants: [] }}>
        {formError ? <Alert type="error" showIcon role="alert" title={formError} style={{ marginBottom: 16 }} /> : null}
        <Form.Item name="name" label={t('apiKey.name')} rules={[{ required: true, message: t('employee.required') }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="unitId" label={t('apiKey.unit')}>
          <TreeSelect aria-label={t('apiKey.unit')} treeData={units} allowClear showSearch treeNodeFilterProp="path" />
        </Form.Item>
        <Form.Item name="expiresAt" label={t('apiKey.expiresAt')}>
          <DatePicker showTime style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('role.grants')} required>
          <GrantsField />
        </Form.Item>
      </Form>
    </Modal>
  );
}
