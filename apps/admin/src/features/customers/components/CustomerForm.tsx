import { useMemo } from 'react';
import { Alert, DatePicker, Form, Input, Select, Switch, TreeSelect } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ContactChannel, PreferredLanguage } from '../../../gql/graphql';
import { ModalForm, type FormModalProps } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';
import type { UnitOption } from '../../org';
import { CONTACT_CHANNELS, PREFERRED_LANGUAGES } from '../constants';

export interface CustomerFormValues {
  name: string;
  code?: string;
  homeStationId: string;
  phones: string[];
  email?: string;
  /** YYYY-MM-DD */
  birthday?: string | null;
  address?: string;
  marketingConsent: boolean;
  preferredLanguage?: PreferredLanguage | null;
  preferredChannel?: ContactChannel | null;
  tags: string[];
  preferences?: string;
}

interface Props extends FormModalProps<CustomerFormValues> {
  mode: 'create' | 'edit';
  initialValues?: Partial<CustomerFormValues>;
  /** False when the viewer sees masked contact data: those fields then show as sent and are not edited. */
  contactVisible: boolean;
  stations: UnitOption[];
  tagOptions: readonly string[];
}

type RawValues = Omit<CustomerFormValues, 'birthday'> & { birthday?: Dayjs | string | null };

const FIELDS = ['name', 'code', 'homeStationId', 'phones', 'email', 'birthday', 'address', 'marketingConsent', 'preferredLanguage', 'preferredChannel', 'tags', 'preferences'] as const;

export function CustomerForm(props: Props) {
  const { mode, open, initialValues, contactVisible, stations, tagOptions, errors, formError, loading } = props;
  const { t } = useI18n();
  const locked = mode === 'edit' && !contactVisible;

  const withDates = useMemo<Partial<RawValues> | undefined>(() => {
    if (!open) return undefined;
    const base = { phones: [], tags: [], marketingConsent: false, ...initialValues };
    // A masked birthday ("****-**-**") is shown as text, not parsed as a date.
    const birthday = base.birthday && !locked ? dayjs(base.birthday) : base.birthday;
    return { ...base, birthday };
  }, [open, initialValues, locked]);
  const required = [{ required: true, message: t('common.required') }];

  return (
    <ModalForm<RawValues>
      open={open}
      title={t(mode === 'create' ? 'customer.new' : 'customer.edit')}
      name="customer"
      fields={FIELDS}
      initialValues={withDates}
      errors={errors}
      formError={formError}
      loading={loading}
      width={680}
      notice={locked ? <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('customer.contactLocked')} data-testid="contact-locked" /> : null}
      onSubmit={(raw) => {
        const birthday = dayjs.isDayjs(raw.birthday) ? raw.birthday.format('YYYY-MM-DD') : locked ? undefined : null;
        props.onSubmit({ ...raw, birthday });
      }}
      onCancel={props.onCancel}
    >
      <Form.Item name="name" label={t('customer.name')} rules={required}>
        <Input autoComplete="off" />
      </Form.Item>
      {mode === 'create' ? (
        <Form.Item name="code" label={t('customer.code')} extra={t('customer.codeHint')}>
          <Input autoComplete="off" />
        </Form.Item>
      ) : null}
      <Form.Item name="homeStationId" label={t('customer.homeStation')} rules={required}>
        <TreeSelect treeData={stations} showSearch treeNodeFilterProp="path" aria-label={t('customer.homeStation')} />
      </Form.Item>
      <Form.Item name="phones" label={t('customer.phones')} extra={locked ? undefined : t('customer.phonesHint')}>
        <Select mode="tags" open={false} suffixIcon={null} disabled={locked} aria-label={t('customer.phones')} tokenSeparators={[',', ' ']} />
      </Form.Item>
      <Form.Item name="email" label={t('customer.email')}>
        <Input autoComplete="off" disabled={locked} />
      </Form.Item>
      <Form.Item name="birthday" label={t('customer.birthday')}>
        {locked ? <Input disabled /> : <DatePicker style={{ width: '100%' }} />}
      </Form.Item>
      <Form.Item name="address" label={t('customer.address')}>
        <Input autoComplete="off" disabled={locked} />
      </Form.Item>
      <Form.Item name="marketingConsent" label={t('customer.marketingConsent')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="preferredChannel" label={t('customer.preferredChannel')}>
        <Select allowClear aria-label={t('customer.preferredChannel')} options={CONTACT_CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))} />
      </Form.Item>
      <Form.Item name="preferredLanguage" label={t('customer.preferredLanguage')}>
        <Select allowClear aria-label={t('customer.preferredLanguage')} options={PREFERRED_LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))} />
      </Form.Item>
      <Form.Item name="tags" label={t('customer.tags')}>
        <Select mode="tags" aria-label={t('customer.tags')} options={tagOptions.map((tag) => ({ value: tag, label: tag }))} />
      </Form.Item>
      <Form.Item name="preferences" label={t('customer.preferences')}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </ModalForm>
  );
}
