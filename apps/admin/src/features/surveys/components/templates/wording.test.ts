import { describe, expect, it } from 'vitest';
import type { Translate } from '../../../../shared/i18n';
import { wordIssue } from './wording';

// Keys and variables as the page's catalogue would receive them.
const t = ((key: string, vars?: Record<string, unknown>) => (vars ? `${key} ${JSON.stringify(vars)}` : key)) as Translate;

describe('wording a draft’s problems', () => {
  it('R-SAT-3: says how many OVERALL questions the draft has, in the shared wording', () => {
    expect(wordIssue({ path: 'items', code: 'overallCount', vars: { n: 2 } }, t, 'en')).toBe('a survey has exactly one overall question (R-SAT-3); this one has 2');
    expect(wordIssue({ path: 'items', code: 'overallCount', vars: { n: 0 } }, t, 'zh-Hant')).toBe('每份問卷須有且只有一題「總體評價」(R-SAT-3),目前有 0 題');
  });

  it('R-SAT-2: names the earlier kind as the kind list names it, in the shared wording', () => {
    expect(wordIssue({ path: 'items.0.kind', code: 'kindChanged', vars: { was: 'NPS' } }, t, 'zh-Hans')).toBe('此代码在先前版本是「sat.itemKind.NPS」题;要换题型,请改用新的代码');
    expect(wordIssue({ path: 'items.0.kind', code: 'kindChanged', vars: { was: 'SOMETHING' } }, t, 'en')).toBe('this key was another kind of question in an earlier version; use a new key for another kind');
  });

  it('words the console’s own checks from the page’s catalogue', () => {
    expect(wordIssue({ path: 'note', code: 'tooLong', vars: { n: 500 } }, t, 'en')).toBe('surveyTpl.err.tooLong {"n":500}');
  });
});
