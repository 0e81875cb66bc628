import { describe, expect, it } from 'vitest';
import { addMessages, translate } from '../../shared/i18n';
import { serviceDeskMessages } from './messages';
import { formatDuration, QUEUE_SLA_STATE, slaReading, slaText, type SlaClock } from './sla';

// As the feature's routes load it with its pages.
addMessages(serviceDeskMessages);

const en = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate('en', key, vars);
const zh = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate('zh-Hant', key, vars);

const OPENED = Date.parse('2026-12-01T09:00:00+08:00');
const at = (minutes: number) => new Date(OPENED + minutes * 60_000).toISOString();
const clock = (extra: Partial<SlaClock> = {}): SlaClock => ({
  status: 'OPEN',
  openedAt: at(0),
  paused: false,
  firstResponseDueAt: at(120),
  firstRespondedAt: null,
  firstResponseBreached: false,
  nextUpdateDueAt: null,
  resolutionDueAt: at(960),
  resolutionBreached: false,
  ...extra,
});
const minutes = (n: number) => OPENED + n * 60_000;

describe('SLA countdown (R-SVC-10)', () => {
  it('counts down to the first reply until the customer has had one', () => {
    expect(slaReading(clock(), minutes(30))).toEqual({ state: 'ok', target: 'FIRST_RESPONSE', dueAt: at(120), msLeft: 90 * 60_000 });
  });

  it('then to the sooner of the next update and the resolution', () => {
    const replied = clock({ status: 'IN_PROGRESS', firstRespondedAt: at(10), nextUpdateDueAt: at(250) });
    expect(slaReading(replied, minutes(60))).toMatchObject({ target: 'UPDATE', dueAt: at(250) });
    expect(slaReading({ ...replied, nextUpdateDueAt: at(2000) }, minutes(60))).toMatchObject({ target: 'RESOLUTION', dueAt: at(960) });
  });

  it('warns in the last quarter of the time a target gives, like the API’s sweep', () => {
    // 120 minutes from opening: the last 30 are the warning.
    expect(slaReading(clock(), minutes(89)).state).toBe('ok');
    expect(slaReading(clock(), minutes(90)).state).toBe('warning');
  });

  it('shows a target past due as breached, with the time it is late', () => {
    const r = slaReading(clock(), minutes(135));
    expect(r).toMatchObject({ state: 'breached', target: 'FIRST_RESPONSE', msLeft: -15 * 60_000 });
    expect(slaText(r, en)).toBe('First reply 15 min 00 s overdue');
  });

  it('stands still while waiting for the customer', () => {
    const r = slaReading(clock({ status: 'WAITING_CUSTOMER', paused: true }), minutes(500));
    expect(r.state).toBe('paused');
    expect(slaText(r, zh)).toBe('計時暫停');
  });

  it('says whether a finished case kept its targets', () => {
    expect(slaReading(clock({ status: 'RESOLVED' }), minutes(10)).state).toBe('met');
    expect(slaReading(clock({ status: 'CLOSED', firstResponseBreached: true }), minutes(10)).state).toBe('missed');
  });

  it('has nothing to count without due times', () => {
    expect(slaReading(clock({ firstResponseDueAt: null, resolutionDueAt: null }), minutes(0)).state).toBe('none');
  });

  it('words the time left in the largest two units', () => {
    expect(formatDuration((2 * 24 + 3) * 3_600_000 + 59 * 60_000, en)).toBe('2 d 3 h');
    expect(formatDuration(65 * 60_000 + 30_000, zh)).toBe('1 小時 5 分');
    expect(formatDuration(-(4 * 60_000 + 7_000), en)).toBe('4 min 07 s');
    expect(slaText(slaReading(clock(), minutes(30)), zh)).toBe('首次回覆 剩 1 小時 30 分');
  });
});

describe('the queue’s SLA filter reads the badge’s states (R-SVC-10)', () => {
  const state = (c: SlaClock, m: number) => QUEUE_SLA_STATE[slaReading(c, minutes(m)).state] ?? null;

  it('names each active state as the API’s filter does, at the same boundaries', () => {
    expect(state(clock(), 89)).toBe('ON_TRACK');
    // Exactly a quarter of the time left is already the warning; the due time itself is not yet late.
    expect(state(clock(), 90)).toBe('WARNING');
    expect(state(clock(), 120)).toBe('WARNING');
    expect(state(clock(), 120.001)).toBe('BREACHED');
    expect(state(clock({ status: 'WAITING_CUSTOMER', paused: true }), 500)).toBe('PAUSED');
  });

  it('gives finished cases and cases without targets no state, as the API does', () => {
    expect(state(clock({ status: 'RESOLVED' }), 10)).toBeNull();
    expect(state(clock({ firstResponseDueAt: null, resolutionDueAt: null }), 10)).toBeNull();
  });
});
