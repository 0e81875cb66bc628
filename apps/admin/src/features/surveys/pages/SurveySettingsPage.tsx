import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Card, Flex, Result, Tabs } from 'antd';
import dayjs from 'dayjs';
import { PageError, PageLoading, tierName } from '../../../shared/components';
import { errorMessage } from '../../../shared/apollo';
import { useServerErrors } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { useViewer } from '../../../app/session';
import { canAccess } from '../../../app/access';
import { OrgChartDocument, unitOptions } from '../../org';
import { useCustomerSearch } from '../../service-desk/useCustomerSearch';
import {
  EvaluateSatisfactionTargetsDocument,
  SetSatisfactionTargetDocument,
  SurveyCampaignOptionsDocument,
  SurveySettingsEvaluationsDocument,
  SurveySettingsPageDocument,
  SurveySettingsSendDocument,
  SurveySettingsTargetsDocument,
  SurveySettingsTemplatesDocument,
  UpdateSurveySettingsDocument,
} from '../graphql/settings.operations';
import { settingsInput, settingsValues, templateOptions, type SettingsValues } from '../settings-form';
import { unitTargets, type TargetRow } from '../settings-targets';
import { periodKind, previousPeriod, recentPeriods, type EvaluationRow, type PeriodKind } from '../settings-evaluation';
import { sendInput, type SendDraft } from '../settings-send';
import { TriggerSettingsForm } from '../components/settings/TriggerSettingsForm';
import { TargetsSection } from '../components/settings/TargetsSection';
import { TargetForm, type TargetValues } from '../components/settings/TargetForm';
import { EvaluationSection } from '../components/settings/EvaluationSection';
import { SendSurveyForm } from '../components/settings/SendSurveyForm';
import { SendResult, type SendResultData } from '../components/settings/SendResult';

type Tab = 'triggers' | 'targets' | 'evaluation' | 'send';
const TABS: readonly Tab[] = ['triggers', 'targets', 'evaluation', 'send'];
const isTab = (v: string | null): v is Tab => !!v && (TABS as readonly string[]).includes(v);
/** Periods offered for evaluation: two years of months, two years of quarters. */
const PERIODS_BACK = { MONTH: 24, QUARTER: 8 } as const;

/**
 * The survey settings (R-SAT-1, R-SAT-4): the automatic triggers and the quiet period, the
 * units' satisfaction targets and their evaluation (quality control, ManageSurvey), and
 * sending a survey by hand to customers, a campaign or a random sample (SendSurvey). Each
 * tab shows only when the viewer holds its right; the API checks again and keeps each
 * action within the viewer's reach.
 */
export default function SurveySettingsPage() {
  const { t, pick, locale } = useI18n();
  const { message } = App.useApp();
  const viewer = useViewer();
  const held = viewer.permissions;
  const canManage = canAccess(held, 'ManageSurvey');
  const canSend = canAccess(held, 'SendSurvey');
  const canReadSettings = canManage || canAccess(held, 'ReadSurvey');
  const canReadCustomers = canAccess(held, 'ReadCustomer');
  const canReadUnits = canAccess(held, 'ReadOrgUnit');
  const allowed = TABS.filter((tab) => (tab === 'send' ? canSend : canManage));

  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab: Tab | undefined = isTab(asked) && allowed.includes(asked) ? asked : allowed[0];
  const today = dayjs().format('YYYY-MM-DD');
  const thisYear = dayjs().year();

  const settings = useQuery(SurveySettingsPageDocument, { skip: !canReadSettings });
  const templates = useQuery(SurveySettingsTemplatesDocument);
  const chart = useQuery(OrgChartDocument, { skip: !canReadUnits || (tab !== 'targets' && tab !== 'send') });
  const units = useMemo(() => unitOptions(chart.data?.orgChart.nodes ?? [], pick), [chart.data, pick]);
  const templateChoices = useMemo(() => templateOptions(templates.data?.surveyTemplates ?? [], locale), [templates.data, locale]);
  const saved = settings.data?.surveySettings;
  const values = useMemo(() => (saved ? settingsValues(saved) : null), [saved]);
  const defaultTemplate = templateChoices.find((o) => o.value === saved?.defaultTemplate?.id)?.label ?? null;

  // Triggers and periods (R-SAT-1).
  const settingsErrors = useServerErrors();
  const [updateSettings, updating] = useMutation(UpdateSurveySettingsDocument);
  async function saveSettings(v: SettingsValues) {
    settingsErrors.clear();
    try {
      // No refetch: the answer carries the settings' id, so the cache updates the page from it.
      await updateSettings({ variables: { input: settingsInput(v) } });
      void message.success(t('common.saved'));
    } catch (e) {
      settingsErrors.capture(e);
    }
  }

  // Unit targets (R-SAT-4).
  const targets = useQuery(SurveySettingsTargetsDocument, { skip: !canManage || tab !== 'targets', fetchPolicy: 'cache-and-network' });
  const byUnit = useMemo(() => unitTargets(targets.data?.satisfactionTargets ?? [], thisYear), [targets.data, thisYear]);
  const [editingTarget, setEditingTarget] = useState<Partial<TargetValues> | null>(null);
  const targetErrors = useServerErrors();
  const [setTarget, settingTarget] = useMutation(SetSatisfactionTargetDocument);
  function openTarget(unit?: TargetRow['unit'], current?: TargetRow | null) {
    targetErrors.clear();
    setEditingTarget({ unitId: unit?.id, effectiveYear: thisYear, targetPercent: current?.targetPercent });
  }
  async function saveTarget(v: TargetValues) {
    targetErrors.clear();
    try {
      await setTarget({ variables: { input: { unitId: v.unitId, effectiveYear: v.effectiveYear, targetPercent: v.targetPercent, note: v.note?.trim() || null } } });
      void message.success(t('common.saved'));
      setEditingTarget(null);
      await targets.refetch();
    } catch (e) {
      targetErrors.capture(e);
    }
  }

  // Evaluation (R-SAT-4).
  const [kind, setKind] = useState<PeriodKind>('MONTH');
  const [period, setPeriod] = useState(() => previousPeriod('MONTH', today));
  const periods = useMemo(() => recentPeriods(kind, today, PERIODS_BACK[kind]), [kind, today]);
  const evaluations = useQuery(SurveySettingsEvaluationsDocument, { variables: { period }, skip: !canManage || tab !== 'evaluation', fetchPolicy: 'cache-and-network' });
  const [evaluate, evaluating] = useMutation(EvaluateSatisfactionTargetsDocument);
  const [run, setRun] = useState<{ period: string; rows: EvaluationRow[] } | null>(null);
  const [runFailure, setRunFailure] = useState<unknown>(null);
  function pickKind(next: PeriodKind) {
    setKind(next);
    setPeriod(previousPeriod(next, today));
    setRunFailure(null);
  }
  function pickPeriod(next: string) {
    if (periodKind(next)) setPeriod(next);
    setRunFailure(null);
  }
  async function runEvaluation() {
    setRunFailure(null);
    try {
      const { data } = await evaluate({ variables: { period } });
      if (data) setRun({ period, rows: data.evaluateSatisfactionTargets.evaluations });
      void evaluations.refetch();
    } catch (e) {
      setRunFailure(e);
    }
  }
  const justRun = run?.period === period;
  const evaluationRows = justRun ? run.rows : (evaluations.data ?? evaluations.previousData)?.satisfactionEvaluations.filter((e) => e.period === period) ?? [];
  const evaluationError = runFailure ?? evaluations.error;

  // Sending by hand (R-SAT-1).
  const customers = useCustomerSearch(!canReadCustomers || tab !== 'send');
  const campaignOptions = useQuery(SurveyCampaignOptionsDocument, { skip: !canSend || !canReadCustomers || tab !== 'send' });
  const tiers = useMemo(() => (campaignOptions.data?.tiers ?? []).map((tier) => ({ value: tier.id, label: tierName(tier, locale) })), [campaignOptions.data, locale]);
  const sendErrors = useServerErrors();
  const [send, sending] = useMutation(SurveySettingsSendDocument);
  const [sent, setSent] = useState<SendResultData | null>(null);
  async function sendSurvey(draft: SendDraft) {
    sendErrors.clear();
    setSent(null);
    try {
      const { data } = await send({ variables: { input: sendInput(draft, new Date().toISOString()) } });
      if (data) {
        setSent(data.sendSurvey);
        void message.success(t('surveySet.send.done'));
      }
    } catch (e) {
      sendErrors.capture(e);
    }
  }

  if (!tab) return <Result status="403" title="403" subTitle={t('app.forbidden')} />;
  if (canManage && settings.loading && !settings.data) return <PageLoading />;
  if (canManage && (settings.error || !values)) return <PageError error={settings.error} onRetry={() => void settings.refetch()} />;

  const quietDays = saved?.quietDays ?? null;
  const items = [
    {
      key: 'triggers' as const,
      label: t('surveySet.tab.triggers'),
      children: values ? (
        <Card size="small">
          <TriggerSettingsForm
            values={values}
            templates={templateChoices}
            updatedBy={saved?.updatedBy}
            updatedAt={saved?.updatedAt}
            errors={settingsErrors.errors}
            formError={settingsErrors.formError}
            loading={updating.loading}
            onSubmit={(v) => void saveSettings(v)}
          />
        </Card>
      ) : null,
    },
    {
      key: 'targets' as const,
      label: t('surveySet.tab.targets'),
      children: (
        <Card size="small">
          {targets.error ? <Alert type="error" showIcon title={errorMessage(targets.error, locale)} style={{ marginBottom: 12 }} /> : null}
          <TargetsSection units={byUnit} year={thisYear} loading={targets.loading && !targets.data} onSet={openTarget} />
        </Card>
      ),
    },
    {
      key: 'evaluation' as const,
      label: t('surveySet.tab.evaluation'),
      children: (
        <Card size="small">
          <EvaluationSection
            kind={kind}
            period={period}
            periods={periods}
            rows={evaluationRows}
            loading={evaluations.loading && !evaluations.data}
            error={evaluationError ? errorMessage(evaluationError, locale) : null}
            running={evaluating.loading}
            justRun={justRun}
            onKind={pickKind}
            onPeriod={pickPeriod}
            onRun={() => void runEvaluation()}
          />
        </Card>
      ),
    },
    {
      key: 'send' as const,
      label: t('surveySet.tab.send'),
      children: (
        <Flex vertical gap={16}>
          <Card size="small">
            <SendSurveyForm
              templates={templateChoices}
              defaultTemplate={defaultTemplate}
              quietDays={quietDays}
              customers={canReadCustomers ? customers : null}
              units={units}
              tiers={tiers}
              tags={campaignOptions.data?.customerTags ?? []}
              errors={sendErrors.errors}
              formError={sendErrors.formError}
              loading={sending.loading}
              onSubmit={(d) => void sendSurvey(d)}
            />
          </Card>
          {sent ? <SendResult result={sent} quietDays={quietDays} /> : null}
        </Flex>
      ),
    },
  ].filter((item) => allowed.includes(item.key));

  return (
    <PageContainer title={t('menu.surveySettings')}>
      <Tabs
        activeKey={tab}
        onChange={(key) =>
          setParams(
            (p) => {
              p.set('tab', key);
              return p;
            },
            { replace: true },
          )
        }
        items={items}
        data-testid="survey-settings-tabs"
      />
      <TargetForm
        open={!!editingTarget}
        initialValues={editingTarget ?? undefined}
        units={units}
        errors={targetErrors.errors}
        formError={targetErrors.formError}
        loading={settingTarget.loading}
        onSubmit={(v) => void saveTarget(v)}
        onCancel={() => setEditingTarget(null)}
      />
    </PageContainer>
  );
}
