import { Alert, Button, Descriptions, Empty, List } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { useI18n } from '../../../shared/i18n';
import { formatMoney } from '../../../shared/money';
import { displayValue, moneyOfData, type FieldDef } from '../fields';
import { choiceLabel, fieldLabel } from '../labels';

/** The form's fields as a description list, in the definition's order; keys it does not know come last. */
export function DocumentFields({ fields, data }: { fields: readonly FieldDef[]; data: Record<string, unknown> }) {
  const { t, locale } = useI18n();
  const labels = { choice: (c: string) => choiceLabel(c, t), yes: t('common.yes'), no: t('common.no') };
  const extra = Object.keys(data).filter((k) => !fields.some((f) => f.key === k));
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      data-testid="document-fields"
      items={[
        ...fields.map((f) => ({ key: f.key, label: fieldLabel(f, t, locale), children: displayValue(f, data[f.key], labels) })),
        ...extra.map((k) => ({ key: k, label: k, children: displayValue({ type: 'TEXT' }, data[k], labels) })),
      ]}
    />
  );
}

/** What the engine worked out on submission, where it changes the route: the budget above all (R-FLOW-3). */
export function DocumentFacts({ facts }: { facts: Record<string, unknown> }) {
  const { t } = useI18n();
  const items: { key: string; label: string; children: string }[] = [];
  if ('overBudget' in facts) {
    const remaining = moneyOfData(facts.budgetRemaining);
    items.push({ key: 'overBudget', label: t('document.fact.overBudget'), children: facts.overBudget === true ? t('common.yes') : t('common.no') });
    items.push({ key: 'budgetRemaining', label: t('document.fact.budgetRemaining'), children: remaining ? formatMoney(remaining) : t('document.fact.noBudget') });
  }
  if (typeof facts.overReferencePercent === 'number') {
    items.push({ key: 'overReferencePercent', label: t('document.fact.overReferencePercent'), children: `${facts.overReferencePercent}%` });
  }
  for (const key of ['needsBusinessApproval', 'siteDecides'] as const) {
    if (typeof facts[key] === 'boolean') items.push({ key, label: t(`document.fact.${key}`), children: facts[key] ? t('common.yes') : t('common.no') });
  }
  if (!items.length) return null;
  return (
    <>
      {facts.overBudget === true ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="over-budget"
          title={t('document.fact.overBudget')}
          description={facts.budgetRemaining == null ? t('document.fact.noBudget') : `${t('document.fact.budgetRemaining')}: ${formatMoney(moneyOfData(facts.budgetRemaining))}`}
        />
      ) : null}
      <Descriptions size="small" column={{ xs: 1, md: 3 }} items={items} />
    </>
  );
}

export interface AttachmentItem {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
}

function kilobytes(size: number): string {
  return size < 1024 ? `${size} B` : `${(size / 1024).toFixed(size < 10_240 ? 1 : 0)} KB`;
}

export function AttachmentList({ attachments, downloading, onDownload }: { attachments: readonly AttachmentItem[]; downloading?: string | null; onDownload: (a: AttachmentItem) => void }) {
  const { t } = useI18n();
  if (!attachments.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('document.noAttachments')} />;
  return (
    <List
      size="small"
      data-testid="attachments"
      dataSource={[...attachments]}
      renderItem={(a) => (
        <List.Item>
          <Button
            type="link"
            icon={<PaperClipOutlined />}
            loading={downloading === a.id}
            onClick={() => onDownload(a)}
            aria-label={t('document.download', { name: a.fileName })}
          >
            {a.fileName}
          </Button>
          <span>{kilobytes(a.size)}</span>
        </List.Item>
      )}
    />
  );
}
