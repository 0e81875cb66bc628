import { Descriptions, Table, Tag } from 'antd';
import { useI18n } from '../../../shared/i18n';
import { OP_SYMBOL, valueToText, type DefinitionSource } from '../definitions';
import { minute } from '../../../shared/dates';

/** A published version, read-only: its steps with who approves and when they apply, and its fields. */
export function DefinitionView({ definition }: { definition: DefinitionSource & { version: number; note?: string | null; publishedBy: string; effectiveFrom: string } }) {
  const { t, pick } = useI18n();
  const approver = (a: DefinitionSource['steps'][number]['approver']) =>
    [t(`process.def.approver.${a.kind}`), a.code, a.unitKind, a.unitFunction].filter(Boolean).join(' · ');
  return (
    <div data-testid={`definition-version-${definition.version}`}>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          { key: 'from', label: t('process.def.effectiveFrom'), children: minute(definition.effectiveFrom) },
          { key: 'by', label: t('process.def.publishedBy'), children: definition.publishedBy },
          { key: 'note', label: t('process.def.note'), children: definition.note ?? '—' },
        ]}
      />
      <Table
        size="small"
        rowKey="key"
        pagination={false}
        title={() => t('process.def.steps')}
        dataSource={[...definition.steps]}
        columns={[
          { title: '#', key: 'i', width: 48, render: (_, __, i) => i + 1 },
          { title: t('process.def.stepName'), key: 'name', render: (_, s) => `${pick(s.name, s.nameEn)} (${s.key})` },
          { title: t('process.def.approver'), key: 'approver', render: (_, s) => approver(s.approver) },
          {
            title: t('process.def.conditions'),
            key: 'conditions',
            render: (_, s) =>
              s.conditions.length
                ? s.conditions.map((c, i) => <Tag key={i}>{`${c.field} ${OP_SYMBOL[c.op]} ${valueToText(c.value)}`}</Tag>)
                : t('process.def.noConditions'),
          },
          { title: t('process.def.timeLimit'), key: 'limit', render: (_, s) => (s.timeLimitHours ? t('process.def.timeLimitN', { n: s.timeLimitHours }) : '—') },
        ]}
      />
      <Table
        size="small"
        rowKey="key"
        pagination={false}
        style={{ marginTop: 16 }}
        title={() => t('process.def.fields')}
        dataSource={[...definition.fields]}
        columns={[
          { title: t('process.def.fieldKey'), key: 'key', render: (_, f) => <code>{f.key}</code> },
          { title: t('process.def.fieldLabel'), key: 'label', render: (_, f) => f.label },
          { title: t('process.def.fieldType'), key: 'type', render: (_, f) => t(`process.def.fieldType.${f.type}`) },
          { title: t('process.def.fieldRequired'), key: 'required', render: (_, f) => (f.required ? t('common.yes') : t('common.no')) },
          { title: t('process.def.fieldImmutable'), key: 'immutable', render: (_, f) => (f.immutable ? t('common.yes') : t('common.no')) },
          { title: t('process.def.choices'), key: 'choices', render: (_, f) => f.choices?.join(', ') ?? '—' },
        ]}
      />
    </div>
  );
}
