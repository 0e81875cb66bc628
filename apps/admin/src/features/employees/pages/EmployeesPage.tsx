import { useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { PageContainer, ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { App, Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { EmployeeStatus, EmployeesQuery } from '../../../gql/graphql';
import { useServerErrors } from '../../../shared/hooks';
import { ToneTag } from '../../../shared/components';
import { EMPLOYEE_STATUS_TONE } from '../../../shared/constants/tones';
import { useI18n } from '../../../shared/i18n';
import { useViewer } from '../../../app/session';
import { canAccess } from '../../../app/access';
import { OrgChartDocument, unitOptions } from '../../org';
import { CreateEmployeeDocument, EmployeesDocument, UnitPositionsDocument, UpdateEmployeeDocument } from '../graphql/employees.operations';
import { EmployeeForm, type EmployeeFormValues } from '../components/EmployeeForm';

type Row = EmployeesQuery['employees']['nodes'][number];
type Filters = { keyword?: string; unitId?: string; positionId?: string; status?: EmployeeStatus };


export default function EmployeesPage() {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const client = useApolloClient();
  const viewer = useViewer();
  const canManage = canAccess(viewer.permissions, 'ManageEmployee');
  const actionRef = useRef<ActionType>(null);

  const chart = useQuery(OrgChartDocument);
  const units = useMemo(() => unitOptions(chart.data?.orgChart.nodes ?? [], pick), [chart.data, pick]);
  const allPositions = useQuery(UnitPositionsDocument, { variables: { unitId: null } });
  const positionFilter = useMemo(
    () =>
      (allPositions.data?.positions ?? []).map((p) => ({
        value: p.id,
        label: `${pick(p.title, p.titleEn)} · ${pick(p.unit.name, p.unit.nameEn)}`,
      })),
    [allPositions.data, pick],
  );

  const [editing, setEditing] = useState<{ mode: 'create' } | { mode: 'edit'; row: Row } | null>(null);
  const [formUnit, setFormUnit] = useState<string | undefined>();
  const unitPositions = useQuery(UnitPositionsDocument, { variables: { unitId: formUnit }, skip: !formUnit });
  const positionOptions = useMemo(
    () =>
      (unitPositions.data?.positions ?? [])
        .filter((p) => p.unit.id === formUnit)
        .map((p) => ({ value: p.id, label: pick(p.title, p.titleEn) })),
    [unitPositions.data, formUnit, pick],
  );

  const serverErrors = useServerErrors();
  const [createEmployee, created] = useMutation(CreateEmployeeDocument);
  const [updateEmployee, updated] = useMutation(UpdateEmployeeDocument);

  const initialValues = useMemo<Partial<EmployeeFormValues> | undefined>(() => {
    if (editing?.mode !== 'edit') return undefined;
    const { row } = editing;
    return {
      name: row.name,
      employeeNo: row.employeeNo,
      email: row.email ?? undefined,
      phone: row.phone ?? undefined,
      hireDate: row.hireDate,
      status: row.status,
    };
  }, [editing]);

  function open(next: typeof editing) {
    serverErrors.clear();
    setFormUnit(undefined);
    setEditing(next);
  }

  async function submit(values: EmployeeFormValues) {
    serverErrors.clear();
    const blankToNull = (v?: string) => (v?.trim() ? v.trim() : null);
    try {
      if (editing?.mode === 'edit') {
        await updateEmployee({
          variables: {
            id: editing.row.id,
            input: { name: values.name, email: blankToNull(values.email), phone: blankToNull(values.phone), hireDate: values.hireDate, status: values.status },
          },
        });
        void message.success(t('common.saved'));
      } else {
        await createEmployee({
          variables: {
            input: {
              name: values.name.trim(),
              employeeNo: values.employeeNo.trim(),
              unitId: values.unitId,
              positionId: values.positionId,
              email: blankToNull(values.email),
              phone: blankToNull(values.phone),
              hireDate: values.hireDate,
            },
          },
        });
        void message.success(t('employee.created'));
      }
      setEditing(null);
      void actionRef.current?.reload();
    } catch (error) {
      serverErrors.capture(error);
    }
  }

  const columns: ProColumns<Row>[] = [
    { title: t('common.search'), dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: t('employee.searchPlaceholder') } },
    { title: t('employee.employeeNo'), dataIndex: 'employeeNo', search: false, width: 110 },
    { title: t('employee.name'), dataIndex: 'name', search: false, render: (_, row) => <Link to={`/employees/${row.id}`}>{row.name}</Link> },
    {
      title: t('employee.unit'),
      dataIndex: 'unitId',
      valueType: 'treeSelect',
      fieldProps: { treeData: units, showSearch: true, treeNodeFilterProp: 'path', 'aria-label': t('employee.unit') },
      render: (_, row) => pick(row.unit.name, row.unit.nameEn),
    },
    {
      title: t('employee.position'),
      dataIndex: 'positionId',
      valueType: 'select',
      fieldProps: { options: positionFilter, showSearch: true, optionFilterProp: 'label', 'aria-label': t('employee.position') },
      render: (_, row) => pick(row.position.title, row.position.titleEn),
    },
    {
      title: t('employee.status'),
      dataIndex: 'status',
      valueType: 'select',
      fieldProps: {
        options: (['ACTIVE', 'ON_LEAVE', 'INACTIVE'] as const).map((s) => ({ value: s, label: t(`status.${s}`) })),
        'aria-label': t('employee.status'),
      },
      render: (_, row) => <ToneTag tone={EMPLOYEE_STATUS_TONE[row.status]}>{t(`status.${row.status}`)}</ToneTag>,
    },
    { title: t('employee.email'), dataIndex: 'email', search: false, copyable: false, render: (_, row) => row.email ?? '—' },
    { title: t('employee.phone'), dataIndex: 'phone', search: false, render: (_, row) => row.phone ?? '—' },
    { title: t('employee.hireDate'), dataIndex: 'hireDate', search: false, width: 110 },
    {
      title: t('common.actions'),
      valueType: 'option',
      hideInTable: !canManage,
      render: (_, row) => [
        <Button key="edit" type="link" size="small" onClick={() => open({ mode: 'edit', row })}>
          {t('common.edit')}
        </Button>,
      ],
    },
  ];

  return (
    <PageContainer title={t('employee.title')}>
      <ProTable<Row, Filters>
        rowKey="id"
        actionRef={actionRef}
        columns={columns}
        cardBordered
        options={{ reload: true, density: false, setting: false }}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        request={async (params) => {
          const first = params.pageSize ?? 20;
          const { data } = await client.query({
            query: EmployeesDocument,
            fetchPolicy: 'network-only',
            variables: {
              search: params.keyword?.trim() || null,
              unitId: params.unitId || null,
              positionId: params.positionId || null,
              status: params.status ? [params.status] : null,
              first,
              offset: ((params.current ?? 1) - 1) * first,
            },
          });
          return { data: data?.employees.nodes ?? [], total: data?.employees.totalCount ?? 0, success: !!data };
        }}
        toolBarRender={() =>
          canManage
            ? [
                <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => open({ mode: 'create' })} data-testid="new-employee">
                  {t('employee.new')}
                </Button>,
              ]
            : []
        }
      />
      <EmployeeForm
        mode={editing?.mode ?? 'create'}
        open={!!editing}
        initialValues={initialValues}
        units={units}
        positions={positionOptions}
        positionsLoading={unitPositions.loading}
        errors={serverErrors.errors}
        formError={serverErrors.formError}
        loading={created.loading || updated.loading}
        onUnitChange={setFormUnit}
        onSubmit={(v) => void submit(v)}
        onCancel={() => setEditing(null)}
      />
    </PageContainer>
  );
}
