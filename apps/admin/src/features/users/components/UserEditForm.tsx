import { Form, Input, Select } from 'antd';
import type { UserStatus } from '../../../gql/graphql';
import { ModalForm, SearchSelect, type SearchSource, type FormModalProps } from '../../../shared/components';
import { LOCALES, LOCALE_LABEL, useI18n, type Locale } from '../../../shared/i18n';

export interface UserEditValues {
  displayName: string;
  locale: Locale;
  employeeId: string | null;
  status: UserStatus;
}

interface Props extends FormModalProps<UserEditValues> {
  email: string;
  initialValues?: UserEditValues;
  employees: SearchSource;
  /** Nobody may disable their own account; the server says so too. */
  isSelf: boolean;
}

const FIELDS = ['displayName', 'locale', 'employeeId', 'status'] as const;

export function UserEditForm({ email, initialValues, employees, isSelf, ...modal }: Props) {
  const { t } = useI18n();

  return (
    <ModalForm<UserEditValues>
      {...modal}
      title={`${t('user.edit')} · ${email}`}
      name="userEdit"
      fields={FIELDS}
      initialValues={initialValues}
    >
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
    </ModalForm>
  );
}
