import { useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { PageContainer, ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { App, Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { WinBackStatus, WinBackTasksQuery } from '../../../gql/graphql';
import { LIST_TABLE, ToneTag } from '../../../shared/components';
import { useServerErrors } from '../../../shared/hooks';
import { pageArgs } from '../../../shared/paging';
import { useI18n } from '../../../shared/i18n';
import { CreateWinBackTasksDocument, CrmSettingsDocument, UpdateWinBackTaskDocument, WinBackTasksDocument } from '../graphql/customers.operations';
import { ContactValue } from '../components/ContactValue';
import { CreateWinBackForm, UpdateWinBackForm, type CreateWinBackValues, type UpdateWinBackValues } from '../components/WinBackForms';
import { WIN_BACK_STATUSES, WIN_BACK_TONE } from '../constants';
import { day } from '../format';
import { blankToNull } from '../input';

type Task = WinBackTasksQuery['winBackTasks']['nodes'][number];

export default function WinBackPage() {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const client = useApolloClient();
  const actionRef = useRef<ActionType>(null);
  const settings = useQuery(CrmSettingsDocument);
  const [dialog, setDialog] = useState<{ kind: 'create' } | { kind: 'update'; task: Task } | null>(null);
  const serverErrors = useServerErrors();
  const [createTasks, creating] = useMutation(CreateWinBackTasksDocument);
  const [updateTask, updating] = useMutation(UpdateWinBackTaskDocument);

  const createDefaults = useMemo<CreateWinBackValues>(() => ({ days: settings.data?.crmSettings.lostAfterDays ?? 180, dueInDays: 14 }), [settings.data]);
  const updateDefaults = useMemo<UpdateWinBackValues | undefined>(
    () => (dialog?.kind === 'update' ? { status: dialog.task.status, note: dialog.task.note ?? undefined } : undefined),
    [dialog],
  );

  async function submit(action: () => Promise<string>) {
    serverErrors.clear();
    try {
      void message.success(await action());
      setDialog(null);
      void actionRef.current?.reload();
    } catch (e) {
      serverErrors.capture(e);
    }
  }

  const columns: ProColumns<Task>[] = [
    {
      title: t('winBack.status'),
      dataIndex: 'status',
      valueType: 'select',
      fieldProps: { mode: 'multiple', options: WIN_BACK_STATUSES.map((s) => ({ value: s, label: t(`winBackStatus.${s}`) })), 'aria-label': t('winBack.status') },
      render: (_, task) => <ToneTag tone={WIN_BACK_TONE[task.status]}>{t(`winBackStatus.${task.status}`)}</ToneTag>,
    },
    { title: t('winBack.customer'), dataIndex: 'customer', search: false, render: (_, task) => <Link to={`/customers/${task.customer.id}`}>{`${task.customer.name} (${task.customer.code})`}</Link> },
    { title: t('winBack.phone'), dataIndex: 'phone', search: false, render: (_, task) => <ContactValue value={task.customer.phones[0]} visible={task.customer.contactVisible} /> },
    { title: t('winBack.station'), dataIndex: 'station', search: false, render: (_, task) => pick(task.station.name, task.station.nameEn) },
    { title: t('winBack.lastPurchase'), dataIndex: 'lastPurchaseAt', search: false, render: (_, task) => day(task.lastPurchaseAt) },
    { title: t('winBack.dueOn'), dataIndex: 'dueOn', search: false },
    { title: t('winBack.note'), dataIndex: 'note', search: false, ellipsis: true, render: (_, task) => task.note ?? '—' },
    {
      title: t('common.actions'),
      valueType: 'option',
      render: (_, task) => [
        <Button key="update" type="link" size="small" onClick={() => (serverErrors.clear(), setDialog({ kind: 'update', task }))}>
          {t('winBack.update')}
        </Button>,
      ],
    },
  ];

  return (
    <PageContainer title={t('winBack.title')}>
      <ProTable<Task, { status?: WinBackStatus[] }>
        {...LIST_TABLE}
        actionRef={actionRef}
        columns={columns}
        pagination={{ defaultPageSize: 20, showTotal: (n) => t('common.total', { n }) }}
        request={async (params) => {
          const { data } = await client.query({
            query: WinBackTasksDocument,
            fetchPolicy: 'network-only',
            variables: { status: params.status?.length ? params.status : null, ...pageArgs(params) },
          });
          return { data: data?.winBackTasks.nodes ?? [], total: data?.winBackTasks.totalCount ?? 0, success: !!data };
        }}
        toolBarRender={() => [
          <Button key="create" type="primary" icon={<PlusOutlined />} onClick={() => (serverErrors.clear(), setDialog({ kind: 'create' }))} data-testid="create-win-back">
            {t('winBack.create')}
          </Button>,
        ]}
      />
      <CreateWinBackForm
        open={dialog?.kind === 'create'}
        initialValues={createDefaults}
        errors={serverErrors.errors}
        formError={serverErrors.formError}
        loading={creating.loading}
        onSubmit={(v) =>
          void submit(async () => {
            const { data } = await createTasks({ variables: { input: { days: v.days, dueInDays: v.dueInDays } } });
            return t('winBack.created', { n: data?.createWinBackTasks ?? 0 });
          })
        }
        onCancel={() => setDialog(null)}
      />
      <UpdateWinBackForm
        open={dialog?.kind === 'update'}
        title={dialog?.kind === 'update' ? t('winBack.updateTitle', { name: dialog.task.customer.name }) : ''}
        initialValues={updateDefaults}
        errors={serverErrors.errors}
        formError={serverErrors.formError}
        loading={updating.loading}
        onSubmit={(v) =>
          dialog?.kind === 'update' &&
          void submit(async () => {
            await updateTask({ variables: { id: dialog.task.id, input: { status: v.status, note: blankToNull(v.note) } } });
            return t('common.saved');
          })
        }
        onCancel={() => setDialog(null)}
      />
    </PageContainer>
  );
}
