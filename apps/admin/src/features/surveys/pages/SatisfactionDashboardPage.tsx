import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, Empty, Space } from 'antd';
import { FileExcelOutlined, FileTextOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { ExportFormat, SatisfactionLevel } from '../../../gql/graphql';
import { FormAlert, PageError, PageLoading } from '../../../shared/components';
import { errorMessage } from '../../../shared/apollo';
import { downloadInlineFile } from '../../../shared/download';
import { useServerErrors } from '../../../shared/hooks';
import { LANGUAGE_OF_LOCALE, useI18n } from '../../../shared/i18n';
import { useViewer } from '../../../app/session';
import { canAccess } from '../../../app/access';
import { OrgChartDocument, unitOptions } from '../../org';
import { ExportSatisfactionResponsesDocument, SatisfactionDashboardDocument, SatisfactionDashboardTemplatesDocument } from '../graphql/dashboard.operations';
import {
  agentQuery,
  dashboardParams,
  parseDashboardParams,
  periodDates,
  periodMonths,
  periodQuery,
  responsesLink,
  type DashboardFilter,
} from '../dashboardFilters';
import { anyForms, fileName, inLocale, itemLines, questionTitles, targetFor, unitLines, type AgentScore, type ItemLine, type UnitLine } from '../dashboardShape';
import { DashboardFilters } from '../components/dashboard/DashboardFilters';
import { TotalsSection } from '../components/dashboard/TotalsSection';
import { UnitMonthSection } from '../components/dashboard/UnitMonthSection';
import { HeatMap } from '../components/dashboard/HeatMap';
import { ItemSection } from '../components/dashboard/ItemSection';
import { AgentSection } from '../components/dashboard/AgentSection';

/** Who may read the templates, and so see the questions' titles rather than their keys. */
const TEMPLATE_READERS = ['ReadSurvey', 'ManageSurvey', 'SendSurvey', 'EnterSurveyResponse'] as const;

/**
 * The satisfaction dashboard (R-SAT-3, R-SAT-4, R-SAT-6): the rate by unit and month against
 * each unit's target, as charts, a table and a heat map; the split of answers per question;
 * each agent's figures; the period's totals. Every figure opens the forms behind it, and the
 * forms of the period can be exported.
 */
export default function SatisfactionDashboardPage() {
  const { t, pick, locale } = useI18n();
  const { message } = App.useApp();
  const viewer = useViewer();
  const today = dayjs().format('YYYY-MM-DD');
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => parseDashboardParams(params, today), [params, today]);
  const setFilter = (next: DashboardFilter) => setParams(dashboardParams(next, today));
  const months = useMemo(() => periodMonths(filter.period), [filter.period]);
  const dates = useMemo(() => periodDates(filter.period), [filter.period]);

  const chart = useQuery(OrgChartDocument, { skip: !canAccess(viewer.permissions, 'ReadOrgUnit') });
  const nodes = chart.data?.orgChart.nodes;
  const units = useMemo(() => unitOptions(nodes ?? [], pick), [nodes, pick]);
  const nodeById = useMemo(() => new Map((nodes ?? []).map((n) => [n.id, n])), [nodes]);
  const templatesQuery = useQuery(SatisfactionDashboardTemplatesDocument, { skip: !canAccess(viewer.permissions, [...TEMPLATE_READERS]) });
  const templates = useMemo(() => templatesQuery.data?.surveyTemplates ?? [], [templatesQuery.data]);

  const report = useQuery(SatisfactionDashboardDocument, { variables: { ...dates, unitId: filter.unitId, templateId: filter.templateId } });
  const shown = report.data ?? report.previousData;
  const [exportForms, exporting] = useMutation(ExportSatisfactionResponsesDocument);
  const exportErrors = useServerErrors();

  const unitName = useCallback((id: string, fallback: string) => {
    const n = nodeById.get(id);
    return n ? pick(n.name, n.nameEn) : fallback;
  }, [nodeById, pick]);
  const parentOf = useCallback((id: string) => nodeById.get(id)?.parentId, [nodeById]);
  const targets = shown?.satisfactionTargets;
  const target = useCallback((id: string, year: number) => targetFor(targets ?? [], id, year, parentOf), [targets, parentOf]);
  const selectedName = filter.unitId ? unitName(filter.unitId, nodeById.get(filter.unitId)?.code ?? '') : null;
  const lines = useMemo(
    () =>
      unitLines(shown?.byUnit.rows ?? [], months, {
        name: unitName,
        target,
        parentOf: nodes ? parentOf : undefined,
        scopeId: filter.unitId,
        sumName: selectedName ? t('satDash.subtreeTotal', { unit: selectedName }) : t('satDash.allUnitsTotal'),
      }),
    [shown, months, unitName, target, nodes, parentOf, filter.unitId, selectedName, t],
  );
  const titles = useMemo(() => questionTitles(templates, filter.templateId, locale), [templates, filter.templateId, locale]);
  const items = useMemo(() => itemLines(shown?.byItem.rows ?? [], titles), [shown, titles]);

  const unitLink = useCallback(
    (line: UnitLine, month: string | null) => responsesLink({ ...periodQuery(filter, month), unitId: line.sum ? filter.unitId : line.unitId }),
    [filter],
  );
  const itemLink = useCallback(
    (item: ItemLine, level: SatisfactionLevel | 'below') =>
      responsesLink({ ...periodQuery(filter), itemKey: item.itemKey, ...(level === 'below' ? { satisfied: false } : { level }) }),
    [filter],
  );
  const agentLink = useCallback((agent: AgentScore, dissatisfied: boolean) => responsesLink(agentQuery(filter, agent.agentId, dissatisfied)), [filter]);

  const periodLabel = filter.period.kind === 'year' ? String(filter.period.year) : `${filter.period.from}_${filter.period.to}`;
  const unitCode = filter.unitId ? (nodeById.get(filter.unitId)?.code ?? 'unit') : null;

  async function runExport(format: ExportFormat) {
    exportErrors.clear();
    try {
      const { data } = await exportForms({ variables: { input: { filter: periodQuery(filter), format, language: LANGUAGE_OF_LOCALE[locale] } } });
      if (data) {
        downloadInlineFile(data.exportSatisfactionResponses);
        void message.success(t('satDash.exported', { n: data.exportSatisfactionResponses.rowCount }));
      }
    } catch (error) {
      exportErrors.capture(error);
    }
  }

  const body = () => {
    if (report.error && !shown) return <PageError error={report.error} onRetry={() => void report.refetch()} />;
    if (!shown) return <PageLoading />;
    const total = shown.byUnit.total;
    if (!anyForms(lines) && !total.forms && !total.partial) return <Empty description={t('satDash.noForms')} data-testid="sat-empty" />;
    const selectedTarget = filter.unitId ? target(filter.unitId, Number(months.at(-1)!.slice(0, 4))) : null;
    const base = periodQuery(filter);
    return (
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {report.error ? <Alert type="error" showIcon title={errorMessage(report.error, locale)} /> : null}
        <TotalsSection
          totals={total}
          target={selectedTarget?.percent}
          links={{ forms: responsesLink(base), below: responsesLink({ ...base, satisfied: false }), partial: responsesLink({ ...base, complete: false }) }}
        />
        <UnitMonthSection lines={lines} months={months} link={unitLink} fileName={fileName(t('sat.rate'), periodLabel, unitCode)} />
        <HeatMap lines={lines} months={months} link={unitLink} />
        <ItemSection items={items} link={itemLink} fileName={fileName(t('sat.dimension.ITEM'), periodLabel, unitCode)} />
        <AgentSection
          rows={shown.agentSatisfactionScores}
          loading={report.loading}
          link={agentLink}
          caption={t('satDash.agentsOf', dates)}
          fileName={fileName(t('sat.dimension.AGENT'), periodLabel, unitCode)}
        />
      </Space>
    );
  };

  return (
    <PageContainer
      title={t('satDash.title')}
      extra={[
        <Button key="xlsx" icon={<FileExcelOutlined />} loading={exporting.loading} onClick={() => void runExport('XLSX')} data-testid="sat-export-xlsx">
          {t('satDash.exportXlsx')}
        </Button>,
        <Button key="csv" icon={<FileTextOutlined />} loading={exporting.loading} onClick={() => void runExport('CSV')} data-testid="sat-export-csv">
          {t('satDash.exportCsv')}
        </Button>,
      ]}
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <DashboardFilters
          filter={filter}
          today={today}
          units={units}
          templates={templates.map((tpl) => ({ value: tpl.id, label: `${inLocale(tpl.title, locale)} (${tpl.code})` }))}
          onChange={setFilter}
        />
        <FormAlert error={exportErrors.formError} unknown={Object.entries(exportErrors.errors)} />
        {body()}
      </Space>
    </PageContainer>
  );
}
