import { describe, expect, it } from 'vitest';
import {
  addHoliday,
  addInterval,
  calendarErrors,
  calendarField,
  draftOf,
  formatMinutes,
  parseTime,
  removeHoliday,
  removeInterval,
  replaceDay,
  sameCalendar,
  setBound,
  timeChoices,
  toggleClosed,
  weekInput,
  withoutDay,
  withoutHolidays,
} from './calendar';

/** R-SVC-10: a station's opening hours, edited as times of day and sent as minutes after midnight. */
const WEEK = [[], [[540, 720], [780, 1080]], [[540, 720], [780, 1080]], [[540, 720], [780, 1080]], [[540, 720], [780, 1080]], [[540, 720], [780, 1080]], [[540, 720]]];

describe('times of day', () => {
  it('writes and reads HH:mm, midnight at the end of the day included', () => {
    expect([0, 545, 1080, 1440].map(formatMinutes)).toEqual(['00:00', '09:05', '18:00', '24:00']);
    expect(['9:30', '13:00', '24:00', ' 08:15 '].map(parseTime)).toEqual([570, 780, 1440, 495]);
    expect(['24:01', '12:60', '1300', '', 'noon'].map(parseTime)).toEqual([null, null, null, null, null]);
  });

  it('offers a grid of times and keeps times already in use that fall between its steps', () => {
    const choices = timeChoices(15, [545, null, 1440]);
    expect(choices.slice(0, 3)).toEqual([0, 15, 30]);
    expect(choices.at(-1)).toBe(1440);
    expect(choices).toContain(545);
    expect(choices).toHaveLength(97 + 1);
  });
});

describe('editing a day', () => {
  it('adds an interval after the last one, never past midnight', () => {
    expect(addInterval([])).toEqual([{ from: 540, to: 1080 }]);
    expect(addInterval([{ from: 540, to: 720 }])).toEqual([{ from: 540, to: 720 }, { from: 720, to: 960 }]);
    expect(addInterval([{ from: 1200, to: 1320 }]).at(-1)).toEqual({ from: 1320, to: 1440 });
    expect(addInterval([{ from: 1200, to: 1440 }]).at(-1)).toEqual({ from: null, to: null });
  });

  it('changes, removes, closes and reopens without touching other intervals or days', () => {
    const week = draftOf(WEEK);
    const saturday = setBound(addInterval(week[6]!), 1, 'to', 1020);
    expect(saturday).toEqual([{ from: 540, to: 720 }, { from: 720, to: 1020 }]);
    expect(removeInterval(saturday, 0)).toEqual([{ from: 720, to: 1020 }]);
    expect(toggleClosed(saturday)).toEqual([]);
    expect(toggleClosed([])).toEqual([{ from: 540, to: 1080 }]);
    const next = replaceDay(week, 6, saturday);
    expect(next[6]).toBe(saturday);
    expect(next[1]).toBe(week[1]);
    expect(week[6]).toEqual([{ from: 540, to: 720 }]);
  });
});

describe('what is sent and what comes back', () => {
  it('sends minutes, in the order the person gave, and holds back intervals missing a time', () => {
    expect(weekInput(draftOf(WEEK))).toEqual({ week: WEEK });
    // Out of order or overlapping is for the API to judge and name; only blanks cannot be sent.
    const odd = replaceDay(draftOf(WEEK), 3, [{ from: 780, to: 1080 }, { from: 540, to: 800 }]);
    expect(weekInput(odd)).toEqual({ week: WEEK.map((d, i) => (i === 3 ? [[780, 1080], [540, 800]] : d)) });
    const blank = replaceDay(draftOf(WEEK), 6, [{ from: 540, to: 720 }, { from: 780, to: null }]);
    expect(weekInput(blank)).toEqual({ incomplete: ['week[6][1]'] });
  });

  it('places each issue of the API on the interval, day or holiday it names', () => {
    expect(calendarField('week[6][1]')).toBe('week[6][1]');
    expect(calendarField('input.week.6.1')).toBe('week[6][1]');
    expect(calendarField('input.holidays.2')).toBe('holidays[2]');
    const issues = ['week[6][1]', 'week[6]', 'week[1][0]', 'week', 'holidays[0]'].map((field) => ({ field, message: field }));
    const fields = (list: { field: string }[]) => list.map((i) => i.field);
    expect(fields(withoutDay(issues, 6))).toEqual(['week[1][0]', 'week', 'holidays[0]']);
    expect(fields(withoutHolidays(issues))).toEqual(['week[6][1]', 'week[6]', 'week[1][0]', 'week']);
  });

  it('words the codes it knows and keeps the API’s message, which names the weekday and interval, for the rest', () => {
    const word = (code: string) => ({ overlap: '與前一個時段重疊' })[code];
    const issues = [
      { field: 'week[3][1]', code: 'overlap', message: 'Wednesday, interval 2 (11:40–18:00) overlaps the one before (09:00–12:00)' },
      { field: 'week[6][0]', code: 'not_a_pair', message: 'Saturday, interval 1: give [fromMinute, toMinute]' },
      { field: 'week[6][0]', message: 'Saturday, interval 1: something else' },
    ];
    expect(calendarErrors(issues, word)).toEqual({
      'week[3][1]': '與前一個時段重疊',
      'week[6][0]': 'Saturday, interval 1: give [fromMinute, toMinute]; Saturday, interval 1: something else',
    });
  });

  it('keeps holidays unique and in date order, and knows when nothing changed', () => {
    const holidays = addHoliday(addHoliday(['2026-10-10'], '2026-01-01'), '2026-10-10');
    expect(holidays).toEqual(['2026-01-01', '2026-10-10']);
    expect(removeHoliday(holidays, '2026-01-01')).toEqual(['2026-10-10']);
    const saved = { week: draftOf(WEEK), holidays };
    expect(sameCalendar(saved, { week: draftOf(WEEK), holidays: [...holidays] })).toBe(true);
    expect(sameCalendar(saved, { week: draftOf(WEEK), holidays: ['2026-01-01'] })).toBe(false);
    expect(sameCalendar(saved, { week: replaceDay(draftOf(WEEK), 0, [{ from: 600, to: 660 }]), holidays })).toBe(false);
  });
});
