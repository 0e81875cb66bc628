import { Table, Typography } from 'antd';
import type { TierImpactFieldsFragment } from '../../../gql/graphql';
import { TierBadge } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';

type ImpactRow = TierImpactFieldsFragment['rows'][number];

interface Props {
  impact: TierImpactFieldsFragment;
  /** Names and colours by code, from the draft (a tier may not exist yet). */
  tiers: readonly { code: string; name: string; nameZhHans: string; nameEn: string; color: string }[];
  testId?: string;
}

/** What rules do to the real customers: per tier now and after, who moves up and down. */
export function TierImpactTable({ impact, tiers, testId }: Props) {
  const { t, locale } = useI18n();
  const byCode = new Map(tiers.map((tier) => [tier.code.trim().toUpperCase(), tier]));
  const sum = (k: 'current' | 'projected' | 'up' | 'down') => impact.rows.reduce((n, r) => n + r[k], 0);

  return (
    <div data-testid={testId}>
      <Typography.Paragraph>{t('tiers.totals', { customers: impact.customers, upgrades: impact.upgrades, downgrades: impact.downgrades, unchanged: impact.unchanged, overridden: impact.overridden })}</Typography.Paragraph>
      <Table<ImpactRow>
        size="small"
        rowKey={(r) => r.code ?? '∅'}
        pagination={false}
        dataSource={impact.rows}
        columns={[
          {
            title: t('tiers.impactTier'),
            key: 'tier',
            render: (_, r) => {
              if (!r.code) return t('customer.noTier');
              const tier = byCode.get(r.code);
              return (
                <>
                  {tier ? <TierBadge tier={{ ...tier, code: r.code }} locale={locale} /> : r.code}
                  {r.tierId ? null : <Typography.Text type="secondary">{t('tiers.newTier')}</Typography.Text>}
                </>
              );
            },
          },
          { title: t('tiers.current'), dataIndex: 'current', align: 'right' },
          { title: t('tiers.projected'), dataIndex: 'projected', align: 'right' },
          { title: t('tiers.movingUp'), dataIndex: 'up', align: 'right' },
          { title: t('tiers.movingDown'), dataIndex: 'down', align: 'right' },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>{t('tiers.total')}</Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">{sum('current')}</Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">{sum('projected')}</Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">{sum('up')}</Table.Summary.Cell>
            <Table.Summary.Cell index={4} align="right">{sum('down')}</Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
    </div>
  );
}
