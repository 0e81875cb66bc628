import { Button, Flex, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useI18n } from '../../../../shared/i18n';
import { formatTarget, type TargetRow, type UnitTargets } from '../../settings-targets';

interface Props {
  units: readonly UnitTargets[];
  year: number;
  loading: boolean;
  /** Opens the target form, on a unit when one is given. */
  onSet: (unit?: TargetRow['unit'], current?: TargetRow | null) => void;
}

const at = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');

/** Each unit's satisfaction target in force this year, what is set for later years and every change (R-SAT-4). */
export function TargetsSection({ units, year, loading, onSet }: Props) {
  const { t, pick } = useI18n();
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('surveySet.targetsNote')}
        </Typography.Paragraph>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => onSet()} data-testid="new-target">
          {t('surveySet.setTarget')}
        </Button>
      </Flex>
      <Table<UnitTargets>
        rowKey={(u) => u.unit.id}
        size="small"
        loading={loading}
        pagination={false}
        dataSource={[...units]}
        locale={{ emptyText: t('surveySet.noTargets') }}
        data-testid="target-table"
        expandable={{
          expandedRowRender: (u) => (
            <Table<TargetRow>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={u.history}
              data-testid={`target-history-${u.unit.code}`}
              columns={[
                { title: t('surveySet.effectiveYear'), dataIndex: 'effectiveYear' },
                { title: t('sat.target'), key: 'target', align: 'right', render: (_, r) => formatTarget(r.targetPercent) },
                { title: t('surveySet.note'), key: 'note', render: (_, r) => r.note ?? '—' },
                { title: t('surveySet.setBy'), dataIndex: 'setBy' },
                { title: t('surveySet.updatedAt'), key: 'updatedAt', render: (_, r) => at(r.updatedAt) },
              ]}
            />
          ),
        }}
        columns={[
          {
            title: t('sat.dimension.UNIT'),
            key: 'unit',
            render: (_, u) => (
              <span>
                {pick(u.unit.name, u.unit.nameEn)} <Typography.Text type="secondary">({u.unit.code})</Typography.Text>
              </span>
            ),
          },
          {
            title: t('surveySet.targetIn', { year }),
            key: 'current',
            align: 'right',
            render: (_, u) => <span data-testid={`target-current-${u.unit.code}`}>{formatTarget(u.current?.targetPercent)}</span>,
          },
          { title: t('surveySet.since'), key: 'since', render: (_, u) => u.current?.effectiveYear ?? '—' },
          {
            title: t('surveySet.upcoming'),
            key: 'upcoming',
            render: (_, u) => (u.upcoming.length ? u.upcoming.map((r) => `${r.effectiveYear}: ${formatTarget(r.targetPercent)}`).join(', ') : '—'),
          },
          { title: t('surveySet.note'), key: 'note', render: (_, u) => u.current?.note ?? '—' },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, u) => (
              <Button size="small" onClick={() => onSet(u.unit, u.current)} data-testid={`set-target-${u.unit.code}`}>
                {t('surveySet.changeTarget')}
              </Button>
            ),
          },
        ]}
      />
    </Flex>
  );
}
