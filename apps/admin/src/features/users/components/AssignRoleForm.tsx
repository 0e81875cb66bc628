import { useEffect } from 'react';
import { Alert, Form, Modal, Select, TreeSelect } from 'antd';
import { useI18n } from '../../../shared/i18n';
import type { UnitOption } from '../../org';

export interface AssignRoleValues {
  roleId: string;
  unitId?: string;
}


interface Props {
  open: boolean;
  userName: string;
  roles: { value: string; label: string }[];
  units: UnitOption[];
  error?: string | null;
  loading: boolean;
  onSubmit: (values: AssignRoleValues) => void;
  onCancel: () => void;
}

export function AssignRoleForm({ open, userName, roles, units, error, loading, onSubmit, onCancel }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<AssignRoleValues>();
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  return (
    <Modal
      open={open}
      title={`${t('user.assignRole')} · ${userName}`}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onCancel}
      forceRender
    >
      <Form<AssignRoleValues> form={form} name="assignRole" layout="vertical" onFinish={onSubmit}>
        {error ? <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} /> : null}
        <Form.Item name="roleId" label={t('user.role')} rules={[{ required: true, message: t('employee.required') }]}>
          <Select aria-label={t('user.role')} options={roles} showSearch optionFilterProp="label" />
        </Form.Item>
        <Form.Item name="unitId" label={t('user.unit')}>
          <TreeSelect aria-label={t('user.unit')} treeData={units} allowClear showSearch treeNodeFilterProp="path" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
