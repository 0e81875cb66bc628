import { describe, expect, it } from 'vitest';
import { draftInput, draftIssueOf, draftKey, draftOf, fieldId, keyFrom, moveItem, newDraft, newItem, textIn, validateDraft, withKind, type Draft, type VersionLike } from './templates-draft';

const t = (zhHant: string, zhHans = zhHant, en = zhHant) => ({ zhHant, zhHans, en });

const v1: VersionLike = {
  title: t('顧客滿意度調查', '顾客满意度调查', 'Customer satisfaction survey'),
  intro: null,
  items: [
    { key: 'service', kind: 'LEVEL5', required: false, label: t('服務', '服务', 'Service') },
    { key: 'overall', kind: 'OVERALL', required: true, label: t('總體評價', '总体评价', 'Overall evaluation') },
  ],
};

const paths = (draft: Draft, opts: Parameters<typeof validateDraft>[1] = { isNew: false }) => validateDraft(draft, opts).map((i) => `${i.path}:${i.code}`);

describe('survey template drafts', () => {
  it('starts the next version from the latest one, with an empty note', () => {
    const draft = draftOf({ ...v1, intro: t('感謝', '感谢', 'Thanks') }, 'R-SAT-2');
    expect(draft.code).toBe('R-SAT-2');
    expect(draft.items.map((i) => i.key)).toEqual(['service', 'overall']);
    expect(draft.note).toBe('');
    expect(new Set(draft.items.map((i) => i.uid)).size).toBe(2);
    expect(paths(draft)).toEqual([]);
  });

  it('starts a new template with its one OVERALL question, which is required', () => {
    const draft = newDraft();
    expect(draft.items).toHaveLength(1);
    expect(draft.items[0]).toMatchObject({ key: 'overall', kind: 'OVERALL', required: true });
  });

  it('sends a new template’s code in upper case, and a new version without one but with the version it started from (R-SAT-2)', () => {
    const draft: Draft = { ...draftOf(v1, ''), code: ' repair-2027 ', note: '  ' };
    expect(draftInput(draft)).toMatchObject({ code: 'REPAIR-2027', intro: null, note: null });
    expect(draftInput(draft)).not.toHaveProperty('expectedVersion');
    const next = draftInput({ ...draft, note: ' 加入推薦題 ' }, { id: 'tpl-1', latestVersion: 3 });
    expect(next).toMatchObject({ id: 'tpl-1', expectedVersion: 3, note: '加入推薦題' });
    expect(next).not.toHaveProperty('code');
  });

  it('trims every text and keeps the OVERALL question required whatever the box says', () => {
    const draft = draftOf(v1, 'X1');
    draft.items[1] = { ...draft.items[1]!, required: false, label: t(' 總體 ', '总体', 'Overall ') };
    const input = draftInput(draft, { id: 'tpl-1', latestVersion: 1 });
    expect(input.items[1]).toEqual({ key: 'overall', kind: 'OVERALL', required: true, label: t('總體', '总体', 'Overall') });
  });

  it('ticks required when a question becomes the OVERALL one, and leaves it as it was otherwise', () => {
    expect(withKind(newItem('LEVEL5'), 'OVERALL').required).toBe(true);
    expect(withKind({ ...newItem('LEVEL5'), required: true }, 'NPS').required).toBe(true);
    expect(withKind(newItem('LEVEL5'), 'TEXT').required).toBe(false);
  });

  it('moves a question up and down, and ignores moves past either end', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 3)).toEqual(['a', 'b', 'c']);
  });

  it('suggests a key in the API’s format from the English question', () => {
    expect(keyFrom('Waiting time at the counter')).toBe('waiting_time_at_the_counter');
    expect(keyFrom('  Café & service!  ')).toBe('cafe_service');
    expect(keyFrom('24-hour hotline')).toBe('q_24_hour_hotline');
    expect(keyFrom('等候時間')).toBe('');
    expect(keyFrom('a'.repeat(60))).toHaveLength(40);
  });

  it('reads a text in the reader’s language and names inputs after draft paths', () => {
    expect(textIn(v1.title, 'zh-Hans')).toBe('顾客满意度调查');
    expect(textIn(v1.title, 'en')).toBe('Customer satisfaction survey');
    expect(textIn(null, 'zh-Hant')).toBe('');
    expect(fieldId('items.2.label.en')).toBe('tpl-items-2-label-en');
  });

  it('sees no change in stray spaces, and sees a moved question', () => {
    const draft = draftOf(v1, 'R-SAT-2');
    const key = draftKey(draft);
    expect(draftKey({ ...draft, title: { ...draft.title, en: `${draft.title.en} ` } })).toBe(key);
    expect(draftKey(draftOf(v1, 'R-SAT-2'))).toBe(key);
    expect(draftKey({ ...draft, items: moveItem(draft.items, 1, 0) })).not.toBe(key);
  });
});

describe('checking a draft before publishing (R-SAT-2, R-SAT-3)', () => {
  it('asks a new template for a code in the API’s format', () => {
    const draft = draftOf(v1, '');
    expect(paths(draft, { isNew: true })).toEqual(['code:required']);
    expect(paths({ ...draft, code: 'r' }, { isNew: true })).toEqual(['code:codeFormat']);
    expect(paths({ ...draft, code: 'repair 2027' }, { isNew: true })).toEqual(['code:codeFormat']);
    expect(paths({ ...draft, code: 'repair-2027' }, { isNew: true })).toEqual([]);
  });

  it('wants the title and every question in all three languages', () => {
    const draft = draftOf(v1, 'R-SAT-2');
    draft.title.zhHans = ' ';
    draft.items[0]!.label.en = '';
    draft.items[1]!.label.zhHant = 'x'.repeat(301);
    expect(paths(draft)).toEqual(['title.zhHans:required', 'items.0.label.en:required', 'items.1.label.zhHant:tooLong']);
  });

  it('takes an introduction in all three languages or none', () => {
    const draft = draftOf(v1, 'R-SAT-2');
    expect(paths(draft)).toEqual([]);
    draft.intro.zhHant = '感謝您';
    expect(paths(draft)).toEqual(['intro.zhHans:introPartial', 'intro.en:introPartial']);
  });

  it('wants unique keys in the API’s format', () => {
    const draft = draftOf(v1, 'R-SAT-2');
    draft.items.push({ ...newItem('TEXT'), key: 'service', label: t('建議') }, { ...newItem('NPS'), key: 'Recommend', label: t('推薦') }, { ...newItem('NPS'), label: t('推薦') });
    expect(paths(draft)).toEqual(['items.0.key:duplicateKey', 'items.2.key:duplicateKey', 'items.3.key:keyFormat', 'items.4.key:required']);
  });

  it('wants exactly one OVERALL question', () => {
    const draft = draftOf(v1, 'R-SAT-2');
    draft.items[0] = withKind(draft.items[0]!, 'OVERALL');
    expect(validateDraft(draft, { isNew: false })).toEqual([{ path: 'items', code: 'overallCount', vars: { n: 2 } }]);
    expect(validateDraft({ ...draft, items: [] }, { isNew: false })).toEqual([{ path: 'items', code: 'overallCount', vars: { n: 0 } }]);
  });

  it('keeps each earlier key on its kind, so its answers still compare', () => {
    const draft = draftOf(v1, 'R-SAT-2');
    draft.items[0] = withKind(draft.items[0]!, 'NPS');
    expect(validateDraft(draft, { isNew: false, earlier: v1.items })).toEqual([{ path: 'items.0.kind', code: 'kindChanged', vars: { was: 'LEVEL5' } }]);
    // A key that was removed in between still remembers its kind.
    expect(validateDraft({ ...draft, items: [draft.items[0]!, draft.items[1]!] }, { isNew: false, earlier: [...v1.items, { key: 'nps', kind: 'NPS', required: false, label: t('推薦') }] })).toHaveLength(1);
  });

  it('caps the questions and the note at the API’s limits', () => {
    const draft = draftOf(v1, 'R-SAT-2');
    draft.items.push(...Array.from({ length: 39 }, (_, n) => ({ ...newItem('LEVEL5'), key: `q${n}`, label: t('題目') })));
    draft.note = 'x'.repeat(501);
    expect(paths(draft)).toEqual(['items:tooMany', 'note:tooLong']);
  });
});

describe('the API’s issues', () => {
  // The draft as sent: two OVERALL questions, and `service` (LEVEL5 in version 1) turned into NPS.
  const sentDraft = draftOf(v1, 'R-SAT-2');
  sentDraft.items = [withKind(sentDraft.items[0]!, 'NPS'), sentDraft.items[1]!, { ...newItem('OVERALL'), key: 'again', label: t('再評') }];
  const sent = { draft: sentDraft, earlier: v1.items };

  it('R-SAT-3: counts the OVERALL questions of the draft it sent, whatever the server’s English says', () => {
    expect(draftIssueOf({ field: 'items', code: 'overall_count', message: 'reworded, not 7' }, sent)).toEqual({ path: 'items', code: 'overallCount', vars: { n: 2 } });
  });

  it('R-SAT-2: names a key’s earlier kind from the history it read', () => {
    expect(draftIssueOf({ field: 'input.items.0.kind', code: 'kind_changed', message: 'reworded' }, sent)).toEqual({ path: 'items.0.kind', code: 'kindChanged', vars: { was: 'LEVEL5' } });
    // A version it has not read (published meanwhile) leaves the shared wording.
    expect(draftIssueOf({ field: 'items.2.kind', code: 'kind_changed', message: 'again was a TEXT question' }, sent)).toBeNull();
  });

  it('words duplicates as a key or a code', () => {
    expect(draftIssueOf({ field: 'items.1.key', code: 'duplicate', message: 'x appears twice' }, sent)).toEqual({ path: 'items.1.key', code: 'duplicateKey' });
    expect(draftIssueOf({ field: 'code', code: 'duplicate', message: 'X is already taken' }, sent)).toEqual({ path: 'code', code: 'codeTaken' });
  });

  it('reads validation paths without the argument name', () => {
    expect(draftIssueOf({ field: 'input.items.0.key', code: 'matches', message: 'must be lower-case…' }, sent)).toEqual({ path: 'items.0.key', code: 'keyFormat' });
    expect(draftIssueOf({ field: 'input.code', code: 'matches', message: 'must be 2–40…' }, sent)).toEqual({ path: 'code', code: 'codeFormat' });
  });

  it('leaves the rest to the shared translations', () => {
    expect(draftIssueOf({ field: 'input.title.en', code: 'isLength', message: 'en must be shorter than or equal to 300 characters' }, sent)).toBeNull();
    expect(draftIssueOf({ field: 'input.items', code: 'arrayMinSize', message: 'items must contain at least 1 elements' }, sent)).toBeNull();
  });
});
