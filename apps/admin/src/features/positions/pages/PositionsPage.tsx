import { useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { PageContainer } from '@ant-design/pro-components';
import { App, Button, Card, Flex, Popconfirm, Switch, Table, TreeSelect, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { PositionsQuery } from '../../../gql/graphql';
import { PageError, ToneTag } from '../../../shared/components';
import { errorMessage } from '../../../shared/apollo';
import { useServerErrors } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { useViewer } from '../../../app/session';
import { canAccess } from '../../../app/access';
import { OrgChartDocument, unitOptions } from '../../org';
import { ArchivePositionDocument, CreatePositionDocument, PositionsDocument, UpdatePositionDocument } from '../graphql/positions.operations';
import { JobDescription } from '../components/JobDescription';
import { PositionForm, type PositionFormValues } from '../components/PositionForm';

type Position = PositionsQuery['positions'][number];

const vacanciesOf = (p: Position) => Math.max(0, p.plannedHeadcount - p.holders.length);

const blankToNull = (v?: string | null) => (v?.trim() ? v.trim() : null);

export default function PositionsPage() {
  const { t, pick, locale } = useI18n();
  const { message } = App.useApp();
  const viewer = useViewer();
  const canManage = canAccess(viewer.permissions, 'ManagePosition');
  const [unitId, setUnitId] = useState<string | undefined>();
  const [onlyVacant, setOnlyVacant] = useState(false);
  const chart = useQuery(OrgChartDocument);
  const units = useMemo(() => unitOptions(chart.data?.orgChart.nodes ?? [], pick), [chart.data, pick]);
  const { data, loading, error, refetch } = useQuery(PositionsDocument, { variables: { unitId: unitId ?? null } });
  const rows = useMemo(() => (data?.positions ?? []).filter((p) => !onlyVacant || vacanciesOf(p) > 0), [data, onlyVacant]);

  const [editing, setEditing] = useState<{ mode: 'create' } | { mode: 'edit'; position: Position } | null>(null);
  const serverErrors = useServerErrors();
  const [createPosition, created] = useMutation(CreatePositionDocument);
  const [updatePosition, updated] = useMutation(UpdatePositionDocument);
  const [archivePosition] = useMutation(ArchivePositionDocument);
  // Any position may be a superior, whatever the table's filter; the server refuses cycles.
  const everyPosition = useQuery(PositionsDocument, { variables: { unitId: null }, skip: !editing });
  const superiors = useMemo(
    () =>
      (everyPosition.data?.positions ?? [])
        .filter((p) => editing?.mode !== 'edit' || p.id !== editing.position.id)
        .map((p) => ({ value: p.id, label: `${pick(p.title, p.titleEn)} · ${pick(p.unit.name, p.unit.nameEn)}` })),
    [everyPosition.data, editing, pick],
  );
  const initialValues = useMemo<Partial<PositionFormValues> | undefined>(() => {
    if (editing?.mode !== 'edit') return unitId ? { unitId } : undefined;
    const p = editing.position;
    return {
      code: p.code,
      title: p.title,
      titleEn: p.titleEn ?? undefined,
      unitId: p.unit.id,
      superiorId: p.superior?.id ?? null,
      plannedHeadcount: p.plannedHeadcount,
      isHead: p.isHead,
      summary: p.summary,
      duties: [...p.duties],
    };
  }, [editing, unitId]);

  function open(next: typeof editing) {
    serverErrors.clear();
    setEditing(next);
  }

  async function submit(values: PositionFormValues) {
    serverErrors.clear();
    const common = {
      title: values.title.trim(),
      titleEn: blankToNull(values.titleEn),
      superiorId: values.superiorId ?? null,
      plannedHeadcount: values.plannedHeadcount,
      isHead: values.isHead,
      summary: values.summary?.trim() ?? '',
      duties: (values.duties ?? []).map((d) => d.trim()).filter(Boolean),
    };
    try {
      if (editing?.mode === 'edit') {
        await updatePosition({ variables: { id: editing.position.id, input: { ...common, code: values.code.trim() } } });
      } else {
        await createPosition({ variables: { input: { ...common, code: values.code.trim(), unitId: values.unitId } } });
      }
      void message.success(t(editing?.mode === 'edit' ? 'common.saved' : 'position.created'));
      // A new position lands somewhere in a long list; showing its unit puts it in view.
      if (editing?.mode !== 'edit') setUnitId(values.unitId);
      setEditing(null);
      void refetch();
    } catch (e) {
      serverErrors.capture(e);
    }
  }

  async function archive(p: Position) {
    try {
      await archivePosition({ variables: { id: p.id } });
      void message.success(t('position.archived'));
      void refetch();
    } catch (e) {
      // A held position is refused (HAS_HOLDERS); the count stays up long enough to read.
      void message.error({ content: errorMessage(e, locale), duration: 8 });
    }
  }

  if (error && !data) return <PageError error={error} onRetry={() => void refetch()} />;

  return (
    <PageContainer
      title={t('position.title')}
      extra={
        canManage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => open({ mode: 'create' })} data-testid="new-position">
            {t('position.new')}
          </Button>
        ) : null
      }
    >
      <Card>
        <Flex gap={16} wrap align="center" style={{ marginBottom: 16 }}>
          <TreeSelect
            aria-label={t('position.filterUnit')}
            placeholder={t('position.filterUnit')}
            allowClear
            showSearch
            treeNodeFilterProp="path"
            style={{ minWidth: 280 }}
            treeData={units}
            value={unitId}
            onChange={(v?: string) => setUnitId(v)}
          />
          <label>
            <Flex gap={8} align="center">
              <Switch checked={onlyVacant} onChange={setOnlyVacant} />
              {t('position.onlyVacant')}
            </Flex>
          </label>
        </Flex>
        <Table<Position>
          rowKey="id"
          loading={loading}
          dataSource={rows}
          pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (n) => t('common.total', { n }) }}
          expandable={{ expandedRowRender: (p) => <JobDescription position={p} /> }}
          columns={[
            {
              title: t('position.name'),
              key: 'title',
              render: (_, p) => (
                <Flex gap={4} align="center">
                  <Typography.Text>{pick(p.title, p.titleEn)}</Typography.Text>
                  {p.isHead ? <ToneTag tone="info">{t('position.isHead')}</ToneTag> : null}
                </Flex>
              ),
            },
            { title: t('position.unit'), key: 'unit', render: (_, p) => pick(p.unit.name, p.unit.nameEn) },
            { title: t('position.superior'), key: 'superior', render: (_, p) => (p.superior ? pick(p.superior.title, p.superior.titleEn) : '—') },
            { title: t('position.planned'), dataIndex: 'plannedHeadcount', align: 'right' },
            { title: t('position.holders'), key: 'holders', align: 'right', render: (_, p) => p.holders.length },
            {
              title: t('position.vacancies'),
              key: 'vacancies',
              align: 'right',
              render: (_, p) => (vacanciesOf(p) > 0 ? <ToneTag tone="warning">{vacanciesOf(p)}</ToneTag> : 0),
            },
            ...(canManage
              ? [
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    render: (_: unknown, p: Position) => (
                      <Flex gap={4}>
                        <Button type="link" size="small" onClick={() => open({ mode: 'edit', position: p })} data-testid={`edit-position-${p.code}`}>
                          {t('common.edit')}
                        </Button>
                        <Popconfirm
                          title={t('position.confirmArchive', { name: pick(p.title, p.titleEn) })}
                          okText={t('common.yes')}
                          cancelText={t('common.no')}
                          okButtonProps={{ danger: true }}
                          onConfirm={() => archive(p)}
                        >
                          <Button type="link" size="small" danger data-testid={`archive-position-${p.code}`}>
                            {t('position.archive')}
                          </Button>
                        </Popconfirm>
                      </Flex>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {canManage ? (
        <PositionForm
          mode={editing?.mode ?? 'create'}
          open={!!editing}
          initialValues={initialValues}
          units={units}
          superiors={superiors}
          errors={serverErrors.errors}
          formError={serverErrors.formError}
          loading={created.loading || updated.loading}
          onSubmit={(v) => void submit(v)}
          onCancel={() => setEditing(null)}
        />
      ) : null}
    </PageContainer>
  );
}
