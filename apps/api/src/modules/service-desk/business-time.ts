import { localDate, startOfLocalDate } from '../../common/time';

/** Opening hours of one weekday as minutes after local midnight, e.g. [[540, 1080]] for 09:00–18:00. */
export type DayHours = [number, number][];

export interface BusinessCalendar {
  /** Index 0 = Sunday … 6 = Saturday (as Date#getUTCDay of the local date). */
  week: DayHours[];
  /** Local dates (YYYY-MM-DD) the station is closed. */
  holidays: readonly string[];
  timeZone: string;
}

const MINUTE = 60_000;
/** Far enough for any SLA target; a calendar with no open hours at all is refused before this. */
const MAX_DAYS = 3 * 366;

function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** The open intervals of one local date, as instants. */
function openIntervals(cal: BusinessCalendar, date: string): [number, number][] {
  if (cal.holidays.includes(date)) return [];
  const midnight = startOfLocalDate(date, cal.timeZone).getTime();
  return (cal.week[weekday(date)] ?? []).map(([from, to]) => [midnight + from * MINUTE, midnight + to * MINUTE]);
}

export function hasOpenHours(cal: BusinessCalendar): boolean {
  return cal.week.some((d) => d.some(([a, b]) => b > a));
}

/**
 * The instant `minutes` business minutes after `start` (R-SVC-10: SLA clocks run in the
 * station's opening hours only; nights, weekends and holidays do not count).
 */
export function addBusinessMinutes(start: Date, minutes: number, cal: BusinessCalendar): Date {
  if (!hasOpenHours(cal)) throw new Error('the business calendar has no opening hours');
  let left = minutes * MINUTE;
  let date = localDate(start, cal.timeZone);
  const from = start.getTime();
  for (let i = 0; i < MAX_DAYS; i++) {
    for (const [a, b] of openIntervals(cal, date)) {
      const s = Math.max(a, from);
      if (s >= b) continue;
      if (s + left <= b) return new Date(s + left);
      left -= b - s;
    }
    date = nextDate(date);
  }
  throw new Error('business time beyond three years');
}

/** Business minutes between two instants (0 when `to` is not after `from`). */
export function businessMinutesBetween(from: Date, to: Date, cal: BusinessCalendar): number {
  if (to <= from) return 0;
  let total = 0;
  let date = localDate(from, cal.timeZone);
  const end = localDate(to, cal.timeZone);
  for (let i = 0; i < MAX_DAYS; i++) {
    for (const [a, b] of openIntervals(cal, date)) {
      const s = Math.max(a, from.getTime());
      const e = Math.min(b, to.getTime());
      if (e > s) total += e - s;
    }
    if (date === end) break;
    date = nextDate(date);
  }
  return Math.round(total / MINUTE);
}

/** Mon–Fri 09:00–18:00 with a lunch break, Saturday mornings: the regime's station hours until a station sets its own. */
export const DEFAULT_WEEK: DayHours[] = [
  [],
  [[540, 720], [780, 1080]],
  [[540, 720], [780, 1080]],
  [[540, 720], [780, 1080]],
  [[540, 720], [780, 1080]],
  [[540, 720], [780, 1080]],
  [[540, 720]],
];
