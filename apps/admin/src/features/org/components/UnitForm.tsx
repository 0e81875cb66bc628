import { useEffect } from 'react';
import { Form, Input, Modal, Select } from 'antd';
import type { UnitFunction, UnitKind } from '../../../gql/graphql';
import { FormAlert, SearchSelect, type SearchSource } from '../../../shared/components';
import { SUB_UNIT_KINDS, UNIT_FUNCTIONS } from '../../../shared/constants/org';
import { useFieldErrors } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';

export interface UnitFormValues {
  code: string;
  name: string;
  nameEn?: string;
  kind: UnitKind;
  function?: UnitFunction | null;
  headId?: string | null;
}

interface Props {
  mode: 'create' | 'edit';
  open: boolean;
  /** The parent's name when creating, the unit's own when editing. */
  context: string;
  initialValues?: Partial<UnitFormValues>;
  /** The company root keeps kind COMPANY, which no other unit may take. */
  isRoot?: boolean;
  heads: SearchSource;
  errors: Record<string, string>;
  formError?: string | null;
  loading: boolean;
  onSubmit: (values: UnitFormValues) => void;
  onCancel: () => void;
}

const FIELDS = ['code', 'name', 'nameEn', 'kind', 'function', 'headId'] as const;

export function UnitForm(props: Props) {
  const { mode, open, initialValues, errors, loading, isRoot } = props;
  const { t } = useI18n();
  const [form] = Form.useForm<UnitFormValues>();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ kind: 'DEPARTMENT', ...initialValues });
  }, [open, initialValues, form]);

  const unknown = useFieldErrors(form, FIELDS, errors);
  const required = [{ required: true, message: t('employee.required') }];
  const kinds = isRoot ? (['COMPANY'] as const) : SUB_UNIT_KINDS;

  return (
    <Modal
      open={open}
      title={`${t(mode === 'create' ? 'org.newSubUnit' : 'org.editUnit')} · ${props.context}`}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={props.onCancel}
      forceRender
      width={600}
    >
      <Form<UnitFormValues> form={form} name="orgUnit" layout="vertical" onFinish={props.onSubmit}>
        <FormAlert error={props.formError} unknown={unknown} />
        <Form.Item name="code" label={t('org.code')} rules={required} extra={t('org.codeHint')}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="name" label={t('org.name')} rules={required}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="nameEn" label={t('org.nameEn')}>
          <Input autoComplete="off" lang="en" />
        </Form.Item>
        <Form.Item name="kind" label={t('org.kind')} rules={required}>
          <Select aria-label={t('org.kind')} disabled={isRoot} options={kinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="function" label={t('org.function')}>
          <Select aria-label={t('org.function')} allowClear options={UNIT_FUNCTIONS.map((f) => ({ value: f, label: t(`function.${f}`) }))} />
        </Form.Item>
        <Form.Item name="headId" label={t('org.head')} extra={t('org.headHint')}>
          <SearchSelect aria-label={t('org.head')} source={props.heads} allowClear placeholder={t('org.pickEmployee')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
