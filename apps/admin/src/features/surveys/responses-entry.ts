import type { PreferredLanguage, SatisfactionLevel, SurveyAnswerInput, SurveyItemKind } from '../../gql/graphql';
import type { Locale } from '../../shared/i18n';
import type { Answer } from './components/SurveyQuestion';
import { LEVELS, scoreOf } from './levels';

export interface LocalizedText {
  zhHant: string;
  zhHans: string;
  en: string;
}

export interface EntryItem {
  key: string;
  kind: SurveyItemKind;
  required: boolean;
  label: LocalizedText;
}

export const LANGUAGES: readonly PreferredLanguage[] = ['ZH_HANT', 'ZH_HANS', 'EN'];

/** A template's text in one language; the form is read out in the customer's, the list in the reader's. */
export function textIn(text: LocalizedText | null | undefined, locale: Locale): string {
  if (!text) return '';
  return locale === 'en' ? text.en : locale === 'zh-Hans' ? text.zhHans : text.zhHant;
}

/**
 * A number the server masked (`***678`) for a reader without ReadCustomerContact (R-ACL-3):
 * shown as it came, since there is nothing to dial.
 */
export const isMaskedPhone = (phone: string): boolean => phone.includes('*');

/** The tel: link for a number as the file writes it ("02-2345 6789"), or null when it cannot be dialled. */
export function telHref(phone: string): string | null {
  if (isMaskedPhone(phone)) return null;
  const dialled = phone.trim().replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return /\d/.test(dialled) ? `tel:${dialled}` : null;
}

const isLevelItem = (kind: SurveyItemKind) => kind === 'LEVEL5' || kind === 'OVERALL';

/**
 * The answers to send, in the order of the questions: a question the call never reached is
 * left out (staff may record a partial form, R-SAT-3), and a blank free-text answer is none.
 */
export function entryAnswers(items: readonly EntryItem[], answers: Readonly<Record<string, Answer>>): SurveyAnswerInput[] {
  return items.flatMap((item): SurveyAnswerInput[] => {
    const a = answers[item.key];
    if (!a) return [];
    const comment = a.comment?.trim() || null;
    if (isLevelItem(item.kind)) return a.level ? [{ itemKey: item.key, level: a.level, comment }] : [];
    if (item.kind === 'NPS') return a.nps !== undefined ? [{ itemKey: item.key, nps: a.nps, comment }] : [];
    const text = a.text?.trim();
    return text ? [{ itemKey: item.key, text }] : [];
  });
}

export type EntryProblem = { key: string; code: 'levelForComment' | 'scoreForComment' } | { key?: undefined; code: 'noAnswer' };

/**
 * What keeps a keyed-in form from being sent: nothing answered, or a comment noted on a
 * question whose level was not picked (the server would reject it, and it would be lost).
 */
export function entryProblems(items: readonly EntryItem[], answers: Readonly<Record<string, Answer>>): EntryProblem[] {
  const problems: EntryProblem[] = [];
  for (const item of items) {
    const a = answers[item.key];
    if (!a?.comment?.trim()) continue;
    if (isLevelItem(item.kind) && !a.level) problems.push({ key: item.key, code: 'levelForComment' });
    if (item.kind === 'NPS' && a.nps === undefined) problems.push({ key: item.key, code: 'scoreForComment' });
  }
  if (!problems.length && !entryAnswers(items, answers).length) problems.push({ code: 'noAnswer' });
  return problems;
}

/** Required questions not answered: the form is kept as partial, outside the rate (R-SAT-3). */
export function missingRequired(items: readonly EntryItem[], answers: Readonly<Record<string, Answer>>): EntryItem[] {
  const answered = new Set(entryAnswers(items, answers).map((a) => a.itemKey));
  return items.filter((i) => i.required && !answered.has(i.key));
}

/** Some answer is 不滿意: sending it opens a complaint (R-SAT-5), which the form says beforehand. */
export function opensComplaint(answers: Readonly<Record<string, Answer>>): boolean {
  return Object.values(answers).some((a) => a.level === 'DISSATISFIED');
}

/**
 * Server issues about answers (`answers.2.level`) placed on their question: the index is the
 * position in what was sent. Issues about the answers as a whole stay general.
 */
export function answerIssues(issues: readonly { path: readonly (string | number)[]; message: string }[], sent: readonly SurveyAnswerInput[]): { byItem: Record<string, string>; general: string[] } {
  const byItem: Record<string, string> = {};
  const general: string[] = [];
  for (const { path, message } of issues) {
    if (path[0] !== 'answers') continue;
    const key = typeof path[1] === 'number' ? sent[path[1]]?.itemKey : undefined;
    if (key) byItem[key] = byItem[key] ? `${byItem[key]}; ${message}` : message;
    else general.push(message);
  }
  return { byItem, general };
}

/** The five levels with the regime's scores (R-SAT-2), best first, as the question component takes them. */
export function levelOptions(label: (level: SatisfactionLevel) => string): { level: SatisfactionLevel; score: number; label: string }[] {
  return LEVELS.map((level) => ({ level, score: scoreOf(level), label: label(level) }));
}
