import type { SurveyChannel, SurveyResponseFilter, SurveySource } from '../../gql/graphql';
import { LEVELS } from './levels';

/**
 * The forms list's filter as it travels in the URL. The parameters are named exactly like the
 * fields of `SurveyResponseFilter`, so the dashboard can link any figure to the forms behind
 * it (`/survey-responses?unitId=…&month=2026-11&satisfied=false`) without knowing this page.
 */
// Ids travel as strings here; the generated input also allows numbers for the ID scalar.
export type ResponseFilter = {
  [K in keyof SurveyResponseFilter]-?: Exclude<SurveyResponseFilter[K], null | undefined | number>;
};
export type ResponseFilterKey = keyof ResponseFilter;
export type Filter = Partial<ResponseFilter>;

export const CHANNELS: readonly SurveyChannel[] = ['ONLINE', 'PHONE', 'INTERVIEW'];
export const SOURCES: readonly SurveySource[] = ['TICKET', 'REPAIR', 'VISIT', 'CAMPAIGN', 'SAMPLE', 'MANUAL', 'RE_SURVEY'];

type Kind = 'id' | 'date' | 'month' | 'key' | 'bool' | 'true' | 'level' | 'channel' | 'source';

/** Every field of the filter, in the order its tags are shown. */
const FIELDS: readonly (readonly [ResponseFilterKey, Kind])[] = [
  ['month', 'month'],
  ['from', 'date'],
  ['to', 'date'],
  ['unitId', 'id'],
  ['stationId', 'id'],
  ['templateId', 'id'],
  ['agentId', 'id'],
  ['customerId', 'id'],
  ['channel', 'channel'],
  ['source', 'source'],
  ['itemKey', 'key'],
  ['level', 'level'],
  ['satisfied', 'bool'],
  // The API treats false as "without any": the dashboard never asks for that, so only true travels.
  ['dissatisfied', 'true'],
  ['withComments', 'true'],
  ['complete', 'bool'],
];
export const FILTER_KEYS: readonly ResponseFilterKey[] = FIELDS.map(([key]) => key);

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const ITEM_KEY = /^[a-z][a-z0-9_]{0,39}$/;
// Ids are UUIDs today; anything id-like is passed on and the server answers for it.
const ID = /^[\w-]{1,64}$/;

function parse(kind: Kind, raw: string): string | boolean | undefined {
  switch (kind) {
    case 'id':
      return ID.test(raw) ? raw : undefined;
    case 'date':
      return DATE.test(raw) ? raw : undefined;
    case 'month':
      return MONTH.test(raw) ? raw : undefined;
    case 'key':
      return ITEM_KEY.test(raw) ? raw : undefined;
    case 'bool':
      return raw === 'true' ? true : raw === 'false' ? false : undefined;
    case 'true':
      return raw === 'true' ? true : undefined;
    case 'level':
      return (LEVELS as readonly string[]).includes(raw) ? raw : undefined;
    case 'channel':
      return (CHANNELS as readonly string[]).includes(raw) ? raw : undefined;
    case 'source':
      return (SOURCES as readonly string[]).includes(raw) ? raw : undefined;
  }
}

/**
 * The filter a URL asks for. A malformed value is dropped rather than sent: a hand-edited
 * link then shows more forms, never a validation error in place of the list.
 */
export function filterFromParams(params: URLSearchParams): Filter {
  const filter: Record<string, string | boolean> = {};
  for (const [key, kind] of FIELDS) {
    const raw = params.get(key);
    if (raw === null) continue;
    const value = parse(kind, raw.trim());
    if (value !== undefined) filter[key] = value;
  }
  const f = filter as Filter;
  // A range backwards finds nothing; the reader meant the other way round.
  if (f.from && f.to && f.from > f.to) [f.from, f.to] = [f.to, f.from];
  return f;
}

/** The URL parameters of a filter, in a stable order so equal filters give equal links. */
export function paramsFromFilter(filter: Filter, extra: Record<string, string | undefined> = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filter[key];
    if (value === undefined || value === null || value === '') continue;
    if (value === false && FIELDS.find(([k]) => k === key)?.[1] === 'true') continue;
    params.set(key, String(value));
  }
  for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value);
  return params;
}

/** The filter with one field changed (undefined removes it); a new period replaces the other kind. */
export function withFilter(filter: Filter, patch: Filter): Filter {
  const next: Filter = { ...filter, ...patch };
  if (patch.month) {
    delete next.from;
    delete next.to;
  }
  if (patch.from || patch.to) delete next.month;
  // The level and satisfied/below judge the same answer; one at a time reads plainly.
  if (patch.level) delete next.satisfied;
  if (patch.satisfied !== undefined) delete next.level;
  for (const key of FILTER_KEYS) if (next[key] === undefined || next[key] === null) delete next[key];
  return next;
}

export function withoutFilter(filter: Filter, key: ResponseFilterKey): Filter {
  const next = { ...filter };
  delete next[key];
  return next;
}

/** The filter's fields that are set, in display order: one removable tag each. */
export function activeFilters(filter: Filter): { key: ResponseFilterKey; value: string | boolean }[] {
  return FILTER_KEYS.flatMap((key) => {
    const value = filter[key];
    return value === undefined || value === null ? [] : [{ key, value }];
  });
}

/** The filter as the API takes it (nulls for unset fields are left out). */
export function toApiFilter(filter: Filter): SurveyResponseFilter {
  return Object.fromEntries(activeFilters(filter).map(({ key, value }) => [key, value])) as SurveyResponseFilter;
}

/** 1-based page from the URL; anything else is the first page. */
export function pageFromParams(params: URLSearchParams): number {
  const n = Number(params.get('page'));
  return Number.isInteger(n) && n > 1 ? n : 1;
}
