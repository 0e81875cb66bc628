import { Alert, Button, Descriptions, Form, Radio, Select, type FormInstance } from 'antd';
import type { PreferredLanguage, SurveyChannel } from '../../../../gql/graphql';
import { FormAlert, SearchSelect, type SearchSource } from '../../../../shared/components';
import { LOCALE_OF_LANGUAGE, translate, useI18n } from '../../../../shared/i18n';
import { SurveyQuestion, type Answer } from '../SurveyQuestion';
import { LANGUAGES, levelOptions, textIn, type EntryItem } from '../../responses-entry';
import type { Call } from './CallList';
import { PhoneNumbers } from './PhoneNumbers';

export type EntryMode = 'call' | 'customer';

export interface EntryFields {
  customerId?: string;
  templateId?: string;
  channel: SurveyChannel;
  language: PreferredLanguage;
}

/** Fields the server may name in a BAD_USER_INPUT; the form shows each under its input. */
export const ENTRY_FIELDS = ['customerId', 'templateId', 'channel', 'language'] as const;

// The API's limits (MAX_COMMENT, MAX_TEXT); the public page gets them with the survey.
const MAX_COMMENT = 1000;
const MAX_TEXT = 2000;
const STAFF_CHANNELS: readonly SurveyChannel[] = ['PHONE', 'INTERVIEW'];

interface Props {
  form: FormInstance<EntryFields>;
  mode: EntryMode;
  onModeChange: (mode: EntryMode) => void;
  call?: Call;
  customers?: SearchSource;
  /** The numbers of the customer being surveyed, once known. */
  phones?: readonly string[] | null;
  templates: { value: string; label: string }[];
  items: readonly EntryItem[];
  answers: Record<string, Answer>;
  onAnswer: (key: string, answer: Answer) => void;
  questionErrors: Record<string, string>;
  /** Problems that name no input: the general server message and answer issues without a question. */
  formError?: string | null;
  unknown: [string, string][];
  warnings: string[];
  submitting: boolean;
  onSubmit: () => void;
}

/** A phone or interview survey keyed in by staff (R-SAT-1); presentational, the page sends it. */
export function SurveyEntryForm(props: Props) {
  const { form, mode, onModeChange, call, customers, phones, templates, items, answers, onAnswer, questionErrors, formError, unknown, warnings, submitting, onSubmit } = props;
  const { t } = useI18n();
  const language = Form.useWatch('language', form) ?? 'ZH_HANT';
  // The questions and levels are read out to the customer: in the form's language, not the console's.
  const locale = LOCALE_OF_LANGUAGE[language];
  const levels = levelOptions((level) => translate(locale, `sat.level.${level}`));

  return (
    <Form<EntryFields> form={form} name="surveyEntry" layout="vertical" onFinish={onSubmit} initialValues={{ channel: 'PHONE', language: 'ZH_HANT' }} style={{ maxWidth: 760 }}>
      <FormAlert error={formError} unknown={unknown} />
      <Form.Item label={t('surveyResp.entry.whom')}>
        <Radio.Group
          aria-label={t('surveyResp.entry.whom')}
          value={mode}
          onChange={(e) => onModeChange(e.target.value as EntryMode)}
          options={[
            { value: 'call', label: t('surveyResp.entry.fromList') },
            { value: 'customer', label: t('surveyResp.entry.anyCustomer') },
          ]}
          data-testid="entry-mode"
        />
      </Form.Item>

      {mode === 'call' ? (
        call ? (
          <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }} data-testid="entry-call">
            <Descriptions.Item label={t('surveyResp.entry.customer')}>{call.customerName}</Descriptions.Item>
            <Descriptions.Item label={t('sat.dimension.SOURCE')}>{t(`sat.source.${call.source}`)}</Descriptions.Item>
          </Descriptions>
        ) : (
          <Alert type="info" showIcon title={t('surveyResp.entry.pickCall')} style={{ marginBottom: 16 }} data-testid="entry-pick-call" />
        )
      ) : (
        <>
          {customers ? (
            <Form.Item name="customerId" label={t('surveyResp.entry.customer')} htmlFor="surveyEntry_customerId" rules={[{ required: true, message: t('surveyResp.entry.customerRequired') }]}>
              <SearchSelect id="surveyEntry_customerId" source={customers} placeholder={t('surveyResp.entry.customerPlaceholder')} style={{ width: 360 }} />
            </Form.Item>
          ) : (
            <Alert type="info" showIcon title={t('surveyResp.entry.noCustomerSearch')} style={{ marginBottom: 16 }} />
          )}
          <Form.Item name="templateId" label={t('surveyResp.entry.template')} htmlFor="surveyEntry_templateId" rules={[{ required: true }]}>
            <Select id="surveyEntry_templateId" options={templates} style={{ width: 360 }} />
          </Form.Item>
        </>
      )}

      {phones ? (
        <Descriptions size="small" column={1} style={{ marginBottom: 16 }} data-testid="entry-phone">
          <Descriptions.Item label={t('surveyResp.entry.phone')}>
            <PhoneNumbers phones={phones} />
          </Descriptions.Item>
        </Descriptions>
      ) : null}

      <Form.Item name="channel" label={t('surveyResp.entry.channel')}>
        <Radio.Group aria-label={t('surveyResp.entry.channel')} optionType="button" options={STAFF_CHANNELS.map((c) => ({ value: c, label: t(`sat.channel.${c}`) }))} data-testid="entry-channel" />
      </Form.Item>
      <Form.Item name="language" label={t('surveyResp.entry.language')} htmlFor="surveyEntry_language" extra={t('surveyResp.entry.languageHint')}>
        <Select id="surveyEntry_language" options={LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))} style={{ width: 200 }} />
      </Form.Item>

      {items.length ? (
        <section aria-labelledby="surveyEntry_questions" data-testid="entry-questions">
          <h3 id="surveyEntry_questions" style={{ fontSize: 16 }}>
            {t('surveyResp.entry.questions')}
          </h3>
          {items.map((item) => (
            <SurveyQuestion
              key={item.key}
              item={{ key: item.key, kind: item.kind, required: item.required, label: textIn(item.label, locale) }}
              levels={levels}
              answer={answers[item.key] ?? {}}
              error={questionErrors[item.key]}
              maxCommentLength={MAX_COMMENT}
              maxTextLength={MAX_TEXT}
              t={t}
              onChange={(next) => onAnswer(item.key, next)}
            />
          ))}
        </section>
      ) : null}

      {warnings.map((w) => (
        <Alert key={w} type="warning" showIcon title={w} style={{ marginBottom: 12 }} />
      ))}
      <Button type="primary" htmlType="submit" loading={submitting} disabled={mode === 'call' && !call} data-testid="entry-submit">
        {t('surveyResp.entry.submit')}
      </Button>
    </Form>
  );
}
