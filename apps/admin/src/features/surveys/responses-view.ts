import dayjs from 'dayjs';
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

/**
 * When a form was answered, as the list and the form show it. The date is the company's
 * (`answeredOn`): the day its month, the period filter and the dashboard count it under, so a
 * form answered 23:16 on 30 Nov company time never reads as December. The console knows no
 * company time zone and shows every instant in the reader's, as its other pages do; the time
 * follows that rule, and when the reader's calendar puts the moment on another day it says so,
 * with its own date and zone, rather than pair one day's date with another day's time.
 */
export function answeredWhen(answeredOn: string, answeredAt: string): { date: string; time: string } {
  const at = dayjs(answeredAt);
  if (at.format('YYYY-MM-DD') === answeredOn) return { date: answeredOn, time: at.format('HH:mm') };
  const zone = new Intl.DateTimeFormat('en', { timeZoneName: 'short' }).formatToParts(at.toDate()).find((p) => p.type === 'timeZoneName')?.value;
  return { date: answeredOn, time: `(${at.format('YYYY-MM-DD HH:mm')}${zone ? ` ${zone}` : ''})` };
}
