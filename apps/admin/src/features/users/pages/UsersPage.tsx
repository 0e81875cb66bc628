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
import { isLocale } from '../../../shared/i18n';
import { useEmployeeSearch } from '../../employees';
import {
  AssignRoleDocument,
  CreateUserDocument,
  RevokeRoleDocument,
  RoleOptionsDocument,
  SetUserPasswordDocument,
  UpdateUserDocument,
  UsersDocument,
} from '../graphql/users.operations';
import { UserForm, type UserFormValues } from '../components/UserForm';
import { AssignRoleForm, type AssignRoleValues } from '../components/AssignRoleForm';
import { UserEditForm, type UserEditValues } from '../components/UserEditForm';
import { SetPasswordForm, type SetPasswordValues } from '../components/SetPasswordForm';
import { minute } from '../../../shared/dates';

type User = UsersQuery['users']['nodes'][number];

export default function UsersPage() {
  const { t, pick, locale } = useI18n();
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
  const [assignError, setAssignError] = useState<{ error: unknown } | null>(null);
  const [assignRole, assigned] = useMutation(AssignRoleDocument);
  const [revokeRole] = useMutation(RevokeRoleDocument);

  const [editing, setEditing] = useState<{ mode: 'edit' | 'password'; user: User } | null>(null);
  const [updateUser, userUpdated] = useMutation(UpdateUserDocument);
  const [setUserPassword, passwordSet] = useMutation(SetUserPasswordDocument);
  const editedUser = editing?.mode === 'edit' ? editing.user : null;
  const employees = useEmployeeSearch({ current: editedUser?.employee, skip: !editedUser });
  const editValues = useMemo<UserEditValues | undefined>(
    () =>
      editedUser
        ? {
            displayName: editedUser.displayName,
            locale: isLocale(editedUser.locale) ? editedUser.locale : 'zh-Hant',
            employeeId: editedUser.employee?.id ?? null,
            status: editedUser.status,
          }
        : undefined,
    [editedUser],
  );

  function openEditor(mode: 'edit' | 'password', user: User) {
    serverErrors.clear();
    setEditing({ mode, user });
  }

  async function submitEdit(values: UserEditValues) {
    if (!editedUser) return;
    serverErrors.clear();
    try {
      await updateUser({ variables: { id: editedUser.id, input: { ...values, displayName: values.displayName.trim(), employeeId: values.employeeId ?? null } } });
      void message.success(t('common.saved'));
      setEditing(null);
      void refetch();
    } catch (e) {
      serverErrors.capture(e);
    }
  }

  async function submitPassword(values: SetPasswordValues) {
    if (editing?.mode !== 'password') return;
    serverErrors.clear();
    try {
      await setUserPassword({ variables: { id: editing.user.id, input: values } });
      void message.success(t('user.passwordSet'));
      setEditing(null);
    } catch (e) {
      serverErrors.capture(e);
    }
  }

  async function toggleStatus(user: User) {
    const status = user.status === 'ACTIVE' ? 'DISABLED' : 'ACTIVE';
    try {
      await updateUser({ variables: { id: user.id, input: { status } } });
      void message.success(t(status === 'DISABLED' ? 'user.disabled' : 'user.enabled'));
      void refetch();
    } catch (e) {
      void message.error(errorMessage(e, locale));
    }
  }

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
      setAssignError({ error: e });
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
                            (e: unknown) => void message.error(errorMessage(e, locale)),
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
            { title: t('user.lastLogin'), key: 'lastLogin', render: (_, u) => (u.lastLoginAt ? minute(u.lastLoginAt) : t('common.never')) },
            ...(canAssign || canManage
              ? [
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    render: (_: unknown, u: User) => {
                      const self = u.id === viewer.user?.id;
                      return (
                        <Space size={0} wrap>
                          {canManage ? (
                            <Button type="link" size="small" onClick={() => openEditor('edit', u)} data-testid={`user-edit-${u.email}`}>
                              {t('common.edit')}
                            </Button>
                          ) : null}
                          {canManage ? (
                            <Button type="link" size="small" onClick={() => openEditor('password', u)} data-testid={`user-password-${u.email}`}>
                              {t('user.setPassword')}
                            </Button>
                          ) : null}
                          {canManage && !self ? (
                            <Popconfirm
                              title={t(u.status === 'ACTIVE' ? 'user.confirmDisable' : 'user.confirmEnable', { name: u.displayName })}
                              okText={t('common.yes')}
                              cancelText={t('common.no')}
                              onConfirm={() => toggleStatus(u)}
                            >
                              <Button type="link" size="small" danger={u.status === 'ACTIVE'}>
                                {t(u.status === 'ACTIVE' ? 'user.disable' : 'user.enable')}
                              </Button>
                            </Popconfirm>
                          ) : null}
                          {canAssign ? (
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
                          ) : null}
                        </Space>
                      );
                    },
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
      {canManage ? (
        <>
          <UserEditForm
            open={editing?.mode === 'edit'}
            email={editing?.user.email ?? ''}
            initialValues={editValues}
            employees={employees}
            isSelf={editing?.user.id === viewer.user?.id}
            errors={serverErrors.errors}
            formError={serverErrors.formError}
            loading={userUpdated.loading}
            onSubmit={(v) => void submitEdit(v)}
            onCancel={() => setEditing(null)}
          />
          <SetPasswordForm
            open={editing?.mode === 'password'}
            userName={editing ? `${editing.user.displayName} (${editing.user.email})` : ''}
            errors={serverErrors.errors}
            formError={serverErrors.formError}
            loading={passwordSet.loading}
            onSubmit={(v) => void submitPassword(v)}
            onCancel={() => setEditing(null)}
          />
        </>
      ) : null}
      <AssignRoleForm
        open={!!assigning}
        userName={assigning?.displayName ?? ''}
        roles={roleOptions}
        units={units}
        error={assignError ? errorMessage(assignError.error, locale) : null}
        loading={assigned.loading}
        onSubmit={(v) => void submitAssign(v)}
        onCancel={() => setAssigning(null)}
      />
    </PageContainer>
  );
}
