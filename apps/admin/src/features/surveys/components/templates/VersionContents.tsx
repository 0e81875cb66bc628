import { Descriptions, Table, type TableColumnsType } from 'antd';
import { LOCALE_LABEL, useI18n } from '../../../../shared/i18n';
import { LANGS, LANG_LOCALE, type Texts, type VersionLike } from '../../templates-draft';

type Item = VersionLike['items'][number];

const inLanguages = (texts: Texts | null | undefined) =>
  texts ? (
    <>
      {LANGS.map((lang) => (
        <div key={lang} lang={LANG_LOCALE[lang]}>
          {texts[lang]}
        </div>
      ))}
    </>
  ) : (
    '—'
  );

/** A published version read-only: its texts in the three languages and its questions in order. */
export function VersionContents({ version, testId }: { version: VersionLike; testId?: string }) {
  const { t } = useI18n();
  const columns: TableColumnsType<Item> = [
    { title: '#', key: 'n', width: 48, render: (_, __, n) => n + 1 },
    { title: t('surveyTpl.key'), dataIndex: 'key', key: 'key' },
    { title: t('surveyTpl.kind'), key: 'kind', render: (_, i) => t(`sat.itemKind.${i.kind}`) },
    { title: t('surveyTpl.required'), key: 'required', render: (_, i) => (i.required ? t('common.yes') : t('common.no')) },
    ...LANGS.map((lang) => ({
      title: LOCALE_LABEL[LANG_LOCALE[lang]],
      key: lang,
      render: (_: unknown, i: Item) => <span lang={LANG_LOCALE[lang]}>{i.label[lang]}</span>,
    })),
  ];
  return (
    <>
      <Descriptions
        size="small"
        column={1}
        bordered
        style={{ marginBottom: 16 }}
        items={[
          { key: 'title', label: t('surveyTpl.surveyTitle'), children: inLanguages(version.title) },
          { key: 'intro', label: t('surveyTpl.intro'), children: inLanguages(version.intro) },
        ]}
      />
      <Table<Item> rowKey="key" size="small" columns={columns} dataSource={[...version.items]} pagination={false} scroll={{ x: true }} data-testid={testId} />
    </>
  );
}
