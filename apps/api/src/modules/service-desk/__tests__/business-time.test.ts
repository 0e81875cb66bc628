import { addBusinessMinutes, businessMinutesBetween, DEFAULT_WEEK, type BusinessCalendar } from '../business-time';

/** R-SVC-10: SLA clocks count the station's business hours only. */
const cal: BusinessCalendar = { week: DEFAULT_WEEK, holidays: ['2026-10-01', '2026-10-02'], timeZone: 'Asia/Shanghai' };
const at = (local: string) => new Date(`${local}+08:00`);

describe('business time (R-SVC-10)', () => {
  it('counts within a day, skipping the lunch break', () => {
    expect(addBusinessMinutes(at('2026-11-23T09:00:00'), 120, cal)).toEqual(at('2026-11-23T11:00:00'));
    expect(addBusinessMinutes(at('2026-11-23T11:30:00'), 60, cal)).toEqual(at('2026-11-23T13:30:00'));
  });

  it('carries over nights, and over the weekend from Saturday noon to Monday', () => {
    expect(addBusinessMinutes(at('2026-11-23T17:30:00'), 60, cal)).toEqual(at('2026-11-24T09:30:00'));
    expect(addBusinessMinutes(at('2026-11-28T11:00:00'), 120, cal)).toEqual(at('2026-11-30T10:00:00'));
  });

  it('a ticket opened at night starts counting at opening time', () => {
    expect(addBusinessMinutes(at('2026-11-23T22:15:00'), 30, cal)).toEqual(at('2026-11-24T09:30:00'));
  });

  it('skips holidays', () => {
    // 2026-09-30 is a Wednesday; 1–2 October are holidays, 3 October a Saturday.
    expect(addBusinessMinutes(at('2026-09-30T17:00:00'), 120, cal)).toEqual(at('2026-10-03T10:00:00'));
  });

  it('measures business minutes between instants the same way', () => {
    expect(businessMinutesBetween(at('2026-11-23T17:30:00'), at('2026-11-24T09:30:00'), cal)).toBe(60);
    expect(businessMinutesBetween(at('2026-11-27T17:00:00'), at('2026-11-30T10:00:00'), cal)).toBe(60 + 180 + 60);
    expect(businessMinutesBetween(at('2026-11-24T10:00:00'), at('2026-11-24T09:00:00'), cal)).toBe(0);
  });

  it('round-trips: the minutes between a start and its due time are the minutes added', () => {
    const start = at('2026-11-20T16:47:00');
    for (const m of [1, 59, 480, 1000, 5000]) expect(businessMinutesBetween(start, addBusinessMinutes(start, m, cal), cal)).toBe(m);
  });

  it('refuses a calendar that is never open', () => {
    expect(() => addBusinessMinutes(at('2026-11-23T09:00:00'), 10, { ...cal, week: [[], [], [], [], [], [], []] })).toThrow(/no opening hours/);
  });
});
