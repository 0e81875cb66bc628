import { CloseOutlined } from '@ant-design/icons';
import { Button, Space, Tag, Typography } from 'antd';
import type { SatisfactionLevel, SurveyChannel, SurveySource } from '../../../../gql/graphql';
import { useI18n, type MessageKey } from '../../../../shared/i18n';
import { activeFilters, type Filter, type ResponseFilterKey } from '../../responses-filter';

type Named = 'unitId' | 'stationId' | 'templateId' | 'agentId' | 'customerId' | 'itemKey';

interface Props {
  filter: Filter;
  /** Names for the ids a drill-down link carries, as far as the page knows them. */
  names: Partial<Record<Named, string>>;
  onRemove: (key: ResponseFilterKey) => void;
  onClear: () => void;
}

const FIELD_LABEL: Record<ResponseFilterKey, MessageKey> = {
  month: 'sat.dimension.MONTH',
  from: 'surveyResp.filter.from',
  to: 'surveyResp.filter.to',
  unitId: 'sat.dimension.UNIT',
  stationId: 'sat.dimension.STATION',
  templateId: 'surveyResp.filter.template',
  agentId: 'sat.dimension.AGENT',
  customerId: 'surveyResp.filter.customer',
  channel: 'sat.dimension.CHANNEL',
  source: 'sat.dimension.SOURCE',
  itemKey: 'sat.dimension.ITEM',
  level: 'surveyResp.filter.level',
  satisfied: 'surveyResp.filter.satisfied',
  dissatisfied: 'surveyResp.filter.dissatisfiedTag',
  withComments: 'surveyResp.filter.withCommentsTag',
  complete: 'surveyResp.filter.complete',
};

/** Every filter in force, drill-down ones included, each removable on its own. */
export function ActiveFilterTags({ filter, names, onRemove, onClear }: Props) {
  const { t } = useI18n();
  const tags = activeFilters(filter);
  if (!tags.length) return null;

  const tag = (field: string, value: string) => t('surveyResp.list.tag', { field, value });
  const text = (key: ResponseFilterKey, value: string | boolean): string => {
    switch (key) {
      case 'dissatisfied':
      case 'withComments':
        return t(FIELD_LABEL[key]);
      case 'satisfied':
        return t(value ? 'surveyResp.filter.satisfied.true' : 'surveyResp.filter.satisfied.false');
      case 'complete':
        return t(value ? 'surveyResp.filter.complete.true' : 'surveyResp.filter.complete.false');
      case 'channel':
        return tag(t(FIELD_LABEL[key]), t(`sat.channel.${value as SurveyChannel}`));
      case 'source':
        return tag(t(FIELD_LABEL[key]), t(`sat.source.${value as SurveySource}`));
      case 'level':
        return tag(t(filter.itemKey ? 'surveyResp.filter.level' : 'surveyResp.filter.overallLevel'), t(`sat.level.${value as SatisfactionLevel}`));
      case 'unitId':
      case 'stationId':
      case 'templateId':
      case 'agentId':
      case 'customerId':
      case 'itemKey':
        return tag(t(FIELD_LABEL[key]), names[key] ?? String(value));
      default:
        return tag(t(FIELD_LABEL[key]), String(value));
    }
  };

  return (
    <Space wrap size={[4, 8]} data-testid="response-filter-tags">
      <Typography.Text type="secondary">{t('surveyResp.list.active')}</Typography.Text>
      {tags.map(({ key, value }) => {
        const label = text(key, value);
        return (
          <Tag key={key} data-testid={`filter-tag-${key}`} style={{ fontSize: 14, color: 'rgba(0, 0, 0, 0.88)', paddingInlineEnd: 0 }}>
            {label}
            {/* A real button, so the filter can be removed from the keyboard too. */}
            <Button
              type="text"
              size="small"
              icon={<CloseOutlined />}
              aria-label={t('surveyResp.list.removeFilter', { what: label })}
              onClick={() => onRemove(key)}
              data-testid={`filter-remove-${key}`}
              style={{ height: 20, width: 24, marginInlineStart: 2 }}
            />
          </Tag>
        );
      })}
      <Button type="link" size="small" onClick={onClear} data-testid="filter-clear">
        {t('surveyResp.list.clearAll')}
      </Button>
    </Space>
  );
}
