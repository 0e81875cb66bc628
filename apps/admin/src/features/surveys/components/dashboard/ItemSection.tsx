import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { Card, Empty, Space } from 'antd';
import type { SatisfactionLevel } from '../../../../gql/graphql';
import { useI18n } from '../../../../shared/i18n';
import { ReportTable, type ReportColumn } from '../../../../shared/components';
import { formatRate, LEVEL_COLORS, LEVELS, type ItemLine } from '../../dashboardShape';
import { LevelBars } from './LevelBars';
import { Legend } from './Legend';

interface Props {
  items: readonly ItemLine[];
  /** The forms that answered a question at a level, or below 基本滿意 when `level` is `below`. */
  link: (item: ItemLine, level: SatisfactionLevel | 'below') => string;
  fileName: string;
}

/**
 * R-SAT-2 per question: how the answers split over the five levels, the question's rate
 * (R-SAT-3, judged on its own answers) and average score. Every count opens its forms.
 */
export function ItemSection({ items, link, fileName }: Props) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const title = t('satDash.itemChart');
  const columns = useMemo<ReportColumn<ItemLine>[]>(
    () => [
      { key: 'question', title: t('sat.dimension.ITEM'), value: (r) => r.title },
      ...LEVELS.map((level, i) => ({
        key: level,
        title: t(`sat.level.${level}`),
        numeric: true,
        value: (r: ItemLine) => r.levels[i]!.count,
        render: (r: ItemLine) => (r.levels[i]!.count ? <Link to={link(r, level)}>{r.levels[i]!.count}</Link> : 0),
      })),
      { key: 'forms', title: t('satDash.answers'), numeric: true, value: (r) => r.forms },
      {
        key: 'below',
        title: t('satDash.belowBasic'),
        numeric: true,
        value: (r) => r.below,
        render: (r) => (r.below ? <Link to={link(r, 'below')}>{r.below}</Link> : 0),
      },
      { key: 'rate', title: t('sat.rate'), numeric: true, value: (r) => formatRate(r.rate) },
      { key: 'average', title: t('sat.averageScore'), numeric: true, value: (r) => (r.averageScore == null ? '—' : r.averageScore.toFixed(2)) },
    ],
    [t, link],
  );
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small" title={title} data-testid="item-chart">
        {items.length ? (
          <>
            <LevelBars title={title} items={items} onSelect={(item, level) => void navigate(link(item, level))} />
            <Legend entries={LEVELS.map((level) => ({ key: level, label: t(`sat.level.${level}`), mark: LEVEL_COLORS[level] }))} />
          </>
        ) : (
          <Empty description={t('satDash.noForms')} />
        )}
      </Card>
      <ReportTable<ItemLine> caption={t('satDash.itemTable')} columns={columns} rows={items} rowKey={(r) => r.itemKey} fileName={fileName} testId="item-table" />
    </Space>
  );
}
