import { useMemo } from 'react';
import { Col, Form, Input, InputNumber, Row, Select, Switch, TreeSelect } from 'antd';
import { ModalForm, type FormModalProps } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';
import type { UnitOption } from '../../org';
import { DutiesField } from './DutiesField';

export interface PositionFormValues {
  code: string;
  title: string;
  titleEn?: string;
  unitId: string;
  superiorId?: string | null;
  plannedHeadcount: number;
  isHead: boolean;
  summary?: string;
  duties: string[];
}

interface Props extends FormModalProps<PositionFormValues> {
  mode: 'create' | 'edit';
  initialValues?: Partial<PositionFormValues>;
  units: UnitOption[];
  /** Positions that may be the direct superior (直接上級). */
  superiors: { value: string; label: string }[];
}

const FIELDS = ['code', 'title', 'titleEn', 'unitId', 'superiorId', 'plannedHeadcount', 'isHead', 'summary', 'duties'] as const;

/** A position and its job description in the regime's layout (R-ORG-3). */
export function PositionForm(props: Props) {
  const { mode, open, initialValues, units, superiors, errors, loading } = props;
  const { t } = useI18n();
  const withDefaults = useMemo(() => ({ plannedHeadcount: 1, isHead: false, duties: [], summary: '', ...initialValues }), [initialValues]);
  const required = [{ required: true, whitespace: true, message: t('employee.required') }];
  const editing = mode === 'edit';

  return (
    <ModalForm<PositionFormValues>
      open={open}
      title={t(editing ? 'position.edit' : 'position.new')}
      name="position"
      fields={FIELDS}
      initialValues={withDefaults}
      errors={errors}
      formError={props.formError}
      loading={loading}
      width={720}
      onSubmit={props.onSubmit}
      onCancel={props.onCancel}
    >
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="code" label={t('position.code')} rules={required}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          {/* The unit is fixed once created: the API cannot move a position, only archive it. */}
          <Form.Item name="unitId" label={t('position.unit')} rules={editing ? [] : [{ required: true, message: t('employee.required') }]}>
            <TreeSelect aria-label={t('position.unit')} treeData={units} showSearch treeNodeFilterProp="path" disabled={editing} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="title" label={t('position.name')} rules={required}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="titleEn" label={t('position.titleEn')}>
            <Input autoComplete="off" lang="en" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="superiorId" label={t('position.superior')}>
            <Select aria-label={t('position.superior')} options={superiors} allowClear showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="plannedHeadcount" label={t('position.planned')} rules={[{ required: true, message: t('employee.required') }]}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} aria-label={t('position.planned')} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="isHead" label={t('position.isHead')} valuePropName="checked">
            <Switch aria-label={t('position.isHead')} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="summary" label={t('position.summary')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Form.Item label={t('position.duties')} required={false}>
        <DutiesField />
      </Form.Item>
    </ModalForm>
  );
}
