import { DatePicker, Form, Input, TreeSelect } from 'antd';
import type { Dayjs } from 'dayjs';
import type { GrantInput } from '../../../gql/graphql';
import { GrantsField, ModalForm, type FormModalProps } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';
import type { UnitOption } from '../../org';

export interface ApiKeyFormValues {
  name: string;
  unitId?: string;
  expiresAt?: Dayjs;
  grants: GrantInput[];
}

interface Props extends FormModalProps<ApiKeyFormValues> {
  units: UnitOption[];
}

const FIELDS = ['name', 'unitId', 'expiresAt', 'grants'] as const;
const DEFAULTS: Partial<ApiKeyFormValues> = { grants: [] };

export function ApiKeyForm({ units, ...modal }: Props) {
  const { t } = useI18n();

  return (
    <ModalForm<ApiKeyFormValues>
      {...modal}
      title={t('apiKey.new')}
      name="apiKey"
      fields={FIELDS}
      initialValues={DEFAULTS}
      okText={t('common.create')}
      width={720}
    >
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
    </ModalForm>
  );
}
