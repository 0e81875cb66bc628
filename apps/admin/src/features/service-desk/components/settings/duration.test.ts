import { describe, expect, it } from 'vitest';
import { formatDuration, joinMinutes, splitMinutes } from './duration';

/** R-SVC-10: SLA targets are business minutes, shown and typed as hours and minutes. */
const WORDS = { hm: '{h} h {m} min', h: '{h} h', m: '{m} min' };

describe('SLA target durations', () => {
  it('splits minutes into hours and minutes and joins them back', () => {
    expect(splitMinutes(150)).toEqual({ hours: 2, minutes: 30 });
    expect(splitMinutes(0)).toEqual({ hours: 0, minutes: 0 });
    expect(joinMinutes({ hours: 2, minutes: 30 })).toBe(150);
    expect(joinMinutes({ hours: 8 })).toBe(480);
    expect(joinMinutes({ minutes: 45 })).toBe(45);
    expect(joinMinutes({ hours: 1.9, minutes: Number.NaN })).toBe(60);
  });

  it('words a duration without zero parts', () => {
    expect([150, 480, 45, 0, 2880].map((m) => formatDuration(m, WORDS))).toEqual(['2 h 30 min', '8 h', '45 min', '0 min', '48 h']);
  });
});
