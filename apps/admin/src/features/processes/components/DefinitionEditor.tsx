import { Button, Card, Col, Form, Input, InputNumber, Popconfirm, Row, Select, Space, Switch, type FormInstance } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { ApproverKind } from '../../../gql/graphql';
import { FormAlert } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';
import { APPROVER_KINDS, CONDITION_OPS, FIELD_TYPES, OP_SYMBOL, UNIT_FUNCTIONS, UNIT_KINDS, textToValue, type DefinitionFormValues } from '../definitions';

interface Props {
  form: FormInstance<DefinitionFormValues>;
  formError?: string | null;
  publishing: boolean;
  onPublish: (values: DefinitionFormValues) => void;
  onCancel: () => void;
}

const required = [{ required: true, whitespace: true }];

/** One step: its name, who approves it, when it applies and how long the approver has. */
function StepCard({ index, count, move, remove }: { index: number; count: number; move: (from: number, to: number) => void; remove: () => void }) {
  const { t } = useI18n();
  const kind = Form.useWatch<ApproverKind | undefined>(['steps', index, 'approver', 'kind']);
  return (
    <Card
      size="small"
      title={t('process.def.step', { n: index + 1 })}
      data-testid={`step-card-${index}`}
      extra={
        <Space size={0}>
          <Button type="text" icon={<ArrowUpOutlined />} aria-label={t('process.def.moveUp')} disabled={index === 0} onClick={() => move(index, index - 1)} />
          <Button type="text" icon={<ArrowDownOutlined />} aria-label={t('process.def.moveDown')} disabled={index === count - 1} onClick={() => move(index, index + 1)} />
          <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('process.def.remove')} onClick={remove} />
        </Space>
      }
    >
      <Row gutter={12}>
        <Col xs={24} md={6}>
          <Form.Item name={[index, 'key']} label={t('process.def.stepKey')} rules={required}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name={[index, 'name']} label={t('process.def.stepName')} rules={required}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name={[index, 'nameEn']} label={t('process.def.nameEn')}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name={[index, 'timeLimitHours']} label={t('process.def.timeLimit')} rules={[{ required: true }]}>
            <InputNumber min={0} max={24 * 90} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={[index, 'approver', 'kind']} label={t('process.def.approverKind')} rules={[{ required: true }]}>
            <Select aria-label={t('process.def.approverKind')} options={APPROVER_KINDS.map((k) => ({ value: k, label: t(`process.def.approver.${k}`) }))} />
          </Form.Item>
        </Col>
        {kind === 'UNIT_HEAD' || kind === 'POSITION' || kind === 'ROLE' ? (
          <Col xs={24} md={8}>
            <Form.Item name={[index, 'approver', 'code']} label={t(`process.def.codeHint.${kind}`)} rules={required}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
        ) : null}
        {kind === 'UNIT_OF_KIND_HEAD' ? (
          <>
            <Col xs={24} md={8}>
              <Form.Item name={[index, 'approver', 'unitKind']} label={t('process.def.unitKind')}>
                <Select allowClear aria-label={t('process.def.unitKind')} options={UNIT_KINDS.map((k) => ({ value: k, label: k }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name={[index, 'approver', 'unitFunction']} label={t('process.def.unitFunction')}>
                <Select allowClear aria-label={t('process.def.unitFunction')} options={UNIT_FUNCTIONS.map((k) => ({ value: k, label: k }))} />
              </Form.Item>
            </Col>
          </>
        ) : null}
      </Row>
      <Form.List name={[index, 'conditions']}>
        {(conditions, { add, remove: removeCondition }) => (
          <div>
            <div style={{ marginBottom: 8 }}>{t('process.def.conditions')}</div>
            {conditions.map((c) => (
              <Space key={c.key} align="start" wrap>
                <Form.Item name={[c.name, 'field']} rules={required} aria-label={t('process.def.conditionField')}>
                  <Input placeholder={t('process.def.conditionField')} aria-label={t('process.def.conditionField')} autoComplete="off" />
                </Form.Item>
                <Form.Item name={[c.name, 'op']} rules={[{ required: true }]}>
                  <Select style={{ width: 80 }} aria-label={t('process.def.conditionOp')} options={CONDITION_OPS.map((op) => ({ value: op, label: OP_SYMBOL[op] }))} />
                </Form.Item>
                <Form.Item
                  name={[c.name, 'value']}
                  rules={[
                    ...required,
                    {
                      validator: (_: unknown, v: string | undefined) => (v === undefined || textToValue(v) !== '' ? Promise.resolve() : Promise.reject(new Error(t('process.def.badJson')))),
                    },
                  ]}
                  extra={t('process.def.conditionValueHint')}
                >
                  <Input placeholder={t('process.def.conditionValue')} aria-label={t('process.def.conditionValue')} autoComplete="off" />
                </Form.Item>
                <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('process.def.remove')} onClick={() => removeCondition(c.name)} />
              </Space>
            ))}
            <Button size="small" icon={<PlusOutlined />} onClick={() => add({ field: '', op: 'EQ', value: 'true' })}>
              {t('process.def.addCondition')}
            </Button>
          </div>
        )}
      </Form.List>
    </Card>
  );
}

/**
 * Edits the next version of a process (R-FLOW-1): steps in order, each with its approver and
 * conditions, and the form's fields. Publishing never touches documents already filed.
 */
export function DefinitionEditor({ form, formError, publishing, onPublish, onCancel }: Props) {
  const { t } = useI18n();
  const fieldType = (i: number) => form.getFieldValue(['fields', i, 'type']) as string | undefined;
  return (
    <Form<DefinitionFormValues> form={form} name="definition" layout="vertical" onFinish={onPublish}>
      <FormAlert error={formError} />
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item name="name" label={t('process.def.name')} rules={required}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="nameEn" label={t('process.def.nameEn')}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="note" label={t('process.def.note')}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>

      <h3>{t('process.def.steps')}</h3>
      <Form.List name="steps">
        {(steps, { add, remove, move }) => (
          <Space orientation="vertical" style={{ width: '100%' }}>
            {steps.map((s) => (
              <StepCard key={s.key} index={s.name} count={steps.length} move={move} remove={() => remove(s.name)} />
            ))}
            <Button icon={<PlusOutlined />} data-testid="add-step" onClick={() => add({ key: '', name: '', timeLimitHours: 48, approver: { kind: 'APPLICANT_UNIT_HEAD' }, conditions: [] })}>
              {t('process.def.addStep')}
            </Button>
          </Space>
        )}
      </Form.List>

      <h3 style={{ marginTop: 24 }}>{t('process.def.fields')}</h3>
      <Form.List name="fields">
        {(fields, { add, remove }) => (
          <Space orientation="vertical" style={{ width: '100%' }}>
            {fields.map((f) => (
              <Space key={f.key} align="start" wrap data-testid={`field-row-${f.name}`}>
                <Form.Item name={[f.name, 'key']} rules={required}>
                  <Input placeholder={t('process.def.fieldKey')} aria-label={t('process.def.fieldKey')} autoComplete="off" />
                </Form.Item>
                <Form.Item name={[f.name, 'label']} rules={required}>
                  <Input placeholder={t('process.def.fieldLabel')} aria-label={t('process.def.fieldLabel')} autoComplete="off" />
                </Form.Item>
                <Form.Item name={[f.name, 'type']} rules={[{ required: true }]}>
                  <Select style={{ width: 120 }} aria-label={t('process.def.fieldType')} options={FIELD_TYPES.map((ft) => ({ value: ft, label: t(`process.def.fieldType.${ft}`) }))} />
                </Form.Item>
                <Form.Item name={[f.name, 'required']} valuePropName="checked" label={t('process.def.fieldRequired')} layout="horizontal">
                  <Switch size="small" />
                </Form.Item>
                <Form.Item name={[f.name, 'immutable']} valuePropName="checked" label={t('process.def.fieldImmutable')} layout="horizontal">
                  <Switch size="small" />
                </Form.Item>
                <Form.Item noStyle shouldUpdate={(a, b) => a.fields?.[f.name]?.type !== b.fields?.[f.name]?.type}>
                  {() =>
                    fieldType(f.name) === 'CHOICE' ? (
                      <Form.Item name={[f.name, 'choices']} rules={required}>
                        <Input placeholder={t('process.def.choices')} aria-label={t('process.def.choices')} autoComplete="off" />
                      </Form.Item>
                    ) : null
                  }
                </Form.Item>
                <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('process.def.remove')} onClick={() => remove(f.name)} />
              </Space>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ key: '', label: '', type: 'TEXT', required: true, immutable: false })}>
              {t('process.def.addField')}
            </Button>
          </Space>
        )}
      </Form.List>

      <Space style={{ marginTop: 24 }}>
        <Button onClick={onCancel}>{t('process.def.cancelEdit')}</Button>
        <Popconfirm title={t('process.def.publishConfirm')} okText={t('process.def.publish')} cancelText={t('common.cancel')} onConfirm={() => form.submit()}>
          <Button type="primary" loading={publishing} data-testid="publish-definition">
            {t('process.def.publish')}
          </Button>
        </Popconfirm>
      </Space>
    </Form>
  );
}
