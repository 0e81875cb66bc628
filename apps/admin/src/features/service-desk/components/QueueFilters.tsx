import { Form, Input, Select, Switch, TreeSelect } from 'antd';
import type { TicketKind, TicketStatus } from '../../../gql/graphql';
import { useI18n } from '../../../shared/i18n';
import type { UnitOption } from '../../org';
import { TICKET_KINDS, TICKET_STATUSES } from '../constants';

export interface QueueFilterValues {
  search?: string;
  kind?: TicketKind[];
  status?: TicketStatus[];
  unitId?: string | null;
  /** Only cases past an SLA target. */
  breached?: boolean;
  mine?: boolean;
}

interface Props {
  values: QueueFilterValues;
  units: UnitOption[];
  /** Only an employee has cases of their own. */
  canFilterMine: boolean;
  onChange: (values: QueueFilterValues) => void;
}

/** The queue's filters; every change goes to the server, which pages and counts. */
export function QueueFilters({ values, units, canFilterMine, onChange }: Props) {
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
      <Form.Item label={t('sd.queue.sla')} htmlFor="queueFilters_sla">
        <Select<'all' | 'breached'>
          id="queueFilters_sla"
          value={values.breached ? 'breached' : 'all'}
          onChange={(v) => set({ breached: v === 'breached' })}
          options={[
            { value: 'all', label: t('sd.queue.slaAll') },
            { value: 'breached', label: t('sd.queue.slaBreached') },
          ]}
          style={{ width: 140 }}
        />
      </Form.Item>
      {canFilterMine ? (
        <Form.Item label={t('sd.queue.mine')} htmlFor="queueFilters_mine">
          <Switch id="queueFilters_mine" checked={!!values.mine} onChange={(mine) => set({ mine })} />
        </Form.Item>
      ) : null}
    </Form>
  );
}
