import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { PageContainer } from '@ant-design/pro-components';
import { Card, Form, Space, Typography } from 'antd';
import type { SurveyAnswerInput, SubmitSurveyResponseInput } from '../../../gql/graphql';
import { pathIssues } from '../../../shared/apollo';
import { useFieldErrors, useServerErrors } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { pagerTotal } from '../../../shared/paging';
import { useViewer } from '../../../app/session';
import { canAccess } from '../../../app/access';
import { useCustomerSearch } from '../../service-desk/useCustomerSearch';
import type { Answer } from '../components/SurveyQuestion';
import { EnterSurveyResponseDocument, SurveyCallListDocument, SurveyEntryCustomerDocument, SurveyEntryDefaultTemplateDocument, SurveyEntryTemplatesDocument } from '../graphql/responses.operations';
import { answerIssues, entryAnswers, entryProblems, missingRequired, opensComplaint, textIn, type EntryItem } from '../responses-entry';
import { CallList, type Call } from '../components/responses/CallList';
import { ENTRY_FIELDS, SurveyEntryForm, type EntryFields, type EntryMode } from '../components/responses/SurveyEntryForm';
import { EntryOutcome } from '../components/responses/EntryOutcome';

const PAGE_SIZE = 10;
// Issues about single answers are shown on their question, not in the form's alert.
const ANSWER_FIELDS = ['answers', 'itemKey', 'level', 'nps', 'text', 'comment'];

const heading = (text: string) => <h2 style={{ fontSize: 16, margin: 0 }}>{text}</h2>;

/**
 * Phone and interview surveys (R-SAT-1): the customers without email waiting for a call, and
 * the form an agent keys their answers into — for a call on the list, or for any customer met
 * in person. A 不滿意 answer opens a complaint on sending (R-SAT-5); a call cut short before the
 * required questions is kept as a partial form, outside the rate (R-SAT-3).
 */
export default function SurveyCallsPage() {
  const { t, locale } = useI18n();
  const viewer = useViewer();
  const canFindCustomers = canAccess(viewer.permissions, 'ReadCustomer');

  // The call list needs only EnterSurveyResponse, the right this page is opened with.
  const [page, setPage] = useState(1);
  const calls = useQuery(SurveyCallListDocument, { variables: { first: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const templates = useQuery(SurveyEntryTemplatesDocument);
  // Without the settings, a form without an invitation starts on the first active template.
  const settings = useQuery(SurveyEntryDefaultTemplateDocument, { skip: !canAccess(viewer.permissions, ['ReadSurvey', 'ManageSurvey']) });

  const [form] = Form.useForm<EntryFields>();
  const [mode, setMode] = useState<EntryMode>('call');
  const [call, setCall] = useState<Call>();
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [checked, setChecked] = useState(false);
  const [sent, setSent] = useState<SurveyAnswerInput[]>([]);
  const customers = useCustomerSearch(mode !== 'customer' || !canFindCustomers);
  const server = useServerErrors();

  const pickedCustomerId = Form.useWatch('customerId', form);
  const templateId = Form.useWatch('templateId', form);
  // A call brings its numbers and language with it; a customer met without one is looked up.
  const picked = useQuery(SurveyEntryCustomerDocument, { variables: { id: pickedCustomerId ?? '' }, skip: mode !== 'customer' || !pickedCustomerId || !canFindCustomers });
  const customer = mode === 'customer' && picked.data?.customer.id === pickedCustomerId ? picked.data?.customer : undefined;

  const all = templates.data?.surveyTemplates;
  const defaultId = settings.data?.surveySettings.defaultTemplate?.id;
  const templateOptions = useMemo(
    () =>
      (all ?? [])
        .filter((x) => x.active)
        .map((x) => ({ value: x.id, label: x.id === defaultId ? t('surveyResp.entry.templateDefault', { code: x.code }) : `${x.code} ${textIn(x.title, locale)}` })),
    [all, defaultId, t, locale],
  );
  // An invitation asks the version it was sent with; a form without one, the template's latest.
  const items: EntryItem[] = useMemo(() => {
    const tpl = all?.find((x) => x.id === (mode === 'call' ? call?.templateId : templateId));
    const version = mode === 'call' ? call?.version : tpl?.latestVersion;
    return tpl?.versions.find((v) => v.version === version)?.items ?? [];
  }, [all, mode, call, templateId]);

  // The form starts in the customer's language; the agent can change it before reading out.
  const customerLanguage = customer?.preferredLanguage;
  useEffect(() => {
    if (mode === 'call' && call) form.setFieldValue('language', call.language);
    else if (mode === 'customer' && customerLanguage) form.setFieldValue('language', customerLanguage);
  }, [form, mode, call, customerLanguage]);
  useEffect(() => {
    if (mode === 'customer' && !form.getFieldValue('templateId')) {
      const first = defaultId ?? templateOptions[0]?.value;
      if (first) form.setFieldValue('templateId', first);
    }
  }, [form, mode, defaultId, templateOptions]);

  const [submit, submission] = useMutation(EnterSurveyResponseDocument);
  const unknown = useFieldErrors(form, ENTRY_FIELDS, server.errors).filter(([field]) => !ANSWER_FIELDS.includes(field));
  const failure = submission.error;
  const issues = useMemo(() => answerIssues(failure ? pathIssues(failure, locale) : [], sent), [failure, locale, sent]);
  const problems = checked ? entryProblems(items, answers) : [];
  const questionErrors: Record<string, string> = { ...issues.byItem };
  for (const p of problems) if (p.key) questionErrors[p.key] = t(`surveyResp.entry.${p.code}`);
  const missing = missingRequired(items, answers);
  const warnings = [
    ...(problems.some((p) => p.code === 'noAnswer') ? [t('surveyResp.entry.noAnswer')] : []),
    ...(items.length && missing.length ? [t('surveyResp.entry.partialWarning', { questions: missing.map((i) => textIn(i.label, locale)).join('、') })] : []),
    ...(opensComplaint(answers) ? [t('surveyResp.entry.complaintWarning')] : []),
  ];

  const reset = () => {
    setAnswers({});
    setChecked(false);
    setSent([]);
    setCall(undefined);
    server.clear();
    submission.reset();
    form.setFieldsValue({ customerId: undefined });
  };

  const onSubmit = async () => {
    setChecked(true);
    if (entryProblems(items, answers).length) return;
    const values = form.getFieldsValue();
    const list = entryAnswers(items, answers);
    const about: Partial<SubmitSurveyResponseInput> = mode === 'call' ? { invitationId: call?.id } : { customerId: values.customerId, templateId: values.templateId };
    setSent(list);
    server.clear();
    try {
      await submit({ variables: { input: { ...about, channel: values.channel, language: values.language, answers: list } } });
      if (mode === 'call') void calls.refetch();
    } catch (e) {
      server.capture(e);
    }
  };

  const result = submission.data?.submitSurveyResponse;
  const callsData = calls.data ?? calls.previousData;
  const total = callsData?.surveyInvitations.totalCount ?? 0;

  return (
    <PageContainer title={t('surveyResp.calls.title')}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card size="small" title={heading(t('surveyResp.calls.list'))}>
          <Typography.Paragraph type="secondary">{t('surveyResp.calls.listHint')}</Typography.Paragraph>
          <CallList
            rows={callsData?.surveyInvitations.nodes ?? []}
            loading={calls.loading && !callsData}
            pickedId={mode === 'call' && !result ? call?.id : undefined}
            onPick={(c) => {
              reset();
              setMode('call');
              setCall(c);
            }}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: pagerTotal(total, PAGE_SIZE).total, onChange: setPage, showTotal: () => t('common.total', { n: total }) }}
          />
        </Card>
        <Card size="small" title={heading(t('surveyResp.entry.title'))} data-testid="entry-card">
          {result ? (
            <EntryOutcome outcome={result} onNext={reset} />
          ) : (
            <SurveyEntryForm
              form={form}
              mode={mode}
              onModeChange={(next) => {
                reset();
                setMode(next);
              }}
              call={call}
              customers={canFindCustomers ? customers : undefined}
              phones={mode === 'call' ? call?.customerPhones : customer?.phones}
              templates={templateOptions}
              items={items}
              answers={answers}
              onAnswer={(key, answer) => setAnswers((before) => ({ ...before, [key]: answer }))}
              questionErrors={questionErrors}
              formError={server.formError ?? (issues.general.length ? issues.general.join('; ') : null)}
              unknown={unknown}
              warnings={warnings}
              submitting={submission.loading}
              onSubmit={() => void onSubmit()}
            />
          )}
        </Card>
      </Space>
    </PageContainer>
  );
}
