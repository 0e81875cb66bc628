import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { PageContainer } from '@ant-design/pro-components';
import { App, Button, Card, Descriptions, Popconfirm, Space, Table } from 'antd';
import { CalendarOutlined, EditOutlined, SwapOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { EmployeeQuery } from '../../../gql/graphql';
import { PageError, PageLoading, ToneTag } from '../../../shared/components';
import { EMPLOYEE_STATUS_TONE } from '../../../shared/constants/tones';
import { errorMessage } from '../../../shared/apollo';
import { useServerErrors } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { useViewer } from '../../../app/session';
import { canAccess } from '../../../app/access';
import { OrgChartDocument, unitOptions } from '../../org';
import {
  CancelAbsenceDocument,
  DeactivateEmployeeDocument,
  EmployeeDocument,
  RecordAbsenceDocument,
  TransferEmployeeDocument,
  UnitPositionsDocument,
  UpdateEmployeeDocument,
} from '../graphql/employees.operations';
import { EmployeeForm, type EmployeeFormValues } from '../components/EmployeeForm';
import { TransferForm, type TransferValues } from '../components/TransferForm';
import { AbsenceForm, type AbsenceValues } from '../components/AbsenceForm';
import { useEmployeeSearch } from '../useEmployeeSearch';

type Absence = EmployeeQuery['employee']['absences'][number];
type ActingFor = EmployeeQuery['employee']['deputyFor'][number];
type Phase = 'past' | 'current' | 'upcoming';
type Dialog = 'edit' | 'transfer' | 'absence' | null;

const blankToNull = (v?: string) => (v?.trim() ? v.trim() : null);
const minute = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');

function phaseOf(period: { startsAt: string; endsAt: string }, now: number): Phase {
  if (now >= Date.parse(period.endsAt)) return 'past';
  return now >= Date.parse(period.startsAt) ? 'current' : 'upcoming';
}

const PHASE_TONE = { past: 'neutral', current: 'warning', upcoming: 'info' } as const;

export default function EmployeeDetailPage() {
  const { id = '' } = useParams();
  const { t, pick, locale } = useI18n();
  const { message } = App.useApp();
  const viewer = useViewer();
  const canManage = canAccess(viewer.permissions, 'ManageEmployee');
  const canRecordAbsence = canAccess(viewer.permissions, 'RecordAbsence');
  const { data, loading, error, refetch } = useQuery(EmployeeDocument, { variables: { id } });
  const [deactivate, deactivation] = useMutation(DeactivateEmployeeDocument);

  const [dialog, setDialog] = useState<Dialog>(null);
  const serverErrors = useServerErrors();
  const [updateEmployee, updated] = useMutation(UpdateEmployeeDocument);
  const [transferEmployee, transferred] = useMutation(TransferEmployeeDocument);
  const [recordAbsence, recorded] = useMutation(RecordAbsenceDocument);
  const [cancelAbsence] = useMutation(CancelAbsenceDocument);

  const chart = useQuery(OrgChartDocument, { skip: dialog !== 'transfer' });
  const units = useMemo(() => unitOptions(chart.data?.orgChart.nodes ?? [], pick), [chart.data, pick]);
  const [transferUnit, setTransferUnit] = useState<string | undefined>();
  const unitPositions = useQuery(UnitPositionsDocument, { variables: { unitId: transferUnit }, skip: !transferUnit });
  // positions(unitId) also returns the sub-units' positions; a transfer needs the unit's own.
  const positionOptions = useMemo(
    () =>
      (unitPositions.data?.positions ?? [])
        .filter((p) => p.unit.id === transferUnit)
        .map((p) => ({ value: p.id, label: pick(p.title, p.titleEn) })),
    [unitPositions.data, transferUnit, pick],
  );

  const e = data?.employee;
  const deputies = useEmployeeSearch({ preferUnitId: e?.unit.id, status: ['ACTIVE'], excludeId: e?.id, skip: dialog !== 'absence' });

  const editValues = useMemo<Partial<EmployeeFormValues> | undefined>(
    () =>
      e
        ? { name: e.name, employeeNo: e.employeeNo, email: e.email ?? undefined, phone: e.phone ?? undefined, hireDate: e.hireDate, status: e.status }
        : undefined,
    [e],
  );

  function open(next: Dialog) {
    serverErrors.clear();
    setTransferUnit(undefined);
    setDialog(next);
  }

  async function run(action: () => Promise<unknown>, success: Parameters<typeof t>[0]) {
    serverErrors.clear();
    try {
      await action();
      void message.success(t(success));
      setDialog(null);
      void refetch();
    } catch (err) {
      serverErrors.capture(err);
    }
  }

  if (loading && !data) return <PageLoading />;
  if (error || !e) return <PageError error={error} onRetry={() => void refetch()} />;
  const path = [...e.unit.ancestors, e.unit].map((u) => pick(u.name, u.nameEn)).join(' / ');
  const active = e.status !== 'INACTIVE';
  const now = Date.now();

  const submitEdit = (v: EmployeeFormValues) =>
    run(
      () =>
        updateEmployee({
          variables: { id: e.id, input: { name: v.name.trim(), email: blankToNull(v.email), phone: blankToNull(v.phone), hireDate: v.hireDate, status: v.status } },
        }),
      'common.saved',
    );
  const submitTransfer = (v: TransferValues) => run(() => transferEmployee({ variables: { id: e.id, input: v } }), 'employee.transferred');
  const submitAbsence = (v: AbsenceValues) => run(() => recordAbsence({ variables: { input: { ...v, employeeId: e.id } } }), 'employee.absenceRecorded');
  // The server drops a withdrawn absence from the list, so a refetch is all the page needs.
  const withdraw = (a: Absence) =>
    cancelAbsence({ variables: { id: a.id } }).then(
      () => {
        void message.success(t('absence.cancelled'));
        void refetch();
      },
      // An absence that ended meanwhile is refused (ABSENCE_OVER).
      (err: unknown) => void message.error({ content: errorMessage(err, locale), duration: 8 }),
    );

  return (
    <PageContainer
      title={`${e.name} (${e.employeeNo})`}
      onBack={() => history.back()}
      extra={
        active ? (
          <Space wrap>
            {canManage ? (
              <Button icon={<EditOutlined />} onClick={() => open('edit')} data-testid="employee-edit">
                {t('common.edit')}
              </Button>
            ) : null}
            {canManage ? (
              <Button icon={<SwapOutlined />} onClick={() => open('transfer')} data-testid="employee-transfer">
                {t('employee.transfer')}
              </Button>
            ) : null}
            {canRecordAbsence ? (
              <Button icon={<CalendarOutlined />} onClick={() => open('absence')} data-testid="employee-absence">
                {t('employee.recordAbsence')}
              </Button>
            ) : null}
            {canManage ? (
              <Popconfirm
                title={t('employee.confirmDeactivate')}
                okText={t('common.yes')}
                cancelText={t('common.no')}
                onConfirm={() =>
                  deactivate({ variables: { id: e.id } }).then(
                    () => void message.success(t('common.saved')),
                    (err: unknown) => void message.error(errorMessage(err, locale)),
                  )
                }
              >
                <Button danger loading={deactivation.loading}>
                  {t('employee.deactivate')}
                </Button>
              </Popconfirm>
            ) : null}
          </Space>
        ) : null
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card title={t('employee.detail')}>
          <Descriptions column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('employee.employeeNo')}>{e.employeeNo}</Descriptions.Item>
            <Descriptions.Item label={t('employee.status')}>
              <ToneTag tone={EMPLOYEE_STATUS_TONE[e.status]}>{t(`status.${e.status}`)}</ToneTag>
            </Descriptions.Item>
            <Descriptions.Item label={t('employee.unit')}>
              <Link to={`/org?unit=${e.unit.id}`} data-testid="employee-unit">
                {path}
              </Link>
            </Descriptions.Item>
            <Descriptions.Item label={t('employee.position')}>
              <span data-testid="employee-position">{pick(e.position.title, e.position.titleEn)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('employee.manager')}>
              {e.manager ? <Link to={`/employees/${e.manager.id}`}>{`${e.manager.name} (${e.manager.employeeNo})`}</Link> : t('common.none')}
            </Descriptions.Item>
            <Descriptions.Item label={t('employee.hireDate')}>{e.hireDate}</Descriptions.Item>
            <Descriptions.Item label={t('employee.email')}>{e.email ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('employee.phone')}>{e.phone ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('position.summary')} span={2}>
              {e.position.summary || '—'}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card title={t('employee.absences')} size="small" data-testid="absences">
          <Table<Absence>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={e.absences}
            columns={[
              { title: t('employee.period'), key: 'period', render: (_, a) => `${minute(a.startsAt)} – ${minute(a.endsAt)}` },
              {
                title: t('employee.actingDeputy'),
                key: 'deputy',
                render: (_, a) => <Link to={`/employees/${a.deputy.id}`}>{t('employee.actsFor', { deputy: a.deputy.name, name: e.name })}</Link>,
              },
              { title: t('employee.reason'), dataIndex: 'reason', render: (r: string) => r || '—' },
              {
                title: t('employee.status'),
                key: 'state',
                render: (_, a) => {
                  const phase = phaseOf(a, now);
                  return <ToneTag tone={PHASE_TONE[phase]}>{t(`absence.${phase}`)}</ToneTag>;
                },
              },
              ...(canRecordAbsence
                ? [
                    {
                      title: t('common.actions'),
                      key: 'actions',
                      // An absence that is over stays on record as it was; only what is still to come can be withdrawn.
                      render: (_: unknown, a: Absence) =>
                        phaseOf(a, now) === 'past' ? null : (
                          <Popconfirm
                            title={t('absence.confirmCancel')}
                            okText={t('common.yes')}
                            cancelText={t('common.no')}
                            okButtonProps={{ danger: true }}
                            onConfirm={() => withdraw(a)}
                          >
                            <Button type="link" size="small" danger data-testid={`absence-cancel-${a.id}`}>
                              {t('absence.cancel')}
                            </Button>
                          </Popconfirm>
                        ),
                    },
                  ]
                : []),
            ]}
          />
        </Card>
        {e.deputyFor.length ? (
          // R-ORG-4 from the deputy's side: whom this person acts for, so approvals reaching them make sense.
          <Card title={t('employee.deputyFor')} size="small" data-testid="deputy-for">
            <Table<ActingFor>
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={e.deputyFor}
              columns={[
                {
                  title: t('employee.actingFor'),
                  key: 'actsFor',
                  render: (_, a) => (
                    <Link to={`/employees/${a.employee.id}`}>
                      {t('employee.actsForPeriod', { name: `${a.employee.name} (${a.employee.employeeNo})`, from: minute(a.startsAt), to: minute(a.endsAt) })}
                    </Link>
                  ),
                },
                { title: t('employee.reason'), dataIndex: 'reason', render: (r: string) => r || '—' },
                {
                  title: t('employee.status'),
                  key: 'state',
                  render: (_, a) => {
                    const phase = phaseOf(a, now);
                    return <ToneTag tone={PHASE_TONE[phase]}>{t(`absence.${phase}`)}</ToneTag>;
                  },
                },
              ]}
            />
          </Card>
        ) : null}
      </Space>
      {canManage ? (
        <>
          <EmployeeForm
            mode="edit"
            open={dialog === 'edit'}
            initialValues={editValues}
            units={[]}
            positions={[]}
            errors={serverErrors.errors}
            formError={serverErrors.formError}
            loading={updated.loading}
            onUnitChange={() => undefined}
            onSubmit={(v) => void submitEdit(v)}
            onCancel={() => setDialog(null)}
          />
          <TransferForm
            open={dialog === 'transfer'}
            employeeName={e.name}
            current={`${path} · ${pick(e.position.title, e.position.titleEn)}`}
            units={units}
            positions={positionOptions}
            positionsLoading={unitPositions.loading}
            errors={serverErrors.errors}
            formError={serverErrors.formError}
            loading={transferred.loading}
            onUnitChange={setTransferUnit}
            onSubmit={(v) => void submitTransfer(v)}
            onCancel={() => setDialog(null)}
          />
        </>
      ) : null}
      {canRecordAbsence ? (
        <AbsenceForm
          open={dialog === 'absence'}
          employeeName={e.name}
          deputies={deputies}
          errors={serverErrors.errors}
          formError={serverErrors.formError}
          loading={recorded.loading}
          onSubmit={(v) => void submitAbsence(v)}
          onCancel={() => setDialog(null)}
        />
      ) : null}
    </PageContainer>
  );
}
