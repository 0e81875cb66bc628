import { useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { PageContainer } from '@ant-design/pro-components';
import { App, Button, Card, Flex, Input, Popconfirm, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { UsersQuery } from '../../../gql/graphql';
import { PageError, ToneTag } from '../../../shared/components';
import { USER_STATUS_TONE } from '../../../shared/constants/tones';
import { errorMessage } from '../../../shared/apollo';
import { useServerErrors } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { useViewer } from '../../../app/session';
import { canAccess } from '../../../app/access';
import { OrgChartDocument, unitOptions } from '../../org';
import { AssignRoleDocument, CreateUserDocument, RevokeRoleDocument, RoleOptionsDocument, UsersDocument } from '../graphql/users.operations';
import { UserForm, type UserFormValues } from '../components/UserForm';
import { AssignRoleForm, type AssignRoleValues } from '../components/AssignRoleForm';

type User = UsersQuery['users']['nodes'][number];

export default function UsersPage() {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const viewer = useViewer();
  const canManage = canAccess(viewer.permissions, 'ManageUser');
  const canAssign = canAccess(viewer.permissions, 'ManageRole');
  const [search, setSearch] = useState('');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const variables = { search: search || null, first: paging.pageSize, offset: (paging.page - 1) * paging.pageSize };
  const { data, loading, error, refetch } = useQuery(UsersDocument, { variables });

  const roles = useQuery(RoleOptionsDocument, { skip: !canAssign });
  const chart = useQuery(OrgChartDocument, { skip: !canAssign });
  const roleOptions = useMemo(() => (roles.data?.roles ?? []).map((r) => ({ value: r.id, label: pick(r.name, r.nameEn) })), [roles.data, pick]);
  const units = useMemo(() => unitOptions(chart.data?.orgChart.nodes ?? [], pick), [chart.data, pick]);

  const [creating, setCreating] = useState(false);
  const serverErrors = useServerErrors();
  const [createUser, created] = useMutation(CreateUserDocument);
  const [assigning, setAssigning] = useState<User | null>(null);
  const [assignError, setAssignError] = useState<string | null>(null);
  const [assignRole, assigned] = useMutation(AssignRoleDocument);
  const [revokeRole] = useMutation(RevokeRoleDocument);

  async function submitUser(values: UserFormValues) {
    serverErrors.clear();
    try {
      await createUser({ variables: { input: { ...values, email: values.email.trim(), displayName: values.displayName.trim() } } });
      void message.success(t('common.saved'));
      setCreating(false);
      void refetch();
    } catch (e) {
      serverErrors.capture(e);
    }
  }

  async function submitAssign(values: AssignRoleValues) {
    if (!assigning) return;
    setAssignError(null);
    try {
      await assignRole({ variables: { userId: assigning.id, roleId: values.roleId, unitId: values.unitId ?? null } });
      void message.success(t('common.saved'));
      setAssigning(null);
      void refetch();
    } catch (e) {
      setAssignError(errorMessage(e));
    }
  }

  if (error && !data) return <PageError error={error} onRetry={() => void refetch()} />;

  return (
    <PageContainer
      title={t('user.title')}
      extra={
        canManage ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              serverErrors.clear();
              setCreating(true);
            }}
          >
            {t('user.new')}
          </Button>
        ) : null
      }
    >
      <Card>
        <Flex style={{ marginBottom: 16 }}>
          <Input.Search
            aria-label={t('common.search')}
            placeholder={t('common.search')}
            allowClear
            style={{ maxWidth: 320 }}
            onSearch={(v) => {
              setSearch(v.trim());
              setPaging((p) => ({ ...p, page: 1 }));
            }}
          />
        </Flex>
        <Table<User>
          rowKey="id"
          loading={loading}
          dataSource={data?.users.nodes ?? []}
          pagination={{
            current: paging.page,
            pageSize: paging.pageSize,
            total: data?.users.totalCount ?? 0,
            showSizeChanger: true,
            showTotal: (n) => t('common.total', { n }),
            onChange: (page, pageSize) => setPaging({ page, pageSize }),
          }}
          columns={[
            { title: t('user.displayName'), dataIndex: 'displayName' },
            { title: t('user.email'), dataIndex: 'email' },
            { title: t('user.employee'), key: 'employee', render: (_, u) => u.employee?.name ?? '—' },
            {
              title: t('user.status'),
              dataIndex: 'status',
              render: (_, u) => <ToneTag tone={USER_STATUS_TONE[u.status]}>{t(`userStatus.${u.status}`)}</ToneTag>,
            },
            {
              title: t('user.roles'),
              key: 'roles',
              render: (_, u) => (
                <Space size={[4, 4]} wrap>
                  {u.roles.map((ur) => {
                    const label = ur.unit ? `${pick(ur.role.name, ur.role.nameEn)} @ ${pick(ur.unit.name, ur.unit.nameEn)}` : pick(ur.role.name, ur.role.nameEn);
                    return canAssign ? (
                      <Popconfirm
                        key={ur.id}
                        title={t('user.confirmRevoke')}
                        okText={t('common.yes')}
                        cancelText={t('common.no')}
                        onConfirm={() =>
                          revokeRole({ variables: { userRoleId: ur.id } }).then(
                            () => void refetch(),
                            (e: unknown) => void message.error(errorMessage(e)),
                          )
                        }
                      >
                        <Tag closable onClose={(e) => e.preventDefault()} closeIcon={<span aria-label={t('user.revokeRole')}>×</span>} style={{ cursor: 'pointer' }}>
                          {label}
                        </Tag>
                      </Popconfirm>
                    ) : (
                      <Tag key={ur.id}>{label}</Tag>
                    );
                  })}
                </Space>
              ),
            },
            { title: t('user.lastLogin'), key: 'lastLogin', render: (_, u) => (u.lastLoginAt ? new Date(u.lastLoginAt).toLocaleString() : t('common.never')) },
            ...(canAssign
              ? [
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    render: (_: unknown, u: User) => (
                      <Button
                        type="link"
                        size="small"
                        onClick={() => {
                          setAssignError(null);
                          setAssigning(u);
                        }}
                      >
                        {t('user.assignRole')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <UserForm
        open={creating}
        errors={serverErrors.errors}
        formError={serverErrors.formError}
        loading={created.loading}
        onSubmit={(v) => void submitUser(v)}
        onCancel={() => setCreating(false)}
      />
      <AssignRoleForm
        open={!!assigning}
        userName={assigning?.displayName ?? ''}
        roles={roleOptions}
        units={units}
        error={assignError}
        loading={assigned.loading}
        onSubmit={(v) => void submitAssign(v)}
        onCancel={() => setAssigning(null)}
      />
    </PageContainer>
  );
}
