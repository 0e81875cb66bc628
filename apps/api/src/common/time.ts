const formats = new Map<string, Intl.DateTimeFormat>();

function format(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) formats.set(timeZone, (f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return f;
}

/** The calendar date (YYYY-MM-DD) of an instant in the company's time zone. */
export function localDate(at: Date, timeZone: string): string {
  return format(timeZone).format(at);
}

export const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` by calendar date in the time zone (0 on the same day). */
export function daysBetween(from: Date, to: Date, timeZone: string): number {
  return Math.round((Date.parse(localDate(to, timeZone)) - Date.parse(localDate(from, timeZone))) / DAY_MS);
}

export function addDays(at: Date, days: number): Date {
  return new Date(at.getTime() + days * DAY_MS);
}

/** Midnight starting a local date (YYYY-MM-DD) in the time zone, as an instant. */
export function startOfLocalDate(date: string, timeZone: string): Date {
  const guess = new Date(`${date}T00:00:00Z`);
  // The zone's offset at that moment: how far the local wall clock is ahead of UTC.
  const local = new Date(`${localDateTime(guess, timeZone)}Z`);
  return new Date(guess.getTime() - (local.getTime() - guess.getTime()));
}

function localDateTime(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}`;
}
