import { afterEach, describe, expect, it } from 'vitest';
import { answeredWhen, excerpt, remarksOf } from './responses-view';

describe('the customer’s words on a form', () => {
  const label = (zhHant: string, en: string) => ({ zhHant, zhHans: zhHant, en });

  it('collects comments and free-text answers in question order, skipping blanks', () => {
    const answers = [
      { itemKey: 'service', kind: 'LEVEL5' as const, label: label('服務', 'Service'), comment: '維修人員遲到一小時' },
      { itemKey: 'overall', kind: 'OVERALL' as const, label: label('總體評價', 'Overall'), comment: '  ' },
      { itemKey: 'suggestions', kind: 'TEXT' as const, label: label('其他建議', 'Suggestions'), text: '建議提供線上預約', comment: null },
      { itemKey: 'gone', kind: 'LEVEL5' as const, label: null, comment: 'old question' },
    ];
    expect(remarksOf(answers, 'en')).toEqual([
      { itemKey: 'service', question: 'Service', text: '維修人員遲到一小時' },
      { itemKey: 'suggestions', question: 'Suggestions', text: '建議提供線上預約' },
      { itemKey: 'gone', question: 'gone', text: 'old question' },
    ]);
  });

  it('cuts long remarks on a character boundary', () => {
    expect(excerpt('等待時間太長', 10)).toBe('等待時間太長');
    expect(excerpt('等待時間太長了吧', 5)).toBe('等待時間…');
    expect(excerpt('a\n\n b', 10)).toBe('a b');
    expect(excerpt('😀😀😀', 2)).toBe('😀…');
  });
});

describe('when a form was answered', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  // 23:16 on 30 Nov in a UTC+8 company: its month is November, wherever it is read.
  const lateNovember = { answeredOn: '2026-11-30', answeredAt: '2026-11-30T15:16:00.000Z' };

  it('reads the company date and time where the reader is in the company’s zone', () => {
    process.env.TZ = 'Asia/Shanghai';
    expect(answeredWhen(lateNovember.answeredOn, lateNovember.answeredAt)).toEqual({ date: '2026-11-30', time: '23:16' });
  });

  it('keeps the company date where the reader’s clock is on the same day', () => {
    process.env.TZ = 'UTC';
    expect(answeredWhen(lateNovember.answeredOn, lateNovember.answeredAt)).toEqual({ date: '2026-11-30', time: '15:16' });
  });

  it('never pairs the company date with a time of another day', () => {
    // 00:30 on 1 Dec company time is still 30 Nov in Los Angeles and in UTC.
    process.env.TZ = 'UTC';
    expect(answeredWhen('2026-12-01', '2026-11-30T16:30:00.000Z')).toEqual({ date: '2026-12-01', time: '(2026-11-30 16:30 UTC)' });
    process.env.TZ = 'America/Los_Angeles';
    expect(answeredWhen('2026-12-01', '2026-11-30T16:30:00.000Z')).toEqual({ date: '2026-12-01', time: '(2026-11-30 08:30 PST)' });
  });
});
