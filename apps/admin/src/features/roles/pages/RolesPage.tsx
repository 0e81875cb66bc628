import { useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { PageContainer } from '@ant-design/pro-components';
import { App, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { RolesQuery } from '../../../gql/graphql';
import { GrantTags, PageError } from '../../../shared/components';
import { errorMessage } from '../../../shared/apollo';
import { useServerErrors } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { useViewer } from '../../../app/session';
import { canAccess } from '../../../app/access';
import { CreateRoleDocument, DeleteRoleDocument, RolesDocument, UpdateRoleDocument } from '../graphql/roles.operations';
import { RoleForm, type RoleFormValues } from '../components/RoleForm';

type Role = RolesQuery['roles'][number];

export default function RolesPage() {
  const { t, pick, locale } = useI18n();
  const { message } = App.useApp();
  const viewer = useViewer();
  const canManage = canAccess(viewer.permissions, 'ManageRole');
  const { data, loading, error, refetch } = useQuery(RolesDocument);
  const [editing, setEditing] = useState<{ mode: 'create' } | { mode: 'edit'; role: Role } | null>(null);
  const serverErrors = useServerErrors();
  const [createRole, created] = useMutation(CreateRoleDocument, { refetchQueries: [RolesDocument] });
  const [updateRole, updated] = useMutation(UpdateRoleDocument);
  const [deleteRole] = useMutation(DeleteRoleDocument, { refetchQueries: [RolesDocument] });

  const initialValues = useMemo<RoleFormValues | undefined>(() => {
    if (editing?.mode !== 'edit') return undefined;
    const { role } = editing;
    return {
      code: role.code,
      name: role.name,
      nameEn: role.nameEn ?? undefined,
      description: role.description,
      grants: role.grants.map((g) => ({ permission: g.permission, scope: g.scope })),
    };
  }, [editing]);

  async function submit(values: RoleFormValues) {
    serverErrors.clear();
    const input = {
      code: values.code.trim(),
      name: values.name.trim(),
      nameEn: values.nameEn?.trim() || null,
      description: values.description?.trim() ?? '',
      grants: values.grants.map((g) => ({ permission: g.permission, scope: g.scope })),
    };
    try {
      if (editing?.mode === 'edit') await updateRole({ variables: { id: editing.role.id, input } });
      else await createRole({ variables: { input } });
      void message.success(t('common.saved'));
      setEditing(null);
    } catch (e) {
      serverErrors.capture(e);
    }
  }

  if (error && !data) return <PageError error={error} onRetry={() => void refetch()} />;

  return (
    <PageContainer
      title={t('role.title')}
      extra={
        canManage ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              serverErrors.clear();
              setEditing({ mode: 'create' });
            }}
          >
            {t('role.new')}
          </Button>
        ) : null
      }
    >
      <Card>
        <Table<Role>
          rowKey="id"
          loading={loading}
          dataSource={data?.roles ?? []}
          pagination={false}
          columns={[
            {
              title: t('role.name'),
              key: 'name',
              width: 220,
              render: (_, r) => (
                <Space orientation="vertical" size={0}>
                  <Space size={4}>
                    <Typography.Text strong>{pick(r.name, r.nameEn)}</Typography.Text>
                    {r.system ? <Tag>{t('role.system')}</Tag> : null}
                  </Space>
                  <Typography.Text type="secondary" code>
                    {r.code}
                  </Typography.Text>
                </Space>
              ),
            },
            { title: t('role.description'), dataIndex: 'description', width: 240 },
            { title: t('role.grants'), key: 'grants', render: (_, r) => <GrantTags grants={r.grants} /> },
            ...(canManage
              ? [
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    width: 140,
                    render: (_: unknown, r: Role) => (
                      <Space>
                        <Button
                          type="link"
                          size="small"
                          onClick={() => {
                            serverErrors.clear();
                            setEditing({ mode: 'edit', role: r });
                          }}
                        >
                          {t('common.edit')}
                        </Button>
                        {r.system ? null : (
                          <Popconfirm
                            title={t('common.confirmDelete')}
                            okText={t('common.yes')}
                            cancelText={t('common.no')}
                            onConfirm={() => deleteRole({ variables: { id: r.id } }).catch((e: unknown) => void message.error(errorMessage(e, locale)))}
                          >
                            <Button type="link" size="small" danger>
                              {t('common.delete')}
                            </Button>
                          </Popconfirm>
                        )}
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <RoleForm
        open={!!editing}
        mode={editing?.mode ?? 'create'}
        initialValues={initialValues}
        errors={serverErrors.errors}
        formError={serverErrors.formError}
        loading={created.loading || updated.loading}
        onSubmit={(v) => void submit(v)}
        onCancel={() => setEditing(null)}
      />
    </PageContainer>
  );
}
