import { withEm, type Ctx } from '../../context';
import { Permission } from '../../common/auth/permissions';
import { badField, conflict, forbidden, notFound } from '../../common/errors';
import { uuidv7 } from '../../common/entity';
import { mapPrefixed, prefixedColumns, refId } from '../../common/rows';
import type { Knex } from '@mikro-orm/knex';
import { dbTime, execute, forUpdate, isPostgres, preparedRead, writeAll } from '../../common/sql';
import { pageOf, pageRequest, type Page, type PageArgs } from '../../common/pagination';
import { addDays, localDate } from '../../common/time';
import type { EventBus } from '../../common/events';
import { PurchaseRecorded, PurchaseRefunded, type CustomerService, type Customer } from '../crm';
import { AdjustmentStatus, PointsAdjustment, PointsEntry, PointsEntryKind, PointsLot } from './points.entity';
import { BonusRule, BonusRuleKind, LoyaltyProgram } from './program.entity';
import type { BonusRuleInput, DecidePointsAdjustmentInput, EarnPointsInput, LoyaltyProgramInput, RedeemPointsInput, RequestPointsAdjustmentInput } from './loyalty.inputs';

/** One ledger movement; positive points add a lot, negative ones draw lots soonest-expiring first. */
interface Movement {
  customerId: string;
  kind: PointsEntryKind;
  points: number;
  reason: string;
  source: string;
  key: string | null;
  purchaseId?: string | null;
  approvedBy?: string | null;
  /** Lots to draw from before the rest (a refund takes back its purchase's own lots first). */
  preferLots?: string[];
}

interface Account {
  balance: number;
  debt: number;
}

/** The balance lookup's statement: the customer (for its station's reach) and its account, if any. */
const BALANCE_SQL = 'select s.path, a.balance, a.debt from customer c join org_unit s on s.id = c.home_station_id left join points_account a on a.customer_id = c.id where c.id = ?';

/** Lots read per statement while looking for enough to cover a redemption. */
const LOT_PAGE = 100;

/**
 * One customer's points change in progress: the locked account's figures as they will be
 * written, and the rows `post` has noted for `write`.
 */
class Change {
  entries: Record<string, unknown>[] = [];
  lots: Record<string, unknown>[] = [];
  /** Lot id → its remaining points after this change. */
  draws = new Map<string, number>();
  uses: { entry_id: string; lot_id: string; points: number }[] = [];
  /** Other inserts that go with the change (its timeline row). */
  writes: Knex.QueryBuilder[] = [];
  /** The account differs from its row. */
  dirty = false;
  lotExpiryDays: number | null = null;

  constructor(
    readonly customerId: string,
    readonly account: Account,
  ) {}

  clear(): void {
    this.entries = [];
    this.lots = [];
    this.draws = new Map();
    this.uses = [];
    this.writes = [];
  }
}

/** Lots a redemption may draw from, in order; `complete`: the customer has no other open lots. */
interface DrawnLots {
  rows: { id: string; remaining: number }[];
  complete: boolean;
}

/** Lots to draw `need` points from, in the order given: each use and what the lot keeps. */
function take(lots: { id: string; remaining: number }[], need: number): { lot_id: string; points: number; left: number }[] {
  const uses: { lot_id: string; points: number; left: number }[] = [];
  let left = need;
  for (const lot of lots) {
    if (!left) break;
    const remaining = Number(lot.remaining);
    const points = Math.min(remaining, left);
    uses.push({ lot_id: lot.id, points, left: remaining - points });
    left -= points;
  }
  return uses;
}

const sum = (uses: { points: number }[]): number => uses.reduce((s, u) => s + u.points, 0);

export interface Balance {
  customerId: string;
  balance: number;
  debt: number;
}

/**
 * The points ledger (R-LOY-1, R-LOY-2). Every change is an appended entry with its reason and
 * source; the account row holds the running balance. Each change first locks that row
 * (PostgreSQL row lock; SQLite serialises writers), so concurrent changes to one balance
 * apply one at a time: it never goes negative, and an idempotency key seen before returns
 * its first result instead of applying again (a unique index backs that up).
 */
export class LoyaltyService {
  constructor(
    private readonly customers: CustomerService,
    events: EventBus,
  ) {
    events.subscribe(PurchaseRecorded, (ctx, e) => this.onPurchase(ctx, e));
    events.subscribe(PurchaseRefunded, (ctx, e) => this.onRefund(ctx, e));
  }

  async program(ctx: Ctx): Promise<LoyaltyProgram> {
    const found = await ctx.em.findOne(LoyaltyProgram, { id: 1 });
    if (found) return found;
    await execute(ctx, ctx.em.getKnex()('loyalty_program').insert({ id: 1, points_per_currency_unit: 1, lot_expiry_days: 365 }).onConflict('id').ignore(), 'run');
    return ctx.em.findOneOrFail(LoyaltyProgram, { id: 1 });
  }

  async updateProgram(ctx: Ctx, input: LoyaltyProgramInput): Promise<LoyaltyProgram> {
    const p = await this.program(ctx);
    const before = { pointsPerCurrencyUnit: p.pointsPerCurrencyUnit, lotExpiryDays: p.lotExpiryDays };
    p.pointsPerCurrencyUnit = input.pointsPerCurrencyUnit;
    p.lotExpiryDays = input.lotExpiryDays;
    ctx.audit = { targetType: 'LoyaltyProgram', targetId: '1', before, after: { ...input } };
    await ctx.em.flush();
    return p;
  }

  bonusRules(ctx: Ctx): Promise<BonusRule[]> {
    return ctx.em.find(BonusRule, {}, { orderBy: { code: 'asc' } });
  }

  async saveBonusRule(ctx: Ctx, input: BonusRuleInput): Promise<BonusRule> {
    let rule = await ctx.em.findOne(BonusRule, { code: input.code });
    const before = rule ? { kind: rule.kind, fixedPoints: rule.fixedPoints, extraMultiplier: rule.extraMultiplier, active: rule.active } : null;
    if (!rule) rule = ctx.em.create(BonusRule, { code: input.code } as never);
    if (input.kind === BonusRuleKind.SURVEY_COMPLETED && input.extraMultiplier) {
      throw badField('extraMultiplier', 'a survey bonus has no purchase to multiply; use fixedPoints', 'not_applicable');
    }
    Object.assign(rule, { name: input.name.trim(), kind: input.kind, fixedPoints: input.fixedPoints, extraMultiplier: input.extraMultiplier, active: input.active });
    ctx.audit = { targetType: 'BonusRule', targetId: rule.id, before, after: { ...input } };
    await ctx.em.flush();
    return rule;
  }

  /** The balance in one statement, within the ReadPoints reach. */
  async balance(ctx: Ctx, customerId: string): Promise<Balance> {
    const [row] = await preparedRead<{ path: string; balance: number | null; debt: number | null }>(ctx, 'points_balance', BALANCE_SQL, [customerId]);
    if (!row || !ctx.access.reaches(Permission.ReadPoints, row.path)) throw notFound('Customer', customerId);
    return { customerId, balance: Number(row.balance ?? 0), debt: Number(row.debt ?? 0) };
  }

  async earnPoints(ctx: Ctx, input: EarnPointsInput): Promise<PointsEntry> {
    return this.applyOnce(
      ctx,
      { customerId: input.customerId, kind: PointsEntryKind.EARN, points: input.points, reason: input.reason.trim(), source: sourceOf(ctx), key: `ext:${input.idempotencyKey}` },
      Permission.EarnPoints,
    );
  }

  async redeemPoints(ctx: Ctx, input: RedeemPointsInput): Promise<PointsEntry> {
    return this.applyOnce(
      ctx,
      { customerId: input.customerId, kind: PointsEntryKind.REDEEM, points: -input.points, reason: input.reason.trim(), source: sourceOf(ctx), key: `ext:${input.idempotencyKey}` },
      Permission.RedeemPoints,
    );
  }

  /**
   * Applies a movement unless its key was applied before. The same key with the same
   * customer, kind and points returns the first entry; with anything else it is a CONFLICT.
   * `permission` is the right whose reach the customer must be within (none when the caller
   * has checked it already).
   *
   * The hot path of the API's earn and redeem: one statement locks the account row and reads
   * what the change needs (the customer's station for the reach check, the entry under the
   * key, whether a lot is due to expire, the lots a redemption draws first, the lots'
   * lifetime); one more writes the entry, its lots or lot uses, the account and the timeline
   * row. With the audit record, BEGIN and COMMIT that is five statements on PostgreSQL.
   */
  private async applyOnce(ctx: Ctx, m: Movement, permission: Permission | null): Promise<PointsEntry> {
    return (await this.apply(ctx, m, permission)).entry;
  }

  private async apply(ctx: Ctx, m: Movement, permission: Permission | null): Promise<{ entry: PointsEntry; replayed: boolean }> {
    let locked = await this.lockAccount(ctx, m);
    if (!locked) {
      // The customer's first movement (no account yet), or no such customer.
      if (permission) await this.customers.get(ctx, m.customerId, permission);
      await this.createAccount(ctx, m.customerId);
      locked = (await this.lockAccount(ctx, m))!;
    }
    if (permission) this.customers.assertReach(ctx, m.customerId, locked.customer, permission);
    if (locked.previous) {
      const previous = locked.previous;
      const same = refId(previous.customer) === m.customerId && previous.kind === m.kind && previous.points === m.points;
      if (!same) throw conflict('This idempotency key was already used for a different operation.', { reason: 'IDEMPOTENCY_KEY_REUSED', entryId: previous.id });
      ctx.audit = { targetType: 'PointsEntry', targetId: previous.id, before: null, after: { replayed: true } };
      return { entry: previous, replayed: true };
    }
    const ch = locked.change;
    if (locked.due) await this.expireDueLots(ctx, ch);
    const entry = await this.post(ctx, ch, m, locked.due ? undefined : locked.lots);
    if (m.points > 0) await this.settleDebt(ctx, ch);
    if (m.kind !== PointsEntryKind.EARN) {
      ch.writes.push(this.customers.eventInsert(ctx, m.customerId, { kind: 'POINTS', summary: `${m.points} · ${m.reason}`, refType: 'PointsEntry', refId: entry.id, data: { entry: m.kind, points: m.points, reason: m.reason } }));
    }
    await this.write(ctx, ch);
    ctx.audit = { targetType: 'PointsEntry', targetId: entry.id, before: null, after: { customer: m.customerId, kind: m.kind, points: m.points, balance: ch.account.balance } };
    return { entry, replayed: false };
  }

  /**
   * The account row locked for this transaction (PostgreSQL; SQLite serialises writers) and,
   * read in the same statement, the customer's code and station, the entry under the
   * movement's key, whether a lot is due to expire, the program's lot lifetime and, for a
   * redemption, the first lots it would draw. Null when the customer has no account (or does
   * not exist). Every points change holds this lock and rewrites the account row.
   *
   * A statement that had to wait for the lock read the other tables as they were before the
   * holder committed; the account row's version tells: the version locked (newest) against
   * the version the statement's snapshot sees. When they differ it reads again, now holding
   * the lock, so nothing it returns can be older than the last change to this balance.
   */
  private async lockAccount(ctx: Ctx, m: Movement): Promise<{ change: Change; customer: { code: string; stationPath: string }; previous: PointsEntry | null; due: boolean; lots: DrawnLots | undefined } | null> {
    const knex = ctx.em.getKnex();
    const pg = isPostgres(ctx.em);
    const q = knex('points_account as a')
      .join('customer as c', 'c.id', 'a.customer_id')
      .join('org_unit as s', 's.id', 'c.home_station_id')
      .leftJoin('loyalty_program as p', (j) => j.onVal('p.id', 1))
      .select('a.balance', 'a.debt', 'c.code', 's.path', 'p.lot_expiry_days')
      .select(knex.raw('exists (select 1 from points_lot l where l.customer_id = a.customer_id and l.remaining > 0 and l.expires_at <= ?) as due', [dbTime(ctx.em, ctx.now())]))
      .where('a.customer_id', m.customerId);
    if (pg) q.select(knex.raw('a.xmin::text as locked_version, (select v.xmin::text from points_account v where v.customer_id = ?) as read_version', [m.customerId]));
    if (m.key) q.leftJoin('points_entry as e', (j) => j.onVal('e.idempotency_key', m.key!)).select(prefixedColumns(ctx.em, PointsEntry, 'e'));
    const drawsLots = m.points < 0 && !m.preferLots?.length;
    if (drawsLots) {
      const open = `select id, remaining, expires_at from points_lot where customer_id = ? and remaining > 0 order by expires_at, id limit ${LOT_PAGE}`;
      q.select(pg ? knex.raw(`(select json_agg(json_build_array(l.id, l.remaining) order by l.expires_at, l.id) from (${open}) l) as lots`, [m.customerId]) : knex.raw(`(select json_group_array(json_array(l.id, l.remaining, l.expires_at)) from (${open}) l) as lots`, [m.customerId]));
    }
    for (let attempt = 1; ; attempt++) {
      const [row] = await execute<Record<string, unknown>[]>(ctx, forUpdate(ctx.em, q, 'a'));
      if (!row) return null;
      if (row.locked_version !== row.read_version) {
        // The second read holds the lock from the first, so no one can have changed the row since.
        if (attempt < 3) continue;
        throw new Error(`points account of customer ${m.customerId} changed while locked`);
      }
      const change = new Change(m.customerId, { balance: Number(row.balance), debt: Number(row.debt) });
      change.lotExpiryDays = row.lot_expiry_days == null ? null : Number(row.lot_expiry_days);
      let lots: DrawnLots | undefined;
      if (drawsLots) {
        const list = (typeof row.lots === 'string' ? JSON.parse(row.lots) : (row.lots ?? [])) as [string, number, number?][];
        // SQLite does not promise json_group_array keeps the subquery's order.
        if (!pg) list.sort((x, y) => x[2]! - y[2]! || (x[0] < y[0] ? -1 : 1));
        lots = { rows: list.map(([id, remaining]) => ({ id, remaining: Number(remaining) })), complete: list.length < LOT_PAGE };
      }
      return {
        change,
        customer: { code: row.code as string, stationPath: row.path as string },
        previous: m.key && row.e__id ? mapPrefixed(ctx.em, PointsEntry, row, 'e') : null,
        due: !!row.due,
        lots,
      };
    }
  }

  private async createAccount(ctx: Ctx, customerId: string): Promise<void> {
    await execute(ctx, ctx.em.getKnex()('points_account').insert({ customer_id: customerId, balance: 0, debt: 0, updated_at: dbTime(ctx.em, ctx.now()) }).onConflict('customer_id').ignore(), 'run');
  }

  /** The customer's account, locked, created at the first movement; for the other paths that change points. */
  private async account(ctx: Ctx, customerId: string): Promise<Change> {
    const read = () => execute<{ balance: number; debt: number }[]>(ctx, forUpdate(ctx.em, ctx.em.getKnex()('points_account').select('balance', 'debt').where({ customer_id: customerId })));
    let [row] = await read();
    if (!row) {
      await this.createAccount(ctx, customerId);
      [row] = await read();
    }
    return new Change(customerId, { balance: Number(row!.balance), debt: Number(row!.debt) });
  }

  /**
   * Appends one entry and the lots it adds or draws to what `ch` will write, and returns the
   * entry as written. A taking movement larger than the balance is refused: a balance never
   * goes negative (R-LOY-2). `lots` are the lots to draw from, in order, when the caller has
   * read them (`complete`: there are no others).
   */
  private async post(ctx: Ctx, ch: Change, m: Movement, lots?: DrawnLots): Promise<PointsEntry> {
    const now = ctx.now();
    const id = uuidv7(now.getTime());
    if (m.points < 0) {
      const need = -m.points;
      if (ch.account.balance < need) {
        throw conflict(`The balance is ${ch.account.balance} points; ${need} cannot be taken.`, { reason: 'INSUFFICIENT_POINTS', balance: ch.account.balance, requested: need });
      }
      let uses = lots ? take(lots.rows, need) : [];
      if (sum(uses) < need && !lots?.complete) {
        // Lots are read from the table: what this change drew so far must be there first.
        await this.write(ctx, ch, false);
        uses = take(await this.openLots(ctx, ch.customerId, need, m.preferLots), need);
      }
      if (sum(uses) < need) throw new Error(`points lots of customer ${ch.customerId} hold less than the balance`);
      for (const u of uses) {
        ch.draws.set(u.lot_id, u.left);
        ch.uses.push({ entry_id: id, lot_id: u.lot_id, points: u.points });
      }
    }
    const entry = {
      id,
      customer: ch.customerId,
      kind: m.kind,
      points: m.points,
      balanceAfter: ch.account.balance + m.points,
      reason: m.reason.slice(0, 300),
      source: m.source,
      idempotencyKey: m.key,
      purchase: m.purchaseId ?? null,
      actorName: ctx.actor?.name ?? 'system',
      approvedBy: m.approvedBy ?? null,
      at: now,
    };
    ch.entries.push({
      id,
      customer_id: entry.customer,
      kind: entry.kind,
      points: entry.points,
      balance_after: entry.balanceAfter,
      reason: entry.reason,
      source: entry.source,
      idempotency_key: entry.idempotencyKey,
      purchase_id: entry.purchase,
      actor_name: entry.actorName,
      approved_by: entry.approvedBy,
      at: dbTime(ctx.em, now),
    });
    ch.account.balance = entry.balanceAfter;
    ch.dirty = true;
    if (m.points > 0) {
      ch.lotExpiryDays ??= (await this.program(ctx)).lotExpiryDays;
      ch.lots.push({ id: uuidv7(now.getTime()), customer_id: ch.customerId, entry_id: id, points: m.points, remaining: m.points, earned_at: dbTime(ctx.em, now), expires_at: dbTime(ctx.em, addDays(now, ch.lotExpiryDays)) });
    }
    return entry as unknown as PointsEntry;
  }

  /**
   * The customer's open lots in the order they are drawn (R-LOY-2: soonest-expiring first;
   * a refund's own lots before them), read a page at a time until they cover `need`.
   */
  private async openLots(ctx: Ctx, customerId: string, need: number, prefer?: string[]): Promise<{ id: string; remaining: number }[]> {
    const knex = ctx.em.getKnex();
    const open = () => knex('points_lot').select('id', 'remaining', 'expires_at').where({ customer_id: customerId }).where('remaining', '>', 0).orderBy([{ column: 'expires_at' }, { column: 'id' }]);
    if (prefer?.length) {
      const lots = await execute<{ id: string; remaining: number }[]>(ctx, open());
      const preferred = new Set(prefer);
      return lots.sort((a, b) => Number(preferred.has(b.id)) - Number(preferred.has(a.id)));
    }
    const lots: { id: string; remaining: number; expires_at: unknown }[] = [];
    for (let covered = 0; covered < need; ) {
      const last = lots[lots.length - 1];
      const q = open().limit(LOT_PAGE);
      if (last) q.where((w) => w.where('expires_at', '>', last.expires_at as never).orWhere((x) => x.where('expires_at', last.expires_at as never).where('id', '>', last.id)));
      const page = await execute<{ id: string; remaining: number; expires_at: unknown }[]>(ctx, q);
      lots.push(...page);
      covered += page.reduce((s, l) => s + Number(l.remaining), 0);
      if (page.length < LOT_PAGE) break;
    }
    return lots;
  }

  /**
   * Writes what `post` noted — entries, new lots, drawn lots, lot uses, timeline rows — and,
   * with `saveAccount`, the account's balance and debt. On PostgreSQL in one statement
   * (data-modifying WITH clauses; foreign keys are checked at its end, so an entry and the
   * lots naming it can go together).
   */
  private async write(ctx: Ctx, ch: Change, saveAccount = true): Promise<void> {
    const knex = ctx.em.getKnex();
    const parts: Knex.QueryBuilder[] = [];
    if (ch.entries.length) parts.push(knex('points_entry').insert(ch.entries));
    if (ch.lots.length) parts.push(knex('points_lot').insert(ch.lots));
    if (ch.draws.size) {
      const ids = [...ch.draws.keys()];
      const cases = knex.raw(`case id ${ids.map(() => 'when ? then cast(? as integer)').join(' ')} end`, ids.flatMap((id) => [id, ch.draws.get(id)!]));
      parts.push(knex('points_lot').update({ remaining: cases }).whereIn('id', ids));
    }
    if (ch.uses.length) parts.push(knex('points_lot_use').insert(ch.uses));
    parts.push(...ch.writes);
    if (saveAccount && ch.dirty) {
      parts.push(knex('points_account').update({ balance: ch.account.balance, debt: ch.account.debt, updated_at: dbTime(ctx.em, ctx.now()) }).where({ customer_id: ch.customerId }));
      ch.dirty = false;
    }
    ch.clear();
    await writeAll(ctx, parts);
  }

  /** Points a refund could not take back are taken from the next earnings (see PointsAccount.debt). */
  private async settleDebt(ctx: Ctx, ch: Change): Promise<void> {
    const settle = Math.min(ch.account.debt, ch.account.balance);
    if (settle <= 0) return;
    ch.account.debt -= settle;
    await this.post(ctx, ch, { customerId: ch.customerId, kind: PointsEntryKind.REVERSE, points: -settle, reason: 'Points owed from an earlier refund', source: 'REFUND', key: null });
  }

  /** Expires this customer's lots past their date before a change reads the balance. */
  private async expireDueLots(ctx: Ctx, ch: Change): Promise<number> {
    const knex = ctx.em.getKnex();
    const due = await execute<{ id: string; remaining: number }[]>(
      ctx,
      knex('points_lot').select('id', 'remaining').where({ customer_id: ch.customerId }).where('remaining', '>', 0).where('expires_at', '<=', dbTime(ctx.em, ctx.now())).orderBy('id'),
    );
    let expired = 0;
    for (const lot of due) {
      const points = Number(lot.remaining);
      await this.post(ctx, ch, { customerId: ch.customerId, kind: PointsEntryKind.EXPIRE, points: -points, reason: 'Points expired', source: 'EXPIRY', key: `expire:${lot.id}` }, { rows: [{ id: lot.id, remaining: points }], complete: true });
      expired += points;
    }
    return expired;
  }

  /**
   * R-LOY-1: floor(amount × points per unit × the tier's multiplier) — rounded down, so no
   * fraction of a point is ever credited — plus the bonus rules that apply.
   */
  private async onPurchase(ctx: Ctx, e: PurchaseRecorded): Promise<void> {
    const program = await this.program(ctx);
    const multiplier = e.tier?.pointsMultiplier ?? 1;
    const base = pointsFor(e.purchase.amountCents, program.pointsPerCurrencyUnit, multiplier);
    const ch = await this.account(ctx, e.customer.id);
    ch.lotExpiryDays = program.lotExpiryDays;
    await this.expireDueLots(ctx, ch);
    let total = 0;
    const earn = async (points: number, reason: string, source: string, key: string) => {
      if (points <= 0) return;
      await this.post(ctx, ch, { customerId: e.customer.id, kind: PointsEntryKind.EARN, points, reason, source, key, purchaseId: e.purchase.id });
      total += points;
    };
    await earn(base, `Purchase ${e.purchase.externalOrderId} (×${multiplier})`, 'PURCHASE', `purchase:${e.purchase.id}`);
    const tz = ctx.config.timeZone;
    const birthdayMonth = !!e.customer.birthday && e.customer.birthday.slice(5, 7) === localDate(e.purchase.occurredAt, tz).slice(5, 7);
    for (const rule of await this.bonusRules(ctx)) {
      if (!rule.active) continue;
      const applies = (rule.kind === BonusRuleKind.FIRST_PURCHASE && e.firstPurchase) || (rule.kind === BonusRuleKind.BIRTHDAY_MONTH && birthdayMonth);
      if (applies) await earn(rule.fixedPoints + Math.floor(base * rule.extraMultiplier), rule.name, `BONUS:${rule.code}`, `purchase:${e.purchase.id}:${rule.code}`);
    }
    if (birthdayMonth && e.tier?.birthdayBonusPoints) {
      // The tier's birthday gift, once a year: the key makes a second birthday-month purchase a no-op.
      const key = `birthday:${e.customer.id}:${localDate(e.purchase.occurredAt, tz).slice(0, 4)}`;
      if (!(await ctx.em.count(PointsEntry, { idempotencyKey: key }))) await earn(e.tier.birthdayBonusPoints, `Birthday gift (${e.tier.code})`, 'BONUS:BIRTHDAY', key);
    }
    await this.settleDebt(ctx, ch);
    await this.write(ctx, ch);
    e.purchase.pointsEarned = total;
  }

  /**
   * R-LOY-2: a refund takes back exactly what its purchase earned. Points still unspent go at
   * once (from the purchase's own lots first); what was already spent is not taken below
   * zero but owed, and taken from the customer's next earnings.
   */
  private async onRefund(ctx: Ctx, e: PurchaseRefunded): Promise<void> {
    const knex = ctx.em.getKnex();
    const earned = await execute<{ id: string; points: number }[]>(
      ctx,
      knex('points_entry').select('id', 'points').where({ purchase_id: e.purchase.id, kind: PointsEntryKind.EARN }),
    );
    const total = earned.reduce((s, r) => s + Number(r.points), 0);
    if (!total) return;
    const lots = await execute<{ id: string }[]>(ctx, knex('points_lot').select('id').whereIn('entry_id', earned.map((r) => r.id)));
    const ch = await this.account(ctx, e.customer.id);
    await this.expireDueLots(ctx, ch);
    const now = Math.min(total, ch.account.balance);
    const owed = total - now;
    if (now > 0) {
      await this.post(ctx, ch, {
        customerId: e.customer.id,
        kind: PointsEntryKind.REVERSE,
        points: -now,
        reason: `Refund of order ${e.purchase.externalOrderId}${owed ? ` (${owed} points already spent are owed)` : ''}`,
        source: 'REFUND',
        key: `refund:${e.purchase.id}`,
        purchaseId: e.purchase.id,
        preferLots: lots.map((l) => l.id),
      });
    }
    if (owed) {
      ch.account.debt += owed;
      ch.dirty = true;
    }
    await this.write(ctx, ch);
  }

  /**
   * Points for another module's occasion (surveys: SURVEY_COMPLETED), once per `ref`. Returns
   * the points granted (0 when no active rule of that kind exists).
   */
  async awardOccasion(ctx: Ctx, kind: BonusRuleKind, customerId: string, ref: string): Promise<number> {
    const rules = (await this.bonusRules(ctx)).filter((r) => r.active && r.kind === kind && r.fixedPoints > 0);
    let total = 0;
    for (const rule of rules) {
      // The earn hot path (two statements), keyed per occasion and rule so a repeat is a no-op.
      const movement = { customerId, kind: PointsEntryKind.EARN, points: rule.fixedPoints, reason: rule.name, source: `BONUS:${rule.code}`, key: `${kind.toLowerCase()}:${ref}:${rule.code}` };
      if (!(await this.apply(ctx, movement, null)).replayed) total += rule.fixedPoints;
    }
    return total;
  }

  async requestAdjustment(ctx: Ctx, input: RequestPointsAdjustmentInput): Promise<PointsAdjustment> {
    if (input.points === 0) throw badField('points', 'must not be zero', 'out_of_range');
    const customer = await this.customers.get(ctx, input.customerId, Permission.AdjustPoints);
    const a = ctx.em.create(PointsAdjustment, {
      customer,
      points: input.points,
      reason: input.reason.trim(),
      requestedBy: ctx.actor?.name ?? 'unknown',
      requestedById: ctx.actor?.id ?? '',
    } as never);
    ctx.audit = { targetType: 'PointsAdjustment', targetId: a.id, before: null, after: { customer: customer.id, points: input.points, reason: a.reason } };
    await ctx.em.flush();
    return a;
  }

  /** Four eyes: the approver is someone other than the requester; approval applies it to the ledger. */
  async decideAdjustment(ctx: Ctx, input: DecidePointsAdjustmentInput): Promise<PointsAdjustment> {
    const a = await ctx.em.findOne(PointsAdjustment, { id: input.id }, { populate: ['customer.homeStation'] });
    if (!a || !ctx.access.reaches(Permission.ApprovePointsAdjustment, (a.customer as Customer).homeStation.path)) throw notFound('Points adjustment', input.id);
    if (a.status !== AdjustmentStatus.PENDING) throw conflict(`This adjustment was already ${a.status.toLowerCase()}.`, { reason: 'ALREADY_DECIDED' });
    if (a.requestedById === ctx.actor?.id) throw forbidden('An adjustment must be approved by someone other than the person who asked for it.', [Permission.ApprovePointsAdjustment]);
    a.status = input.approve ? AdjustmentStatus.APPROVED : AdjustmentStatus.REJECTED;
    a.decidedBy = ctx.actor?.name ?? null;
    a.decidedAt = ctx.now();
    a.decisionNote = input.note?.trim() || null;
    if (input.approve) {
      const entry = await this.applyOnce(
        ctx,
        { customerId: a.customer.id, kind: PointsEntryKind.ADJUST, points: a.points, reason: a.reason, source: 'CONSOLE', key: `adjust:${a.id}`, approvedBy: a.decidedBy },
        null,
      );
      a.entry = ctx.em.getReference(PointsEntry, entry.id);
    }
    ctx.audit = { targetType: 'PointsAdjustment', targetId: a.id, before: { status: AdjustmentStatus.PENDING }, after: { status: a.status, note: a.decisionNote } };
    await ctx.em.flush();
    return a;
  }

  async adjustments(ctx: Ctx, pendingOnly: boolean, args: PageArgs): Promise<Page<PointsAdjustment>> {
    const page = pageRequest(args, 10_000);
    const reach = ctx.access.reach(Permission.ApprovePointsAdjustment);
    const adjustReach = ctx.access.reach(Permission.AdjustPoints);
    const paths = [...reach.unitPaths, ...adjustReach.unitPaths];
    const all = reach.all || adjustReach.all;
    if (!all && !paths.length) return pageOf([], page, () => [], async () => 0);
    const where: Record<string, unknown> = pendingOnly ? { status: AdjustmentStatus.PENDING } : {};
    if (!all) where.customer = { homeStation: { $or: paths.map((p) => ({ path: { $like: `${p}%` } })) } };
    const rows = await ctx.em.find(PointsAdjustment, where as never, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: page.limit + 1, offset: page.offset, populate: ['customer'] });
    return pageOf(rows, page, (r) => [r.id], () => ctx.em.count(PointsAdjustment, where as never));
  }

  async ledger(ctx: Ctx, customerId: string, args: PageArgs): Promise<Page<PointsEntry>> {
    const page = pageRequest(args, 10_000);
    const where: Record<string, unknown> = { customer: customerId };
    if (page.after) where.id = { $lt: page.after[0] as string };
    // uuidv7 ids order by time, so the id alone pages newest first.
    const rows = await ctx.em.find(PointsEntry, where as never, { orderBy: { id: 'desc' }, limit: page.limit + 1, offset: page.after ? 0 : page.offset });
    return pageOf(rows, page, (e) => [e.id], () => ctx.em.count(PointsEntry, { customer: customerId }));
  }

  /**
   * Balances and open lots of customers already known to be within reach (a page of rows),
   * batched per request: a list showing points costs two statements, not two per row.
   */
  summary(ctx: Ctx, customerId: string): Promise<{ balance: number; debt: number; lots: PointsLot[] }> {
    return ctx.loaders
      .named<{ balance: number; debt: number; lots: PointsLot[] }>('points.summary', async (ids) => {
        const knex = ctx.em.getKnex();
        const [accounts, lots] = await Promise.all([
          execute<{ customer_id: string; balance: number; debt: number }[]>(ctx, knex('points_account').select('customer_id', 'balance', 'debt').whereIn('customer_id', [...ids])),
          ctx.em.find(PointsLot, { customer: { $in: [...ids] }, remaining: { $gt: 0 } }, { orderBy: { expiresAt: 'asc', id: 'asc' } }),
        ]);
        const byId = new Map(accounts.map((a) => [a.customer_id, a]));
        return ids.map((id) => ({
          balance: Number(byId.get(id)?.balance ?? 0),
          debt: Number(byId.get(id)?.debt ?? 0),
          lots: lots.filter((l) => l.customer.id === id).slice(0, 50),
        }));
      })
      .load(customerId);
  }

  /**
   * The scheduled expiry: every lot past its date, customer by customer, each in its own
   * transaction. Running it again finds nothing left to expire.
   */
  async expireAll(ctx: Ctx): Promise<{ customers: number; points: number }> {
    const knex = ctx.em.getKnex();
    let customers = 0;
    let points = 0;
    let after = '';
    for (;;) {
      const due = await execute<{ customer_id: string }[]>(
        ctx,
        knex('points_lot').distinct('customer_id').where('remaining', '>', 0).where('expires_at', '<=', dbTime(ctx.em, ctx.now())).where('customer_id', '>', after).orderBy('customer_id').limit(200),
      );
      if (!due.length) break;
      for (const { customer_id: customerId } of due) {
        await ctx.em.transactional(async (tx) => {
          const c = withEm(ctx, tx);
          const ch = await this.account(c, customerId);
          const expired = await this.expireDueLots(c, ch);
          await this.write(c, ch);
          if (expired) {
            this.customers.addEvent(c, customerId, { kind: 'POINTS', summary: String(-expired), data: { entry: PointsEntryKind.EXPIRE, points: -expired } });
            await tx.flush();
            customers++;
            points += expired;
          }
        });
      }
      after = due[due.length - 1]!.customer_id;
    }
    return { customers, points };
  }

  /** Points earned, redeemed, expired, reversed and adjusted per month (local time), for the dashboard. */
  async monthly(ctx: Ctx, months: number): Promise<{ month: string; kind: PointsEntryKind; points: number }[]> {
    const knex = ctx.em.getKnex();
    const since = addDays(ctx.now(), -31 * months);
    const month = isPostgres(ctx.em)
      ? knex.raw(`to_char(timezone(?, at), 'YYYY-MM')`, [ctx.config.timeZone])
      : knex.raw(`strftime('%Y-%m', (at + ?) / 1000, 'unixepoch')`, [offsetMs(ctx.config.timeZone, ctx.now())]);
    const rows = await execute<{ month: string; kind: PointsEntryKind; points: number | string }[]>(
      ctx,
      knex('points_entry').select({ month, kind: 'kind' }).sum({ points: 'points' }).where('at', '>=', dbTime(ctx.em, since)).groupByRaw('1, 2').orderByRaw('1, 2'),
    );
    return rows.map((r) => ({ month: r.month, kind: r.kind, points: Number(r.points) }));
  }
}

/** Rounded down (R-LOY-1); the epsilon keeps 0.1 × 30 = 2.9999… from losing a point. */
export function pointsFor(amountCents: number, perUnit: number, multiplier: number): number {
  return Math.floor((amountCents * perUnit * multiplier) / 100 + 1e-9);
}

function sourceOf(ctx: Ctx): string {
  return ctx.actor?.type === 'API_KEY' ? 'API' : 'CONSOLE';
}

/** The zone's UTC offset at `at`, in milliseconds (SQLite has no time-zone database). */
export function offsetMs(timeZone: string, at: Date): number {
  const local = new Date(new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(at).replace(' ', 'T') + 'Z');
  return local.getTime() - Math.floor(at.getTime() / 1000) * 1000;
}
