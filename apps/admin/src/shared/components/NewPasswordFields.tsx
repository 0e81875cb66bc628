import { Form, Input } from 'antd';
import { PASSWORD_MIN } from '../constants/access';
import { useI18n } from '../i18n';

/**
 * A new password typed twice, inside an antd Form. Length is left to the server so that its
 * own message is the one people read; the form only catches a mistyped repeat.
 */
export function NewPasswordFields({ name, label }: { name: string; label: string }) {
  const { t } = useI18n();
  return (
    <>
      <Form.Item name={name} label={label} extra={t('password.hint', { n: PASSWORD_MIN })} rules={[{ required: true, message: t('employee.required') }]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name={`${name}Confirm`}
        label={t('password.confirm')}
        dependencies={[name]}
        rules={[
          { required: true, message: t('employee.required') },
          ({ getFieldValue }) => ({
            validator: async (_, value: string | undefined) => {
              if (value && value !== getFieldValue(name)) throw new Error(t('password.mismatch'));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
