import { withEm, type Ctx } from '../../context';
import { Permission } from '../../common/auth/permissions';
import { badField, conflict, forbidden, notFound } from '../../common/errors';
import { uuidv7 } from '../../common/entity';
import { mapPrefixed, prefixedColumns, refId } from '../../common/rows';
import { dbTime, execute, isPostgres } from '../../common/sql';
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

export interface Balance {
  customerId: string;
  balance: number;
  debt: number;
}

/**
 * The points ledger (R-LOY-1, R-LOY-2). Every change is an appended entry with its reason and
 * source; the account row holds the running balance. Each change first locks the customer
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
    const knex = ctx.em.getKnex();
    const [row] = await execute<{ path: string; balance: number | null; debt: number | null }[]>(
      ctx,
      knex('customer as c')
        .join('org_unit as s', 's.id', 'c.home_station_id')
        .leftJoin('points_account as a', 'a.customer_id', 'c.id')
        .select('s.path', 'a.balance', 'a.debt')
        .where('c.id', customerId),
    );
    if (!row || !ctx.access.reaches(Permission.ReadPoints, row.path)) throw notFound('Customer', customerId);
    return { customerId, balance: Number(row.balance ?? 0), debt: Number(row.debt ?? 0) };
  }

  async earnPoints(ctx: Ctx, input: EarnPointsInput): Promise<PointsEntry> {
    await this.customers.get(ctx, input.customerId, Permission.EarnPoints);
    return this.applyOnce(ctx, {
      customerId: input.customerId,
      kind: PointsEntryKind.EARN,
      points: input.points,
      reason: input.reason.trim(),
      source: sourceOf(ctx),
      key: `ext:${input.idempotencyKey}`,
    });
  }

  async redeemPoints(ctx: Ctx, input: RedeemPointsInput): Promise<PointsEntry> {
    await this.customers.get(ctx, input.customerId, Permission.RedeemPoints);
    const entry = await this.applyOnce(ctx, {
      customerId: input.customerId,
      kind: PointsEntryKind.REDEEM,
      points: -input.points,
      reason: input.reason.trim(),
      source: sourceOf(ctx),
      key: `ext:${input.idempotencyKey}`,
    });
    return entry;
  }

  /**
   * Applies a movement unless its key was applied before. The same key with the same
   * customer, kind and points returns the first entry; with anything else it is a CONFLICT.
   */
  private async applyOnce(ctx: Ctx, m: Movement): Promise<PointsEntry> {
    await this.customers.lock(ctx, m.customerId);
    const previous = m.key ? await this.entry(ctx, { idempotency_key: m.key }) : null;
    if (previous) {
      const same = refId(previous.customer) === m.customerId && previous.kind === m.kind && previous.points === m.points;
      if (!same) throw conflict('This idempotency key was already used for a different operation.', { reason: 'IDEMPOTENCY_KEY_REUSED', entryId: previous.id });
      ctx.audit = { targetType: 'PointsEntry', targetId: previous.id, before: null, after: { replayed: true } };
      return previous;
    }
    const account = await this.account(ctx, m.customerId);
    await this.expireDueLots(ctx, m.customerId, account);
    const id = await this.post(ctx, account, m);
    if (m.points > 0) await this.settleDebt(ctx, account, m.customerId);
    await this.saveAccount(ctx, m.customerId, account);
    if (m.kind !== PointsEntryKind.EARN) {
      this.customers.addEvent(ctx, m.customerId, { kind: 'POINTS', summary: `${m.kind} ${m.points} points: ${m.reason}`, refType: 'PointsEntry', refId: id });
    }
    ctx.audit = { targetType: 'PointsEntry', targetId: id, before: null, after: { customer: m.customerId, kind: m.kind, points: m.points, balance: account.balance } };
    return (await this.entry(ctx, { id }))!;
  }

  /**
   * One ledger row as a plain read-only object: entries are written by plain inserts and
   * never change, so they are never put in the unit of work where a flush could touch them.
   */
  private async entry(ctx: Ctx, where: Record<string, string>): Promise<PointsEntry | null> {
    const [row] = await execute<Record<string, unknown>[]>(ctx, ctx.em.getKnex()('points_entry as e').select(prefixedColumns(ctx.em, PointsEntry, 'e')).where(Object.fromEntries(Object.entries(where).map(([k, v]) => [`e.${k}`, v]))));
    return row ? mapPrefixed(ctx.em, PointsEntry, row, 'e') : null;
  }

  /** The customer's account, created at the first movement; call with the customer locked. */
  private async account(ctx: Ctx, customerId: string): Promise<Account> {
    const knex = ctx.em.getKnex();
    let [row] = await execute<{ balance: number; debt: number }[]>(ctx, knex('points_account').select('balance', 'debt').where({ customer_id: customerId }));
    if (!row) {
      await execute(ctx, knex('points_account').insert({ customer_id: customerId, balance: 0, debt: 0, updated_at: dbTime(ctx.em, ctx.now()) }).onConflict('customer_id').ignore(), 'run');
      row = { balance: 0, debt: 0 };
    }
    return { balance: Number(row.balance), debt: Number(row.debt) };
  }

  private async saveAccount(ctx: Ctx, customerId: string, a: Account): Promise<void> {
    await execute(ctx, ctx.em.getKnex()('points_account').update({ balance: a.balance, debt: a.debt, updated_at: dbTime(ctx.em, ctx.now()) }).where({ customer_id: customerId }), 'run');
  }

  /**
   * Appends one entry and moves lots; returns the entry id. A taking movement larger than
   * the balance is refused: a balance never goes negative (R-LOY-2).
   */
  private async post(ctx: Ctx, account: Account, m: Movement): Promise<string> {
    const knex = ctx.em.getKnex();
    const now = ctx.now();
    const id = uuidv7(now.getTime());
    const uses: { lot_id: string; points: number }[] = [];
    if (m.points < 0) {
      const need = -m.points;
      if (account.balance < need) {
        throw conflict(`The balance is ${account.balance} points; ${need} cannot be taken.`, { reason: 'INSUFFICIENT_POINTS', balance: account.balance, requested: need });
      }
      const lots = await execute<{ id: string; remaining: number }[]>(
        ctx,
        knex('points_lot').select('id', 'remaining').where({ customer_id: m.customerId }).where('remaining', '>', 0).orderBy([{ column: 'expires_at' }, { column: 'id' }]),
      );
      const prefer = new Set(m.preferLots ?? []);
      lots.sort((a, b) => Number(prefer.has(b.id)) - Number(prefer.has(a.id)));
      let left = need;
      for (const lot of lots) {
        if (!left) break;
        const take = Math.min(Number(lot.remaining), left);
        uses.push({ lot_id: lot.id, points: take });
        left -= take;
        await execute(ctx, knex('points_lot').update({ remaining: Number(lot.remaining) - take }).where({ id: lot.id }), 'run');
      }
      if (left) throw new Error(`points lots of customer ${m.customerId} hold less than the balance`);
    }
    account.balance += m.points;
    await execute(
      ctx,
      knex('points_entry').insert({
        id,
        customer_id: m.customerId,
        kind: m.kind,
        points: m.points,
        balance_after: account.balance,
        reason: m.reason.slice(0, 300),
        source: m.source,
        idempotency_key: m.key,
        purchase_id: m.purchaseId ?? null,
        actor_name: ctx.actor?.name ?? 'system',
        approved_by: m.approvedBy ?? null,
        at: dbTime(ctx.em, now),
      }),
      'run',
    );
    if (m.points > 0) {
      const program = await this.program(ctx);
      await execute(
        ctx,
        knex('points_lot').insert({
          id: uuidv7(now.getTime()),
          customer_id: m.customerId,
          entry_id: id,
          points: m.points,
          remaining: m.points,
          earned_at: dbTime(ctx.em, now),
          expires_at: dbTime(ctx.em, addDays(now, program.lotExpiryDays)),
        }),
        'run',
      );
    }
    if (uses.length) await execute(ctx, knex('points_lot_use').insert(uses.map((u) => ({ entry_id: id, ...u }))), 'run');
    return id;
  }

  /** Points a refund could not take back are taken from the next earnings (see PointsAccount.debt). */
  private async settleDebt(ctx: Ctx, account: Account, customerId: string): Promise<void> {
    const settle = Math.min(account.debt, account.balance);
    if (settle <= 0) return;
    account.debt -= settle;
    await this.post(ctx, account, { customerId, kind: PointsEntryKind.REVERSE, points: -settle, reason: 'Points owed from an earlier refund', source: 'REFUND', key: null });
  }

  /** Expires this customer's lots past their date before a change reads the balance. */
  private async expireDueLots(ctx: Ctx, customerId: string, account: Account): Promise<number> {
    const knex = ctx.em.getKnex();
    const due = await execute<{ id: string; remaining: number }[]>(
      ctx,
      knex('points_lot').select('id', 'remaining').where({ customer_id: customerId }).where('remaining', '>', 0).where('expires_at', '<=', dbTime(ctx.em, ctx.now())).orderBy('id'),
    );
    let expired = 0;
    for (const lot of due) {
      await this.post(ctx, account, { customerId, kind: PointsEntryKind.EXPIRE, points: -Number(lot.remaining), reason: 'Points expired', source: 'EXPIRY', key: `expire:${lot.id}`, preferLots: [lot.id] });
      expired += Number(lot.remaining);
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
    const account = await this.account(ctx, e.customer.id);
    await this.expireDueLots(ctx, e.customer.id, account);
    let total = 0;
    const earn = async (points: number, reason: string, source: string, key: string) => {
      if (points <= 0) return;
      await this.post(ctx, account, { customerId: e.customer.id, kind: PointsEntryKind.EARN, points, reason, source, key, purchaseId: e.purchase.id });
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
    await this.settleDebt(ctx, account, e.customer.id);
    await this.saveAccount(ctx, e.customer.id, account);
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
    const account = await this.account(ctx, e.customer.id);
    await this.expireDueLots(ctx, e.customer.id, account);
    const now = Math.min(total, account.balance);
    const owed = total - now;
    if (now > 0) {
      await this.post(ctx, account, {
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
    account.debt += owed;
    await this.saveAccount(ctx, e.customer.id, account);
  }

  /**
   * Points for another module's occasion (surveys: SURVEY_COMPLETED), once per `ref`. Returns
   * the points granted (0 when no active rule of that kind exists).
   */
  async awardOccasion(ctx: Ctx, kind: BonusRuleKind, customerId: string, ref: string): Promise<number> {
    const rules = (await this.bonusRules(ctx)).filter((r) => r.active && r.kind === kind && r.fixedPoints > 0);
    let total = 0;
    for (const rule of rules) {
      const key = `${kind.toLowerCase()}:${ref}:${rule.code}`;
      await this.customers.lock(ctx, customerId);
      if (await ctx.em.count(PointsEntry, { idempotencyKey: key })) continue;
      const account = await this.account(ctx, customerId);
      await this.post(ctx, account, { customerId, kind: PointsEntryKind.EARN, points: rule.fixedPoints, reason: rule.name, source: `BONUS:${rule.code}`, key });
      await this.settleDebt(ctx, account, customerId);
      await this.saveAccount(ctx, customerId, account);
      total += rule.fixedPoints;
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
      const entry = await this.applyOnce(ctx, {
        customerId: a.customer.id,
        kind: PointsEntryKind.ADJUST,
        points: a.points,
        reason: a.reason,
        source: 'CONSOLE',
        key: `adjust:${a.id}`,
        approvedBy: a.decidedBy,
      });
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
          await this.customers.lock(c, customerId);
          const account = await this.account(c, customerId);
          const expired = await this.expireDueLots(c, customerId, account);
          await this.saveAccount(c, customerId, account);
          if (expired) {
            this.customers.addEvent(c, customerId, { kind: 'POINTS', summary: `${expired} points expired` });
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
