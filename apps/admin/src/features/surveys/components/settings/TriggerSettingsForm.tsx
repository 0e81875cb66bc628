import { useEffect, useState } from 'react';
import { Button, Col, Flex, Form, InputNumber, Row, Select, Switch, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { FormAlert, ToneTag } from '../../../../shared/components';
import { useFieldErrors } from '../../../../shared/hooks';
import { useI18n } from '../../../../shared/i18n';
import { SETTINGS_LIMITS, sameSettings, TRIGGER_SOURCES, type SettingsValues, type TriggerSource, type TriggerValues } from '../../settings-form';

export interface TemplateOption {
  value: string;
  label: string;
}

interface Props {
  /** The settings as saved; the form follows them when they change. */
  values: SettingsValues;
  templates: readonly TemplateOption[];
  updatedBy?: string | null;
  updatedAt?: string | null;
  errors: Record<string, string>;
  formError?: string | null;
  loading: boolean;
  onSubmit: (values: SettingsValues) => void;
}

const FIELDS = ['quietDays', 'linkValidDays', 'correctiveDays', 'defaultTemplateId'] as const;
const DAY_FIELDS = [
  ['quietDays', 'surveySet.quietDays', 'surveySet.quietDaysHint'],
  ['linkValidDays', 'surveySet.linkValidDays', 'surveySet.linkValidDaysHint'],
  ['correctiveDays', 'surveySet.correctiveDays', 'surveySet.correctiveDaysHint'],
] as const;

/**
 * How surveys go out by themselves (R-SAT-1): which events send one and how many hours
 * later, how long a customer is left alone after being asked, how long a link works, and
 * how long a unit below its target has for its corrective action (R-SAT-4).
 */
export function TriggerSettingsForm({ values, templates, updatedBy, updatedAt, errors, formError, loading, onSubmit }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<SettingsValues>();
  const [dirty, setDirty] = useState(false);
  useEffect(() => {
    form.setFieldsValue(values);
    setDirty(false);
  }, [form, values]);
  const unknown = useFieldErrors(form, FIELDS, errors);
  const required = { required: true, message: t('common.required') };
  const between = ([lo, hi]: readonly [number, number]) => ({ type: 'number' as const, min: lo, max: hi, message: t('surveySet.between', { min: lo, max: hi }) });

  // The triggers' rows only carry what the person edits; their source is their position.
  const submit = (v: SettingsValues) =>
    onSubmit({ ...v, defaultTemplateId: v.defaultTemplateId ?? null, triggers: TRIGGER_SOURCES.map((source, i) => ({ ...v.triggers[i]!, source })) });

  return (
    <Form<SettingsValues>
      form={form}
      name="surveySettings"
      layout="vertical"
      onFinish={submit}
      // The whole store, sources of the triggers included: the changed values alone lack them.
      onValuesChange={() => setDirty(!sameSettings(values, form.getFieldsValue(true) as SettingsValues))}
    >
      <FormAlert error={formError} unknown={unknown} />
      <Typography.Paragraph type="secondary">{t('surveySet.triggersNote')}</Typography.Paragraph>
      <Table<TriggerValues & { index: number }>
        rowKey="source"
        size="small"
        pagination={false}
        style={{ maxWidth: 720, marginBottom: 24 }}
        data-testid="survey-triggers"
        dataSource={TRIGGER_SOURCES.map((source, index) => ({ ...values.triggers[index]!, source, index }))}
        columns={[
          { title: t('surveySet.trigger'), key: 'source', render: (_, r) => t(`sat.source.${r.source}`) },
          {
            title: t('surveySet.triggerEnabled'),
            key: 'enabled',
            width: 120,
            render: (_, r) => (
              <Form.Item name={['triggers', r.index, 'enabled']} valuePropName="checked" noStyle>
                <Switch aria-label={t('surveySet.enabledOf', { source: t(`sat.source.${r.source}`) })} data-testid={`trigger-${r.source}-enabled`} />
              </Form.Item>
            ),
          },
          {
            title: t('surveySet.delayHours'),
            key: 'delayHours',
            width: 200,
            render: (_, r) => <DelayInput index={r.index} source={r.source} />,
          },
        ]}
      />
      <Row gutter={24} style={{ maxWidth: 960 }}>
        {DAY_FIELDS.map(([name, label, hint]) => (
          <Col key={name} xs={24} md={8}>
            <Form.Item name={name} label={t(label)} extra={t(hint)} rules={[required, between(SETTINGS_LIMITS[name])]}>
              <InputNumber<number> min={SETTINGS_LIMITS[name][0]} max={SETTINGS_LIMITS[name][1]} precision={0} suffix={t('surveySet.daysUnit')} style={{ width: '100%' }} data-testid={`settings-${name}`} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Form.Item name="defaultTemplateId" label={t('surveySet.defaultTemplate')} extra={t('surveySet.defaultTemplateHint')} style={{ maxWidth: 480 }}>
        <Select options={[...templates]} placeholder={t('surveySet.noDefaultTemplate')} />
      </Form.Item>
      <Flex gap={12} align="center" wrap>
        <Button type="primary" htmlType="submit" loading={loading} data-testid="save-survey-settings">
          {t('common.save')}
        </Button>
        {dirty ? <ToneTag tone="warning">{t('surveySet.unsaved')}</ToneTag> : null}
        <Typography.Text type="secondary" data-testid="settings-updated">
          {updatedAt ? t('surveySet.updatedBy', { who: updatedBy ?? '—', at: dayjs(updatedAt).format('YYYY-MM-DD HH:mm') }) : t('surveySet.neverUpdated')}
        </Typography.Text>
      </Flex>
    </Form>
  );
}

function DelayInput({ index, source }: { index: number; source: TriggerSource }) {
  const { t } = useI18n();
  const [lo, hi] = SETTINGS_LIMITS.delayHours;
  return (
    <Form.Item
      name={['triggers', index, 'delayHours']}
      rules={[{ required: true, message: t('common.required') }, { type: 'number', min: lo, max: hi, message: t('surveySet.between', { min: lo, max: hi }) }]}
      style={{ margin: 0 }}
    >
      <InputNumber<number>
        min={lo}
        max={hi}
        precision={0}
        suffix={t('surveySet.hoursUnit')}
        aria-label={t('surveySet.delayOf', { source: t(`sat.source.${source}`) })}
        style={{ width: 160 }}
        data-testid={`trigger-${source}-delay`}
      />
    </Form.Item>
  );
}
