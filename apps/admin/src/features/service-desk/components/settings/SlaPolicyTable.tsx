import { Button, Popconfirm, Space, Table, Tooltip } from 'antd';
import type { SlaPoliciesQuery } from '../../../../gql/graphql';
import { ToneTag } from '../../../../shared/components';
import { useI18n } from '../../../../shared/i18n';
import { SEVERITIES, SEVERITY_TONE, TICKET_KINDS } from '../../constants';
import { formatDuration } from './duration';

export type SlaPolicy = SlaPoliciesQuery['slaPolicies'][number];

interface Props {
  policies: readonly SlaPolicy[];
  /** Targets are company-wide: only a settings right reaching ALL changes them. */
  canEdit: boolean;
  onEdit: (policy: SlaPolicy) => void;
  onDelete: (policy: SlaPolicy) => void;
}

/** The order a reader looks for a target in: kind, then severity, then priority threshold. */
export function sortPolicies(policies: readonly SlaPolicy[]): SlaPolicy[] {
  const rank = (p: SlaPolicy) => [TICKET_KINDS.indexOf(p.kind), SEVERITIES.indexOf(p.severity), p.minPriority];
  return [...policies].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
  });
}

/** Every SLA target (R-SVC-10) in business hours and minutes; the base target of a kind and severity cannot be deleted. */
export function SlaPolicyTable({ policies, canEdit, onEdit, onDelete }: Props) {
  const { t } = useI18n();
  const words = { hm: t('sdSettings.durationHM'), h: t('sdSettings.durationH'), m: t('sdSettings.durationM') };
  const duration = (m: number) => formatDuration(m, words);
  return (
    <Table<SlaPolicy>
      rowKey="id"
      size="small"
      pagination={false}
      data-testid="sla-policies"
      dataSource={sortPolicies(policies)}
      columns={[
        { key: 'kind', title: t('sd.kind'), render: (_, p) => t(`sd.kind.${p.kind}`) },
        { key: 'severity', title: t('sd.severity'), render: (_, p) => <ToneTag tone={SEVERITY_TONE[p.severity]}>{t(`sd.severity.${p.severity}`)}</ToneTag> },
        { key: 'minPriority', title: t('sdSettings.minPriority'), align: 'right', render: (_, p) => (p.minPriority ? `≥ ${p.minPriority}` : t('sdSettings.base')) },
        { key: 'first', title: t('sd.target.FIRST_RESPONSE'), align: 'right', render: (_, p) => duration(p.firstResponseMinutes) },
        { key: 'update', title: t('sd.target.UPDATE'), align: 'right', render: (_, p) => duration(p.updateMinutes) },
        { key: 'resolution', title: t('sd.target.RESOLUTION'), align: 'right', render: (_, p) => duration(p.resolutionMinutes) },
        ...(canEdit
          ? [
              {
                key: 'actions',
                title: t('common.actions'),
                render: (_: unknown, p: SlaPolicy) => (
                  <Space size={0}>
                    <Button type="link" size="small" onClick={() => onEdit(p)}>
                      {t('common.edit')}
                    </Button>
                    {p.minPriority === 0 ? (
                      <Tooltip title={t('sdSettings.baseUndeletable')}>
                        <Button type="link" size="small" disabled>
                          {t('common.delete')}
                        </Button>
                      </Tooltip>
                    ) : (
                      <Popconfirm title={t('sdSettings.confirmDelete')} okText={t('common.delete')} cancelText={t('common.cancel')} onConfirm={() => onDelete(p)}>
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
  );
}
