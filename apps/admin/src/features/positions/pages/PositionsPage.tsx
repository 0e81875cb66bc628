import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { PageContainer } from '@ant-design/pro-components';
import { Card, Flex, Switch, Table, TreeSelect, Typography } from 'antd';
import type { PositionsQuery } from '../../../gql/graphql';
import { PageError, ToneTag } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';
import { OrgChartDocument, unitOptions } from '../../org';
import { PositionsDocument } from '../graphql/positions.operations';
import { JobDescription } from '../components/JobDescription';

type Position = PositionsQuery['positions'][number];

const vacanciesOf = (p: Position) => Math.max(0, p.plannedHeadcount - p.holders.length);

export default function PositionsPage() {
  const { t, pick } = useI18n();
  const [unitId, setUnitId] = useState<string | undefined>();
  const [onlyVacant, setOnlyVacant] = useState(false);
  const chart = useQuery(OrgChartDocument);
  const units = useMemo(() => unitOptions(chart.data?.orgChart.nodes ?? [], pick), [chart.data, pick]);
  const { data, loading, error, refetch } = useQuery(PositionsDocument, { variables: { unitId: unitId ?? null } });
  const rows = useMemo(() => (data?.positions ?? []).filter((p) => !onlyVacant || vacanciesOf(p) > 0), [data, onlyVacant]);

  if (error && !data) return <PageError error={error} onRetry={() => void refetch()} />;

  return (
    <PageContainer title={t('position.title')}>
      <Card>
        <Flex gap={16} wrap align="center" style={{ marginBottom: 16 }}>
          <TreeSelect
            aria-label={t('position.filterUnit')}
            placeholder={t('position.filterUnit')}
            allowClear
            showSearch
            treeNodeFilterProp="path"
            style={{ minWidth: 280 }}
            treeData={units}
            value={unitId}
            onChange={(v?: string) => setUnitId(v)}
          />
          <label>
            <Flex gap={8} align="center">
              <Switch checked={onlyVacant} onChange={setOnlyVacant} />
              {t('position.onlyVacant')}
            </Flex>
          </label>
        </Flex>
        <Table<Position>
          rowKey="id"
          loading={loading}
          dataSource={rows}
          pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (n) => t('common.total', { n }) }}
          expandable={{ expandedRowRender: (p) => <JobDescription position={p} /> }}
          columns={[
            {
              title: t('position.name'),
              key: 'title',
              render: (_, p) => (
                <Flex gap={4} align="center">
                  <Typography.Text>{pick(p.title, p.titleEn)}</Typography.Text>
                  {p.isHead ? <ToneTag tone="info">{t('position.isHead')}</ToneTag> : null}
                </Flex>
              ),
            },
            { title: t('position.unit'), key: 'unit', render: (_, p) => pick(p.unit.name, p.unit.nameEn) },
            { title: t('position.superior'), key: 'superior', render: (_, p) => (p.superior ? pick(p.superior.title, p.superior.titleEn) : '—') },
            { title: t('position.planned'), dataIndex: 'plannedHeadcount', align: 'right' },
            { title: t('position.holders'), key: 'holders', align: 'right', render: (_, p) => p.holders.length },
            {
              title: t('position.vacancies'),
              key: 'vacancies',
              align: 'right',
              render: (_, p) => (vacanciesOf(p) > 0 ? <ToneTag tone="warning">{vacanciesOf(p)}</ToneTag> : 0),
            },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
