import { useEffect } from 'react';
import { Button, Form, Input, InputNumber, Select, Switch } from 'antd';
import type { BonusRuleKind } from '../../../gql/graphql';
import { FormAlert, ModalForm, type FormModalProps } from '../../../shared/components';
import { useFieldErrors } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';

export interface ProgramValues {
  pointsPerCurrencyUnit: number;
  lotExpiryDays: number;
}

const PROGRAM_FIELDS = ['pointsPerCurrencyUnit', 'lotExpiryDays'] as const;

/** How points are earned and how long they last, edited in place on the page. */
export function ProgramSettingsForm({
  values,
  errors,
  formError,
  loading,
  onSubmit,
}: Omit<FormModalProps<ProgramValues>, 'open' | 'onCancel'> & { values: ProgramValues }) {
  const { t } = useI18n();
  const [form] = Form.useForm<ProgramValues>();
  useEffect(() => form.setFieldsValue(values), [form, values]);
  const unknown = useFieldErrors(form, PROGRAM_FIELDS, errors);
  return (
    <Form form={form} name="program" layout="vertical" onFinish={onSubmit} style={{ maxWidth: 480 }}>
      <FormAlert error={formError} unknown={unknown} />
      <Form.Item name="pointsPerCurrencyUnit" label={t('program.pointsPerCurrencyUnit')} rules={[{ required: true, message: t('common.required') }]}>
        <InputNumber min={0} step={0.1} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="lotExpiryDays" label={t('program.lotExpiryDays')} rules={[{ required: true, message: t('common.required') }]}>
        <InputNumber min={1} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={loading}>
        {t('common.save')}
      </Button>
    </Form>
  );
}

export interface BonusRuleValues {
  code: string;
  name: string;
  kind: BonusRuleKind;
  extraMultiplier: number;
  fixedPoints: number;
  active: boolean;
}

// Listed by hand: codegen emits enums as string unions, and the Record catches a new kind.
const KIND_SET: Record<BonusRuleKind, true> = { BIRTHDAY_MONTH: true, FIRST_PURCHASE: true, SURVEY_COMPLETED: true };
export const BONUS_KINDS = Object.keys(KIND_SET) as BonusRuleKind[];
const RULE_FIELDS = ['code', 'name', 'kind', 'extraMultiplier', 'fixedPoints', 'active'] as const;

export function BonusRuleForm({ mode, ...props }: FormModalProps<BonusRuleValues> & { mode: 'create' | 'edit'; initialValues?: BonusRuleValues }) {
  const { t } = useI18n();
  const required = [{ required: true, message: t('common.required') }];
  return (
    <ModalForm<BonusRuleValues> {...props} title={t(mode === 'create' ? 'program.newRule' : 'program.editRule')} name="bonusRule" fields={RULE_FIELDS}>
      <Form.Item name="code" label={t('program.ruleCode')} rules={required}>
        <Input autoComplete="off" disabled={mode === 'edit'} />
      </Form.Item>
      <Form.Item name="name" label={t('program.ruleName')} rules={required}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="kind" label={t('program.ruleKind')} rules={required}>
        <Select aria-label={t('program.ruleKind')} options={BONUS_KINDS.map((k) => ({ value: k, label: t(`bonusKind.${k}`) }))} />
      </Form.Item>
      <Form.Item name="extraMultiplier" label={t('program.extraMultiplier')}>
        <InputNumber min={0} step={0.1} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="fixedPoints" label={t('program.fixedPoints')}>
        <InputNumber min={0} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="active" label={t('program.ruleActive')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </ModalForm>
  );
}
