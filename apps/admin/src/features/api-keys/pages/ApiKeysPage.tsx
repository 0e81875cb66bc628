import { useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { PageContainer } from '@ant-design/pro-components';
import { App, Button, Card, Popconfirm, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ApiKeysQuery } from '../../../gql/graphql';
import { GrantTags, PageError, ToneTag } from '../../../shared/components';
import { errorMessage } from '../../../shared/apollo';
import { useServerErrors } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { OrgChartDocument, unitOptions } from '../../org';
import { ApiKeysDocument, CreateApiKeyDocument, RevokeApiKeyDocument } from '../graphql/api-keys.operations';
import { ApiKeyForm, type ApiKeyFormValues } from '../components/ApiKeyForm';
import { SecretModal } from '../components/SecretModal';
import { minute } from '../../../shared/dates';

type ApiKey = ApiKeysQuery['apiKeys'][number];

const when = (iso: string | null | undefined, fallback: string) => (iso ? minute(iso) : fallback);

export default function ApiKeysPage() {
  const { t, pick, locale } = useI18n();
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(ApiKeysDocument);
  const chart = useQuery(OrgChartDocument);
  const units = useMemo(() => unitOptions(chart.data?.orgChart.nodes ?? [], pick), [chart.data, pick]);
  const [creating, setCreating] = useState(false);
  const serverErrors = useServerErrors();
  const [createKey, created] = useMutation(CreateApiKeyDocument, { refetchQueries: [ApiKeysDocument] });
  const [revokeKey] = useMutation(RevokeApiKeyDocument);
  const [secret, setSecret] = useState<{ value: string; name: string } | null>(null);

  async function submit(values: ApiKeyFormValues) {
    serverErrors.clear();
    try {
      const result = await createKey({
        variables: {
          input: {
            name: values.name.trim(),
            unitId: values.unitId ?? null,
            expiresAt: values.expiresAt ? values.expiresAt.toISOString() : null,
            grants: values.grants.map((g) => ({ permission: g.permission, scope: g.scope })),
          },
        },
      });
      setCreating(false);
      if (result.data) setSecret({ value: result.data.createApiKey.secret, name: result.data.createApiKey.apiKey.name });
    } catch (e) {
      serverErrors.capture(e);
    }
  }

  if (error && !data) return <PageError error={error} onRetry={() => void refetch()} />;

  return (
    <PageContainer
      title={t('apiKey.title')}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => {
            serverErrors.clear();
            setCreating(true);
          }}
        >
          {t('apiKey.new')}
        </Button>
      }
    >
      <Card>
        <Table<ApiKey>
          rowKey="id"
          loading={loading}
          dataSource={data?.apiKeys ?? []}
          pagination={false}
          columns={[
            { title: t('apiKey.name'), dataIndex: 'name' },
            { title: t('apiKey.prefix'), dataIndex: 'prefix', render: (p: string) => <Typography.Text code>{p}…</Typography.Text> },
            { title: t('role.grants'), key: 'grants', render: (_, k) => <GrantTags grants={k.grants} /> },
            { title: t('employee.unit'), key: 'unit', render: (_, k) => (k.unit ? pick(k.unit.name, k.unit.nameEn) : '—') },
            { title: t('apiKey.createdAt'), key: 'createdAt', render: (_, k) => when(k.createdAt, '—') },
            { title: t('apiKey.expiresAt'), key: 'expiresAt', render: (_, k) => when(k.expiresAt, '—') },
            { title: t('apiKey.lastUsed'), key: 'lastUsed', render: (_, k) => when(k.lastUsedAt, t('common.never')) },
            {
              title: t('employee.status'),
              key: 'status',
              render: (_, k) => (k.revokedAt ? <ToneTag tone="neutral">{t('apiKey.revoked')}</ToneTag> : <ToneTag tone="success">{t('apiKey.active')}</ToneTag>),
            },
            {
              title: t('common.actions'),
              key: 'actions',
              render: (_, k) =>
                k.revokedAt ? null : (
                  <Popconfirm
                    title={t('apiKey.confirmRevoke')}
                    okText={t('common.yes')}
                    cancelText={t('common.no')}
                    onConfirm={() => revokeKey({ variables: { id: k.id } }).catch((e: unknown) => void message.error(errorMessage(e, locale)))}
                  >
                    <Button type="link" danger size="small">
                      {t('apiKey.revoke')}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      </Card>
      <ApiKeyForm
        open={creating}
        units={units}
        errors={serverErrors.errors}
        formError={serverErrors.formError}
        loading={created.loading}
        onSubmit={(v) => void submit(v)}
        onCancel={() => setCreating(false)}
      />
      <SecretModal secret={secret?.value ?? null} name={secret?.name ?? ''} onClose={() => setSecret(null)} />
    </PageContainer>
  );
}
