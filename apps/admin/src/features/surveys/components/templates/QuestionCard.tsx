import { Button, Card, Checkbox, Col, Form, Input, Row, Select, Space } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import type { SurveyItemKind } from '../../../../gql/graphql';
import { ToneTag } from '../../../../shared/components';
import { useI18n } from '../../../../shared/i18n';
import { ITEM_KINDS, fieldId, keyFrom, withKind, type DraftItem } from '../../templates-draft';
import { TextsField } from './TextsField';

interface Props {
  item: DraftItem;
  index: number;
  count: number;
  /** The kind this key had in an earlier version: it cannot change (R-SAT-2). */
  earlierKind?: SurveyItemKind;
  errors: Readonly<Record<string, string>>;
  disabled?: boolean;
  onChange: (next: DraftItem) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}

/** One question of the draft: its key, kind, whether it must be answered, and its text in three languages. */
export function QuestionCard({ item, index, count, earlierKind, errors, disabled, onChange, onMove, onRemove }: Props) {
  const { t } = useI18n();
  const path = `items.${index}`;
  const n = index + 1;
  const titleId = `${fieldId(path)}-title`;
  const keyError = errors[`${path}.key`];
  const kindError = errors[`${path}.kind`];
  const overall = item.kind === 'OVERALL';

  return (
    <Card
      size="small"
      role="group"
      aria-labelledby={titleId}
      data-testid={`tpl-question-${index}`}
      title={
        <Space>
          <span id={titleId}>{t('surveyTpl.questionN', { n })}</span>
          {earlierKind ? <ToneTag tone="neutral" title={t('surveyTpl.earlierKeyHint', { kind: t(`sat.itemKind.${earlierKind}`) })}>{t('surveyTpl.earlierKey')}</ToneTag> : null}
        </Space>
      }
      extra={
        <Space size={4}>
          <Button size="small" icon={<ArrowUpOutlined />} aria-label={t('surveyTpl.moveUp', { n })} title={t('surveyTpl.moveUp', { n })} disabled={disabled || index === 0} onClick={() => onMove(index - 1)} />
          <Button size="small" icon={<ArrowDownOutlined />} aria-label={t('surveyTpl.moveDown', { n })} title={t('surveyTpl.moveDown', { n })} disabled={disabled || index === count - 1} onClick={() => onMove(index + 1)} />
          <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('surveyTpl.remove', { n })} title={t('surveyTpl.remove', { n })} disabled={disabled} onClick={onRemove} data-testid={`tpl-remove-${index}`} />
        </Space>
      }
    >
      <Row gutter={16}>
        <Col xs={24} md={9}>
          <Form.Item htmlFor={fieldId(`${path}.key`)} label={t('surveyTpl.key')} required validateStatus={keyError ? 'error' : undefined} help={keyError} extra={keyError ? undefined : t('surveyTpl.keyHint')}>
            <Input
              id={fieldId(`${path}.key`)}
              value={item.key}
              maxLength={40}
              autoComplete="off"
              spellCheck={false}
              disabled={disabled}
              aria-invalid={keyError ? true : undefined}
              onChange={(e) => onChange({ ...item, key: e.target.value })}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={9}>
          <Form.Item htmlFor={fieldId(`${path}.kind`)} label={t('surveyTpl.kind')} required validateStatus={kindError ? 'error' : undefined} help={kindError}>
            <Select<SurveyItemKind>
              id={fieldId(`${path}.kind`)}
              value={item.kind}
              disabled={disabled}
              onChange={(kind) => onChange(withKind(item, kind))}
              options={ITEM_KINDS.map((kind) => ({ value: kind, label: t(`sat.itemKind.${kind}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item label=" " colon={false} extra={overall ? t('surveyTpl.overallRequired') : undefined}>
            <Checkbox
              id={fieldId(`${path}.required`)}
              checked={overall || item.required}
              disabled={disabled || overall}
              onChange={(e) => onChange({ ...item, required: e.target.checked })}
            >
              {t('surveyTpl.required')}
            </Checkbox>
          </Form.Item>
        </Col>
      </Row>
      <TextsField
        path={`${path}.label`}
        label={t('surveyTpl.label')}
        value={item.label}
        errors={errors}
        required
        disabled={disabled}
        onChange={(label) => onChange({ ...item, label })}
        // A question written in English first gets a readable key for the reports.
        onBlur={(lang) => (lang === 'en' && !item.key.trim() ? onChange({ ...item, key: keyFrom(item.label.en) }) : undefined)}
      />
    </Card>
  );
}
