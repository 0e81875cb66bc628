/*
 * Editing a station's business calendar (R-SVC-10) before it goes to the API. The API owns
 * the rules (ascending, non-overlapping intervals that start before they end, some opening
 * hours in the week, real dates) and names the weekday and interval of each problem; the
 * editor only keeps what a person typed until it can be sent, and puts each issue the API
 * returns back under the interval, day or holiday it names.
 */

export const DAY_MINUTES = 1440;
/** Minutes after local midnight; null while the person has not picked the time yet. */
export interface IntervalDraft {
  from: number | null;
  to: number | null;
}
export type DayDraft = readonly IntervalDraft[];
export type WeekDraft = readonly DayDraft[];

/** Weekdays in the API's order (0 = Sunday), listed Monday first as a working week reads. */
export const WEEKDAY_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;
export type Weekday = (typeof WEEKDAY_ORDER)[number];

/** Where a day with no hours yet opens, and how long a new interval lasts. */
const DEFAULT_OPEN: IntervalDraft = { from: 9 * 60, to: 18 * 60 };
const NEW_INTERVAL_MINUTES = 4 * 60;

/** `HH:mm`; the end of the day is 24:00, as the API counts it. */
export function formatMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Minutes after midnight of `HH:mm` (00:00…24:00), or null when it is not such a time. */
export function parseTime(text: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return Number(m[2]) < 60 && minutes <= DAY_MINUTES ? minutes : null;
}

/** The times a picker offers: every `step` minutes from 00:00 to 24:00, plus any times already in use. */
export function timeChoices(step: number, inUse: readonly (number | null)[] = []): number[] {
  const grid = Array.from({ length: Math.floor(DAY_MINUTES / step) + 1 }, (_, i) => i * step);
  const extra = inUse.filter((m): m is number => m != null && m >= 0 && m <= DAY_MINUTES);
  return [...new Set([...grid, ...extra])].sort((a, b) => a - b);
}

export function draftOf(week: readonly (readonly (readonly number[])[])[]): WeekDraft {
  return week.map((day) => day.map(([from, to]) => ({ from: from ?? null, to: to ?? null })));
}

/**
 * A new interval after the day's last one: from where it ends, for a few hours but not past
 * midnight. A closed day opens with the usual office hours; after a day that already runs to
 * midnight the new interval is left for the person to fill.
 */
export function addInterval(day: DayDraft): DayDraft {
  const last = day.at(-1);
  if (!last) return [DEFAULT_OPEN];
  if (last.to == null || last.to >= DAY_MINUTES) return [...day, { from: null, to: null }];
  return [...day, { from: last.to, to: Math.min(DAY_MINUTES, last.to + NEW_INTERVAL_MINUTES) }];
}

export function removeInterval(day: DayDraft, index: number): DayDraft {
  return day.filter((_, i) => i !== index);
}

export function setBound(day: DayDraft, index: number, bound: keyof IntervalDraft, minutes: number | null): DayDraft {
  return day.map((interval, i) => (i === index ? { ...interval, [bound]: minutes } : interval));
}

/** Opens a closed day with the usual hours, or closes an open one (an empty list is a closed day). */
export function toggleClosed(day: DayDraft): DayDraft {
  return day.length ? [] : [DEFAULT_OPEN];
}

export const replaceDay = (week: WeekDraft, weekday: number, day: DayDraft): WeekDraft => week.map((d, i) => (i === weekday ? day : d));

/** The API's name for an interval, a day or a holiday, as its issues use them. */
export const intervalField = (weekday: number, index: number) => `week[${weekday}][${index}]`;
export const dayField = (weekday: number) => `week[${weekday}]`;
export const holidayField = (index: number) => `holidays[${index}]`;

/**
 * The week as the API takes it, or the intervals still missing a time: those cannot be
 * sent as numbers, so they are the one thing checked here.
 */
export function weekInput(week: WeekDraft): { week: number[][][] } | { incomplete: string[] } {
  const incomplete = week.flatMap((day, d) => day.flatMap((iv, i) => (iv.from == null || iv.to == null ? [intervalField(d, i)] : [])));
  if (incomplete.length) return { incomplete };
  return { week: week.map((day) => day.map((iv) => [iv.from!, iv.to!])) };
}

/** The field an issue names, without the argument's prefix: `input.week[1][0]` → `week[1][0]`. */
export function calendarField(field: string): string {
  return field.replace(/^input\./, '').replace(/\.(\d+)/g, '[$1]');
}

export interface CalendarIssue {
  field: string;
  message: string;
  code?: string;
}

/** The issues left once a weekday is edited: its own and its intervals' were about what it was. */
export function withoutDay<I extends CalendarIssue>(issues: readonly I[], weekday: number): I[] {
  const prefix = dayField(weekday);
  return issues.filter((i) => {
    const field = calendarField(i.field);
    return field !== prefix && !field.startsWith(`${prefix}[`);
  });
}

/** The issues left once the holidays are edited: theirs name positions in a list that changed. */
export function withoutHolidays<I extends CalendarIssue>(issues: readonly I[]): I[] {
  return issues.filter((i) => !calendarField(i.field).startsWith('holidays'));
}

/** Holidays kept unique and in order, as the API stores them. */
export function addHoliday(holidays: readonly string[], date: string): string[] {
  return [...new Set([...holidays, date])].sort();
}

export function removeHoliday(holidays: readonly string[], date: string): string[] {
  return holidays.filter((h) => h !== date);
}

/** Whether two calendars are the same, to know when there is something to save. */
export function sameCalendar(a: { week: WeekDraft; holidays: readonly string[] }, b: { week: WeekDraft; holidays: readonly string[] }): boolean {
  return JSON.stringify([a.week, a.holidays]) === JSON.stringify([b.week, b.holidays]);
}

/**
 * The API's issues about a calendar, worded for the reader and keyed by the field they name.
 * `word` gives the reader's wording of a code it knows; any other keeps the API's own message,
 * which names the weekday and interval itself.
 */
export function calendarErrors(issues: readonly CalendarIssue[], word: (code: string) => string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const field = calendarField(issue.field);
    const text = (issue.code && word(issue.code)) || issue.message;
    out[field] = out[field] ? `${out[field]}; ${text}` : text;
  }
  return out;
}
