import { Card, DatePicker, Form, Radio, Select, TreeSelect } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { UnitOption } from '../../../org';
import { useI18n } from '../../../../shared/i18n';
import { MAX_MONTHS, type DashboardFilter } from '../../dashboardFilters';

interface Props {
  filter: DashboardFilter;
  /** YYYY-MM-DD in the company's calendar. */
  today: string;
  units: readonly UnitOption[];
  templates: readonly { value: string; label: string }[];
  onChange: (filter: DashboardFilter) => void;
}

const YEARS_BACK = 5;

/** The dashboard's period (a year or a run of months), unit subtree and template. */
export function DashboardFilters({ filter, today, units, templates, onChange }: Props) {
  const { t } = useI18n();
  const thisYear = Number(today.slice(0, 4));
  const { period } = filter;
  const set = (patch: Partial<DashboardFilter>) => onChange({ ...filter, ...patch });
  const months = period.kind === 'months' ? ([dayjs(`${period.from}-01`), dayjs(`${period.to}-01`)] as const) : null;
  const years = Array.from({ length: YEARS_BACK }, (_, i) => thisYear - i);
  if (period.kind === 'year' && !years.includes(period.year)) years.push(period.year);

  return (
    <Card size="small">
      <Form layout="inline" name="satFilters" style={{ rowGap: 12 }}>
        <Form.Item label={t('satDash.period')}>
          <Radio.Group
            optionType="button"
            aria-label={t('satDash.period')}
            value={period.kind}
            data-testid="sat-period-kind"
            onChange={(e) =>
              set({
                period:
                  e.target.value === 'year'
                    ? { kind: 'year', year: thisYear }
                    : { kind: 'months', from: dayjs(today).subtract(11, 'month').format('YYYY-MM'), to: today.slice(0, 7) },
              })
            }
            options={[
              { value: 'year', label: t('satDash.byYear') },
              { value: 'months', label: t('satDash.byMonths') },
            ]}
          />
        </Form.Item>
        {period.kind === 'year' ? (
          <Form.Item label={t('satDash.year')} htmlFor="satFilters_year">
            <Select<number>
              id="satFilters_year"
              value={period.year}
              onChange={(year) => set({ period: { kind: 'year', year } })}
              style={{ width: 110 }}
              options={years.sort((a, b) => b - a).map((y) => ({ value: y, label: String(y) }))}
            />
          </Form.Item>
        ) : (
          <Form.Item label={t('satDash.months')} htmlFor="satFilters_months">
            <DatePicker.RangePicker
              id="satFilters_months"
              picker="month"
              allowClear={false}
              value={months ? [months[0], months[1]] : undefined}
              disabledDate={(d: Dayjs, info?: { from?: Dayjs }) => (info?.from ? Math.abs(d.diff(info.from, 'month')) >= MAX_MONTHS : false)}
              onChange={(v) => {
                if (v?.[0] && v[1]) set({ period: { kind: 'months', from: v[0].format('YYYY-MM'), to: v[1].format('YYYY-MM') } });
              }}
            />
          </Form.Item>
        )}
        <Form.Item label={t('sat.dimension.UNIT')} htmlFor="satFilters_unitId">
          <TreeSelect
            id="satFilters_unitId"
            allowClear
            showSearch
            treeNodeFilterProp="path"
            treeData={[...units]}
            value={filter.unitId ?? undefined}
            onChange={(v?: string) => set({ unitId: v ?? null })}
            style={{ width: 260 }}
            placeholder={t('satDash.allUnits')}
          />
        </Form.Item>
        <Form.Item label={t('satDash.template')} htmlFor="satFilters_templateId">
          <Select<string>
            id="satFilters_templateId"
            allowClear
            value={filter.templateId ?? undefined}
            onChange={(v?: string) => set({ templateId: v ?? null })}
            style={{ width: 240 }}
            placeholder={t('satDash.allTemplates')}
            options={[...templates]}
          />
        </Form.Item>
      </Form>
    </Card>
  );
}
