import { useCallback, useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, Card, Form, Select, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { PageError, PageLoading } from '../../../shared/components';
import { errorMessage } from '../../../shared/apollo';
import { useServerErrors } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { useViewer } from '../../../app/session';
import { canAccess } from '../../../app/access';
import {
  DeleteSlaPolicyDocument,
  ServiceCalendarsDocument,
  SetServiceCalendarDocument,
  SlaPoliciesDocument,
  UpsertSlaPolicyDocument,
} from '../graphql/reports.operations';
import { calendarErrors, weekInput, withoutDay, withoutHolidays, type CalendarIssue } from '../components/settings/calendar';
import { CalendarForm, type CalendarDraft } from '../components/settings/CalendarForm';
import { SlaPolicyTable, type SlaPolicy } from '../components/settings/SlaPolicyTable';
import { SlaPolicyForm, type SlaPolicyValues } from '../components/settings/SlaPolicyForm';

/** Issue codes of setServiceCalendar worded in the console; others keep the API's message. */
const WORDED = ['incomplete', 'empty_interval', 'unsorted', 'overlap', 'out_of_range', 'too_many', 'no_open_hours', 'invalid_date'] as const;
const isWorded = (code: string): code is (typeof WORDED)[number] => (WORDED as readonly string[]).includes(code);
const NEW_POLICY: SlaPolicyValues = { kind: 'INQUIRY', severity: 'MEDIUM', minPriority: 1, firstResponseMinutes: 60, updateMinutes: 240, resolutionMinutes: 480 };

function issuesOf(error: unknown): CalendarIssue[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((e) => (e.extensions?.code === 'BAD_USER_INPUT' && Array.isArray(e.extensions.issues) ? (e.extensions.issues as CalendarIssue[]) : []));
}

/**
 * The service desk's settings (R-SVC-10): each station's business calendar, which the SLA
 * clocks count in (station managers keep their own station's), and the company-wide SLA
 * targets (changed only with the settings right for the whole company).
 */
export default function SettingsPage() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const viewer = useViewer();
  const calendars = useQuery(ServiceCalendarsDocument);
  const canReadPolicies = canAccess(viewer.permissions, 'ReadTicket');
  const policies = useQuery(SlaPoliciesDocument, { skip: !canReadPolicies });
  const canEditPolicies = viewer.grants.some((g) => g.permission === 'ManageServiceSettings' && g.scope === 'ALL');
  const [setCalendar, saving] = useMutation(SetServiceCalendarDocument);
  const [upsertPolicy, upserting] = useMutation(UpsertSlaPolicyDocument);
  const [deletePolicy] = useMutation(DeleteSlaPolicyDocument);

  const stations = useMemo(() => calendars.data?.serviceCalendars ?? [], [calendars.data]);
  // A station manager's settings right is anchored at their station: open on that one.
  const own = viewer.grants.find((g) => g.permission === 'ManageServiceSettings' && stations.some((s) => s.stationId === g.unitId))?.unitId;
  const [picked, setPicked] = useState<string | null>(null);
  const stationId = picked ?? own ?? stations[0]?.stationId ?? null;
  const calendar = stations.find((s) => s.stationId === stationId) ?? null;

  const [issues, setIssues] = useState<CalendarIssue[]>([]);
  const [calendarFailure, setCalendarFailure] = useState<unknown>(null);
  const word = useCallback((code: string) => (isWorded(code) ? t(`sdSettings.err.${code}`) : undefined), [t]);
  const errors = useMemo(() => calendarErrors(issues, word), [issues, word]);
  const formError = calendarFailure && !issues.length ? errorMessage(calendarFailure, locale) : null;

  const policyErrors = useServerErrors();
  const [editing, setEditing] = useState<{ mode: 'create' | 'edit'; values: SlaPolicyValues } | null>(null);

  function pick(id: string) {
    setPicked(id);
    setIssues([]);
    setCalendarFailure(null);
  }

  async function saveCalendar(draft: CalendarDraft) {
    setCalendarFailure(null);
    const input = weekInput(draft.week);
    if ('incomplete' in input) {
      setIssues(input.incomplete.map((field) => ({ field, code: 'incomplete', message: t('sdSettings.err.incomplete') })));
      return;
    }
    setIssues([]);
    try {
      await setCalendar({ variables: { stationId: stationId!, input: { week: input.week, holidays: draft.holidays } } });
      void message.success(t('common.saved'));
      await calendars.refetch();
    } catch (e) {
      setCalendarFailure(e);
      setIssues(issuesOf(e));
    }
  }

  async function savePolicy(values: SlaPolicyValues) {
    policyErrors.clear();
    try {
      await upsertPolicy({ variables: { input: values } });
      void message.success(t('common.saved'));
      setEditing(null);
      void policies.refetch();
    } catch (e) {
      policyErrors.capture(e);
    }
  }

  async function removePolicy(policy: SlaPolicy) {
    try {
      await deletePolicy({ variables: { id: policy.id } });
      void message.success(t('sdSettings.deleted'));
      void policies.refetch();
    } catch (e) {
      void message.error(errorMessage(e, locale));
    }
  }

  if (calendars.loading && !calendars.data) return <PageLoading />;
  if (calendars.error || !calendars.data) return <PageError error={calendars.error} onRetry={() => void calendars.refetch()} />;

  const edit = (p: SlaPolicy) => {
    policyErrors.clear();
    const { kind, severity, minPriority, firstResponseMinutes, updateMinutes, resolutionMinutes } = p;
    setEditing({ mode: 'edit', values: { kind, severity, minPriority, firstResponseMinutes, updateMinutes, resolutionMinutes } });
  };

  return (
    <PageContainer title={t('sdSettings.menu')}>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small">
          <Form layout="inline" name="calendar">
            <Form.Item label={t('sd.station')} htmlFor="calendar_station">
              <Select
                id="calendar_station"
                value={stationId ?? undefined}
                onChange={pick}
                style={{ minWidth: 260 }}
                options={stations.map((s) => ({ value: s.stationId, label: `${s.stationName} (${s.stationCode})` }))}
              />
            </Form.Item>
          </Form>
        </Card>
        {calendar ? (
          <CalendarForm
            key={`${calendar.stationId}:${calendar.updatedAt ?? 'default'}`}
            calendar={calendar}
            errors={errors}
            formError={formError}
            saving={saving.loading}
            onSave={(draft) => void saveCalendar(draft)}
            onEditDay={(weekday) => setIssues((list) => withoutDay(list, weekday))}
            onEditHolidays={() => setIssues((list) => withoutHolidays(list))}
          />
        ) : null}
        {canReadPolicies ? (
          <Card
            size="small"
            title={t('sdSettings.sla')}
            extra={
              canEditPolicies ? (
                <Button
                  type="primary"
                  icon={<PlusOutlined />}
                  onClick={() => (policyErrors.clear(), setEditing({ mode: 'create', values: NEW_POLICY }))}
                  data-testid="new-sla-policy"
                >
                  {t('sdSettings.newPolicy')}
                </Button>
              ) : null
            }
          >
            <Space orientation="vertical" size={12} style={{ width: '100%' }}>
              <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                {t('sdSettings.slaNote')}
              </Typography.Paragraph>
              {canEditPolicies ? null : <Alert type="info" showIcon title={t('sdSettings.slaReadOnly')} />}
              {policies.error ? <Alert type="error" showIcon title={errorMessage(policies.error, locale)} /> : null}
              <SlaPolicyTable policies={policies.data?.slaPolicies ?? []} canEdit={canEditPolicies} onEdit={edit} onDelete={(p) => void removePolicy(p)} />
            </Space>
          </Card>
        ) : null}
      </Space>
      <SlaPolicyForm
        mode={editing?.mode ?? 'create'}
        open={!!editing}
        initialValues={editing?.values}
        errors={policyErrors.errors}
        formError={policyErrors.formError}
        loading={upserting.loading}
        onSubmit={(v) => void savePolicy(v)}
        onCancel={() => setEditing(null)}
      />
    </PageContainer>
  );
}
