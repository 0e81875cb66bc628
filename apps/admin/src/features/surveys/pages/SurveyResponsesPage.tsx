import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { PageContainer } from '@ant-design/pro-components';
import { App, Button, Card, Space } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { ExportFormat } from '../../../gql/graphql';
import { errorMessage } from '../../../shared/apollo';
import { PageError } from '../../../shared/components';
import { downloadInlineFile } from '../../../shared/download';
import { LANGUAGE_OF_LOCALE, useI18n } from '../../../shared/i18n';
import { pagerTotal } from '../../../shared/paging';
import { useViewer } from '../../../app/session';
import { canAccess } from '../../../app/access';
import { OrgChartDocument, unitOptions } from '../../org';
import { ExportSurveyResponseListDocument, SurveyResponseListDocument, SurveyResponseTemplatesDocument } from '../graphql/responses.operations';
import { filterFromParams, pageFromParams, paramsFromFilter, toApiFilter, withFilter, withoutFilter, type Filter } from '../responses-filter';
import { textIn } from '../responses-entry';
import { ResponseFilterBar } from '../components/responses/ResponseFilterBar';
import { ActiveFilterTags } from '../components/responses/ActiveFilterTags';
import { ResponseTable } from '../components/responses/ResponseTable';

const PAGE_SIZE = 20;

/**
 * The returned forms within reach (R-SAT-1…5), newest first: where a satisfaction figure is
 * checked by hand and the customers' comments are read. The filter lives in the URL under
 * the names of `SurveyResponseFilter`, so a dashboard figure links straight to its forms.
 */
export default function SurveyResponsesPage() {
  const { t, pick, locale } = useI18n();
  const { message } = App.useApp();
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterFromParams(params), [params]);
  const page = pageFromParams(params);
  const [pageSize, setPageSize] = useState(PAGE_SIZE);

  const apiFilter = useMemo(() => toApiFilter(filter), [filter]);
  const { data, previousData, loading, error, refetch } = useQuery(SurveyResponseListDocument, {
    variables: { filter: apiFilter, first: pageSize, offset: (page - 1) * pageSize },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const rows = shown?.surveyResponses.nodes ?? [];

  const chart = useQuery(OrgChartDocument, { skip: !canAccess(viewer.permissions, 'ReadOrgUnit') });
  const nodes = chart.data?.orgChart.nodes;
  const units = useMemo(() => (nodes ? unitOptions(nodes, pick) : undefined), [nodes, pick]);
  // Every reader of this page holds ReadSurvey, which reads the templates.
  const templateList = useQuery(SurveyResponseTemplatesDocument).data?.surveyTemplates;
  const templates = useMemo(
    () => templateList?.map((x) => ({ value: x.id, label: `${x.code} ${textIn(x.title, locale)}`, code: x.code, active: x.active })),
    [templateList, locale],
  );

  // A drill-down link carries ids; the org chart names units and stations, the templates
  // theirs by code, and every form the filter finds shares the agent, customer and question it names.
  const names = useMemo(() => {
    const unitName = (id?: string) => {
      const n = id ? nodes?.find((x) => x.id === id) : undefined;
      return n ? pick(n.name, n.nameEn) : undefined;
    };
    const first = data?.surveyResponses.nodes[0];
    const item = filter.itemKey ? first?.answers.find((a) => a.itemKey === filter.itemKey) : undefined;
    return {
      unitId: unitName(filter.unitId) ?? (first && first.unitId === filter.unitId ? first.unitName : undefined),
      stationId: unitName(filter.stationId) ?? (first && first.stationId === filter.stationId ? first.stationName : undefined),
      agentId: first && first.agentId === filter.agentId ? (first.agentName ?? undefined) : undefined,
      customerId: first && first.customerId === filter.customerId ? first.customerName : undefined,
      templateId: templates?.find((x) => x.value === filter.templateId)?.code,
      itemKey: item ? textIn(item.label, locale) || undefined : undefined,
    };
  }, [nodes, pick, data, filter, locale, templates]);

  const go = (next: Filter, nextPage = 1) => setParams(paramsFromFilter(next, { page: nextPage > 1 ? String(nextPage) : undefined }));

  const [exportForms, exporting] = useMutation(ExportSurveyResponseListDocument);
  const canExport = canAccess(viewer.permissions, 'ReadSatisfactionReport');
  const runExport = async (format: ExportFormat) => {
    try {
      const res = await exportForms({ variables: { input: { filter: apiFilter, format, language: LANGUAGE_OF_LOCALE[locale] } } });
      const file = res.data?.exportSatisfactionResponses;
      if (!file) return;
      downloadInlineFile(file);
      void message.success(t('surveyResp.list.exported', { n: file.rowCount }));
    } catch (e) {
      void message.error(errorMessage(e, locale));
    }
  };

  if (error && !shown) return <PageError error={error} onRetry={() => void refetch()} />;
  const total = shown?.surveyResponses.totalCount ?? 0;
  const pager = pagerTotal(total, pageSize);

  return (
    <PageContainer
      title={t('surveyResp.list.title')}
      extra={
        canExport
          ? [
              <Button key="xlsx" icon={<DownloadOutlined />} loading={exporting.loading} onClick={() => void runExport('XLSX')} data-testid="export-xlsx">
                {t('surveyResp.list.export')}
              </Button>,
              <Button key="csv" icon={<DownloadOutlined />} loading={exporting.loading} onClick={() => void runExport('CSV')} data-testid="export-csv">
                {t('surveyResp.list.exportCsv')}
              </Button>,
            ]
          : undefined
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('surveyResp.list.filters')}</h2>}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <ResponseFilterBar filter={filter} units={units} templates={templates} onChange={(patch) => go(withFilter(filter, patch))} />
            <ActiveFilterTags filter={filter} names={names} onRemove={(key) => go(withoutFilter(filter, key))} onClear={() => go({})} />
          </Space>
        </Card>
        <Card size="small">
          <ResponseTable
            rows={rows}
            loading={loading && !shown}
            fullComments={!!filter.withComments}
            pagination={{
              current: page,
              pageSize,
              total: pager.total,
              showSizeChanger: true,
              showTotal: () => t('common.total', { n: total }),
              onChange: (next, size) => {
                setPageSize(size);
                go(filter, size !== pageSize ? 1 : next);
              },
            }}
          />
        </Card>
      </Space>
    </PageContainer>
  );
}
