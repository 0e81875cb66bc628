import { useMemo } from 'react';
import { DatePicker, Form, Input, Select, TreeSelect } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { EmployeeStatus } from '../../../gql/graphql';
import { ModalForm, type FormModalProps } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';
import type { UnitOption } from '../../org';

export interface EmployeeFormValues {
  name: string;
  employeeNo: string;
  unitId: string;
  positionId: string;
  email?: string;
  phone?: string;
  hireDate: string;
  status?: EmployeeStatus;
}

interface Props extends FormModalProps<EmployeeFormValues> {
  mode: 'create' | 'edit';
  initialValues?: Partial<EmployeeFormValues>;
  units: UnitOption[];
  positions: { value: string; label: string }[];
  positionsLoading?: boolean;
  onUnitChange: (unitId: string | undefined) => void;
}

type RawValues = Omit<EmployeeFormValues, 'hireDate'> & { hireDate: Dayjs };

const FIELDS = ['name', 'employeeNo', 'unitId', 'positionId', 'email', 'phone', 'hireDate', 'status'] as const;

export function EmployeeForm(props: Props) {
  const { mode, open, initialValues, units, positions, errors, formError, loading } = props;
  const { t } = useI18n();
  const [form] = Form.useForm<RawValues>();
  const unitId = Form.useWatch('unitId', form);

  // Recomputed on every open, not only when the values change, so that a new employee's hire
  // date defaults to the day the form is opened rather than the day the page was loaded.
  const withDefaults = useMemo(
    () => (open ? { ...initialValues, hireDate: initialValues?.hireDate ? dayjs(initialValues.hireDate) : dayjs() } : undefined),
    [open, initialValues],
  );
  const required = [{ required: true, message: t('employee.required') }];

  return (
    <ModalForm<RawValues>
      open={open}
      title={t(mode === 'create' ? 'employee.new' : 'employee.edit')}
      name="employee"
      form={form}
      fields={FIELDS}
      initialValues={withDefaults}
      errors={errors}
      formError={formError}
      loading={loading}
      width={640}
      onSubmit={(raw) => props.onSubmit({ ...raw, hireDate: raw.hireDate.format('YYYY-MM-DD') })}
      onValuesChange={(changed) => {
        if ('unitId' in changed) {
          form.setFieldValue('positionId', undefined);
          props.onUnitChange(changed.unitId);
        }
      }}
      onCancel={props.onCancel}
    >
      <Form.Item name="name" label={t('employee.name')} rules={required}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="employeeNo" label={t('employee.employeeNo')} rules={mode === 'create' ? required : []}>
        <Input autoComplete="off" disabled={mode === 'edit'} />
      </Form.Item>
      {mode === 'create' ? (
        <>
          <Form.Item name="unitId" label={t('employee.unit')} rules={required}>
            <TreeSelect treeData={units} showSearch treeNodeFilterProp="path" treeDefaultExpandAll={false} aria-label={t('employee.unit')} />
          </Form.Item>
          <Form.Item name="positionId" label={t('employee.position')} rules={required} extra={unitId ? undefined : t('employee.pickUnitFirst')}>
            <Select options={positions} disabled={!unitId} loading={props.positionsLoading} aria-label={t('employee.position')} />
          </Form.Item>
        </>
      ) : (
        <Form.Item name="status" label={t('employee.status')}>
          <Select
            aria-label={t('employee.status')}
            options={(['ACTIVE', 'ON_LEAVE'] as const).map((s) => ({ value: s, label: t(`status.${s}`) }))}
          />
        </Form.Item>
      )}
      <Form.Item name="email" label={t('employee.email')}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="phone" label={t('employee.phone')}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="hireDate" label={t('employee.hireDate')} rules={required}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </ModalForm>
  );
}
