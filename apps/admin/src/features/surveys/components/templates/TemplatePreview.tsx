import { useState } from 'react';
import { ConfigProvider, Radio, Typography } from 'antd';
import { LOCALE_LABEL, LOCALES, translate, useI18n, type Locale, type MessageKey } from '../../../../shared/i18n';
import { SurveyQuestion } from '../SurveyQuestion';
import { LEVELS, scoreOf } from '../../levels';
import { textIn, type Texts, type VersionLike } from '../../templates-draft';

// The API's MAX_COMMENT and MAX_TEXT; the preview accepts no input, so they only size the boxes.
const MAX_COMMENT = 1000;
const MAX_TEXT = 2000;

interface Props {
  version: VersionLike;
  /** Makes the question ids unique when a second preview is open (the history beside the draft). */
  scope: string;
}

/**
 * A version as the customer's page shows it, in a language picked here: the public page's own
 * question component, disabled, with its strings in that language rather than the console's.
 */
export function TemplatePreview({ version, scope }: Props) {
  const { t, locale: consoleLocale } = useI18n();
  const [locale, setLocale] = useState<Locale>(consoleLocale);
  const inPreview = (key: MessageKey, vars?: Record<string, string | number>) => translate(locale, key, vars);
  const text = (texts: Texts | null | undefined) => textIn(texts, locale).trim();
  const levels = LEVELS.map((level) => ({ level, score: scoreOf(level), label: inPreview(`sat.level.${level}`) }));
  const groupId = `${scope}-language`;

  return (
    <div data-testid={`${scope}-preview`}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 12, flexWrap: 'wrap' }}>
        <span id={groupId}>{t('surveyTpl.previewLanguage')}</span>
        <Radio.Group
          size="small"
          optionType="button"
          aria-labelledby={groupId}
          value={locale}
          onChange={(e) => setLocale(e.target.value as Locale)}
          options={LOCALES.map((l) => ({ value: l, label: <span lang={l}>{LOCALE_LABEL[l]}</span> }))}
          data-testid={`${scope}-preview-language`}
        />
      </div>
      <Typography.Paragraph type="secondary">{t('surveyTpl.previewNote')}</Typography.Paragraph>
      <div lang={locale} style={{ border: '1px solid #d9d9d9', borderRadius: 8, padding: 16, background: '#fff' }}>
        <div style={{ fontSize: 20, fontWeight: 600, marginBottom: 8 }} data-testid={`${scope}-preview-title`}>
          {text(version.title) || inPreview('surveyTpl.previewEmpty')}
        </div>
        {text(version.intro) ? <Typography.Paragraph>{text(version.intro)}</Typography.Paragraph> : null}
        <Typography.Paragraph type="secondary">{inPreview('survey.page.requiredNote')}</Typography.Paragraph>
        <ConfigProvider componentDisabled>
          {version.items.map((item, n) => (
            <SurveyQuestion
              key={`${n}-${item.key}`}
              // Only the ids use the key here; the scope keeps them unique on the page.
              item={{ key: `${scope}-${n}`, kind: item.kind, required: item.required, label: text(item.label) || inPreview('surveyTpl.previewEmpty') }}
              levels={levels}
              answer={{}}
              maxCommentLength={MAX_COMMENT}
              maxTextLength={MAX_TEXT}
              t={inPreview}
              onChange={() => undefined}
            />
          ))}
        </ConfigProvider>
      </div>
    </div>
  );
}
