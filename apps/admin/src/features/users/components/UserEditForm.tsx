import { useEffect } from 'react';
import { Form, Input, Modal, Select } from 'antd';
import type { UserStatus } from '../../../gql/graphql';
import { FormAlert, SearchSelect, type SearchSource } from '../../../shared/components';
import { useFieldErrors } from '../../../shared/hooks';
import { LOCALES, LOCALE_LABEL, useI18n, type Locale } from '../../../shared/i18n';

export interface UserEditValues {
  displayName: string;
  locale: Locale;
  employeeId: string | null;
  status: UserStatus;
}

interface Props {
  open: boolean;
  email: string;
  initialValues?: UserEditValues;
  employees: SearchSource;
  /** Nobody may disable their own account; the server says so too. */
  isSelf: boolean;
  errors: Record<string, string>;
  formError?: string | null;
  loading: boolean;
  onSubmit: (values: UserEditValues) => void;
  onCancel: () => void;
}

const FIELDS = ['displayName', 'locale', 'employeeId', 'status'] as const;

export function UserEditForm({ open, email, initialValues, employees, isSelf, errors, formError, loading, onSubmit, onCancel }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<UserEditValues>();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (initialValues) form.setFieldsValue(initialValues);
  }, [open, initialValues, form]);

  const unknown = useFieldErrors(form, FIELDS, errors);

  return (
    <Modal
      open={open}
      title={`${t('user.edit')} · ${email}`}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onCancel}
      forceRender
    >
      <Form<UserEditValues> form={form} name="userEdit" layout="vertical" onFinish={onSubmit}>
        <FormAlert error={formError} unknown={unknown} />
        <Form.Item name="displayName" label={t('user.displayName')} rules={[{ required: true, whitespace: true, message: t('employee.required') }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="locale" label={t('user.locale')}>
          <Select aria-label={t('user.locale')} options={LOCALES.map((l) => ({ value: l, label: <span lang={l}>{LOCALE_LABEL[l]}</span> }))} />
        </Form.Item>
        <Form.Item name="employeeId" label={t('user.employee')} extra={t('user.employeeHint')}>
          <SearchSelect aria-label={t('user.employee')} source={employees} allowClear placeholder={t('org.pickEmployee')} />
        </Form.Item>
        <Form.Item name="status" label={t('user.status')} extra={isSelf ? t('user.cannotDisableSelf') : undefined}>
          <Select
            aria-label={t('user.status')}
            disabled={isSelf}
            options={(['ACTIVE', 'DISABLED'] as const).map((s) => ({ value: s, label: t(`userStatus.${s}`) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
