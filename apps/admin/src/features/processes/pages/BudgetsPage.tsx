import { useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { PageContainer } from '@ant-design/pro-components';
import { App, Button, Card, Progress, Select, Space, Statistic, Table, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { BudgetsQuery } from '../../../gql/graphql';
import { PageError } from '../../../shared/components';
import { useServerErrors } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { centsToMoney, formatMoney, moneyToCents } from '../../../shared/money';
import { useViewer } from '../../../app/session';
import { canAccess } from '../../../app/access';
import { OrgChartDocument, unitOptions } from '../../org';
import { BudgetsDocument, SetBudgetDocument } from '../graphql/processes.operations';
import { BudgetForm, type BudgetFormValues } from '../components/BudgetForm';
import { BUDGET_CATEGORIES, budgetUse } from '../budgets';
import { choiceLabel } from '../labels';

type Budget = BudgetsQuery['budgets'][number];

const PROGRESS_STATUS = { normal: 'normal', warning: 'active', over: 'exception' } as const;

/** Budgets per unit, year and category that expense claims are checked against (R-FLOW-3). */
export default function BudgetsPage() {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const viewer = useViewer();
  const canManage = canAccess(viewer.permissions, 'ManageBudget');
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const { data, loading, error, refetch } = useQuery(BudgetsDocument, { variables: { year }, fetchPolicy: 'cache-and-network' });
  const chart = useQuery(OrgChartDocument, { skip: !canManage });
  const units = useMemo(() => unitOptions(chart.data?.orgChart.nodes ?? [], pick), [chart.data, pick]);
  const rows = useMemo(
    () => [...(data?.budgets ?? [])].sort((a, b) => a.unit.code.localeCompare(b.unit.code) || a.category.localeCompare(b.category)),
    [data],
  );
  const totals = useMemo(() => {
    const sum = (pickCents: (b: Budget) => number) => rows.reduce((s, b) => s + pickCents(b), 0);
    return { amount: sum((b) => moneyToCents(b.amount) ?? 0), consumed: sum((b) => moneyToCents(b.consumed) ?? 0) };
  }, [rows]);

  const [editing, setEditing] = useState<Partial<BudgetFormValues> | null>(null);
  const serverErrors = useServerErrors();
  const [setBudget, saving] = useMutation(SetBudgetDocument);

  function open(values: Partial<BudgetFormValues>) {
    serverErrors.clear();
    setEditing(values);
  }

  async function submit(values: BudgetFormValues) {
    serverErrors.clear();
    try {
      await setBudget({ variables: { input: { unitId: values.unitId, category: values.category, year, amount: centsToMoney(Math.round(values.amount * 100)) } } });
      void message.success(t('common.saved'));
      setEditing(null);
      void refetch();
    } catch (e) {
      serverErrors.capture(e);
    }
  }

  if (error && !data) return <PageError error={error} onRetry={() => void refetch()} />;

  const columns: TableColumnsType<Budget> = [
    { title: t('budget.unit'), key: 'unit', render: (_, b) => pick(b.unit.name, b.unit.nameEn) },
    { title: t('budget.category'), key: 'category', render: (_, b) => choiceLabel(b.category, t) },
    { title: t('budget.amount'), key: 'amount', align: 'right', render: (_, b) => formatMoney(b.amount) },
    { title: t('budget.consumed'), key: 'consumed', align: 'right', render: (_, b) => formatMoney(b.consumed) },
    {
      title: t('budget.remaining'),
      key: 'remaining',
      align: 'right',
      render: (_, b) => formatMoney(centsToMoney(budgetUse(b.amount, b.consumed).remainingCents)),
    },
    {
      title: t('budget.used'),
      key: 'used',
      width: 200,
      render: (_, b) => {
        const use = budgetUse(b.amount, b.consumed);
        return (
          <Progress
            percent={Math.min(use.percent, 100)}
            status={PROGRESS_STATUS[use.tone]}
            format={() => `${use.percent}%`}
            aria-label={t('budget.usedOf', { percent: use.percent })}
            data-testid={`budget-used-${b.id}`}
          />
        );
      },
    },
    ...(canManage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, b: Budget) => (
              <Button size="small" data-testid={`budget-edit-${b.unit.code}-${b.category}`} onClick={() => open({ unitId: b.unit.id, category: b.category, amount: (moneyToCents(b.amount) ?? 0) / 100 })}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <PageContainer
      title={t('budget.title')}
      extra={
        <Space>
          <Select
            value={year}
            onChange={setYear}
            aria-label={t('budget.year')}
            options={[thisYear - 2, thisYear - 1, thisYear, thisYear + 1].map((y) => ({ value: y, label: String(y) }))}
          />
          {canManage ? (
            <Button type="primary" icon={<PlusOutlined />} data-testid="new-budget" onClick={() => open({})}>
              {t('budget.set')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <Card>
        <Space size="large" style={{ marginBottom: 16 }}>
          <Statistic title={t('budget.totalAmount')} value={formatMoney(centsToMoney(totals.amount))} />
          <Statistic title={t('budget.totalConsumed')} value={formatMoney(centsToMoney(totals.consumed))} />
          <Statistic title={t('budget.remaining')} value={formatMoney(centsToMoney(totals.amount - totals.consumed))} />
        </Space>
        <Table<Budget> rowKey="id" columns={columns} dataSource={rows} loading={loading} pagination={false} locale={{ emptyText: t('budget.empty', { year }) }} />
      </Card>
      <BudgetForm
        open={!!editing}
        year={year}
        initialValues={editing ?? undefined}
        units={units}
        categories={BUDGET_CATEGORIES}
        errors={serverErrors.errors}
        formError={serverErrors.formError}
        loading={saving.loading}
        onSubmit={(v) => void submit(v)}
        onCancel={() => setEditing(null)}
      />
    </PageContainer>
  );
}
