import { Form, InputNumber, Select, TreeSelect } from 'antd';
import { ModalForm, type FormModalProps } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';
import type { UnitOption } from '../../org';
import { choiceLabel } from '../labels';

export interface BudgetFormValues {
  unitId: string;
  category: string;
  amount: number;
}

interface Props extends FormModalProps<BudgetFormValues> {
  year: number;
  /** Set when changing an existing budget: its unit and category stay as they are. */
  initialValues?: Partial<BudgetFormValues>;
  units: UnitOption[];
  categories: readonly string[];
}

const FIELDS = ['unitId', 'category', 'amount'] as const;

/** Sets one unit's budget for a year and an expense category (R-FLOW-3). */
export function BudgetForm({ year, initialValues, units, categories, open, errors, formError, loading, onSubmit, onCancel }: Props) {
  const { t } = useI18n();
  const required = [{ required: true, message: t('budget.required') }];
  const fixed = !!initialValues?.unitId;
  return (
    <ModalForm<BudgetFormValues>
      open={open}
      title={t(fixed ? 'budget.edit' : 'budget.new', { year })}
      name="budget"
      fields={FIELDS}
      initialValues={initialValues}
      errors={errors}
      formError={formError}
      loading={loading}
      onSubmit={onSubmit}
      onCancel={onCancel}
    >
      <Form.Item name="unitId" label={t('budget.unit')} rules={required}>
        <TreeSelect treeData={units} showSearch treeNodeFilterProp="path" disabled={fixed} aria-label={t('budget.unit')} />
      </Form.Item>
      <Form.Item name="category" label={t('budget.category')} rules={required}>
        <Select disabled={fixed} aria-label={t('budget.category')} options={categories.map((c) => ({ value: c, label: choiceLabel(c, t) }))} />
      </Form.Item>
      <Form.Item name="amount" label={t('budget.amount')} rules={required} extra={t('budget.amountHelp')}>
        <InputNumber min={0} step={1000} precision={2} style={{ width: '100%' }} aria-label={t('budget.amount')} />
      </Form.Item>
    </ModalForm>
  );
}
