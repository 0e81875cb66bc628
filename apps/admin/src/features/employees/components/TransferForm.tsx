import { useEffect } from 'react';
import { Form, Modal, Select, TreeSelect } from 'antd';
import { FormAlert } from '../../../shared/components';
import { useFieldErrors } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import type { UnitOption } from '../../org';

export interface TransferValues {
  unitId: string;
  positionId: string;
}

interface Props {
  open: boolean;
  employeeName: string;
  /** Where the employee is now, as "unit / position". */
  current: string;
  units: UnitOption[];
  /** Positions of the chosen unit only (R-ORG-5: a position belongs to one unit). */
  positions: { value: string; label: string }[];
  positionsLoading?: boolean;
  errors: Record<string, string>;
  formError?: string | null;
  loading: boolean;
  onUnitChange: (unitId: string | undefined) => void;
  onSubmit: (values: TransferValues) => void;
  onCancel: () => void;
}

const FIELDS = ['unitId', 'positionId'] as const;

export function TransferForm(props: Props) {
  const { open, units, positions, errors, loading } = props;
  const { t } = useI18n();
  const [form] = Form.useForm<TransferValues>();
  const unitId = Form.useWatch('unitId', form);

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const unknown = useFieldErrors(form, FIELDS, errors);
  const required = [{ required: true, message: t('employee.required') }];

  return (
    <Modal
      open={open}
      title={`${t('employee.transfer')} · ${props.employeeName}`}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={props.onCancel}
      forceRender
    >
      <Form<TransferValues>
        form={form}
        name="transfer"
        layout="vertical"
        onFinish={props.onSubmit}
        onValuesChange={(changed: Partial<TransferValues>) => {
          if ('unitId' in changed) {
            form.setFieldValue('positionId', undefined);
            props.onUnitChange(changed.unitId);
          }
        }}
      >
        <FormAlert error={props.formError} unknown={unknown} />
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
      </Form>
    </Modal>
  );
}
