import { LEVEL_LABELS, levelOf, npsScore, SatisfactionLevel, satisfactionRate, scoreOf } from '../levels';
import { checkItems } from '../template.service';
import { checkAnswers } from '../response.service';
import { emptyRow, fillMonths, monthsOf, periodRange, totalOf } from '../report.service';
import { invitationEmail, maskName } from '../invitation.service';
import { DEFAULT_TEMPLATE } from '../default-template';
import { SurveyItemKind, type SurveyItem } from '../template.entity';
import { SatisfactionDimension } from '../surveys.inputs';
import { PreferredLanguage } from '../../crm/customer.entity';
import type { SatisfactionRow } from '../surveys.types';

const items = DEFAULT_TEMPLATE.items;
const codeOf = (fn: () => unknown): unknown[] => {
  try {
    fn();
    return [];
  } catch (e) {
    return ((e as { extensions: { issues: { code: string }[] } }).extensions.issues ?? []).map((i) => i.code);
  }
};

describe('the five levels (R-SAT-2)', () => {
  it('score 5 (很滿意) to 1 (不滿意), labelled in three languages', () => {
    expect(Object.values(SatisfactionLevel).map(scoreOf)).toEqual([5, 4, 3, 2, 1]);
    expect([5, 4, 3, 2, 1].map(levelOf)).toEqual(Object.values(SatisfactionLevel));
    expect(LEVEL_LABELS.ZH_HANT).toEqual(['很滿意', '比較滿意', '基本滿意', '不太滿意', '不滿意']);
    expect(LEVEL_LABELS.ZH_HANS[4]).toBe('不满意');
  });
});

describe('the satisfaction rate (R-SAT-3)', () => {
  it('is satisfied ÷ forms × 100 to two decimals, and no rate at all without forms (never 0/0)', () => {
    expect(satisfactionRate(3, 5)).toBe(60);
    expect(satisfactionRate(2, 3)).toBe(66.67);
    expect(satisfactionRate(0, 4)).toBe(0);
    expect(satisfactionRate(0, 0)).toBeNull();
    expect(npsScore(5, 2, 10)).toBe(30);
    expect(npsScore(0, 0, 0)).toBeNull();
  });

  const row = (month: string, unitId: string | null, forms: number, satisfied: number, scoreSum: number): SatisfactionRow => ({
    ...emptyRow(),
    month,
    unitId,
    forms,
    satisfied,
    rate: satisfactionRate(satisfied, forms),
    scoreSum,
  });

  it('fills every month of the range for every group, empty months without a rate', () => {
    const filled = fillMonths([row('2025-01', 'u1', 5, 3, 15), row('2025-03', 'u2', 2, 2, 6)], monthsOf('2025-01-01', '2025-03-31'), [SatisfactionDimension.UNIT, SatisfactionDimension.MONTH]);
    expect(filled.map((r) => [r.unitId, r.month, r.rate])).toEqual([
      ['u1', '2025-01', 60],
      ['u1', '2025-02', null],
      ['u1', '2025-03', null],
      ['u2', '2025-01', null],
      ['u2', '2025-02', null],
      ['u2', '2025-03', 100],
    ]);
    expect(fillMonths([], ['2025-01', '2025-02'], [SatisfactionDimension.MONTH]).map((r) => [r.month, r.forms, r.rate])).toEqual([
      ['2025-01', 0, null],
      ['2025-02', 0, null],
    ]);
  });

  it('totals add the counts up, never average the rates', () => {
    // 60% of 5 and 100% of 1 is 4 of 6, not 80%.
    const t = totalOf([row('2025-01', 'u1', 5, 3, 15), row('2025-01', 'u2', 1, 1, 3)]);
    expect(t).toMatchObject({ forms: 6, satisfied: 4, rate: 66.67, averageScore: 3 });
  });

  it('months of a range, and periods of an evaluation (R-SAT-4)', () => {
    expect(monthsOf('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(codeOf(() => monthsOf('2025-02-01', '2025-01-01'))).toEqual(['out_of_range']);
    expect(codeOf(() => monthsOf('2020-01-01', '2025-01-01'))).toEqual(['out_of_range']);
    expect(periodRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29', year: 2024 });
    expect(periodRange('2025-Q4')).toEqual({ from: '2025-10-01', to: '2025-12-31', year: 2025 });
    expect(periodRange('2025-13')).toBeNull();
    expect(periodRange('2025-Q5')).toBeNull();
  });
});

describe('template versions (R-SAT-2)', () => {
  const level = (key: string): SurveyItem => ({ key, kind: SurveyItemKind.LEVEL5, required: false, label: { zhHant: key, zhHans: key, en: key } });

  it('the shipped survey passes its own checks', () => {
    expect(checkItems(items, [])).toEqual([]);
  });

  it.each([
    ['no OVERALL question', items.filter((i) => i.kind !== SurveyItemKind.OVERALL), [], 'overall_count'],
    ['a key twice', [...items, level('design')], [], 'duplicate'],
    ['a key changing kind', [...items, { ...level('suggestions_v2'), key: 'suggestions' }].slice(1), items, 'kind_changed'],
    ['a missing translation', [...items, { ...level('x'), label: { zhHant: '甲', zhHans: '', en: 'A' } }], [], 'required'],
  ])('refuses %s', (_l, next, earlier, code) => {
    expect(checkItems(next as SurveyItem[], earlier as SurveyItem[]).map((i) => i.code)).toContain(code);
  });
});

describe('answers against the version answered (R-SAT-1)', () => {
  it('keeps scores, NPS, free text and comments; an empty free answer is no answer', () => {
    const withNps = [...items, { key: 'recommend', kind: SurveyItemKind.NPS, required: false, label: { zhHant: '推薦', zhHans: '推荐', en: 'Recommend' } }];
    const out = checkAnswers(
      withNps,
      [
        { itemKey: 'overall', level: SatisfactionLevel.BASICALLY_SATISFIED, comment: '  尚可  ' },
        { itemKey: 'recommend', nps: 9 },
        { itemKey: 'suggestions', text: '   ' },
      ],
      true,
    );
    expect(out).toEqual([
      { itemKey: 'overall', kind: SurveyItemKind.OVERALL, score: 3, nps: null, text: null, comment: '尚可' },
      { itemKey: 'recommend', kind: SurveyItemKind.NPS, score: null, nps: 9, text: null, comment: null },
    ]);
  });

  it.each([
    ['the required overall answer missing online', [{ itemKey: 'service', level: SatisfactionLevel.VERY_SATISFIED }], true, 'required_item'],
    ['an unknown question', [{ itemKey: 'price', level: SatisfactionLevel.VERY_SATISFIED }], false, 'unknown_item'],
    ['no level for a level question', [{ itemKey: 'overall' }], false, 'required'],
    ['a 0–10 score for a level question', [{ itemKey: 'overall', nps: 5 }], false, 'not_applicable'],
    ['nothing answered', [{ itemKey: 'suggestions', text: '' }], false, 'required'],
  ])('refuses %s', (_l, answers, strict, code) => {
    expect(codeOf(() => checkAnswers(items, answers as never, strict))).toContain(code);
  });

  it('staff may record a partial form (no overall answer) from a call cut short', () => {
    expect(checkAnswers(items, [{ itemKey: 'service', level: SatisfactionLevel.DISSATISFIED }], false)).toHaveLength(1);
  });
});

describe('what a customer is shown (R-ACL-3)', () => {
  it('the name masked to its first character', () => {
    expect(maskName('陳志明')).toBe('陳**');
    expect(maskName('王')).toBe('王*');
    expect(maskName('Wang Xiaoming')).toBe('W***');
    expect(maskName(' ')).toBe('');
  });

  it('the invitation email in the customer’s language, with the link and its last day', () => {
    const zh = invitationEmail(PreferredLanguage.ZH_HANT, '台北中山服務站', 'https://s.example/s/abc', '2026-12-16');
    expect(zh.subject).toBe('【台北中山服務站】服務滿意度調查邀請');
    expect(zh.body).toContain('https://s.example/s/abc');
    expect(zh.body).toContain('2026-12-16');
    expect(invitationEmail(PreferredLanguage.EN, 'Taipei', 'u', 'd').subject).toBe('Taipei: how did we do?');
  });
});
