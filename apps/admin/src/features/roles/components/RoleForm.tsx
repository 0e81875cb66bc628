import { Form, Input } from 'antd';
import type { GrantInput } from '../../../gql/graphql';
import { GrantsField, ModalForm, type FormModalProps } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';

export interface RoleFormValues {
  code: string;
  name: string;
  nameEn?: string;
  description?: string;
  grants: GrantInput[];
}

interface Props extends FormModalProps<RoleFormValues> {
  mode: 'create' | 'edit';
  initialValues?: RoleFormValues;
}

const FIELDS = ['code', 'name', 'nameEn', 'description', 'grants'] as const;
const BLANK: Partial<RoleFormValues> = { grants: [] };

export function RoleForm({ mode, initialValues, ...modal }: Props) {
  const { t } = useI18n();

  const required = [{ required: true, message: t('employee.required') }];
  return (
    <ModalForm<RoleFormValues>
      {...modal}
      title={t(mode === 'create' ? 'role.new' : 'role.edit')}
      name="role"
      fields={FIELDS}
      initialValues={initialValues ?? BLANK}
      width={720}
    >
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
    </ModalForm>
  );
}
