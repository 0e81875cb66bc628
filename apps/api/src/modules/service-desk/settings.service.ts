import type { Ctx } from '../../context';
import { Permission } from '../../common/auth/permissions';
import { badInput, conflict, forbidden, notFound, type FieldIssue } from '../../common/errors';
import { OrgUnit, UnitKind } from '../org/org-unit.entity';
import { DEFAULT_WEEK } from './business-time';
import { ServiceCalendar, SlaPolicy } from './ticket.entity';
import type { ServiceCalendarInput, SlaPolicyInput, StationCalendar } from './settings.types';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** More open intervals than this in one day is a typing error, not opening hours. */
const MAX_INTERVALS = 8;

/**
 * The service desk's settings (R-SVC-10): each station's business calendar, which SLA clocks
 * count in, and the company-wide SLA targets. Due times already set are promises made to
 * customers and are not recomputed: a change applies to clocks started (or re-timed) after it.
 */
export class ServiceSettingsService {
  /** Every station, with its own calendar or the default one. */
  async calendars(ctx: Ctx): Promise<StationCalendar[]> {
    const stations = await ctx.em.find(OrgUnit, { kind: UnitKind.STATION, archivedAt: null }, { orderBy: { sortOrder: 'asc', code: 'asc' } });
    const rows = stations.length ? await ctx.em.find(ServiceCalendar, { station: { $in: stations.map((s) => s.id) } }) : [];
    return stations.map((s) => view(s, rows.find((r) => r.station.id === s.id) ?? null));
  }

  async calendar(ctx: Ctx, stationId: string): Promise<StationCalendar> {
    const station = await this.station(ctx, stationId);
    return view(station, await ctx.em.findOne(ServiceCalendar, { station: station.id }));
  }

  /** Sets a station's opening hours and holidays; within the ManageServiceSettings reach. */
  async setCalendar(ctx: Ctx, stationId: string, input: ServiceCalendarInput): Promise<StationCalendar> {
    const station = await this.station(ctx, stationId);
    ctx.access.assertReaches(Permission.ManageServiceSettings, station.path, null, `station ${station.code}`);
    const issues = calendarIssues(input.week, input.holidays);
    if (issues.length) throw badInput(issues);
    const week = input.week.map((day) => day.map(([from, to]) => [from, to] as [number, number]));
    const holidays = [...new Set(input.holidays)].sort();
    let row = await ctx.em.findOne(ServiceCalendar, { station: station.id });
    const before = row ? { week: row.week, holidays: row.holidays } : null;
    if (row) {
      row.week = week;
      row.holidays = holidays;
    } else row = ctx.em.create(ServiceCalendar, { station, week, holidays } as never);
    ctx.audit = { targetType: 'ServiceCalendar', targetId: row.id, before, after: { station: station.id, week, holidays } };
    await ctx.em.flush();
    return view(station, row);
  }

  /** Creates or changes the targets of one kind, severity and priority threshold; company-wide, so it needs the right for ALL. */
  async upsertPolicy(ctx: Ctx, input: SlaPolicyInput): Promise<SlaPolicy> {
    this.assertCompanyWide(ctx);
    if (input.firstResponseMinutes > input.resolutionMinutes) {
      throw badInput([{ field: 'firstResponseMinutes', message: `the first response (${input.firstResponseMinutes} min) cannot be due after the resolution (${input.resolutionMinutes} min)`, code: 'after_resolution' }]);
    }
    const key = { kind: input.kind, severity: input.severity, minPriority: input.minPriority };
    let p = await ctx.em.findOne(SlaPolicy, key);
    const before = p ? { firstResponseMinutes: p.firstResponseMinutes, updateMinutes: p.updateMinutes, resolutionMinutes: p.resolutionMinutes } : null;
    const targets = { firstResponseMinutes: input.firstResponseMinutes, updateMinutes: input.updateMinutes, resolutionMinutes: input.resolutionMinutes };
    if (p) Object.assign(p, targets);
    else p = ctx.em.create(SlaPolicy, { ...key, ...targets } as never);
    ctx.audit = { targetType: 'SlaPolicy', targetId: p.id, before, after: { ...key, ...targets } };
    await ctx.em.flush();
    return p;
  }

  /** Removes a priority policy; the base one (minPriority 0) stays, as every case of its kind and severity needs it. */
  async deletePolicy(ctx: Ctx, id: string): Promise<string> {
    this.assertCompanyWide(ctx);
    const p = await ctx.em.findOne(SlaPolicy, { id });
    if (!p) throw notFound('SLA policy', id);
    if (p.minPriority === 0) {
      throw conflict(`The base SLA policy of ${p.kind} ${p.severity} cannot be deleted: cases of that kind and severity fall back to it. Change its targets instead.`, { reason: 'BASE_POLICY' });
    }
    ctx.audit = { targetType: 'SlaPolicy', targetId: p.id, before: { kind: p.kind, severity: p.severity, minPriority: p.minPriority, firstResponseMinutes: p.firstResponseMinutes, updateMinutes: p.updateMinutes, resolutionMinutes: p.resolutionMinutes }, after: null };
    ctx.em.remove(p);
    await ctx.em.flush();
    return id;
  }

  private assertCompanyWide(ctx: Ctx): void {
    if (!ctx.access.reach(Permission.ManageServiceSettings).all) {
      throw forbidden('SLA targets apply to every station: changing them needs ManageServiceSettings for the whole company.', [Permission.ManageServiceSettings], 'OUT_OF_SCOPE');
    }
  }

  private async station(ctx: Ctx, id: string): Promise<OrgUnit> {
    const u = await ctx.em.findOne(OrgUnit, { id });
    if (!u || u.archivedAt || u.kind !== UnitKind.STATION) throw notFound('Station', id);
    return u;
  }
}

function view(station: OrgUnit, row: ServiceCalendar | null): StationCalendar {
  const custom = row?.week?.length === 7;
  return {
    stationId: station.id,
    stationCode: station.code,
    stationName: station.name,
    week: custom ? row!.week : DEFAULT_WEEK,
    holidays: row?.holidays ?? [],
    custom,
    updatedAt: row?.updatedAt ?? null,
  };
}

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** What is wrong with a week of opening hours and a list of holidays, each naming the weekday and interval. */
export function calendarIssues(week: number[][][], holidays: string[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (week.length !== 7) issues.push({ field: 'week', message: `give seven weekdays, Sunday first (got ${week.length})`, code: 'length', limits: [7, 7] });
  week.slice(0, 7).forEach((day, d) => {
    const name = WEEKDAYS[d]!;
    if (day.length > MAX_INTERVALS) issues.push({ field: `week[${d}]`, message: `${name}: at most ${MAX_INTERVALS} open intervals`, code: 'too_many', limits: [0, MAX_INTERVALS] });
    let prev: [number, number] | null = null;
    day.forEach((interval, i) => {
      const field = `week[${d}][${i}]`;
      const where = `${name}, interval ${i + 1}`;
      if (interval.length !== 2) {
        issues.push({ field, message: `${where}: give [fromMinute, toMinute]`, code: 'not_a_pair' });
        return;
      }
      const [from, to] = interval as [number, number];
      if ([from, to].some((m) => !Number.isInteger(m) || m < 0 || m > 1440)) {
        issues.push({ field, message: `${where} [${from}, ${to}]: minutes after midnight run from 0 to 1440`, code: 'out_of_range', limits: [0, 1440] });
        return;
      }
      if (from >= to) issues.push({ field, message: `${where} (${hhmm(from)}–${hhmm(to)}): it must start before it ends`, code: 'empty_interval' });
      else if (prev && from < prev[0]) issues.push({ field, message: `${where} (${hhmm(from)}–${hhmm(to)}): list the intervals in order of time`, code: 'unsorted' });
      else if (prev && from < prev[1]) issues.push({ field, message: `${where} (${hhmm(from)}–${hhmm(to)}) overlaps the one before (${hhmm(prev[0])}–${hhmm(prev[1])})`, code: 'overlap' });
      prev = [from, to];
    });
  });
  if (!issues.length && !week.some((day) => day.some(([a, b]) => b! > a!))) {
    issues.push({ field: 'week', message: 'open at least one interval a week: SLA clocks count opening hours only', code: 'no_open_hours' });
  }
  holidays.forEach((h, i) => {
    const at = /^\d{4}-\d{2}-\d{2}$/.test(h) ? Date.parse(`${h}T00:00:00Z`) : NaN;
    const ok = !Number.isNaN(at) && new Date(at).toISOString().slice(0, 10) === h;
    if (!ok) issues.push({ field: `holidays[${i}]`, message: `${JSON.stringify(h)} is not a date (YYYY-MM-DD)`, code: 'invalid_date' });
  });
  return issues;
}
