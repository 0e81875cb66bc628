import { Button, Flex, Form, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { PERMISSIONS, SCOPES } from '../constants/access';
import { useI18n } from '../i18n';

/** An editable list of permission + scope pairs, inside an antd Form, under `name`. */
export function GrantsField({ name = 'grants' }: { name?: string }) {
  const { t } = useI18n();
  return (
    <Form.List
      name={name}
      rules={[
        {
          validator: async (_, value?: unknown[]) => {
            if (!value?.length) throw new Error(t('role.grantRequired'));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field, index) => (
            <Flex key={field.key} gap={8} align="baseline">
              <Form.Item name={[field.name, 'permission']} rules={[{ required: true, message: t('employee.required') }]} style={{ flex: 2 }}>
                <Select
                  aria-label={`${t('role.permission')} ${index + 1}`}
                  placeholder={t('role.permission')}
                  showSearch
                  optionFilterProp="label"
                  options={PERMISSIONS.map((p) => ({ value: p, label: `${t(`permission.${p}`)} (${p})` }))}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'scope']} rules={[{ required: true, message: t('employee.required') }]} style={{ flex: 1 }}>
                <Select
                  aria-label={`${t('role.scope')} ${index + 1}`}
                  placeholder={t('role.scope')}
                  options={SCOPES.map((s) => ({ value: s, label: t(`scope.${s}`) }))}
                />
              </Form.Item>
              <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} onClick={() => remove(field.name)} />
            </Flex>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ scope: 'ALL' })} block>
            {t('role.addGrant')}
          </Button>
          <Form.ErrorList errors={errors} />
        </>
      )}
    </Form.List>
  );
}
