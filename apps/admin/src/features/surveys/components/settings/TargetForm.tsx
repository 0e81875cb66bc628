import { Form, Input, InputNumber, TreeSelect } from 'antd';
import { ModalForm, type FormModalProps } from '../../../../shared/components';
import { useI18n } from '../../../../shared/i18n';
import type { UnitOption } from '../../../org';
import { TARGET_RANGE, YEAR_RANGE } from '../../settings-targets';

export interface TargetValues {
  unitId: string;
  effectiveYear: number;
  targetPercent: number;
  note?: string | null;
}

const FIELDS = ['unitId', 'effectiveYear', 'targetPercent', 'note'] as const;

/**
 * A unit's satisfaction target from a year on (R-SAT-4): the unit's rate over its whole
 * subtree is judged against it; years before keep the target they had.
 */
export function TargetForm({ units, ...props }: FormModalProps<TargetValues> & { initialValues?: Partial<TargetValues>; units: UnitOption[] }) {
  const { t } = useI18n();
  const required = { required: true, message: t('common.required') };
  const between = ([min, max]: readonly [number, number]) => ({ type: 'number' as const, min, max, message: t('surveySet.between', { min, max }) });
  return (
    <ModalForm<TargetValues> {...props} title={t('surveySet.setTarget')} name="satisfactionTarget" fields={FIELDS}>
      <Form.Item name="unitId" label={t('sat.dimension.UNIT')} rules={[required]}>
        <TreeSelect showSearch treeNodeFilterProp="path" treeData={units} treeDefaultExpandAll placeholder={t('surveySet.pickUnit')} />
      </Form.Item>
      <Form.Item name="effectiveYear" label={t('surveySet.effectiveYear')} extra={t('surveySet.effectiveYearHint')} rules={[required, between(YEAR_RANGE)]}>
        <InputNumber<number> min={YEAR_RANGE[0]} max={YEAR_RANGE[1]} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="targetPercent" label={t('surveySet.targetPercent')} extra={t('sat.rateHint')} rules={[required, between(TARGET_RANGE)]}>
        <InputNumber<number> min={TARGET_RANGE[0]} max={TARGET_RANGE[1]} step={0.5} precision={2} suffix="%" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="note" label={t('surveySet.note')}>
        <Input.TextArea maxLength={300} showCount autoSize={{ minRows: 2, maxRows: 4 }} />
      </Form.Item>
    </ModalForm>
  );
}
