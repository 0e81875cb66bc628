import { useMemo } from 'react';
import { Alert, Space } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import { ReportTable, ToneTag, type ReportColumn } from '../../../../shared/components';
import { useI18n } from '../../../../shared/i18n';
import { formatPercent, sortAgents, type AgentRow } from './shape';

/**
 * R-SVC-10: each agent's figures over the period. An agent with three substantiated
 * complaints in 365 days is due a penalty review: flagged in words and colour, listed first,
 * and counted above the table so it is not missed in a long list.
 */
export function AgentTable({ rows, loading, caption, fileName }: { rows: readonly AgentRow[]; loading: boolean; caption: string; fileName: string }) {
  const { t } = useI18n();
  const sorted = useMemo(() => sortAgents(rows), [rows]);
  const due = sorted.filter((r) => r.penaltyReviewDue).length;
  const columns: ReportColumn<AgentRow>[] = [
    { key: 'name', title: t('sd.assignee'), value: (r) => r.name },
    { key: 'answered', title: t('sdReport.answered'), value: (r) => r.answered, numeric: true },
    { key: 'resolved', title: t('sdReport.resolved'), value: (r) => r.resolved, numeric: true },
    { key: 'substantiatedComplaints', title: t('sdReport.substantiatedComplaints'), value: (r) => r.substantiatedComplaints, numeric: true },
    { key: 'substantiatedInYear', title: t('sdReport.substantiatedInYear'), value: (r) => r.substantiatedInYear, numeric: true },
    {
      key: 'penalty',
      title: t('sdReport.penalty'),
      value: (r) => (r.penaltyReviewDue ? t('sdReport.penaltyDue') : ''),
      render: (r) =>
        r.penaltyReviewDue ? (
          <span data-testid="penalty-due">
            <ToneTag tone="danger" title={t('sdReport.penaltyNote')}>
              <WarningOutlined aria-hidden /> {t('sdReport.penaltyDue')}
            </ToneTag>
          </span>
        ) : (
          '—'
        ),
    },
    { key: 'slaCases', title: t('sdReport.cases'), value: (r) => r.slaCases, numeric: true },
    { key: 'slaRate', title: t('sdReport.rate'), value: (r) => formatPercent(r.slaRate), numeric: true },
  ];
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      {due ? <Alert type="warning" showIcon title={t('sdReport.penaltyCount', { n: due })} description={t('sdReport.penaltyNote')} data-testid="penalty-alert" /> : null}
      <ReportTable<AgentRow> caption={caption} columns={columns} rows={sorted} rowKey={(r) => r.employeeId} fileName={fileName} loading={loading} testId="agent-table" />
    </Space>
  );
}
