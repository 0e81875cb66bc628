import { useMemo } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { PageContainer } from '@ant-design/pro-components';
import { Card, Table, type TableColumnsType } from 'antd';
import type { ProcessDefinitionsQuery } from '../../../gql/graphql';
import { PageError, ToneTag } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';
import { ProcessDefinitionsDocument } from '../graphql/processes.operations';
import { inForce } from '../definitions';
import { kindLabel } from '../labels';
import { minute } from '../../../shared/dates';

type Definition = ProcessDefinitionsQuery['processDefinitions'][number];

export default function ProcessDefinitionsPage() {
  const { t, pick } = useI18n();
  const { data, loading, error, refetch } = useQuery(ProcessDefinitionsDocument, { variables: {}, fetchPolicy: 'cache-and-network' });
  const all = useMemo(() => data?.processDefinitions ?? [], [data]);
  const rows = useMemo(() => inForce(all, new Date()).sort((a, b) => a.kind.localeCompare(b.kind)), [all]);

  if (error && !data) return <PageError error={error} onRetry={() => void refetch()} />;

  const columns: TableColumnsType<Definition> = [
    {
      title: t('process.def.kind'),
      key: 'kind',
      render: (_, d) => (
        <Link to={`/process-definitions/${d.kind}`} data-testid={`definition-${d.kind}`}>
          {kindLabel(d.kind, t, d, pick)}
        </Link>
      ),
    },
    { title: t('process.def.name'), key: 'name', render: (_, d) => pick(d.name, d.nameEn) },
    {
      title: t('process.def.version'),
      key: 'version',
      render: (_, d) => {
        const later = all.filter((x) => x.kind === d.kind && x.version > d.version);
        return (
          <>
            {t('process.def.versionN', { n: d.version })}{' '}
            {later.map((x) => (
              <ToneTag key={x.id} tone="warning">{`${t('process.def.scheduled')} ${t('process.def.versionN', { n: x.version })}`}</ToneTag>
            ))}
          </>
        );
      },
    },
    { title: t('process.def.steps'), key: 'steps', render: (_, d) => d.steps.map((s) => pick(s.name, s.nameEn)).join(' → ') },
    { title: t('process.def.effectiveFrom'), key: 'effectiveFrom', render: (_, d) => minute(d.effectiveFrom) },
    { title: t('process.def.publishedBy'), key: 'publishedBy', render: (_, d) => d.publishedBy },
  ];

  return (
    <PageContainer title={t('process.def.title')}>
      <Card>
        <Table<Definition> rowKey="id" columns={columns} dataSource={rows} loading={loading} pagination={false} />
      </Card>
    </PageContainer>
  );
}
