import { useMemo } from 'react';
import { Link } from 'react-router';
import { Alert, Button, Card, Col, Flex, Form, Radio, Row, Select, Table, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { BarChart, ToneTag } from '../../../../shared/components';
import { useI18n } from '../../../../shared/i18n';
import { evaluationGroups, lastEvaluated, rateAgainstTarget, responsesLink, type EvaluationRow, type PeriodKind } from '../../settings-evaluation';
import { formatTarget } from '../../settings-targets';

interface Props {
  kind: PeriodKind;
  period: string;
  periods: readonly string[];
  /** The period's evaluation as saved (or as just run). */
  rows: readonly EvaluationRow[];
  loading: boolean;
  error?: string | null;
  running: boolean;
  /** Whether `rows` come from the run just made. */
  justRun: boolean;
  onKind: (kind: PeriodKind) => void;
  onPeriod: (period: string) => void;
  onRun: () => void;
}

const KINDS: readonly PeriodKind[] = ['MONTH', 'QUARTER'];

/**
 * A month or quarter judged against the unit targets (R-SAT-4): units at or above target are
 * listed for reward; each unit below gets a corrective action, a process document its head
 * must carry out by the deadline; units without forms have nothing to judge.
 */
export function EvaluationSection({ kind, period, periods, rows, loading, error, running, justRun, onKind, onPeriod, onRun }: Props) {
  const { t, pick } = useI18n();
  const groups = useMemo(() => evaluationGroups(rows), [rows]);
  const evaluated = lastEvaluated(rows);
  const chart = useMemo(() => rateAgainstTarget(rows, { rate: t('sat.rate'), target: t('sat.target') }, (u) => pick(u.name, u.nameEn)), [rows, t, pick]);

  const base: TableColumnsType<EvaluationRow> = [
    {
      title: t('sat.dimension.UNIT'),
      key: 'unit',
      render: (_, e) => (
        <span>
          {pick(e.unit.name, e.unit.nameEn)} <Typography.Text type="secondary">({e.unit.code})</Typography.Text>
        </span>
      ),
    },
    {
      title: t('sat.forms'),
      key: 'forms',
      align: 'right',
      render: (_, e) => {
        const to = e.forms ? responsesLink(e.unit.id, e.period) : null;
        return to ? <Link to={to}>{e.forms}</Link> : e.forms;
      },
    },
    { title: t('sat.satisfied'), dataIndex: 'satisfied', align: 'right' },
    { title: t('sat.rate'), key: 'rate', align: 'right', render: (_, e) => formatTarget(e.rate) },
    { title: t('sat.target'), key: 'target', align: 'right', render: (_, e) => formatTarget(e.targetPercent) },
  ];
  const corrective: TableColumnsType<EvaluationRow> = [
    ...base,
    { title: t('surveySet.deadline'), key: 'deadline', render: (_, e) => e.deadline ?? '—' },
    {
      title: t('surveySet.correctiveDocument'),
      key: 'document',
      render: (_, e) =>
        e.documentId ? (
          <Link to={`/documents/${e.documentId}`} data-testid={`corrective-document-${e.unit.code}`}>
            {e.documentNumber ?? e.documentId}
          </Link>
        ) : (
          // The API files none when no head is found above the unit: someone must see to it by hand.
          <ToneTag tone="warning">{t('surveySet.noDocument')}</ToneTag>
        ),
    },
  ];

  const list = (testId: string, title: string, tone: 'success' | 'danger' | 'neutral', data: EvaluationRow[], columns: TableColumnsType<EvaluationRow>, empty: string) => (
    <Card
      size="small"
      data-testid={testId}
      title={
        <Flex gap={8} align="center">
          {title}
          <ToneTag tone={tone}>{data.length}</ToneTag>
        </Flex>
      }
    >
      <Table<EvaluationRow> rowKey="id" size="small" pagination={false} loading={loading} dataSource={data} columns={columns} locale={{ emptyText: empty }} />
    </Card>
  );

  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('surveySet.evaluationNote')}
      </Typography.Paragraph>
      <Form layout="inline" name="evaluation" style={{ rowGap: 12 }}>
        <Form.Item label={t('surveySet.periodKind')}>
          <Radio.Group
            optionType="button"
            aria-label={t('surveySet.periodKind')}
            value={kind}
            onChange={(e) => onKind(e.target.value as PeriodKind)}
            options={KINDS.map((k) => ({ value: k, label: t(`surveySet.periodKind.${k}`) }))}
            data-testid="period-kind"
          />
        </Form.Item>
        <Form.Item label={t('surveySet.period')} htmlFor="evaluation_period">
          <Select<string> id="evaluation_period" value={period} onChange={onPeriod} style={{ width: 140 }} options={periods.map((p) => ({ value: p, label: p }))} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" loading={running} onClick={onRun} data-testid="run-evaluation">
            {t(evaluated ? 'surveySet.evaluateAgain' : 'surveySet.evaluate')}
          </Button>
        </Form.Item>
      </Form>
      {error ? <Alert type="error" showIcon role="alert" title={error} data-testid="evaluation-error" /> : null}
      <Typography.Text type="secondary" data-testid="evaluation-status">
        {evaluated ? t(justRun ? 'surveySet.justEvaluated' : 'surveySet.evaluatedAt', { period, at: dayjs(evaluated).format('YYYY-MM-DD HH:mm') }) : t('surveySet.notEvaluated', { period })}
      </Typography.Text>
      {chart.categories.length ? (
        <Card size="small" title={t('surveySet.rateAgainstTarget', { period })} data-testid="evaluation-chart">
          <BarChart title={t('surveySet.rateAgainstTarget', { period })} categories={chart.categories} series={chart.series} format={(v) => `${v}%`} />
        </Card>
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          {list('evaluation-met', t('surveySet.rewardList'), 'success', groups.met, base, t('surveySet.noneMet'))}
        </Col>
        <Col xs={24} xl={12}>
          {list('evaluation-noData', t('surveySet.noDataList'), 'neutral', groups.noData, base, t('surveySet.noneNoData'))}
        </Col>
        <Col span={24}>{list('evaluation-below', t('surveySet.correctiveList'), 'danger', groups.below, corrective, t('surveySet.noneBelow'))}</Col>
      </Row>
    </Flex>
  );
}
