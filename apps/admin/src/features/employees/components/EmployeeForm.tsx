import { useEffect } from 'react';
import { Alert, DatePicker, Form, Input, Modal, Select, TreeSelect } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { EmployeeStatus } from '../../../gql/graphql';
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


interface Props {
  mode: 'create' | 'edit';
  open: boolean;
  initialValues?: Partial<EmployeeFormValues>;
  units: UnitOption[];
  positions: { value: string; label: string }[];
  positionsLoading?: boolean;
  /** Server messages keyed by field name (from BAD_USER_INPUT issues). */
  errors: Record<string, string>;
  /** A failure that belongs to no single field. */
  formError?: string | null;
  loading: boolean;
  onUnitChange: (unitId: string | undefined) => void;
  onSubmit: (values: EmployeeFormValues) => void;
  onCancel: () => void;
}

type RawValues = Omit<EmployeeFormValues, 'hireDate'> & { hireDate: Dayjs };

const FIELDS = ['name', 'employeeNo', 'unitId', 'positionId', 'email', 'phone', 'hireDate', 'status'] as const;

export function EmployeeForm(props: Props) {
  const { mode, open, initialValues, units, positions, errors, formError, loading } = props;
  const { t } = useI18n();
  const [form] = Form.useForm<RawValues>();
  const unitId = Form.useWatch('unitId', form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({
      ...initialValues,
      hireDate: initialValues?.hireDate ? dayjs(initialValues.hireDate) : dayjs(),
    } as RawValues);
  }, [open, initialValues, form]);

  useEffect(() => {
    form.setFields(FIELDS.map((name) => ({ name, errors: errors[name] ? [errors[name]] : [] })));
  }, [errors, form]);

  const unknown = Object.entries(errors).filter(([field]) => !(FIELDS as readonly string[]).includes(field));
  const required = [{ required: true, message: t('employee.required') }];

  return (
    <Modal
      open={open}
      title={t(mode === 'create' ? 'employee.new' : 'employee.edit')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={props.onCancel}
      forceRender
      width={640}
    >
      <Form<RawValues>
        form={form}
        name="employee"
        layout="vertical"
        onFinish={(raw) => props.onSubmit({ ...raw, hireDate: raw.hireDate.format('YYYY-MM-DD') })}
        onValuesChange={(changed: Partial<RawValues>) => {
          if ('unitId' in changed) {
            form.setFieldValue('positionId', undefined);
            props.onUnitChange(changed.unitId);
          }
        }}
      >
        {formError || unknown.length ? (
          <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={formError ?? unknown.map(([f, m]) => `${f}: ${m}`).join('; ')} />
        ) : null}
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
      </Form>
    </Modal>
  );
}
