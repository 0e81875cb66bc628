import { Form, Select, TreeSelect } from 'antd';
import { ModalForm } from '../../../shared/components';
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

  return (
    <ModalForm<AssignRoleValues>
      open={open}
      title={`${t('user.assignRole')} · ${userName}`}
      name="assignRole"
      formError={error}
      loading={loading}
      onSubmit={onSubmit}
      onCancel={onCancel}
    >
      <Form.Item name="roleId" label={t('user.role')} rules={[{ required: true, message: t('employee.required') }]}>
        <Select aria-label={t('user.role')} options={roles} showSearch optionFilterProp="label" />
      </Form.Item>
      <Form.Item name="unitId" label={t('user.unit')}>
        <TreeSelect aria-label={t('user.unit')} treeData={units} allowClear showSearch treeNodeFilterProp="path" />
      </Form.Item>
    </ModalForm>
  );
}
