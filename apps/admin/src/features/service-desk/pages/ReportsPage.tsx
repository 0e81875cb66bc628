import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, Card, DatePicker, Form, Radio, Select, Space, Tabs, TreeSelect, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { SlaReportGroup } from '../../../gql/graphql';
import { PageError, PageLoading } from '../../../shared/components';
import { errorMessage } from '../../../shared/apollo';
import { useI18n } from '../../../shared/i18n';
import { useViewer } from '../../../app/session';
import { canAccess } from '../../../app/access';
import { OrgChartDocument, unitOptions } from '../../org';
import { AgentServiceStatsDocument, ServiceYearReportDocument, SlaAttainmentDocument } from '../graphql/reports.operations';
import { RepairSection } from '../components/report/RepairSection';
import { ComplaintSection, type Breakdown } from '../components/report/ComplaintSection';
import { SlaSection } from '../components/report/SlaSection';
import { AgentTable } from '../components/report/AgentTable';
import { defaultRange, MAX_RANGE_DAYS, rangeDays } from '../components/report/shape';

type Tab = 'repairs' | 'complaints' | 'sla';
const GROUPS: readonly SlaReportGroup[] = ['MONTH', 'UNIT', 'AGENT'];
/** Keys the API gives in place of a unit or employee id: worded here in the reader's language. */
const STABLE_KEYS = ['UNRECORDED', 'UNTRIAGED', 'UNASSIGNED', 'NOT_OURS', 'SOLVED_BY_SERVICE', 'NEEDS_OTHER_UNITS'] as const;
const isStable = (key: string): key is (typeof STABLE_KEYS)[number] => (STABLE_KEYS as readonly string[]).includes(key);
const YEARS_BACK = 5;

/**
 * The service desk's figures for the management review: monthly repair counts and the annual
 * complaint analysis (R-SVC-9), SLA attainment and each agent's figures (R-SVC-10), all
 * within the reader's ReadServiceReport reach, optionally narrowed to one unit's subtree.
 */
export default function ReportsPage() {
  const { t, pick, locale } = useI18n();
  const viewer = useViewer();
  const today = dayjs().format('YYYY-MM-DD');
  const thisYear = dayjs().year();
  const [tab, setTab] = useState<Tab>('repairs');
  const [year, setYear] = useState(thisYear);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [range, setRange] = useState<[string, string]>(() => defaultRange(today));
  const [groupBy, setGroupBy] = useState<SlaReportGroup>('MONTH');

  const chart = useQuery(OrgChartDocument, { skip: !canAccess(viewer.permissions, 'ReadOrgUnit') });
  const nodes = chart.data?.orgChart.nodes;
  const units = useMemo(() => unitOptions(nodes ?? [], pick), [nodes, pick]);
  const unitNames = useMemo(() => new Map((nodes ?? []).map((n) => [n.id, pick(n.name, n.nameEn)])), [nodes, pick]);
  const unitCode = unitId ? (nodes?.find((n) => n.id === unitId)?.code ?? 'unit') : null;

  const yearReport = useQuery(ServiceYearReportDocument, { variables: { year, unitId } });
  const [from, to] = range;
  const tooLong = rangeDays(from, to) > MAX_RANGE_DAYS;
  const period = { from, to, unitId };
  const skipPeriod = tab !== 'sla' || tooLong;
  const sla = useQuery(SlaAttainmentDocument, { variables: { ...period, groupBy }, skip: skipPeriod });
  const agents = useQuery(AgentServiceStatsDocument, { variables: period, skip: skipPeriod });

  const stable = useCallback((key: string) => (isStable(key) ? t(`sdReport.key.${key}`) : undefined), [t]);
  const complaintWord = useCallback(
    (dim: Breakdown, key: string) => stable(key) ?? (dim === 'byResponsibleUnit' ? unitNames.get(key) : undefined),
    [stable, unitNames],
  );
  const slaWord = useCallback((key: string) => stable(key) ?? (groupBy === 'UNIT' ? unitNames.get(key) : undefined), [stable, groupBy, unitNames]);
  const fileName = (...parts: (string | number | null)[]) => parts.filter((p) => p != null && p !== '').join('-');

  const shown = yearReport.data ?? yearReport.previousData;
  if (yearReport.error && !shown) return <PageError error={yearReport.error} onRetry={() => void yearReport.refetch()} />;

  const yearBody = (render: (data: NonNullable<typeof shown>) => ReactNode) =>
    shown ? (
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {yearReport.error ? <Alert type="error" showIcon title={errorMessage(yearReport.error, locale)} /> : null}
        {render(shown)}
      </Space>
    ) : (
      <PageLoading />
    );
  // Not the previous answer: it may be grouped another way than the one now chosen.
  const slaRows = sla.data?.slaAttainment ?? [];
  const agentRows = (agents.data ?? agents.previousData)?.agentServiceStats ?? [];
  const periodError = sla.error ?? agents.error;

  return (
    <PageContainer title={t('sdReport.menu')}>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small">
          <Form layout="inline" name="reportFilters" style={{ rowGap: 12 }}>
            <Form.Item label={t('sdReport.unit')} htmlFor="reportFilters_unitId">
              <TreeSelect
                id="reportFilters_unitId"
                allowClear
                showSearch
                treeNodeFilterProp="path"
                treeData={units}
                value={unitId ?? undefined}
                onChange={(v?: string) => setUnitId(v ?? null)}
                style={{ width: 260 }}
                placeholder={t('sdReport.allUnits')}
              />
            </Form.Item>
            {tab === 'sla' ? (
              <>
                <Form.Item
                  label={t('sdReport.period')}
                  htmlFor="reportFilters_period"
                  validateStatus={tooLong ? 'error' : undefined}
                  help={tooLong ? t('sdReport.rangeTooLong') : undefined}
                >
                  <DatePicker.RangePicker
                    id="reportFilters_period"
                    allowClear={false}
                    value={[dayjs(from), dayjs(to)]}
                    disabledDate={(d: Dayjs, info?: { from?: Dayjs }) => (info?.from ? Math.abs(d.diff(info.from, 'day')) >= MAX_RANGE_DAYS : false)}
                    onChange={(v) => {
                      if (v?.[0] && v[1]) setRange([v[0].format('YYYY-MM-DD'), v[1].format('YYYY-MM-DD')]);
                    }}
                  />
                </Form.Item>
                <Form.Item label={t('sdReport.groupBy')}>
                  <Radio.Group
                    optionType="button"
                    aria-label={t('sdReport.groupBy')}
                    value={groupBy}
                    onChange={(e) => setGroupBy(e.target.value as SlaReportGroup)}
                    options={GROUPS.map((g) => ({ value: g, label: t(`sdReport.group.${g}`) }))}
                    data-testid="sla-group"
                  />
                </Form.Item>
              </>
            ) : (
              <Form.Item label={t('sdReport.year')} htmlFor="reportFilters_year">
                <Select<number>
                  id="reportFilters_year"
                  value={year}
                  onChange={setYear}
                  style={{ width: 120 }}
                  options={Array.from({ length: YEARS_BACK }, (_, i) => ({ value: thisYear - i, label: String(thisYear - i) }))}
                />
              </Form.Item>
            )}
          </Form>
        </Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setTab(key as Tab)}
          items={[
            {
              key: 'repairs',
              label: t('sdReport.tab.repairs'),
              children: yearBody((d) => <RepairSection report={d.repairReport} fileName={fileName(t('sdReport.tab.repairs'), d.repairReport.year, unitCode)} />),
            },
            {
              key: 'complaints',
              label: t('sdReport.tab.complaints'),
              children: yearBody((d) => (
                <ComplaintSection
                  analysis={d.complaintAnalysis}
                  word={complaintWord}
                  fileName={(part) => fileName(t('sdReport.tab.complaints'), d.complaintAnalysis.year, unitCode, t(`sdReport.by.${part}`))}
                />
              )),
            },
            {
              key: 'sla',
              label: t('sdReport.tab.sla'),
              children: (
                <Space orientation="vertical" size={16} style={{ width: '100%' }}>
                  {periodError ? <Alert type="error" showIcon title={errorMessage(periodError, locale)} /> : null}
                  <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                    {t('sdReport.slaNote')}
                  </Typography.Paragraph>
                  <SlaSection
                    rows={slaRows}
                    groupBy={groupBy}
                    from={from}
                    to={to}
                    loading={sla.loading}
                    word={slaWord}
                    fileName={fileName(t('sdReport.rate'), t(`sdReport.group.${groupBy}`), from, to, unitCode)}
                  />
                  <AgentTable
                    rows={agentRows}
                    loading={agents.loading}
                    caption={t('sdReport.agentsOf', { from, to })}
                    fileName={fileName(t('sdReport.agents'), from, to, unitCode)}
                  />
                </Space>
              ),
            },
          ]}
        />
      </Space>
    </PageContainer>
  );
}
