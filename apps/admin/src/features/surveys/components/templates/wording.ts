import type { SurveyItemKind } from '../../../../gql/graphql';
import { LOCALE_LABEL, localiseIssue, type Locale, type Translate } from '../../../../shared/i18n';
import { ITEM_KINDS, LANG_LOCALE, type DraftIssue, type Lang } from '../../templates-draft';

const isKind = (v: unknown): v is SurveyItemKind => (ITEM_KINDS as readonly unknown[]).includes(v);

/**
 * A draft problem in the reader's words. The two rules other pages meet too (one OVERALL
 * question, R-SAT-3; a key keeps its kind, R-SAT-2) are worded by the shared catalogue, with
 * the count and the earlier kind (named as the kind list names it) the console knows.
 */
export function wordIssue(issue: DraftIssue, t: Translate, locale: Locale): string {
  const { code, path: field, vars } = issue;
  switch (code) {
    case 'overallCount':
      return localiseIssue({ field, code: 'overall_count', message: '' }, locale, 'saveSurveyTemplate', { count: vars?.n ?? 0 });
    case 'kindChanged': {
      const was = vars?.was;
      return localiseIssue({ field, code: 'kind_changed', message: '' }, locale, 'saveSurveyTemplate', isKind(was) ? { was: t(`sat.itemKind.${was}`) } : undefined);
    }
    default:
      return t(`surveyTpl.err.${code}`, vars);
  }
}

/** Where a draft path points, for the list of problems above the form: `items.2.label.en` → 第 3 題 · 題目文字 · English. */
export function placeOf(path: string, t: Translate): string {
  const [head, index, field, lang] = path.split('.');
  const language = (l: string | undefined) => (l && l in LANG_LOCALE ? LOCALE_LABEL[LANG_LOCALE[l as Lang]] : null);
  const parts: (string | null)[] = [];
  switch (head) {
    case 'code':
      parts.push(t('surveyTpl.code'));
      break;
    case 'title':
      parts.push(t('surveyTpl.surveyTitle'), language(index));
      break;
    case 'intro':
      parts.push(t('surveyTpl.intro'), language(index));
      break;
    case 'note':
      parts.push(t('surveyTpl.note'));
      break;
    case 'items':
      if (index === undefined) parts.push(t('surveyTpl.questions'));
      else {
        parts.push(t('surveyTpl.questionN', { n: Number(index) + 1 }));
        if (field === 'key') parts.push(t('surveyTpl.key'));
        if (field === 'kind') parts.push(t('surveyTpl.kind'));
        if (field === 'label') parts.push(t('surveyTpl.label'), language(lang));
      }
      break;
    default:
      parts.push(path);
  }
  return parts.filter(Boolean).join(' · ');
}
