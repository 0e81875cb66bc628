import { Alert, Button, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, Switch, TreeSelect } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FormAlert, SearchSelect, type SearchSource } from '../../../../shared/components';
import { useFieldErrors } from '../../../../shared/hooks';
import type { PreferredLanguage } from '../../../../gql/graphql';
import { LANGUAGE_OF_LOCALE, LOCALES, useI18n } from '../../../../shared/i18n';
import type { UnitOption } from '../../../org';
import { AUDIENCES, canReturnLink, DELIVERIES, SEND_LIMITS, sendProblems, type Audience, type SendDelivery, type SendDraft } from '../../settings-send';
import type { TemplateOption } from './TriggerSettingsForm';

interface FormValues {
  audience: Audience;
  customerIds?: string[];
  stationId?: string;
  tierIds?: string[];
  tags?: string[];
  marketingConsent?: 'yes' | 'no';
  lastPurchase?: [Dayjs, Dayjs] | null;
  sampleSize?: number | null;
  campaign?: string;
  templateId?: string;
  delivery: SendDelivery;
  language?: PreferredLanguage;
  respectQuietPeriod: boolean;
  sendAt?: Dayjs | null;
}

interface Props {
  templates: readonly TemplateOption[];
  /** The template sent when none is picked; null when the settings name none. */
  defaultTemplate: string | null;
  /** The quiet period in days, when the viewer may read the settings. */
  quietDays: number | null;
  /** Customer search, when the viewer may read customer files. */
  customers: SearchSource | null;
  units: UnitOption[];
  tiers: { value: string; label: string }[];
  tags: readonly string[];
  errors: Record<string, string>;
  formError?: string | null;
  loading: boolean;
  onSubmit: (draft: SendDraft) => void;
}

const FIELDS = ['customerIds', 'sampleSize', 'templateId', 'campaign', 'sendAt', 'delivery', 'language'] as const;
const LANGUAGES = LOCALES.map((l) => LANGUAGE_OF_LOCALE[l]);
const INITIAL: Partial<FormValues> = { audience: 'SAMPLE', delivery: 'EMAIL', respectQuietPeriod: true };

function draftOf(v: FormValues): SendDraft {
  const [from, to] = v.lastPurchase ?? [];
  return {
    audience: v.audience,
    customerIds: v.customerIds ?? [],
    stationId: v.stationId ?? null,
    tierIds: v.tierIds ?? [],
    tags: v.tags ?? [],
    marketingConsent: v.marketingConsent ?? null,
    // The end day counts whole, so the bound is the start of the day after.
    lastPurchase: from && to ? [from.startOf('day').toISOString(), to.add(1, 'day').startOf('day').toISOString()] : null,
    sampleSize: v.sampleSize ?? null,
    campaign: v.campaign ?? null,
    templateId: v.templateId ?? null,
    delivery: v.delivery,
    language: v.language ?? null,
    respectQuietPeriod: v.respectQuietPeriod,
    sendAt: v.sendAt ? v.sendAt.toISOString() : null,
  };
}

/**
 * Sends a survey by hand (R-SAT-1): to customers picked by name, to everyone a CRM filter
 * finds (a campaign), or to a random sample of them. Customers asked within the quiet period
 * are skipped unless the sender says otherwise. The survey goes by email, to the phone list,
 * or (one customer, now) as a link handed back to pass on in person; in one language for
 * everyone, or in each customer's preferred one.
 */
export function SendSurveyForm({ templates, defaultTemplate, quietDays, customers, units, tiers, tags, errors, formError, loading, onSubmit }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<FormValues>();
  const unknown = useFieldErrors(form, FIELDS, errors);
  const audience = Form.useWatch('audience', form) ?? INITIAL.audience;
  const customerIds = Form.useWatch('customerIds', form);
  const sendAt = Form.useWatch('sendAt', form);
  const linkAllowed = canReturnLink({ audience: audience!, customerIds, sendAt: sendAt?.toISOString() ?? null }, new Date().toISOString());

  function submit(values: FormValues) {
    const draft = draftOf(values);
    const problems = sendProblems(draft, new Date().toISOString());
    if (problems.length) {
      form.setFields(problems.map((p) => ({ name: p.field, errors: [t(`surveySet.send.err.${p.code}`, { max: p.code === 'tooManyCustomers' ? SEND_LIMITS.customers : SEND_LIMITS.sample })] })));
      return;
    }
    onSubmit(draft);
  }

  const byFilter = audience !== 'CUSTOMERS';
  return (
    <Form<FormValues>
      form={form}
      name="sendSurvey"
      layout="vertical"
      initialValues={INITIAL}
      onFinish={submit}
      // The link needs exactly one customer sent now: back to email when that no longer holds.
      onValuesChange={(_, all) => {
        if (all.delivery === 'LINK' && !canReturnLink({ audience: all.audience, customerIds: all.customerIds, sendAt: all.sendAt?.toISOString() ?? null }, new Date().toISOString())) {
          form.setFieldValue('delivery', 'EMAIL');
        }
      }}
    >
      <FormAlert error={formError} unknown={unknown} />
      <Form.Item name="audience" label={t('surveySet.send.audience')}>
        <Radio.Group
          optionType="button"
          aria-label={t('surveySet.send.audience')}
          data-testid="send-audience"
          options={AUDIENCES.map((a) => ({ value: a, label: t(`surveySet.send.audience.${a}`), disabled: a === 'CUSTOMERS' && !customers }))}
        />
      </Form.Item>
      {audience === 'CUSTOMERS' && customers ? (
        <Form.Item name="customerIds" label={t('surveySet.send.customers')} extra={t('surveySet.send.customersHint')} style={{ maxWidth: 640 }}>
          <SearchSelect source={customers} mode="multiple" placeholder={t('surveySet.send.searchCustomers')} />
        </Form.Item>
      ) : null}
      {byFilter ? (
        <>
          <Alert type="info" showIcon style={{ marginBottom: 16, maxWidth: 960 }} title={t(audience === 'SAMPLE' ? 'surveySet.send.sampleNote' : 'surveySet.send.campaignNote')} />
          <Row gutter={16} style={{ maxWidth: 960 }}>
            {audience === 'SAMPLE' ? (
              <Col xs={24} md={8}>
                <Form.Item name="sampleSize" label={t('surveySet.send.sampleSize')} rules={[{ required: true, message: t('common.required') }]}>
                  <InputNumber<number> min={1} max={SEND_LIMITS.sample} precision={0} style={{ width: '100%' }} data-testid="send-sample-size" />
                </Form.Item>
              </Col>
            ) : null}
            <Col xs={24} md={8}>
              <Form.Item name="stationId" label={t('surveySet.send.station')}>
                <TreeSelect allowClear showSearch treeNodeFilterProp="path" treeData={units} placeholder={t('surveySet.send.anyStation')} />
              </Form.Item>
            </Col>
            {tiers.length ? (
              <Col xs={24} md={8}>
                <Form.Item name="tierIds" label={t('surveySet.send.tiers')}>
                  <Select mode="multiple" allowClear options={tiers} placeholder={t('surveySet.send.anyTier')} />
                </Form.Item>
              </Col>
            ) : null}
            {tags.length ? (
              <Col xs={24} md={8}>
                <Form.Item name="tags" label={t('surveySet.send.tags')}>
                  <Select mode="multiple" allowClear options={tags.map((tag) => ({ value: tag, label: tag }))} placeholder={t('surveySet.send.anyTag')} />
                </Form.Item>
              </Col>
            ) : null}
            <Col xs={24} md={8}>
              <Form.Item name="marketingConsent" label={t('surveySet.send.consent')}>
                <Select
                  allowClear
                  placeholder={t('surveySet.send.consentAny')}
                  options={[
                    { value: 'yes', label: t('surveySet.send.consentYes') },
                    { value: 'no', label: t('surveySet.send.consentNo') },
                  ]}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="lastPurchase" label={t('surveySet.send.lastPurchase')}>
                <DatePicker.RangePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        </>
      ) : null}
      <Row gutter={16} style={{ maxWidth: 960 }}>
        <Col xs={24} md={8}>
          <Form.Item name="templateId" label={t('surveySet.send.template')}>
            <Select allowClear options={[...templates]} placeholder={defaultTemplate ? t('surveySet.send.defaultTemplate', { name: defaultTemplate }) : t('surveySet.send.pickTemplate')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="campaign" label={t('surveySet.send.campaign')} extra={t('surveySet.send.campaignHint')}>
            <Input maxLength={SEND_LIMITS.campaign} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="sendAt" label={t('surveySet.send.sendAt')} extra={t('surveySet.send.sendAtHint')}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabledDate={(d) => d.isBefore(dayjs().startOf('day'))} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="delivery" label={t('surveySet.send.delivery')} extra={t('surveySet.send.deliveryHint')}>
        <Radio.Group
          aria-label={t('surveySet.send.delivery')}
          data-testid="send-delivery"
          options={DELIVERIES.map((d) => ({ value: d, label: t(`surveySet.send.delivery.${d}`), disabled: d === 'LINK' && !linkAllowed }))}
        />
      </Form.Item>
      <Form.Item name="language" label={t('surveySet.send.surveyLanguage')} extra={t('surveySet.send.languageHint')} style={{ maxWidth: 320 }}>
        <Select<PreferredLanguage>
          allowClear
          placeholder={t('surveySet.send.preferredLanguage')}
          options={LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
          data-testid="send-language"
        />
      </Form.Item>
      <Form.Item
        name="respectQuietPeriod"
        label={t('surveySet.send.quiet')}
        valuePropName="checked"
        extra={quietDays != null ? t('surveySet.send.quietHint', { days: quietDays }) : t('surveySet.send.quietHintNoDays')}
      >
        <Switch data-testid="send-respect-quiet" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={loading} data-testid="send-survey">
        {t('surveySet.send.submit')}
      </Button>
    </Form>
  );
}
