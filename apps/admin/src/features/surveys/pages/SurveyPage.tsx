import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Alert, Button, Radio, Result, Typography } from 'antd';
import type { PreferredLanguage, SurveyAnswerInput } from '../../../gql/graphql';
import { errorCode, errorMessage } from '../../../shared/apollo';
import { PageLoading } from '../../../shared/components';
import { LANGUAGE_OF_LOCALE, LOCALE_LABEL, LOCALE_OF_LANGUAGE, LOCALES, translate, useI18n, type Locale, type MessageKey } from '../../../shared/i18n';
import { SurveyQuestion, type Answer, type SurveyItem } from '../components/SurveyQuestion';
import { SubmitSurveyResponseDocument, SurveyInvitationDocument } from '../graphql/survey-page.operations';


type LinkState = 'SURVEY_LINK_USED' | 'SURVEY_LINK_EXPIRED' | 'SURVEY_LINK_INVALID' | 'RATE_LIMITED';
const LINK_STATES: readonly string[] = ['SURVEY_LINK_USED', 'SURVEY_LINK_EXPIRED', 'SURVEY_LINK_INVALID', 'RATE_LIMITED'];

function linkState(error: unknown): { code: LinkState; expiredAt?: string } | null {
  const code = errorCode(error);
  if (!code || !LINK_STATES.includes(code)) return null;
  const expiredAt = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions?.expiredAt : undefined;
  return { code: code as LinkState, expiredAt: typeof expiredAt === 'string' ? expiredAt : undefined };
}

function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(iso));
}

const column = { maxWidth: 560, margin: '0 auto', padding: '16px 16px 40px' } as const;

/** A heading that takes focus when it appears, so a screen reader announces the new state. */
function FocusedHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <h1 ref={ref} tabIndex={-1} style={{ fontSize: 22, margin: 0, outline: 'none' }}>
      {children}
    </h1>
  );
}

function StatePage({ status, title, text, testId, extra }: { status: 'success' | 'info' | 'warning' | 'error'; title: string; text: ReactNode; testId: string; extra?: ReactNode }) {
  return (
    <main style={column} data-testid={testId}>
      <Result status={status} title={<FocusedHeading>{title}</FocusedHeading>} subTitle={<span style={{ color: 'rgba(0, 0, 0, 0.75)' }}>{text}</span>} extra={extra} />
    </main>
  );
}

/**
 * The customer's side of a satisfaction survey (R-SAT-1): the personal link of an invitation
 * opens this page without signing in. It speaks the invitation's language, not the console's,
 * so `<html lang>` and every string follow the survey and the catalogue of the console's own
 * reader is left as it was.
 */
export default function SurveyPage() {
  const { token = '' } = useParams();
  const { locale: consoleLocale } = useI18n();
  const [chosen, setChosen] = useState<PreferredLanguage>();
  const { data, previousData, error, loading, refetch } = useQuery(SurveyInvitationDocument, { variables: { token, language: chosen }, fetchPolicy: 'network-only' });
  const [submit, submission] = useMutation(SubmitSurveyResponseDocument);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [problems, setProblems] = useState<{ key?: string; text: string }[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);

  // While another language loads, the form stays up (and keeps its answers) in the current one.
  const survey = (data ?? (loading ? previousData : undefined))?.surveyInvitation;
  const locale: Locale = survey ? LOCALE_OF_LANGUAGE[survey.language] : chosen ? LOCALE_OF_LANGUAGE[chosen] : consoleLocale;
  const t = (key: MessageKey, vars?: Record<string, string | number>) => translate(locale, key, vars);

  useEffect(() => {
    document.documentElement.lang = locale;
    return () => void (document.documentElement.lang = consoleLocale);
  }, [locale, consoleLocale]);
  const title = survey?.title;
  useEffect(() => {
    if (!title) return;
    const before = document.title;
    document.title = title;
    return () => void (document.title = before);
  }, [title]);
  useEffect(() => {
    if (problems.length) summaryRef.current?.focus();
  }, [problems]);

  const link = linkState(submission.error) ?? linkState(error);
  if (link) {
    switch (link.code) {
      case 'SURVEY_LINK_USED':
        return <StatePage status="info" testId="survey-link-used" title={t('survey.page.usedTitle')} text={t('survey.page.used')} />;
      case 'SURVEY_LINK_EXPIRED':
        return <StatePage status="warning" testId="survey-link-expired" title={t('survey.page.expiredTitle')} text={link.expiredAt ? t('survey.page.expired', { date: formatDate(link.expiredAt, locale) }) : t('survey.page.expiredNoDate')} />;
      case 'SURVEY_LINK_INVALID':
        return <StatePage status="error" testId="survey-link-invalid" title={t('survey.page.invalidTitle')} text={t('survey.page.invalid')} />;
      case 'RATE_LIMITED':
        return (
          <StatePage
            status="warning"
            testId="survey-rate-limited"
            title={t('survey.page.rateLimitedTitle')}
            text={t('survey.page.rateLimited')}
            extra={
              <Button
                type="primary"
                size="large"
                onClick={() => {
                  submission.reset();
                  void refetch();
                }}
              >
                {t('app.retry')}
              </Button>
            }
          />
        );
    }
  }

  const result = submission.data?.submitSurveyResponse;
  if (result) {
    return (
      <StatePage
        status="success"
        testId="survey-thanks"
        title={t('survey.page.thanksTitle')}
        text={
          <>
            <span style={{ display: 'block' }}>{result.message}</span>
            {result.followUp && (
              <span style={{ display: 'block', marginTop: 8 }} data-testid="survey-follow-up">
                {t('survey.page.followUp')}
              </span>
            )}
            {result.pointsAwarded > 0 && <span style={{ display: 'block', marginTop: 8 }}>{t('survey.page.points', { points: result.pointsAwarded })}</span>}
          </>
        }
      />
    );
  }

  if (!survey) {
    if (loading) return <PageLoading />;
    return (
      <StatePage
        status="error"
        testId="survey-failed"
        title={t('survey.page.failedTitle')}
        text={errorMessage(error, locale)}
        extra={
          <Button type="primary" size="large" onClick={() => void refetch()}>
            {t('app.retry')}
          </Button>
        }
      />
    );
  }

  const setAnswer = (key: string, next: Answer) => {
    setAnswers((all) => ({ ...all, [key]: next }));
    setProblems((list) => list.filter((p) => p.key !== key));
  };

  const answered = (item: SurveyItem, a: Answer | undefined) =>
    item.kind === 'NPS' ? a?.nps != null : item.kind === 'TEXT' ? !!a?.text?.trim() : !!a?.level;

  const send = async () => {
    // Checked here first so the customer sees every missing answer at once, in their language.
    const missing = survey.items.filter((i) => (i.required || answers[i.key]?.comment?.trim()) && !answered(i, answers[i.key]));
    if (missing.length) {
      setProblems(missing.map((i) => ({ key: i.key, text: t('survey.page.answerRequired', { question: i.label }) })));
      return;
    }
    setProblems([]);
    const input: SurveyAnswerInput[] = survey.items
      .filter((i) => answered(i, answers[i.key]))
      .map((i) => {
        const a = answers[i.key] ?? {};
        const comment = a.comment?.trim() || undefined;
        if (i.kind === 'NPS') return { itemKey: i.key, nps: a.nps, comment };
        if (i.kind === 'TEXT') return { itemKey: i.key, text: a.text?.trim() };
        return { itemKey: i.key, level: a.level, comment };
      });
    try {
      await submit({ variables: { input: { token, answers: input, language: survey.language } } });
    } catch (e) {
      if (!linkState(e)) setProblems([{ text: errorMessage(e, locale) }]);
    }
  };

  const errorOf = (key: string) => problems.find((p) => p.key === key)?.text;

  return (
    <main style={column} lang={locale}>
      <div role="group" aria-label={t('app.language')} data-testid="survey-language" style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: 12 }}>
        <Radio.Group
          size="small"
          optionType="button"
          value={locale}
          onChange={(e) => setChosen(LANGUAGE_OF_LOCALE[e.target.value as Locale])}
          options={LOCALES.map((l) => ({ value: l, label: <span lang={l}>{LOCALE_LABEL[l]}</span> }))}
        />
      </div>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {survey.title}
      </Typography.Title>
      <Typography.Paragraph style={{ fontSize: 16, marginBottom: 4 }} data-testid="survey-greeting">
        {t('survey.page.greeting', { name: survey.greetingName })}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" data-testid="survey-station">
        {t('survey.page.station', { station: survey.stationName })}
      </Typography.Paragraph>
      {survey.intro && <Typography.Paragraph style={{ fontSize: 16 }}>{survey.intro}</Typography.Paragraph>}
      <Typography.Paragraph type="secondary">{t('survey.page.requiredNote')}</Typography.Paragraph>

      {problems.length > 0 && (
        <div ref={summaryRef} tabIndex={-1} data-testid="survey-errors" style={{ marginBottom: 20, outline: 'none' }}>
          <Alert
            type="error"
            showIcon
            title={t('survey.page.errorsTitle')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {problems.map((p) => (
                  <li key={p.key ?? p.text}>{p.key ? <a href={`#q-${p.key}`}>{p.text}</a> : p.text}</li>
                ))}
              </ul>
            }
          />
        </div>
      )}

      <form
        data-testid="survey-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
      >
        {survey.items.map((item) => (
          <SurveyQuestion
            key={item.key}
            item={item}
            levels={survey.levels}
            answer={answers[item.key] ?? {}}
            error={errorOf(item.key)}
            maxCommentLength={survey.maxCommentLength}
            maxTextLength={survey.maxTextLength}
            t={t}
            onChange={(next) => setAnswer(item.key, next)}
          />
        ))}
        <Button type="primary" htmlType="submit" size="large" block loading={submission.loading} style={{ height: 52, fontSize: 17 }} data-testid="survey-submit">
          {t('survey.page.submit')}
        </Button>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, textAlign: 'center' }}>
          {t('survey.page.expiresAt', { date: formatDate(survey.expiresAt, locale) })}
        </Typography.Paragraph>
      </form>
    </main>
  );
}
