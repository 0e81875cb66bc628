import type { SurveyResponseFilter } from '../../gql/graphql';

/*
 * The satisfaction dashboard's filter lives in the URL, so a figure can be linked to and the
 * browser's back button returns from the forms behind a figure to the same view.
 */

/** A calendar year, or a run of whole months (YYYY-MM, both included). */
export type DashboardPeriod = { kind: 'year'; year: number } | { kind: 'months'; from: string; to: string };

export interface DashboardFilter {
  period: DashboardPeriod;
  unitId: string | null;
  templateId: string | null;
}

/** The longest range the API's report covers. */
export const MAX_MONTHS = 36;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const YEAR = /^(19|20|21)\d{2}$/;

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthOf = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/** Whole months from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i++) out.push(monthOf(i));
  return out;
}

/**
 * The filter a URL asks for. A month range needs both ends, in order and no longer than the
 * report allows; anything else falls back to a year, by default the one `today` is in.
 */
export function parseDashboardParams(params: URLSearchParams, today: string): DashboardFilter {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const year = params.get('year') ?? '';
  const range = MONTH.test(from) && MONTH.test(to) && from <= to && monthsBetween(from, to).length <= MAX_MONTHS;
  const period: DashboardPeriod = range ? { kind: 'months', from, to } : { kind: 'year', year: YEAR.test(year) ? Number(year) : Number(today.slice(0, 4)) };
  return { period, unitId: params.get('unitId') || null, templateId: params.get('templateId') || null };
}

/** The URL's query for a filter; the current year, the default, is left out. */
export function dashboardParams(filter: DashboardFilter, today: string): URLSearchParams {
  const params = new URLSearchParams();
  const { period } = filter;
  if (period.kind === 'months') {
    params.set('from', period.from);
    params.set('to', period.to);
  } else if (String(period.year) !== today.slice(0, 4)) params.set('year', String(period.year));
  if (filter.unitId) params.set('unitId', filter.unitId);
  if (filter.templateId) params.set('templateId', filter.templateId);
  return params;
}

/** The months a period covers, in order. */
export function periodMonths(period: DashboardPeriod): string[] {
  return period.kind === 'year' ? monthsBetween(`${period.year}-01`, `${period.year}-12`) : monthsBetween(period.from, period.to);
}

/** A period as the API's local dates: the first day of its first month to the last day of its last. */
export function periodDates(period: DashboardPeriod): { from: string; to: string } {
  const months = periodMonths(period);
  const last = months.at(-1)!;
  const days = new Date(Date.UTC(Number(last.slice(0, 4)), Number(last.slice(5, 7)), 0)).getUTCDate();
  return { from: `${months[0]}-01`, to: `${last}-${String(days).padStart(2, '0')}` };
}

/** The fields of the forms list's filter, which its URL takes by the same names. */
export type ResponsesQuery = { [K in keyof SurveyResponseFilter]?: SurveyResponseFilter[K] | null };

// The order the parameters appear in, so that the same figure always gives the same link.
const ORDER: readonly (keyof SurveyResponseFilter)[] = [
  'unitId',
  'stationId',
  'templateId',
  'agentId',
  'month',
  'from',
  'to',
  'itemKey',
  'level',
  'satisfied',
  'dissatisfied',
  'withComments',
  'channel',
  'source',
  'complete',
  'customerId',
];

/**
 * The forms behind a figure: `/survey-responses?` with the filter's fields as parameters
 * (booleans as true/false). Empty fields are left out.
 */
export function responsesLink(query: ResponsesQuery): string {
  const params = new URLSearchParams();
  for (const key of ORDER) {
    const value = query[key];
    if (value == null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `/survey-responses?${search}` : '/survey-responses';
}

/**
 * The part of every drill-down that the dashboard's filter decides: the period, the unit
 * subtree and the template, so that the forms listed are the ones the figure counts (and,
 * without a month, the forms the export holds). A figure of one month names the month
 * instead of the period's dates.
 */
export function periodQuery(filter: DashboardFilter, month?: string | null): ResponsesQuery {
  const base: ResponsesQuery = month ? { month } : periodDates(filter.period);
  return { ...base, unitId: filter.unitId, templateId: filter.templateId };
}

/**
 * An agent's forms (R-SAT-6): the dashboard's period and template, but not its unit. The unit
 * picks agents by where they belong; an agent's figures count every form naming them, whatever
 * unit the form rated, so the forms list's unit (the form's) would drop some of them.
 */
export function agentQuery(filter: DashboardFilter, agentId: string, dissatisfied: boolean): ResponsesQuery {
  return { ...periodDates(filter.period), templateId: filter.templateId, agentId, dissatisfied: dissatisfied || null };
}
