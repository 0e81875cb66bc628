import type { Knex } from '@mikro-orm/knex';
import type { Ctx } from '../../context';
import { Permission } from '../../common/auth/permissions';
import { escapeLike, whereReach } from '../../common/auth/scope-filter';
import { badField, notFound } from '../../common/errors';
import { uuidv7 } from '../../common/entity';
import { dbTime, execute } from '../../common/sql';
import { pageOf, pageRequest, type Page } from '../../common/pagination';
import { addDays, localDate, startOfLocalDate } from '../../common/time';
import { Employee } from '../org/employee.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { WinBackStatus, WinBackTask } from './win-back.entity';
import type { CustomerRow, CustomerService } from './customer.service';
import type { TierService } from './tier.service';
import { MAX_CUSTOMER_OFFSET } from './customer.service';
import type { BirthdayArgs, CreateWinBackTasksInput, CrmSettingsInput, UpdateWinBackTaskInput, WinBackTasksArgs } from './crm.inputs';

export interface RetentionRow {
  stationId: string;
  month: string;
  base: number;
  retained: number;
}

/**
 * Member care (R-CRM-3) and lost customers (R-CRM-4): birthday lists, win-back tasks, and
 * the retention rate per station and month.
 */
export class CareService {
  constructor(
    private readonly customers: CustomerService,
    private readonly tiers: TierService,
  ) {}

  /**
   * Customers whose birthday (month and day) falls between two dates, wrapping past the year
   * end. Listing people by birthday discloses birthdays, so rows are limited to the reach
   * of ReadCustomerContact (R-ACL-3).
   */
  async birthdays(ctx: Ctx, args: BirthdayArgs): Promise<Page<CustomerRow>> {
    const page = pageRequest(args, MAX_CUSTOMER_OFFSET);
    const found = await this.customers.filtered(ctx, { stationId: args.stationId }, Permission.ReadCustomerContact);
    if (!found) return pageOf([], page, () => [], async () => 0);
    const { q } = found;
    const from = args.from.slice(5);
    const to = args.to.slice(5);
    if (from <= to) q.whereBetween('c.birth_month_day', [from, to]);
    else q.where((w: Knex.QueryBuilder) => w.where('c.birth_month_day', '>=', from).orWhere('c.birth_month_day', '<=', to));
    const rows = q.clone().leftJoin('tier as t', 't.id', 'c.tier_id').select(this.customers.columns(ctx)).orderBy([{ column: 'c.birth_month_day' }, { column: 'c.code' }]).limit(page.limit + 1).offset(page.offset);
    const result = await execute<Record<string, unknown>[]>(ctx, rows);
    return pageOf(result.map((r) => this.customers.mapRow(ctx, r)), page, (c) => [c.code], async () => {
      const [row] = await execute<{ n: number | string }[]>(ctx, q.clone().count({ n: '*' }));
      return Number(row?.n ?? 0);
    });
  }

  async updateSettings(ctx: Ctx, input: CrmSettingsInput) {
    const s = await this.tiers.settings(ctx);
    ctx.audit = { targetType: 'CrmSettings', targetId: '1', before: { lostAfterDays: s.lostAfterDays }, after: { ...input } };
    s.lostAfterDays = input.lostAfterDays;
    await ctx.em.flush();
    return s;
  }

  /**
   * R-CRM-4: a task for each lost customer (no purchase for `days`) within reach who has no
   * open task yet. Customers who never bought are not lost, only not yet won.
   */
  async createWinBackTasks(ctx: Ctx, input: CreateWinBackTasksInput): Promise<number> {
    const settings = await this.tiers.settings(ctx);
    const days = input.days ?? settings.lostAfterDays;
    const now = ctx.now();
    const knex = ctx.em.getKnex();
    const q = knex('customer as c').join('org_unit as s', 's.id', 'c.home_station_id');
    if (!whereReach(q, ctx.access, Permission.ManageWinBack, 's.path')) return 0;
    if (input.stationId) {
      const unit = await ctx.em.findOne(OrgUnit, { id: input.stationId });
      if (!unit) throw badField('stationId', `unit ${input.stationId} does not exist`, 'not_found');
      q.where('s.path', 'like', `${escapeLike(unit.path)}%`);
    }
    q.where('c.last_purchase_at', '<', dbTime(ctx.em, addDays(now, -days)))
      .whereNotExists(knex('win_back_task as w').whereRaw('w.customer_id = c.id').whereIn('w.status', [WinBackStatus.OPEN, WinBackStatus.CONTACTED]))
      .select('c.id', 'c.home_station_id', 'c.last_purchase_at');
    const lost = await execute<{ id: string; home_station_id: string; last_purchase_at: unknown }[]>(ctx, q);
    const dueOn = localDate(addDays(now, input.dueInDays), ctx.config.timeZone);
    const rows = lost.map((c) => ({
      id: uuidv7(now.getTime()),
      customer_id: c.id,
      station_id: c.home_station_id,
      status: WinBackStatus.OPEN,
      due_on: dueOn,
      last_purchase_at: c.last_purchase_at,
      created_at: dbTime(ctx.em, now),
      updated_at: dbTime(ctx.em, now),
    }));
    for (let i = 0; i < rows.length; i += 200) await execute(ctx, knex('win_back_task').insert(rows.slice(i, i + 200)), 'run');
    ctx.audit = { targetType: 'WinBackTask', before: null, after: { created: rows.length, days, stationId: input.stationId ?? null } };
    return rows.length;
  }

  async winBackTasks(ctx: Ctx, args: WinBackTasksArgs): Promise<Page<WinBackTask>> {
    const page = pageRequest(args, MAX_CUSTOMER_OFFSET);
    const reach = ctx.access.reach(Permission.ManageWinBack);
    if (!reach.all && !reach.unitPaths.length) return pageOf([], page, () => [], async () => 0);
    const where: Record<string, unknown>[] = [];
    if (!reach.all) where.push({ $or: reach.unitPaths.map((p) => ({ station: { path: { $like: `${escapeLike(p)}%` } } })) });
    if (args.status?.length) where.push({ status: { $in: args.status } });
    if (args.stationId) {
      const unit = await ctx.em.findOne(OrgUnit, { id: args.stationId });
      if (!unit) throw badField('stationId', `unit ${args.stationId} does not exist`, 'not_found');
      where.push({ station: { path: { $like: `${escapeLike(unit.path)}%` } } });
    }
    const cond = { $and: where } as never;
    const rows = await ctx.em.find(WinBackTask, cond, { orderBy: { dueOn: 'asc', id: 'asc' }, limit: page.limit + 1, offset: page.offset, populate: ['customer', 'customer.homeStation'] });
    return pageOf(rows, page, (t) => [t.id], () => ctx.em.count(WinBackTask, cond));
  }

  async updateWinBackTask(ctx: Ctx, id: string, input: UpdateWinBackTaskInput): Promise<WinBackTask> {
    const task = await ctx.em.findOne(WinBackTask, { id }, { populate: ['station'] });
    if (!task || !ctx.access.reaches(Permission.ManageWinBack, task.station.path)) throw notFound('Win-back task', id);
    const before = { status: task.status, assignee: task.assignee?.id ?? null, note: task.note ?? null };
    if (input.assigneeId !== undefined) {
      const assignee = input.assigneeId ? await ctx.em.findOne(Employee, { id: input.assigneeId }) : null;
      if (input.assigneeId && !assignee) throw badField('assigneeId', 'no such employee', 'not_found');
      task.assignee = assignee;
    }
    if (input.note !== undefined) task.note = input.note?.trim() || null;
    if (input.status) {
      task.status = input.status;
      task.closedAt = input.status === WinBackStatus.WON_BACK || input.status === WinBackStatus.CLOSED ? ctx.now() : null;
    }
    ctx.audit = { targetType: 'WinBackTask', targetId: task.id, before, after: { status: task.status, assignee: task.assignee?.id ?? null, note: task.note ?? null } };
    await ctx.em.flush();
    return task;
  }

  /**
   * R-CRM-4 retention per station and month: of the customers active when the month began
   * (a purchase within the lost-customer period before it), the share still active when it
   * ended. One statement per month.
   */
  async retention(ctx: Ctx, months: number, stationId?: string | null): Promise<RetentionRow[]> {
    const settings = await this.tiers.settings(ctx);
    const knex = ctx.em.getKnex();
    const tz = ctx.config.timeZone;
    const out: RetentionRow[] = [];
    const today = localDate(ctx.now(), tz);
    let station: OrgUnit | null = null;
    if (stationId) {
      station = await ctx.em.findOne(OrgUnit, { id: stationId });
      if (!station) throw badField('stationId', `unit ${stationId} does not exist`, 'not_found');
    }
    for (let i = months - 1; i >= 0; i--) {
      const month = shiftMonth(today.slice(0, 7), -i);
      const start = startOfLocalDate(`${month}-01`, tz);
      const end = i === 0 ? ctx.now() : startOfLocalDate(`${shiftMonth(month, 1)}-01`, tz);
      const active = (from: Date, to: Date) =>
        knex('purchase as p').whereRaw('p.customer_id = c.id').where('p.status', 'RECORDED').where('p.occurred_at', '>=', dbTime(ctx.em, from)).where('p.occurred_at', '<', dbTime(ctx.em, to));
      const q = knex('customer as c')
        .join('org_unit as s', 's.id', 'c.home_station_id')
        .select({ station_id: 'c.home_station_id' })
        .count({ base: '*' })
        .select(knex.raw(`sum(case when exists (${active(addDays(end, -settings.lostAfterDays), end).select(knex.raw('1')).toQuery()}) then 1 else 0 end) as retained`))
        .whereExists(active(addDays(start, -settings.lostAfterDays), start).select(knex.raw('1')))
        .groupBy('c.home_station_id');
      if (!whereReach(q, ctx.access, Permission.ReadCrmReport, 's.path')) return [];
      if (station) q.where('s.path', 'like', `${escapeLike(station.path)}%`);
      const rows = await execute<{ station_id: string; base: number | string; retained: number | string | null }[]>(ctx, q);
      for (const r of rows) out.push({ stationId: r.station_id, month, base: Number(r.base), retained: Number(r.retained ?? 0) });
    }
    return out;
  }

  /** Customers per tier now (R-CRM-2), within the report reach. */
  async tierDistribution(ctx: Ctx): Promise<{ tierId: string | null; customers: number }[]> {
    const knex = ctx.em.getKnex();
    const q = knex('customer as c').join('org_unit as s', 's.id', 'c.home_station_id').select({ tier_id: 'c.tier_id' }).count({ n: '*' }).groupBy('c.tier_id');
    if (!whereReach(q, ctx.access, Permission.ReadCrmReport, 's.path')) return [];
    const rows = await execute<{ tier_id: string | null; n: number | string }[]>(ctx, q);
    return rows.map((r) => ({ tierId: r.tier_id, customers: Number(r.n) }));
  }
}

function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}
