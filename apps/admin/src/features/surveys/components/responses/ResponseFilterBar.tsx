import { DatePicker, Form, Select, Switch, TreeSelect } from 'antd';
import dayjs from 'dayjs';
import type { SatisfactionLevel, SurveyChannel, SurveySource } from '../../../../gql/graphql';
import { useI18n } from '../../../../shared/i18n';
import type { UnitOption } from '../../../org';
import { LEVELS } from '../../levels';
import { CHANNELS, SOURCES, type Filter } from '../../responses-filter';

interface Props {
  filter: Filter;
  /** Absent for a reader who may not see the org chart: the unit then comes from links only. */
  units?: UnitOption[];
  /** Every template, inactive ones too: their forms stay in the list. */
  templates?: { value: string; label: string; active: boolean }[];
  onChange: (patch: Filter) => void;
}

const bool = (v: boolean | undefined) => (v === undefined ? undefined : String(v));

/** The forms list's filters; each change rewrites the URL, which the list reads. */
export function ResponseFilterBar({ filter, units, templates, onChange }: Props) {
  const { t } = useI18n();
  const any = t('surveyResp.list.any');
  return (
    <Form layout="inline" name="responseFilters" style={{ rowGap: 12 }}>
      <Form.Item label={t('surveyResp.list.period')} htmlFor="responseFilters_period">
        <DatePicker.RangePicker
          id="responseFilters_period"
          allowEmpty={[true, true]}
          value={[filter.from ? dayjs(filter.from) : null, filter.to ? dayjs(filter.to) : null]}
          onChange={(v) => onChange({ from: v?.[0]?.format('YYYY-MM-DD'), to: v?.[1]?.format('YYYY-MM-DD') })}
        />
      </Form.Item>
      {units ? (
        <Form.Item label={t('sat.dimension.UNIT')} htmlFor="responseFilters_unitId">
          <TreeSelect
            id="responseFilters_unitId"
            allowClear
            showSearch
            treeNodeFilterProp="path"
            treeData={units}
            value={filter.unitId}
            onChange={(unitId?: string) => onChange({ unitId })}
            style={{ width: 220 }}
            placeholder={any}
          />
        </Form.Item>
      ) : null}
      {templates ? (
        <Form.Item label={t('surveyResp.filter.template')} htmlFor="responseFilters_templateId">
          <Select<string>
            id="responseFilters_templateId"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            value={filter.templateId}
            onChange={(templateId?: string) => onChange({ templateId })}
            options={[...templates]
              .sort((a, b) => Number(b.active) - Number(a.active))
              .map((x) => ({ value: x.value, label: x.active ? x.label : `${x.label} (${t('surveyTpl.inactive')})` }))}
            style={{ width: 220 }}
            placeholder={any}
          />
        </Form.Item>
      ) : null}
      <Form.Item label={t('sat.dimension.CHANNEL')} htmlFor="responseFilters_channel">
        <Select<SurveyChannel>
          id="responseFilters_channel"
          allowClear
          value={filter.channel}
          onChange={(channel) => onChange({ channel })}
          options={CHANNELS.map((c) => ({ value: c, label: t(`sat.channel.${c}`) }))}
          style={{ width: 120 }}
          placeholder={any}
        />
      </Form.Item>
      <Form.Item label={t('sat.dimension.SOURCE')} htmlFor="responseFilters_source">
        <Select<SurveySource>
          id="responseFilters_source"
          allowClear
          value={filter.source}
          onChange={(source) => onChange({ source })}
          options={SOURCES.map((s) => ({ value: s, label: t(`sat.source.${s}`) }))}
          style={{ width: 180 }}
          placeholder={any}
        />
      </Form.Item>
      <Form.Item label={filter.itemKey ? t('surveyResp.filter.level') : t('surveyResp.filter.overallLevel')} htmlFor="responseFilters_level">
        <Select<SatisfactionLevel>
          id="responseFilters_level"
          allowClear
          value={filter.level}
          onChange={(level) => onChange({ level })}
          options={LEVELS.map((l) => ({ value: l, label: t(`sat.level.${l}`) }))}
          style={{ width: 140 }}
          placeholder={any}
        />
      </Form.Item>
      <Form.Item label={t('surveyResp.filter.satisfied')} htmlFor="responseFilters_satisfied">
        <Select<string>
          id="responseFilters_satisfied"
          allowClear
          value={bool(filter.satisfied)}
          onChange={(v?: string) => onChange({ satisfied: v === undefined ? undefined : v === 'true' })}
          options={[
            { value: 'true', label: t('surveyResp.filter.satisfied.true') },
            { value: 'false', label: t('surveyResp.filter.satisfied.false') },
          ]}
          style={{ width: 180 }}
          placeholder={any}
        />
      </Form.Item>
      <Form.Item label={t('surveyResp.filter.complete')} htmlFor="responseFilters_complete">
        <Select<string>
          id="responseFilters_complete"
          allowClear
          value={bool(filter.complete)}
          onChange={(v?: string) => onChange({ complete: v === undefined ? undefined : v === 'true' })}
          options={[
            { value: 'true', label: t('surveyResp.filter.complete.true') },
            { value: 'false', label: t('surveyResp.filter.complete.false') },
          ]}
          style={{ width: 220 }}
          placeholder={any}
        />
      </Form.Item>
      <Form.Item label={t('surveyResp.filter.dissatisfied')} htmlFor="responseFilters_dissatisfied">
        <Switch id="responseFilters_dissatisfied" checked={!!filter.dissatisfied} onChange={(on) => onChange({ dissatisfied: on || undefined })} />
      </Form.Item>
      <Form.Item label={t('surveyResp.filter.withComments')} htmlFor="responseFilters_withComments">
        <Switch id="responseFilters_withComments" checked={!!filter.withComments} onChange={(on) => onChange({ withComments: on || undefined })} />
      </Form.Item>
    </Form>
  );
}
