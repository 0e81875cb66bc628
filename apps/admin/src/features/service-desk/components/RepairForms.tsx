import { useMemo } from 'react';
import { DatePicker, Form, Input, InputNumber, Radio, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ModalForm, type FormModalProps } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';

export interface ReturnValues {
  /** YYYY-MM-DD */
  shippedOn: string;
  qualityProblem: boolean;
  reason: string;
}

export interface RepairValues {
  inWarranty: boolean;
  mainComponent: boolean;
  /** Decimal string, out of warranty only. */
  charge?: string | null;
}

export interface ConsentValues {
  consented: boolean;
  note: string;
}

const RETURN_FIELDS = ['shippedOn', 'qualityProblem', 'reason'] as const;
const REPAIR_FIELDS = ['inWarranty', 'mainComponent', 'charge'] as const;
const CONSENT_FIELDS = ['consented', 'note'] as const;

/** R-SVC-8: a return within three months of shipping with a quality problem; otherwise it waits for an exception. */
export function ReturnForm(props: FormModalProps<ReturnValues>) {
  const { t } = useI18n();
  const initial = useMemo(() => ({ qualityProblem: true }), []);
  return (
    <ModalForm<Omit<ReturnValues, 'shippedOn'> & { shippedOn: Dayjs }>
      {...props}
      title={t('sd.repair.startReturn')}
      okText={t('sd.repair.startReturn')}
      name="return"
      fields={RETURN_FIELDS}
      initialValues={initial}
      onSubmit={(v) => props.onSubmit({ ...v, shippedOn: v.shippedOn.format('YYYY-MM-DD') })}
    >
      <Form.Item name="shippedOn" label={t('sd.repair.shippedOn')} rules={[{ required: true, message: t('common.required') }]} extra={t('sd.repair.windowHint')}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item name="qualityProblem" label={t('sd.repair.qualityProblem')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="reason" label={t('sd.repair.reason')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
      </Form.Item>
    </ModalForm>
  );
}

/** R-SVC-8: an out-of-warranty repair of a main component needs the customer's consent to the charge first. */
export function RepairForm(props: FormModalProps<RepairValues>) {
  const { t } = useI18n();
  const [form] = Form.useForm<RepairValues>();
  const inWarranty = Form.useWatch('inWarranty', form);
  const mainComponent = Form.useWatch('mainComponent', form);
  const needsConsent = inWarranty === false && mainComponent === true;
  const initial = useMemo(() => ({ inWarranty: true, mainComponent: false }), []);
  return (
    <ModalForm<RepairValues>
      {...props}
      form={form}
      title={t('sd.repair.startRepair')}
      okText={t('sd.repair.startRepair')}
      name="repair"
      fields={REPAIR_FIELDS}
      initialValues={initial}
      onSubmit={(v) => props.onSubmit({ ...v, charge: v.inWarranty ? null : (v.charge ?? null) })}
    >
      <Form.Item name="inWarranty" label={t('sd.repair.inWarranty')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="mainComponent" label={t('sd.repair.mainComponent')} valuePropName="checked">
        <Switch />
      </Form.Item>
      {inWarranty === false ? (
        <Form.Item
          name="charge"
          label={t('sd.repair.charge')}
          rules={needsConsent ? [{ required: true, message: t('common.required') }] : []}
          extra={needsConsent ? t('sd.repair.consentHint') : undefined}
        >
          <InputNumber<string> stringMode min="0.01" precision={2} style={{ width: '100%' }} />
        </Form.Item>
      ) : null}
    </ModalForm>
  );
}

/** The customer's answer to the charge, and how it was given (a signed form, a recorded call). */
export function ConsentForm(props: FormModalProps<ConsentValues>) {
  const { t } = useI18n();
  const initial = useMemo(() => ({ consented: true }), []);
  return (
    <ModalForm<ConsentValues> {...props} title={t('sd.repair.recordConsent')} name="consent" fields={CONSENT_FIELDS} initialValues={initial}>
      <Form.Item name="consented" label={t('sd.repair.consentAnswer')}>
        <Radio.Group
          options={[
            { value: true, label: t('sd.repair.consentYes') },
            { value: false, label: t('sd.repair.consentNo') },
          ]}
        />
      </Form.Item>
      <Form.Item name="note" label={t('sd.repair.consentNote')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
      </Form.Item>
    </ModalForm>
  );
}
