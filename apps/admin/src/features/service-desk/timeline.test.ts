import { describe, expect, it } from 'vitest';
import { addMessages, translate } from '../../shared/i18n';
import { serviceDeskMessages } from './messages';
import { noteLines } from './notes';
import { eventActor, eventDetails, eventTitle, eventTone, type TimelineEvent } from './timeline';

// As the feature's routes load it with its pages.
addMessages(serviceDeskMessages);

const en = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate('en', key, vars);
const zh = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate('zh-Hant', key, vars);
const at = (iso: string) => iso.slice(0, 10);
const e = (kind: TimelineEvent['kind'], extra: Partial<TimelineEvent> = {}): TimelineEvent => ({ kind, actorName: '林美玲', ...extra });

describe('timeline labels', () => {
  it('names every kind of event, and the system when nobody acted', () => {
    expect(eventTitle(e('HANDED_OVER'), zh)).toBe('轉交單位');
    expect(eventTitle(e('SLA_BREACHED'), en)).toBe('SLA breached');
    expect(eventActor(e('SLA_WARNED', { actorName: null }), zh)).toBe('系統');
  });

  it('puts an event’s data into words', () => {
    expect(eventDetails(e('OPENED', { data: { channel: 'VISIT', kind: 'COMPLAINT' }, text: '接頭漏水' }), zh, at)).toEqual(['經由來訪', '接頭漏水']);
    expect(eventDetails(e('RESPONDED', { text: '今日回覆', data: { promisedAt: '2026-12-02T09:00:00.000Z' } }), en, at)).toEqual(['Reply promised by 2026-12-02', '今日回覆']);
    expect(eventDetails(e('HANDED_OVER', { data: { unit: '技術支持部', assignee: null }, text: '到府檢查' }), zh, at)).toEqual(['轉交:技術支持部', '到府檢查']);
    expect(eventDetails(e('KIND_CHANGED', { data: { from: 'INQUIRY', to: 'COMPLAINT' } }), en, at)).toEqual(['Inquiry → Complaint']);
    expect(eventDetails(e('RESUMED', { data: { pausedBusinessMinutes: 120 } }), en, at)).toEqual(['Paused for 120 business minutes']);
    expect(eventDetails(e('ESCALATED', { actorName: null, text: '王站長', data: { level: 2 } }), zh, at)).toEqual(['已通知站長 王站長']);
    expect(eventDetails(e('FOLLOW_UP_DONE', { text: '新機正常', data: { reached: true, satisfied: true } }), zh, at)).toEqual(['滿意', '新機正常']);
    expect(eventDetails(e('SLA_WARNED', { actorName: null, text: 'Resolution due 2026-12-01T06:00:00.000Z' }), en, at)).toEqual(['Resolution due 2026-12-01']);
  });

  it('names the API’s tagged notes by their step (R-SVC-4)', () => {
    const triage = e('NOTE', { text: 'NEEDS_OTHER_UNITS: 需品管查明' });
    expect(eventTitle(triage, en)).toBe('Needs other units');
    expect(eventDetails(triage, zh, at)).toEqual(['需品管查明']);
    expect(eventTitle(e('NOTE', { text: 'FOO: bar' }), en)).toBe('Note');
    // Technical steps are events of their own; a note that looks like one is just a note.
    expect(eventTitle(e('NOTE', { text: 'DIAGNOSIS: 風扇軸承鬆脫' }), zh)).toBe('備註');
  });

  it('names the technical steps and the verification’s outcome, with the round after a re-check (R-SVC-7)', () => {
    expect(eventTitle(e('DIAGNOSED', { text: '風扇軸承鬆脫', data: { round: 1 } }), zh)).toBe('技術診斷');
    expect(eventDetails(e('DIAGNOSED', { text: '風扇軸承鬆脫', data: { round: 1 } }), zh, at)).toEqual(['風扇軸承鬆脫']);
    expect(eventDetails(e('FIXED', { text: '加裝減震墊', data: { round: 2 } }), zh, at)).toEqual(['第 2 輪', '加裝減震墊']);
    expect(eventTitle(e('VERIFIED', { data: { round: 1, passed: true } }), en)).toBe('Verification passed');
    expect(eventTitle(e('VERIFIED', { data: { round: 1, passed: false } }), zh)).toBe('驗證未通過');
    expect(eventTone(e('VERIFIED', { data: { passed: false } }))).toBe('red');
    expect(eventTone(e('VERIFIED', { data: { passed: true } }))).toBe('green');
    expect(eventDetails(e('RECHECKED', { text: '夜間仍有異音', data: { round: 2, reopened: true } }), en, at)).toEqual(['Round 2', 'The resolved case was reopened', '夜間仍有異音']);
  });

  it('shows a resolution’s summary and its improvement proposal under its own name', () => {
    expect(eventDetails(e('RESOLVED', { text: '已更換軸承', data: { summary: '已更換軸承', improvementProposal: '出廠加測噪音' } }), zh, at)).toEqual(['已更換軸承', '改善建議:出廠加測噪音']);
    expect(eventDetails(e('RESOLVED', { text: '已答覆', data: { summary: '已答覆', improvementProposal: null } }), en, at)).toEqual(['已答覆']);
  });

  it('translates the notes the API writes for returns and repairs (R-SVC-8), and keeps any other text as written', () => {
    expect(eventDetails(e('NOTE', { text: 'Repair QC_PASSED' }), zh, at)).toEqual(['維修進度:品管檢驗通過']);
    expect(eventDetails(e('NOTE', { text: 'Return outside the window (shipped 2026-08-01): exception requested.' }), en, at)).toEqual(['Outside the return window (shipped 2026-08-01): exception requested']);
    expect(eventDetails(e('NOTE', { text: 'Customer consented to the charge: 簽署同意書' }), zh, at)).toEqual(['客戶同意維修費用:簽署同意書']);
    expect(eventDetails(e('REOPENED', { text: 'The customer was not satisfied at the follow-up; re-check.' }), zh, at)).toEqual(['回訪時客戶不滿意,重新檢查']);
    expect(eventDetails(e('NOTE', { text: '客戶來電詢問進度' }), zh, at)).toEqual(['客戶來電詢問進度']);
  });

  it('colours setbacks red, waiting orange and what the customer sees done green', () => {
    expect(eventTone(e('SOLUTION_REFUSED'))).toBe('red');
    expect(eventTone(e('WAITING_CUSTOMER'))).toBe('orange');
    expect(eventTone(e('FOLLOW_UP_DONE', { data: { reached: true, satisfied: false } }))).toBe('red');
    expect(eventTone(e('RESOLVED'))).toBe('green');
  });

  it('splits notes into lines with their step codes', () => {
    expect(noteLines('已處理\nJOINT_REVIEW: 原因不明\n\nX: y')).toEqual([
      { tag: null, text: '已處理' },
      { tag: 'JOINT_REVIEW', text: '原因不明' },
      { tag: null, text: 'X: y' },
    ]);
  });
});
