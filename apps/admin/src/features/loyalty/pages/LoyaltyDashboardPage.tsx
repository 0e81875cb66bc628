import { useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, Card, Col, Empty, Popconfirm, Row, Select, Space } from 'antd';
import { ClockCircleOutlined, SyncOutlined } from '@ant-design/icons';
import { BarChart, PageError, PageLoading, tierName } from '../../../shared/components';
import { errorMessage } from '../../../shared/apollo';
import { useI18n } from '../../../shared/i18n';
import { useViewer } from '../../../app/session';
import { canAccess } from '../../../app/access';
import { LoyaltyDashboardDocument, RunPointsExpiryDocument, RunTierEvaluationDocument } from '../graphql/loyalty.operations';
import { PALETTE, pointsChart, retentionChart } from '../dashboard';
import { TierImpactTable } from '../components/TierImpactTable';

const PERIODS = [6, 12, 18] as const;

export default function LoyaltyDashboardPage() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const viewer = useViewer();
  const canRun = canAccess(viewer.permissions, 'ManageLoyaltyProgram');
  const [months, setMonths] = useState<number>(12);
  const { data, loading, error, refetch } = useQuery(LoyaltyDashboardDocument, { variables: { months } });
  const [runExpiry, expiry] = useMutation(RunPointsExpiryDocument);
  const [runEvaluation, evaluation] = useMutation(RunTierEvaluationDocument);

  const points = useMemo(() => pointsChart(data?.pointsByMonth ?? [], (k) => t(`pointsKind.${k}`)), [data, t]);
  const retention = useMemo(() => retentionChart(data?.retention ?? []), [data]);
  const tiers = useMemo(() => {
    const rows = [...(data?.tierDistribution ?? [])].sort((a, b) => (a.tier?.rank ?? 0) - (b.tier?.rank ?? 0));
    return {
      categories: rows.map((r) => (r.tier ? tierName(r.tier, locale) : t('customer.noTier'))),
      series: [{ key: 'customers', label: t('dashboard.customers'), color: PALETTE[0]!, values: rows.map((r) => r.customers) }],
    };
  }, [data, locale, t]);

  async function run(action: () => Promise<unknown>) {
    try {
      await action();
      void refetch();
    } catch (e) {
      void message.error(errorMessage(e, locale));
    }
  }

  if (loading && !data) return <PageLoading />;
  if (error || !data) return <PageError error={error} onRetry={() => void refetch()} />;

  const percent = (v: number) => `${v}%`;

  return (
    <PageContainer
      title={t('dashboard.title')}
      extra={[
        <Select
          key="months"
          value={months}
          onChange={setMonths}
          aria-label={t('dashboard.months')}
          style={{ width: 140 }}
          options={PERIODS.map((n) => ({ value: n, label: t('dashboard.lastMonths', { n }) }))}
        />,
        ...(canRun
          ? [
              { key: 'expiry', confirm: t('dashboard.confirmExpiry'), icon: <ClockCircleOutlined />, label: t('dashboard.runExpiry'), busy: expiry.loading, act: () => runExpiry() },
              { key: 'evaluation', confirm: t('dashboard.confirmEvaluation'), icon: <SyncOutlined />, label: t('dashboard.runEvaluation'), busy: evaluation.loading, act: () => runEvaluation() },
            ].map((a) => (
              <Popconfirm key={a.key} title={a.confirm} okText={t('common.yes')} cancelText={t('common.cancel')} onConfirm={() => void run(a.act)}>
                <Button icon={a.icon} loading={a.busy} data-testid={`run-${a.key}`}>
                  {a.label}
                </Button>
              </Popconfirm>
            ))
          : []),
      ]}
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {expiry.data ? (
          <Alert type="success" showIcon closable title={t('dashboard.expiryResult', { ...expiry.data.runPointsExpiry })} data-testid="expiry-result" />
        ) : null}
        {evaluation.data ? (
          <Alert type="success" showIcon closable title={t('dashboard.runEvaluation')} description={<TierImpactTable impact={evaluation.data.runTierEvaluation} tiers={data.tierDistribution.flatMap((r) => (r.tier ? [r.tier] : []))} />} />
        ) : null}
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <Card title={t('dashboard.points')} size="small" data-testid="chart-points">
              {points.categories.length ? <BarChart title={t('dashboard.pointsChart')} categories={points.categories} series={points.series} /> : <Empty description={t('dashboard.noData')} />}
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card title={t('dashboard.tiers')} size="small" data-testid="chart-tiers">
              {tiers.categories.length ? <BarChart title={t('dashboard.tiersChart')} categories={tiers.categories} series={tiers.series} /> : <Empty description={t('dashboard.noData')} />}
            </Card>
          </Col>
          <Col span={24}>
            <Card title={t('dashboard.retention')} size="small" data-testid="chart-retention">
              {retention.categories.length ? (
                <BarChart title={t('dashboard.retentionChart')} categories={retention.categories} series={retention.series} format={percent} />
              ) : (
                <Empty description={t('dashboard.noData')} />
              )}
            </Card>
          </Col>
        </Row>
      </Space>
    </PageContainer>
  );
}
