import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { PageContainer } from '@ant-design/pro-components';
import { Card, Col, Empty, Row } from 'antd';
import { PageError, PageLoading } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';
import { OrgChartDocument, UnitEmployeesDocument } from '../graphql/org.operations';
import { OrgTree } from '../components/OrgTree';
import { UnitDetails } from '../components/UnitDetails';

export default function OrgChartPage() {
  const { t } = useI18n();
  // The selected unit lives in the URL so a link or a reload lands on the same unit.
  const [params, setParams] = useSearchParams();
  const [paging, setPaging] = useState({ page: 1, pageSize: 10 });
  const chart = useQuery(OrgChartDocument);
  const nodes = useMemo(() => chart.data?.orgChart.nodes ?? [], [chart.data]);
  const selectedId = params.get('unit') ?? nodes[0]?.id ?? null;
  const selected = nodes.find((n) => n.id === selectedId) ?? null;
  const subUnits = useMemo(() => nodes.filter((n) => n.parentId === selectedId), [nodes, selectedId]);

  const employees = useQuery(UnitEmployeesDocument, {
    variables: { id: selectedId ?? '', first: paging.pageSize, offset: (paging.page - 1) * paging.pageSize },
    skip: !selectedId,
  });

  function select(id: string) {
    setPaging((p) => ({ ...p, page: 1 }));
    setParams({ unit: id });
  }

  if (chart.error && !chart.data) return <PageError error={chart.error} onRetry={() => void chart.refetch()} />;

  return (
    <PageContainer title={t('org.title')}>
      {chart.loading && !chart.data ? (
        <PageLoading />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={10} xl={9}>
            <Card size="small" title={t('org.tree')}>
              <OrgTree nodes={nodes} selectedId={selectedId} onSelect={select} />
            </Card>
          </Col>
          <Col xs={24} lg={14} xl={15}>
            {selected ? (
              <UnitDetails
                unit={selected}
                subUnits={subUnits}
                employees={employees.data?.orgUnit.employees.nodes ?? []}
                employeesTotal={employees.data?.orgUnit.employees.totalCount ?? 0}
                employeesLoading={employees.loading}
                page={paging.page}
                pageSize={paging.pageSize}
                onPageChange={(page, pageSize) => setPaging({ page, pageSize })}
                onSelectUnit={select}
              />
            ) : (
              <Empty description={t('org.selectUnit')} />
            )}
          </Col>
        </Row>
      )}
    </PageContainer>
  );
}
