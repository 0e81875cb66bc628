import type { SatisfactionLevel, SurveyItemKind } from '../../gql/graphql';
import type { Tone } from '../../shared/components';
import type { Locale } from '../../shared/i18n';
import { textIn, type LocalizedText } from './responses-entry';

/** Satisfied levels read green, 基本滿意 neutral-blue, below it amber, 不滿意 red (R-SAT-3, R-SAT-5). */
export const LEVEL_TONE: Record<SatisfactionLevel, Tone> = {
  VERY_SATISFIED: 'success',
  FAIRLY_SATISFIED: 'success',
  BASICALLY_SATISFIED: 'info',
  NOT_VERY_SATISFIED: 'warning',
  DISSATISFIED: 'danger',
};

export interface AnswerLike {
  itemKey: string;
  kind: SurveyItemKind;
  label?: LocalizedText | null;
  text?: string | null;
  comment?: string | null;
}

export interface Remark {
  itemKey: string;
  /** The question, in the reader's language; the key when the version no longer names it. */
  question: string;
  text: string;
}

/** What the customer said in words: comments on any question and free-text answers, in question order. */
export function remarksOf(answers: readonly AnswerLike[], locale: Locale): Remark[] {
  return answers.flatMap((a) => {
    const question = textIn(a.label, locale) || a.itemKey;
    const said = a.kind === 'TEXT' ? a.text : a.comment;
    return said?.trim() ? [{ itemKey: a.itemKey, question, text: said.trim() }] : [];
  });
}

/** A remark cut to `max` characters at most, on a character boundary (CJK and emoji alike). */
export function excerpt(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}
