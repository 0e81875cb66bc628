import { describe, expect, it } from 'vitest';
import { agentQuery, dashboardParams, monthsBetween, parseDashboardParams, periodDates, periodMonths, periodQuery, responsesLink, type DashboardFilter } from './dashboardFilters';

const TODAY = '2026-12-02';
const parse = (query: string) => parseDashboardParams(new URLSearchParams(query), TODAY);

describe('the dashboard filter in the URL', () => {
  it('opens on the current year, all units and templates', () => {
    expect(parse('')).toEqual({ period: { kind: 'year', year: 2026 }, unitId: null, templateId: null });
    expect(dashboardParams(parse(''), TODAY).toString()).toBe('');
  });

  it('reads a year, a unit and a template, and writes them back', () => {
    const f = parse('year=2025&unitId=u1&templateId=t1');
    expect(f).toEqual({ period: { kind: 'year', year: 2025 }, unitId: 'u1', templateId: 't1' });
    expect(dashboardParams(f, TODAY).toString()).toBe('year=2025&unitId=u1&templateId=t1');
  });

  it('reads a month range that is in order and no longer than three years', () => {
    expect(parse('from=2025-11&to=2026-02').period).toEqual({ kind: 'months', from: '2025-11', to: '2026-02' });
    expect(dashboardParams(parse('from=2025-11&to=2026-02'), TODAY).toString()).toBe('from=2025-11&to=2026-02');
    expect(parse('from=2026-02&to=2025-11').period).toEqual({ kind: 'year', year: 2026 });
    expect(parse('from=2020-01&to=2026-01').period).toEqual({ kind: 'year', year: 2026 });
    expect(parse('from=2026-13&to=2026-14').period).toEqual({ kind: 'year', year: 2026 });
    expect(parse('from=2026-01').period).toEqual({ kind: 'year', year: 2026 });
  });

  it('ignores a year that is not one', () => {
    expect(parse('year=abc').period).toEqual({ kind: 'year', year: 2026 });
    expect(parse('year=99999').period).toEqual({ kind: 'year', year: 2026 });
  });
});

describe('periods', () => {
  it('lists the months, across a new year', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(periodMonths({ kind: 'year', year: 2026 })).toHaveLength(12);
  });

  it('gives the API whole months as local dates, leap years included', () => {
    expect(periodDates({ kind: 'year', year: 2026 })).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(periodDates({ kind: 'months', from: '2023-11', to: '2024-02' })).toEqual({ from: '2023-11-01', to: '2024-02-29' });
  });
});

describe('drill-down links to the forms list', () => {
  const filter: DashboardFilter = { period: { kind: 'year', year: 2026 }, unitId: 'st', templateId: 't1' };

  it('names the parameters as the filter fields, in a fixed order, without empty ones', () => {
    expect(responsesLink({ satisfied: false, itemKey: 'service', unitId: 'u1', from: '2026-01-01', to: '2026-12-31', agentId: null })).toBe(
      '/survey-responses?unitId=u1&from=2026-01-01&to=2026-12-31&itemKey=service&satisfied=false',
    );
    expect(responsesLink({})).toBe('/survey-responses');
    expect(responsesLink({ dissatisfied: true, complete: false, level: 'DISSATISFIED' })).toBe('/survey-responses?level=DISSATISFIED&dissatisfied=true&complete=false');
  });

  it('takes the period, unit and template from the dashboard, or one month for a month’s figure', () => {
    expect(periodQuery(filter)).toEqual({ from: '2026-01-01', to: '2026-12-31', unitId: 'st', templateId: 't1' });
    expect(responsesLink({ ...periodQuery(filter, '2026-11'), unitId: 'hl' })).toBe('/survey-responses?unitId=hl&templateId=t1&month=2026-11');
    expect(responsesLink(periodQuery({ ...filter, unitId: null, templateId: null }, '2026-11'))).toBe('/survey-responses?month=2026-11');
  });

  it('opens an agent’s forms of the period and template, wherever the forms were rated (R-SAT-6)', () => {
    expect(responsesLink(agentQuery(filter, 'a1', false))).toBe('/survey-responses?templateId=t1&agentId=a1&from=2026-01-01&to=2026-12-31');
    expect(responsesLink(agentQuery({ ...filter, templateId: null }, 'a1', true))).toBe('/survey-responses?agentId=a1&from=2026-01-01&to=2026-12-31&dissatisfied=true');
  });
});
