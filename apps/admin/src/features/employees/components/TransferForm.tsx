import { Form, Select, TreeSelect } from 'antd';
import { ModalForm, type FormModalProps } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';
import type { UnitOption } from '../../org';

export interface TransferValues {
  unitId: string;
  positionId: string;
}

interface Props extends FormModalProps<TransferValues> {
  employeeName: string;
  /** Where the employee is now, as "unit / position". */
  current: string;
  units: UnitOption[];
  /** Positions of the chosen unit only (R-ORG-5: a position belongs to one unit). */
  positions: { value: string; label: string }[];
  positionsLoading?: boolean;
  onUnitChange: (unitId: string | undefined) => void;
}

const FIELDS = ['unitId', 'positionId'] as const;

export function TransferForm(props: Props) {
  const { open, units, positions, errors, loading } = props;
  const { t } = useI18n();
  const [form] = Form.useForm<TransferValues>();
  const unitId = Form.useWatch('unitId', form);

  const required = [{ required: true, message: t('employee.required') }];

  return (
    <ModalForm<TransferValues>
      open={open}
      title={`${t('employee.transfer')} · ${props.employeeName}`}
      name="transfer"
      form={form}
      fields={FIELDS}
      errors={errors}
      formError={props.formError}
      loading={loading}
      onSubmit={props.onSubmit}
      onValuesChange={(changed) => {
        if ('unitId' in changed) {
          form.setFieldValue('positionId', undefined);
          props.onUnitChange(changed.unitId);
        }
      }}
      onCancel={props.onCancel}
    >
      <p>{t('employee.currentPlacement', { where: props.current })}</p>
      <Form.Item name="unitId" label={t('employee.newUnit')} rules={required}>
        <TreeSelect aria-label={t('employee.newUnit')} treeData={units} showSearch treeNodeFilterProp="path" />
      </Form.Item>
      <Form.Item name="positionId" label={t('employee.newPosition')} rules={required} extra={unitId ? undefined : t('employee.pickUnitFirst')}>
        <Select
          aria-label={t('employee.newPosition')}
          options={positions}
          disabled={!unitId}
          loading={props.positionsLoading}
          notFoundContent={unitId ? t('employee.noPositions') : undefined}
        />
      </Form.Item>
    </ModalForm>
  );
}
