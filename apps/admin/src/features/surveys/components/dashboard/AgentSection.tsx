import { useMemo } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../../shared/i18n';
import { ReportTable, type ReportColumn } from '../../../../shared/components';
import { formatRate, sortAgentScores, type AgentScore } from '../../dashboardShape';

interface Props {
  rows: readonly AgentScore[];
  loading?: boolean;
  /** The agent's forms of the period; with `dissatisfied`, only those with a 不滿意 answer. */
  link: (agent: AgentScore, dissatisfied: boolean) => string;
  caption: string;
  fileName: string;
}

/**
 * R-SAT-6: each agent's satisfaction figures for the performance review. Agents whose forms
 * carry a 不滿意 answer come first; every figure opens the forms behind it.
 */
export function AgentSection({ rows, loading, link, caption, fileName }: Props) {
  const { t } = useI18n();
  const sorted = useMemo(() => sortAgentScores(rows), [rows]);
  const columns: ReportColumn<AgentScore>[] = [
    { key: 'agent', title: t('sat.dimension.AGENT'), value: (r) => `${r.agentName} (${r.employeeNo})`, render: (r) => <Link to={link(r, false)}>{`${r.agentName} (${r.employeeNo})`}</Link> },
    { key: 'unit', title: t('sat.dimension.UNIT'), value: (r) => r.unitName },
    { key: 'forms', title: t('sat.forms'), numeric: true, value: (r) => r.forms },
    { key: 'satisfied', title: t('sat.satisfied'), numeric: true, value: (r) => r.satisfied },
    { key: 'rate', title: t('sat.rate'), numeric: true, value: (r) => formatRate(r.rate), render: (r) => (r.forms ? <Link to={link(r, false)}>{formatRate(r.rate)}</Link> : '—') },
    { key: 'average', title: t('sat.averageScore'), numeric: true, value: (r) => (r.averageScore == null ? '—' : r.averageScore.toFixed(2)) },
    {
      key: 'dissatisfied',
      title: t('satDash.dissatisfiedForms'),
      numeric: true,
      value: (r) => r.dissatisfiedForms,
      render: (r) => (r.dissatisfiedForms ? <Link to={link(r, true)}>{r.dissatisfiedForms}</Link> : 0),
    },
  ];
  return <ReportTable<AgentScore> caption={caption} columns={columns} rows={sorted} rowKey={(r) => r.agentId} fileName={fileName} loading={loading} testId="agent-table" />;
}
