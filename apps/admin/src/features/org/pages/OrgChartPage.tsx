import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { PageContainer } from '@ant-design/pro-components';
import { App, Button, Card, Col, Empty, Popconfirm, Row, Space } from 'antd';
import { DeleteOutlined, DragOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { PageError, PageLoading } from '../../../shared/components';
import { errorMessage } from '../../../shared/apollo';
import { useServerErrors } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { useViewer } from '../../../app/session';
import { canAccess } from '../../../app/access';
import { useEmployeeSearch } from '../../employees';
import {
  ArchiveOrgUnitDocument,
  CreateOrgUnitDocument,
  MoveOrgUnitDocument,
  OrgChartDocument,
  UnitEmployeesDocument,
  UpdateOrgUnitDocument,
} from '../graphql/org.operations';
import { OrgTree } from '../components/OrgTree';
import { UnitDetails } from '../components/UnitDetails';
import { UnitForm, type UnitFormValues } from '../components/UnitForm';
import { MoveUnitForm, type MoveUnitValues } from '../components/MoveUnitForm';
import { unitOptions } from '../tree';

type Dialog = 'create' | 'edit' | 'move' | null;

const blankToNull = (v?: string | null) => (v?.trim() ? v.trim() : null);

export default function OrgChartPage() {
  const { t, pick, locale } = useI18n();
  const { message } = App.useApp();
  const viewer = useViewer();
  const canManage = canAccess(viewer.permissions, 'ManageOrgUnit');
  // The selected unit lives in the URL so a link or a reload lands on the same unit.
  const [params, setParams] = useSearchParams();
  const [paging, setPaging] = useState({ page: 1, pageSize: 10 });
  const chart = useQuery(OrgChartDocument);
  const nodes = useMemo(() => chart.data?.orgChart.nodes ?? [], [chart.data]);
  const selectedId = params.get('unit') ?? nodes[0]?.id ?? null;
  const selected = nodes.find((n) => n.id === selectedId) ?? null;
  const subUnits = useMemo(() => nodes.filter((n) => n.parentId === selectedId), [nodes, selectedId]);
  const units = useMemo(() => unitOptions(nodes, pick), [nodes, pick]);

  const employees = useQuery(UnitEmployeesDocument, {
    variables: { id: selectedId ?? '', first: paging.pageSize, offset: (paging.page - 1) * paging.pageSize },
    skip: !selectedId,
  });

  const [dialog, setDialog] = useState<Dialog>(null);
  const serverErrors = useServerErrors();
  const [createUnit, created] = useMutation(CreateOrgUnitDocument);
  const [updateUnit, updated] = useMutation(UpdateOrgUnitDocument);
  const [moveUnit, moved] = useMutation(MoveOrgUnitDocument);
  const [archiveUnit, archived] = useMutation(ArchiveOrgUnitDocument);

  // The server accepts as head someone of the unit itself or of its parent: for a new unit
  // that is the selected unit's people, for an existing one its parent's subtree.
  const headScope = dialog === 'create' ? selected?.id : (selected?.parentId ?? selected?.id);
  const heads = useEmployeeSearch({
    unitId: headScope,
    status: ['ACTIVE', 'ON_LEAVE'],
    current: dialog === 'edit' ? selected?.head : null,
    skip: dialog !== 'create' && dialog !== 'edit',
  });

  const editValues = useMemo<Partial<UnitFormValues> | undefined>(
    () =>
      dialog === 'edit' && selected
        ? { code: selected.code, name: selected.name, nameEn: selected.nameEn ?? undefined, kind: selected.kind, function: selected.function, headId: selected.head?.id ?? null }
        : undefined,
    [dialog, selected],
  );

  function select(id: string) {
    setPaging((p) => ({ ...p, page: 1 }));
    setParams({ unit: id });
  }

  function open(next: Dialog) {
    serverErrors.clear();
    setDialog(next);
  }

  async function submitUnit(values: UnitFormValues) {
    if (!selected) return;
    serverErrors.clear();
    const fields = {
      code: values.code.trim(),
      name: values.name.trim(),
      nameEn: blankToNull(values.nameEn),
      kind: values.kind,
      function: values.function ?? null,
      headId: values.headId ?? null,
    };
    try {
      if (dialog === 'edit') {
        await updateUnit({ variables: { id: selected.id, input: fields } });
        void message.success(t('common.saved'));
        setDialog(null);
        await chart.refetch();
      } else {
        const { data } = await createUnit({ variables: { input: { ...fields, parentId: selected.id } } });
        void message.success(t('org.created'));
        setDialog(null);
        await chart.refetch();
        if (data) select(data.createOrgUnit.id);
      }
    } catch (error) {
      serverErrors.capture(error);
    }
  }

  async function submitMove(values: MoveUnitValues) {
    if (!selected) return;
    serverErrors.clear();
    try {
      await moveUnit({ variables: { id: selected.id, newParentId: values.newParentId } });
      void message.success(t('org.moved'));
      setDialog(null);
      await chart.refetch();
    } catch (error) {
      serverErrors.capture(error);
    }
  }

  async function archive() {
    if (!selected) return;
    try {
      await archiveUnit({ variables: { id: selected.id } });
      void message.success(t('org.archived'));
      await chart.refetch();
      if (selected.parentId) select(selected.parentId);
    } catch (error) {
      // CONFLICT says what still keeps the unit alive (staff, live sub-units); it stays up long enough to read.
      void message.error({ content: errorMessage(error, locale), duration: 8 });
    }
  }

  if (chart.error && !chart.data) return <PageError error={chart.error} onRetry={() => void chart.refetch()} />;

  const isRoot = !!selected && !selected.parentId;
  const actions =
    canManage && selected ? (
      <Space wrap>
        <Button icon={<PlusOutlined />} onClick={() => open('create')} data-testid="unit-new">
          {t('org.newSubUnit')}
        </Button>
        <Button icon={<EditOutlined />} onClick={() => open('edit')} data-testid="unit-edit">
          {t('common.edit')}
        </Button>
        {isRoot ? null : (
          <>
            <Button icon={<DragOutlined />} onClick={() => open('move')} data-testid="unit-move">
              {t('org.move')}
            </Button>
            <Popconfirm
              title={t('org.confirmArchive', { name: pick(selected.name, selected.nameEn) })}
              okText={t('common.yes')}
              cancelText={t('common.no')}
              okButtonProps={{ danger: true }}
              onConfirm={() => archive()}
            >
              <Button danger icon={<DeleteOutlined />} loading={archived.loading} data-testid="unit-archive">
                {t('org.archive')}
              </Button>
            </Popconfirm>
          </>
        )}
      </Space>
    ) : null;

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
                actions={actions}
              />
            ) : (
              <Empty description={t('org.selectUnit')} />
            )}
          </Col>
        </Row>
      )}
      {canManage && selected ? (
        <>
          <UnitForm
            mode={dialog === 'edit' ? 'edit' : 'create'}
            open={dialog === 'create' || dialog === 'edit'}
            context={pick(selected.name, selected.nameEn)}
            initialValues={editValues}
            isRoot={dialog === 'edit' && isRoot}
            heads={heads}
            errors={serverErrors.errors}
            formError={serverErrors.formError}
            loading={created.loading || updated.loading}
            onSubmit={(v) => void submitUnit(v)}
            onCancel={() => setDialog(null)}
          />
          <MoveUnitForm
            open={dialog === 'move'}
            unitName={pick(selected.name, selected.nameEn)}
            currentParentId={selected.parentId ?? null}
            units={units}
            errors={serverErrors.errors}
            formError={serverErrors.formError}
            loading={moved.loading}
            onSubmit={(v) => void submitMove(v)}
            onCancel={() => setDialog(null)}
          />
        </>
      ) : null}
    </PageContainer>
  );
}
