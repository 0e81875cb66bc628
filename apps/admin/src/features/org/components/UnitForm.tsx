import { useMemo } from 'react';
import { Form, Input, Select } from 'antd';
import type { UnitFunction, UnitKind } from '../../../gql/graphql';
import { ModalForm, SearchSelect, type SearchSource, type FormModalProps } from '../../../shared/components';
import { SUB_UNIT_KINDS, UNIT_FUNCTIONS } from '../../../shared/constants/org';
import { useI18n } from '../../../shared/i18n';

export interface UnitFormValues {
  code: string;
  name: string;
  nameEn?: string;
  kind: UnitKind;
  function?: UnitFunction | null;
  headId?: string | null;
}

interface Props extends FormModalProps<UnitFormValues> {
  mode: 'create' | 'edit';
  /** The parent's name when creating, the unit's own when editing. */
  context: string;
  initialValues?: Partial<UnitFormValues>;
  /** The company root keeps kind COMPANY, which no other unit may take. */
  isRoot?: boolean;
  heads: SearchSource;
}

const FIELDS = ['code', 'name', 'nameEn', 'kind', 'function', 'headId'] as const;

export function UnitForm(props: Props) {
  const { mode, open, initialValues, errors, loading, isRoot } = props;
  const { t } = useI18n();
  const withDefaults = useMemo(() => ({ kind: 'DEPARTMENT' as const, ...initialValues }), [initialValues]);
  const required = [{ required: true, message: t('employee.required') }];
  const kinds = isRoot ? (['COMPANY'] as const) : SUB_UNIT_KINDS;

  return (
    <ModalForm<UnitFormValues>
      open={open}
      title={`${t(mode === 'create' ? 'org.newSubUnit' : 'org.editUnit')} · ${props.context}`}
      name="orgUnit"
      fields={FIELDS}
      initialValues={withDefaults}
      errors={errors}
      formError={props.formError}
      loading={loading}
      width={600}
      onSubmit={props.onSubmit}
      onCancel={props.onCancel}
    >
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
    </ModalForm>
  );
}
