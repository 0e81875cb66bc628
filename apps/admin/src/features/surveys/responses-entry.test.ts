import { describe, expect, it } from 'vitest';
import { answerIssues, entryAnswers, entryProblems, isMaskedPhone, levelOptions, missingRequired, opensComplaint, telHref, textIn, type EntryItem } from './responses-entry';

const label = (zhHant: string) => ({ zhHant, zhHans: `${zhHant}(简)`, en: `${zhHant} (en)` });
const ITEMS: EntryItem[] = [
  { key: 'service', kind: 'LEVEL5', required: false, label: label('服務') },
  { key: 'overall', kind: 'OVERALL', required: true, label: label('總體評價') },
  { key: 'recommend', kind: 'NPS', required: false, label: label('推薦') },
  { key: 'suggestions', kind: 'TEXT', required: false, label: label('建議') },
];

describe('keying in a phone or interview survey (R-SAT-1)', () => {
  it('sends the answered questions in question order, trimmed, and nothing for the rest', () => {
    const answers = {
      suggestions: { text: '  希望週末也能到府  ' },
      service: { level: 'DISSATISFIED' as const, comment: ' 遲到一小時 ' },
      recommend: { nps: 0 },
      overall: { comment: '   ' },
    };
    expect(entryAnswers(ITEMS, answers)).toEqual([
      { itemKey: 'service', level: 'DISSATISFIED', comment: '遲到一小時' },
      { itemKey: 'recommend', nps: 0, comment: null },
      { itemKey: 'suggestions', text: '希望週末也能到府' },
    ]);
  });

  it('treats a blank free-text answer as none', () => {
    expect(entryAnswers(ITEMS, { suggestions: { text: '   ' } })).toEqual([]);
  });

  it('asks for a level or a score when only a comment was noted', () => {
    expect(entryProblems(ITEMS, { service: { comment: '太慢' }, recommend: { comment: '看情況' } })).toEqual([
      { key: 'service', code: 'levelForComment' },
      { key: 'recommend', code: 'scoreForComment' },
    ]);
  });

  it('needs at least one answer', () => {
    expect(entryProblems(ITEMS, {})).toEqual([{ code: 'noAnswer' }]);
    expect(entryProblems(ITEMS, { service: { level: 'VERY_SATISFIED' } })).toEqual([]);
  });

  it('names the required questions left, which make the form partial (R-SAT-3)', () => {
    expect(missingRequired(ITEMS, { service: { level: 'VERY_SATISFIED' } }).map((i) => i.key)).toEqual(['overall']);
    expect(missingRequired(ITEMS, { overall: { level: 'BASICALLY_SATISFIED' } })).toEqual([]);
  });

  it('warns that a 不滿意 answer opens a complaint (R-SAT-5)', () => {
    expect(opensComplaint({ service: { level: 'NOT_VERY_SATISFIED' } })).toBe(false);
    expect(opensComplaint({ service: { level: 'DISSATISFIED' } })).toBe(true);
  });

  it('puts server issues on the question at that position of what was sent', () => {
    const sent = [{ itemKey: 'service', level: 'DISSATISFIED' as const }, { itemKey: 'recommend', nps: 3 }];
    expect(
      answerIssues(
        [
          { path: ['answers', 1, 'nps'], message: 'too low' },
          { path: ['answers'], message: 'answer at least one question' },
          { path: ['customerId'], message: 'required' },
          { path: ['answers', 7, 'level'], message: 'stray' },
        ],
        sent,
      ),
    ).toEqual({ byItem: { recommend: 'too low' }, general: ['answer at least one question', 'stray'] });
  });

  it('offers the five levels best first with the regime’s scores (R-SAT-2)', () => {
    expect(levelOptions((l) => l.toLowerCase()).map((o) => [o.level, o.score])).toEqual([
      ['VERY_SATISFIED', 5],
      ['FAIRLY_SATISFIED', 4],
      ['BASICALLY_SATISFIED', 3],
      ['NOT_VERY_SATISFIED', 2],
      ['DISSATISFIED', 1],
    ]);
  });

  it('reads a question in the language asked', () => {
    expect(textIn(label('服務'), 'zh-Hant')).toBe('服務');
    expect(textIn(label('服務'), 'zh-Hans')).toBe('服務(简)');
    expect(textIn(label('服務'), 'en')).toBe('服務 (en)');
    expect(textIn(null, 'en')).toBe('');
  });
});

describe('the numbers on the call list (R-SAT-1, R-ACL-3)', () => {
  it('dials a number as the file writes it, keeping only a leading plus', () => {
    expect(telHref('02-2345 6789')).toBe('tel:0223456789');
    expect(telHref(' +886 912-345-678 ')).toBe('tel:+886912345678');
    expect(telHref('0912+345')).toBe('tel:0912345');
  });

  it('gives a number masked without ReadCustomerContact no link (R-ACL-3)', () => {
    expect(isMaskedPhone('***678')).toBe(true);
    expect(telHref('***678')).toBeNull();
    expect(isMaskedPhone('0912345678')).toBe(false);
  });

  it('gives text without a digit no link', () => {
    expect(telHref('n/a')).toBeNull();
  });
});
