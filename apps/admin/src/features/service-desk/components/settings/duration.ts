/*
 * SLA targets are whole business minutes in the API (R-SVC-10); people read and type them as
 * hours and minutes. Days are not offered: how long a business day is depends on the
 * station's calendar, so "1 day" would mean different targets at different stations.
 */

export interface HoursMinutes {
  hours: number;
  minutes: number;
}

export function splitMinutes(total: number): HoursMinutes {
  const whole = Math.max(0, Math.round(total));
  return { hours: Math.floor(whole / 60), minutes: whole % 60 };
}

/** Whole minutes from hours and minutes as typed; blanks count as zero, fractions are dropped. */
export function joinMinutes({ hours, minutes }: Partial<HoursMinutes>): number {
  const h = Number.isFinite(hours) ? Math.trunc(hours!) : 0;
  const m = Number.isFinite(minutes) ? Math.trunc(minutes!) : 0;
  return Math.max(0, h) * 60 + Math.max(0, m);
}

/**
 * Hours and minutes in words, leaving out a zero part: `hm` words both, `h` and `m` one each
 * (each a template with `{h}` / `{m}`).
 */
export function formatDuration(total: number, words: { hm: string; h: string; m: string }): string {
  const { hours, minutes } = splitMinutes(total);
  const template = hours && minutes ? words.hm : hours ? words.h : words.m;
  return template.replace('{h}', String(hours)).replace('{m}', String(minutes));
}
