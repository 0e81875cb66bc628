import { Form, Input, Select, Switch, TreeSelect } from 'antd';
import type { Severity, SlaState, TicketKind, TicketStatus } from '../../../gql/graphql';
import { SearchSelect, type SearchSource } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';
import type { UnitOption } from '../../org';
import { SEVERITIES, TICKET_KINDS, TICKET_STATUSES } from '../constants';
import { QUEUE_SLA_STATES } from '../sla';

export interface QueueFilterValues {
  search?: string;
  kind?: TicketKind[];
  status?: TicketStatus[];
  severity?: Severity[];
  unitId?: string | null;
  /** Any assignee within reach (the server filters by reach first). */
  assigneeId?: string | null;
  /** How the picked assignee is shown once the search that found them is gone. */
  assigneeLabel?: string | null;
  /** Where the SLA clock stands now, as the badges show it (R-SVC-10). */
  sla?: SlaState[];
  /** Only cases with a breach recorded, even if answered or resolved since. */
  breached?: boolean;
  mine?: boolean;
}

interface Props {
  values: QueueFilterValues;
  units: UnitOption[];
  /** Employees to filter by; absent for a viewer who may not look staff up. */
  assignees?: SearchSource;
  /** Only an employee has cases of their own. */
  canFilterMine: boolean;
  onChange: (values: QueueFilterValues) => void;
}

/** The queue's filters; every change goes to the server, which pages and counts. */
export function QueueFilters({ values, units, assignees, canFilterMine, onChange }: Props) {
  const { t } = useI18n();
  const set = (patch: Partial<QueueFilterValues>) => onChange({ ...values, ...patch });
  return (
    <Form layout="inline" name="queueFilters" style={{ rowGap: 12 }}>
      <Form.Item label={t('common.search')} htmlFor="queueFilters_search">
        <Input.Search
          id="queueFilters_search"
          allowClear
          defaultValue={values.search}
          placeholder={t('sd.queue.searchPlaceholder')}
          onSearch={(search) => set({ search })}
          style={{ width: 240 }}
        />
      </Form.Item>
      <Form.Item label={t('sd.kind')} htmlFor="queueFilters_kind">
        <Select<TicketKind[]>
          id="queueFilters_kind"
          mode="multiple"
          allowClear
          value={values.kind ?? []}
          onChange={(kind) => set({ kind })}
          options={TICKET_KINDS.map((k) => ({ value: k, label: t(`sd.kind.${k}`) }))}
          style={{ minWidth: 180 }}
          placeholder={t('sd.queue.any')}
        />
      </Form.Item>
      <Form.Item label={t('common.status')} htmlFor="queueFilters_status">
        <Select<TicketStatus[]>
          id="queueFilters_status"
          mode="multiple"
          allowClear
          value={values.status ?? []}
          onChange={(status) => set({ status })}
          options={TICKET_STATUSES.map((s) => ({ value: s, label: t(`sd.status.${s}`) }))}
          style={{ minWidth: 220 }}
          placeholder={t('sd.queue.any')}
        />
      </Form.Item>
      <Form.Item label={t('sd.severity')} htmlFor="queueFilters_severity">
        <Select<Severity[]>
          id="queueFilters_severity"
          mode="multiple"
          allowClear
          value={values.severity ?? []}
          onChange={(severity) => set({ severity })}
          options={SEVERITIES.map((s) => ({ value: s, label: t(`sd.severity.${s}`) }))}
          style={{ minWidth: 160 }}
          placeholder={t('sd.queue.any')}
        />
      </Form.Item>
      <Form.Item label={t('sd.unit')} htmlFor="queueFilters_unitId">
        <TreeSelect
          id="queueFilters_unitId"
          allowClear
          showSearch
          treeNodeFilterProp="path"
          treeData={units}
          value={values.unitId ?? undefined}
          onChange={(unitId?: string) => set({ unitId: unitId ?? null })}
          style={{ width: 220 }}
          placeholder={t('sd.queue.any')}
        />
      </Form.Item>
      {assignees ? (
        <Form.Item label={t('sd.assignee')} htmlFor="queueFilters_assigneeId">
          <SearchSelect
            id="queueFilters_assigneeId"
            source={assignees}
            allowClear
            disabled={!!values.mine}
            value={values.assigneeId ?? undefined}
            onChange={(assigneeId?: string, option?: unknown) =>
              set({ assigneeId: assigneeId ?? null, assigneeLabel: (option as { label?: string } | undefined)?.label ?? null })
            }
            style={{ width: 200 }}
            placeholder={t('sd.queue.any')}
          />
        </Form.Item>
      ) : null}
      <Form.Item label={t('sd.queue.sla')} htmlFor="queueFilters_sla">
        <Select<SlaState[]>
          id="queueFilters_sla"
          mode="multiple"
          allowClear
          value={values.sla ?? []}
          onChange={(sla) => set({ sla })}
          options={QUEUE_SLA_STATES.map((s) => ({ value: s, label: t(`sd.slaState.${s}`) }))}
          style={{ minWidth: 180 }}
          placeholder={t('sd.queue.any')}
        />
      </Form.Item>
      <Form.Item label={t('sd.queue.everBreached')} htmlFor="queueFilters_breached">
        <Switch id="queueFilters_breached" checked={!!values.breached} onChange={(breached) => set({ breached })} />
      </Form.Item>
      {canFilterMine ? (
        <Form.Item label={t('sd.queue.mine')} htmlFor="queueFilters_mine">
          {/* The API takes mine or an assignee, not both. */}
          <Switch id="queueFilters_mine" checked={!!values.mine} onChange={(mine) => set({ mine, assigneeId: mine ? null : values.assigneeId })} />
        </Form.Item>
      ) : null}
    </Form>
  );
}
