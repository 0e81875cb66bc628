import { describe, expect, it } from 'vitest';
import { activeFilters, FILTER_KEYS, filterFromParams, pageFromParams, paramsFromFilter, toApiFilter, withFilter, withoutFilter } from './responses-filter';

const params = (query: string) => new URLSearchParams(query);

describe('the forms list filter in the URL (the dashboard drill-down contract)', () => {
  it('reads every field of SurveyResponseFilter under its own name', () => {
    const query =
      'unitId=u1&stationId=s1&agentId=a1&month=2026-11&from=2026-11-01&to=2026-11-30&itemKey=service&level=DISSATISFIED&satisfied=false&dissatisfied=true&withComments=true&channel=PHONE&source=TICKET&complete=true&customerId=c1';
    expect(filterFromParams(params(query))).toEqual({
      unitId: 'u1',
      stationId: 's1',
      agentId: 'a1',
      month: '2026-11',
      from: '2026-11-01',
      to: '2026-11-30',
      itemKey: 'service',
      level: 'DISSATISFIED',
      satisfied: false,
      dissatisfied: true,
      withComments: true,
      channel: 'PHONE',
      source: 'TICKET',
      complete: true,
      customerId: 'c1',
    });
  });

  it('covers the whole API input', () => {
    expect([...FILTER_KEYS].sort()).toEqual(
      ['agentId', 'channel', 'complete', 'customerId', 'dissatisfied', 'from', 'itemKey', 'level', 'month', 'satisfied', 'source', 'stationId', 'templateId', 'to', 'unitId', 'withComments'].sort(),
    );
  });

  it('drops malformed values instead of sending them', () => {
    expect(filterFromParams(params('month=2026-13&from=yesterday&level=GREAT&channel=FAX&satisfied=maybe&withComments=1&itemKey=Bad Key&unitId=a%20b'))).toEqual({});
  });

  it('keeps complete=false (partial forms) and satisfied=false (below), but only true for the flags', () => {
    expect(filterFromParams(params('complete=false&satisfied=false&dissatisfied=false'))).toEqual({ complete: false, satisfied: false });
  });

  it('swaps a backwards range', () => {
    expect(filterFromParams(params('from=2026-12-31&to=2026-01-01'))).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('writes the same parameters back, in a stable order, with the page', () => {
    const filter = filterFromParams(params('withComments=true&month=2026-11&unitId=u1'));
    expect(paramsFromFilter(filter, { page: '3' }).toString()).toBe('month=2026-11&unitId=u1&withComments=true&page=3');
    expect(filterFromParams(paramsFromFilter(filter))).toEqual(filter);
  });

  it('lets a new period replace the other kind, and a level replace satisfied/below', () => {
    expect(withFilter({ month: '2026-11', unitId: 'u1' }, { from: '2026-10-01', to: '2026-10-31' })).toEqual({ unitId: 'u1', from: '2026-10-01', to: '2026-10-31' });
    expect(withFilter({ from: '2026-10-01', to: '2026-10-31' }, { month: '2026-11' })).toEqual({ month: '2026-11' });
    expect(withFilter({ satisfied: false }, { level: 'DISSATISFIED' })).toEqual({ level: 'DISSATISFIED' });
    expect(withFilter({ level: 'DISSATISFIED' }, { satisfied: true })).toEqual({ satisfied: true });
  });

  it('removes a field set to undefined, or one tag at a time', () => {
    expect(withFilter({ channel: 'PHONE', source: 'TICKET' }, { channel: undefined })).toEqual({ source: 'TICKET' });
    expect(withoutFilter({ channel: 'PHONE', source: 'TICKET' }, 'source')).toEqual({ channel: 'PHONE' });
  });

  it('lists the tags in display order and sends only what is set', () => {
    const filter = { withComments: true, month: '2026-11', complete: false } as const;
    expect(activeFilters(filter).map((f) => f.key)).toEqual(['month', 'withComments', 'complete']);
    expect(toApiFilter(filter)).toEqual({ month: '2026-11', withComments: true, complete: false });
  });

  it('reads the page, first by default', () => {
    expect(pageFromParams(params('page=4'))).toBe(4);
    expect(pageFromParams(params('page=0'))).toBe(1);
    expect(pageFromParams(params('page=x'))).toBe(1);
    expect(pageFromParams(params(''))).toBe(1);
  });
});
