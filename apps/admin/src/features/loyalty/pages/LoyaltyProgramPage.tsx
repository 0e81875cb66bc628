import { useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { PageContainer } from '@ant-design/pro-components';
import { App, Button, Card, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { LoyaltyProgramQuery } from '../../../gql/graphql';
import { PageError, PageLoading, ToneTag } from '../../../shared/components';
import { useServerErrors } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { LoyaltyProgramDocument, SaveBonusRuleDocument, UpdateLoyaltyProgramDocument } from '../graphql/loyalty.operations';
import { BonusRuleForm, ProgramSettingsForm, type BonusRuleValues, type ProgramValues } from '../components/ProgramForms';

type Rule = LoyaltyProgramQuery['bonusRules'][number];

const NEW_RULE: BonusRuleValues = { code: '', name: '', kind: 'FIRST_PURCHASE', extraMultiplier: 0, fixedPoints: 0, active: true };

export default function LoyaltyProgramPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(LoyaltyProgramDocument);
  const programErrors = useServerErrors();
  const ruleErrors = useServerErrors();
  const [updateProgram, updating] = useMutation(UpdateLoyaltyProgramDocument);
  const [saveRule, saving] = useMutation(SaveBonusRuleDocument);
  const [editing, setEditing] = useState<{ mode: 'create' | 'edit'; values: BonusRuleValues } | null>(null);

  const program = data?.loyaltyProgram;
  const values = useMemo<ProgramValues | null>(() => (program ? { pointsPerCurrencyUnit: program.pointsPerCurrencyUnit, lotExpiryDays: program.lotExpiryDays } : null), [program]);

  async function saveProgram(v: ProgramValues) {
    programErrors.clear();
    try {
      await updateProgram({ variables: { input: v } });
      void message.success(t('common.saved'));
    } catch (e) {
      programErrors.capture(e);
    }
  }

  async function submitRule(v: BonusRuleValues) {
    ruleErrors.clear();
    try {
      await saveRule({ variables: { input: { ...v, code: v.code.trim().toUpperCase(), name: v.name.trim() } } });
      void message.success(t('common.saved'));
      setEditing(null);
      void refetch();
    } catch (e) {
      ruleErrors.capture(e);
    }
  }

  if (loading && !data) return <PageLoading />;
  if (error || !data || !values || !program) return <PageError error={error} onRetry={() => void refetch()} />;

  return (
    <PageContainer title={t('program.title')}>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card title={t('program.settings')} size="small">
          <ProgramSettingsForm values={values} errors={programErrors.errors} formError={programErrors.formError} loading={updating.loading} onSubmit={(v) => void saveProgram(v)} />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('program.rounding', { mode: program.rounding })}
          </Typography.Paragraph>
        </Card>
        <Card
          title={t('program.bonusRules')}
          size="small"
          extra={
            <Button type="primary" icon={<PlusOutlined />} onClick={() => (ruleErrors.clear(), setEditing({ mode: 'create', values: NEW_RULE }))}>
              {t('program.newRule')}
            </Button>
          }
        >
          <Table<Rule>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={data.bonusRules}
            columns={[
              { title: t('program.ruleCode'), dataIndex: 'code' },
              { title: t('program.ruleName'), dataIndex: 'name' },
              { title: t('program.ruleKind'), dataIndex: 'kind', render: (k: Rule['kind']) => t(`bonusKind.${k}`) },
              { title: t('program.extraMultiplier'), dataIndex: 'extraMultiplier', align: 'right' },
              { title: t('program.fixedPoints'), dataIndex: 'fixedPoints', align: 'right' },
              {
                title: t('program.ruleActive'),
                dataIndex: 'active',
                render: (a: boolean) => <ToneTag tone={a ? 'success' : 'neutral'}>{t(a ? 'common.yes' : 'common.no')}</ToneTag>,
              },
              {
                title: t('common.actions'),
                key: 'actions',
                render: (_, r) => (
                  <Button
                    type="link"
                    size="small"
                    onClick={() => {
                      ruleErrors.clear();
                      setEditing({ mode: 'edit', values: { code: r.code, name: r.name, kind: r.kind, extraMultiplier: r.extraMultiplier, fixedPoints: r.fixedPoints, active: r.active } });
                    }}
                  >
                    {t('common.edit')}
                  </Button>
                ),
              },
            ]}
          />
        </Card>
      </Space>
      <BonusRuleForm
        mode={editing?.mode ?? 'create'}
        open={!!editing}
        initialValues={editing?.values}
        errors={ruleErrors.errors}
        formError={ruleErrors.formError}
        loading={saving.loading}
        onSubmit={(v) => void submitRule(v)}
        onCancel={() => setEditing(null)}
      />
    </PageContainer>
  );
}
