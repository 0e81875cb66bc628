import { withEm, type Ctx } from '../../context';
import { Permission } from '../../common/auth/permissions';
import { badField, badInput, conflict, type FieldIssue } from '../../common/errors';
import { dbTime, execute } from '../../common/sql';
import { dateOf } from '../../common/rows';
import { uuidv7 } from '../../common/entity';
import { formatMoney } from '../../common/money';
import { addDays, daysBetween, localDate } from '../../common/time';
import { Customer } from './customer.entity';
import { CrmSettings, Tier, TierChange, TierChangeReason, type TierFigures } from './tier.entity';
import type { CustomerService } from './customer.service';
import type { OverrideTierInput, TierRulesInput } from './crm.inputs';

/** What tier decisions need of a tier: its rank, criteria and grace period. */
export interface TierRule {
  id: string;
  code: string;
  rank: number;
  minLifetimeSpendCents?: number | null;
  minWindowSpendCents?: number | null;
  minWindowPurchases?: number | null;
  maxDaysSinceLastPurchase?: number | null;
  graceDays: number;
}

/** A tier as a timeline entry names it: the console shows the name in the reader's language. */
export interface TierRef {
  code: string;
  name: string;
  nameZhHans: string;
  nameEn: string;
}

/** The facts of a TIER_CHANGE timeline entry; who and why only for an override. */
export type TierChangeData = {
  change: TierChangeReason;
  from: TierRef | null;
  to: TierRef | null;
  by?: string | null;
  reason?: string;
};

const tierRef = (t: Tier): TierRef => ({ code: t.code, name: t.name, nameZhHans: t.nameZhHans, nameEn: t.nameEn });

/** R-CRM-2: a tier admits a customer when every criterion it sets holds. */
export function qualifies(t: TierRule, f: TierFigures): boolean {
  if (t.minLifetimeSpendCents != null && f.lifetimeSpend < t.minLifetimeSpendCents) return false;
  if (t.minWindowSpendCents != null && f.windowSpend < t.minWindowSpendCents) return false;
  if (t.minWindowPurchases != null && f.windowPurchases < t.minWindowPurchases) return false;
  if (t.maxDaysSinceLastPurchase != null && (f.daysSinceLastPurchase == null || f.daysSinceLastPurchase > t.maxDaysSinceLastPurchase)) return false;
  return true;
}

/** The best tier the figures admit to, or null; `tiers` may be in any order. */
export function qualifiedTier<T extends TierRule>(tiers: readonly T[], f: TierFigures): T | null {
  let best: T | null = null;
  for (const t of tiers) if ((!best || t.rank > best.rank) && qualifies(t, f)) best = t;
  return best;
}

/** The customer columns a tier decision reads. */
interface TierState {
  id: string;
  tierId: string | null;
  belowSince: Date | null;
  overrideReason: string | null;
  overrideTierId: string | null;
  overrideExpiresAt: Date | null;
  lifetimeSpend: number;
  lastPurchaseAt: Date | null;
}

type Mode = 'evaluate' | 'publish' | 'preview';

export interface Decision {
  customerId: string;
  from: string | null;
  to: string | null;
  reason: TierChangeReason;
  figures: TierFigures;
  /** New value of tier_below_since: undefined = leave. */
  belowSince?: Date | null;
  endOverride?: boolean;
}

export interface ImpactRow {
  tierId: string | null;
  code: string | null;
  current: number;
  projected: number;
  up: number;
  down: number;
}

export interface Impact {
  rows: ImpactRow[];
  customers: number;
  upgrades: number;
  downgrades: number;
  unchanged: number;
  overridden: number;
  rulesVersion: number;
}

const BATCH = 1000;

/**
 * Tiers (R-CRM-2) and their evaluation: upgrades as soon as a purchase qualifies, scheduled
 * re-evaluation for downgrades after a grace period (never on the day of a purchase), manual
 * overrides with a reason and an expiry, and a history of every change with its figures.
 */
export class TierService {
  constructor(private readonly customers: CustomerService) {}

  list(ctx: Ctx, includeRetired = false): Promise<Tier[]> {
    return ctx.em.find(Tier, includeRetired ? {} : { retiredAt: null }, { orderBy: { rank: 'desc' } });
  }

  async settings(ctx: Ctx): Promise<CrmSettings> {
    const found = await ctx.em.findOne(CrmSettings, { id: 1 });
    if (found) return found;
    await execute(ctx, ctx.em.getKnex()('crm_settings').insert({ id: 1, tier_window_days: 365, lost_after_days: 180, tier_rules_version: 0 }).onConflict('id').ignore(), 'run');
    return ctx.em.findOneOrFail(CrmSettings, { id: 1 });
  }

  /** Figures of each customer in one statement: spend and purchases in the window, refunds excluded. */
  async figures(ctx: Ctx, states: TierState[], windowDays: number): Promise<Map<string, TierFigures>> {
    const now = ctx.now();
    const out = new Map<string, TierFigures>();
    if (!states.length) return out;
    const since = addDays(now, -windowDays);
    const rows = await execute<{ customer_id: string; spend: string | number | null; n: string | number }[]>(
      ctx,
      ctx.em
        .getKnex()('purchase')
        .select('customer_id')
        .sum({ spend: 'amount_cents' })
        .count({ n: '*' })
        .whereIn(
          'customer_id',
          states.map((s) => s.id),
        )
        .where('status', 'RECORDED')
        .where('occurred_at', '>=', dbTime(ctx.em, since))
        .groupBy('customer_id'),
    );
    const byId = new Map(rows.map((r) => [r.customer_id, r]));
    for (const s of states) {
      const w = byId.get(s.id);
      out.set(s.id, {
        lifetimeSpend: s.lifetimeSpend,
        windowSpend: Number(w?.spend ?? 0),
        windowPurchases: Number(w?.n ?? 0),
        windowDays,
        daysSinceLastPurchase: s.lastPurchaseAt ? daysBetween(s.lastPurchaseAt, now, ctx.config.timeZone) : null,
      });
    }
    return out;
  }

  /**
   * What should happen to one customer under `tiers`. Evaluation downgrades only after the
   * current tier's grace period, counted from the first day the customer fell short, and
   * never on a day they bought (R-CRM-2); publishing starts grace periods and moves people
   * out of retired tiers at once.
   */
  decide(ctx: Ctx, s: TierState, f: TierFigures, tiers: readonly TierRule[], mode: Mode): Decision | null {
    const now = ctx.now();
    const tz = ctx.config.timeZone;
    const byId = new Map(tiers.map((t) => [t.id, t]));
    const best = qualifiedTier(tiers, f);
    const to = best?.id ?? null;
    const base = { customerId: s.id, from: s.tierId, figures: f };
    if (s.overrideReason != null) {
      if (s.overrideExpiresAt && s.overrideExpiresAt <= now && mode === 'evaluate') {
        return { ...base, to, reason: TierChangeReason.OVERRIDE_ENDED, belowSince: null, endOverride: true };
      }
      return null;
    }
    const current = s.tierId ? byId.get(s.tierId) : undefined;
    const currentRank = current?.rank ?? (s.tierId ? -1 : 0);
    const bestRank = best?.rank ?? 0;
    if (s.tierId && !current) {
      // The tier was retired: no grace period protects a tier that no longer exists.
      return { ...base, to, reason: TierChangeReason.RULES_PUBLISHED, belowSince: null };
    }
    if (bestRank > currentRank) {
      return { ...base, to, reason: mode === 'evaluate' ? TierChangeReason.EVALUATION_UPGRADE : TierChangeReason.RULES_PUBLISHED, belowSince: null };
    }
    if (bestRank === currentRank) {
      return s.belowSince ? { ...base, to: s.tierId, reason: TierChangeReason.EVALUATION_UPGRADE, belowSince: null } : null;
    }
    // A preview shows where people end up; publishing only starts their grace periods.
    if (mode === 'preview') return { ...base, to, reason: TierChangeReason.EVALUATION_DOWNGRADE };
    if (mode === 'publish') return s.belowSince ? null : { ...base, to: s.tierId, reason: TierChangeReason.EVALUATION_DOWNGRADE, belowSince: now };
    if (s.lastPurchaseAt && localDate(s.lastPurchaseAt, tz) === localDate(now, tz)) return null;
    if (!s.belowSince) return { ...base, to: s.tierId, reason: TierChangeReason.EVALUATION_DOWNGRADE, belowSince: now };
    if (daysBetween(s.belowSince, now, tz) < current!.graceDays) return null;
    return { ...base, to, reason: TierChangeReason.EVALUATION_DOWNGRADE, belowSince: null };
  }

  /**
   * Upgrade on a purchase (R-CRM-2: as soon as it qualifies). Runs inside the purchase's
   * transaction after the customer's figures were updated; a customer who qualifies again
   * for their tier leaves its grace period.
   */
  async afterPurchase(ctx: Ctx, customer: Customer): Promise<void> {
    const [settings, tiers] = await Promise.all([this.settings(ctx), this.list(ctx)]);
    const state = stateOf(customer);
    const f = (await this.figures(ctx, [state], settings.tierWindowDays)).get(customer.id)!;
    const d = this.decide(ctx, state, f, tiers, 'evaluate');
    if (!d || d.endOverride || d.reason === TierChangeReason.EVALUATION_DOWNGRADE) return;
    if (d.to !== d.from) {
      await this.apply(ctx, [{ ...d, reason: TierChangeReason.PURCHASE_QUALIFIED }], settings.tierRulesVersion, null);
    } else customer.tierBelowSince = null;
  }

  /**
   * Re-evaluates every customer in batches of 1,000 (flat memory whatever the count). With
   * `commitEach`, each batch commits on its own (the scheduled job); otherwise all runs in
   * the caller's transaction (publishing).
   */
  async evaluateAll(ctx: Ctx, mode: Mode, rules?: { tiers: readonly TierRule[]; windowDays: number }, commitEach = false): Promise<Impact> {
    const settings = await this.settings(ctx);
    const live = await this.list(ctx, true);
    const tiers = rules?.tiers ?? live.filter((t) => !t.retiredAt);
    const windowDays = rules?.windowDays ?? settings.tierWindowDays;
    const impact = newImpact(live, tiers, settings.tierRulesVersion);
    const names = new Map<string, string>([...live, ...tiers].map((t) => [t.id, t.code]));
    let after = '';
    for (;;) {
      const states = await this.batch(ctx, after);
      if (!states.length) break;
      after = states[states.length - 1]!.id;
      const run = async (c: Ctx) => {
        const figures = await this.figures(c, states, windowDays);
        const decisions: Decision[] = [];
        for (const s of states) {
          const d = this.decide(c, s, figures.get(s.id)!, tiers, mode);
          count(impact, s, d, tiers, names);
          if (d) decisions.push(d);
        }
        if (mode !== 'preview') await this.apply(c, decisions, settings.tierRulesVersion + (mode === 'publish' ? 1 : 0), mode === 'publish' ? 'Tier rules published' : null);
      };
      if (commitEach) await ctx.em.transactional((tx) => run(withEm(ctx, tx)));
      else await run(ctx);
    }
    return impact;
  }

  private async batch(ctx: Ctx, after: string): Promise<TierState[]> {
    const rows = await execute<Record<string, unknown>[]>(
      ctx,
      ctx.em
        .getKnex()('customer')
        .select('id', 'tier_id', 'tier_below_since', 'override_reason', 'override_tier_id', 'override_expires_at', 'lifetime_spend_cents', 'last_purchase_at')
        .where('id', '>', after)
        .orderBy('id')
        .limit(BATCH),
    );
    return rows.map((r) => ({
      id: r.id as string,
      tierId: (r.tier_id as string) ?? null,
      belowSince: dateOf(r.tier_below_since),
      overrideReason: (r.override_reason as string) ?? null,
      overrideTierId: (r.override_tier_id as string) ?? null,
      overrideExpiresAt: dateOf(r.override_expires_at),
      lifetimeSpend: Number(r.lifetime_spend_cents ?? 0),
      lastPurchaseAt: dateOf(r.last_purchase_at),
    }));
  }

  /**
   * Writes decisions set-wise: one UPDATE per (tier, grace) group rather than per customer,
   * then the history and timeline rows in bulk.
   */
  private async apply(ctx: Ctx, decisions: Decision[], rulesVersion: number, note: string | null): Promise<void> {
    if (!decisions.length) return;
    const knex = ctx.em.getKnex();
    const now = ctx.now();
    const groups = new Map<string, { set: Record<string, unknown>; ids: string[] }>();
    const changes: Decision[] = [];
    for (const d of decisions) {
      const moves = d.to !== d.from;
      if (moves) changes.push(d);
      const set: Record<string, unknown> = {};
      if (moves || d.endOverride) {
        set.tier_id = d.to;
        set.tier_since = dbTime(ctx.em, now);
      }
      if (d.belowSince !== undefined) set.tier_below_since = d.belowSince ? dbTime(ctx.em, d.belowSince) : null;
      if (d.endOverride) Object.assign(set, { override_reason: null, override_tier_id: null, override_expires_at: null });
      const key = JSON.stringify(set);
      const g = groups.get(key) ?? { set, ids: [] };
      g.ids.push(d.customerId);
      groups.set(key, g);
    }
    for (const g of groups.values()) {
      for (let i = 0; i < g.ids.length; i += 500) {
        await execute(ctx, knex('customer').update({ ...g.set, updated_at: dbTime(ctx.em, now) }).whereIn('id', g.ids.slice(i, i + 500)), 'run');
      }
    }
    // Retired tiers too: a customer can leave one that no longer exists.
    const named = new Map((await this.list(ctx, true)).map((t) => [t.id, tierRef(t)]));
    const history = changes.map((d) => ({
      id: uuidv7(now.getTime()),
      customer_id: d.customerId,
      from_tier_id: d.from,
      to_tier_id: d.to,
      at: dbTime(ctx.em, now),
      reason: d.reason,
      figures: JSON.stringify(d.figures),
      note,
      actor_name: ctx.actor?.name ?? 'scheduled evaluation',
      rules_version: rulesVersion,
    }));
    const events = changes.map((d) => ({
      id: uuidv7(now.getTime()),
      customer_id: d.customerId,
      at: dbTime(ctx.em, now),
      kind: 'TIER_CHANGE',
      summary: `${named.get(d.from ?? '')?.code ?? '—'} → ${named.get(d.to ?? '')?.code ?? '—'}`,
      ref_type: 'TierChange',
      ref_id: null,
      data: JSON.stringify({ change: d.reason, from: d.from ? (named.get(d.from) ?? null) : null, to: d.to ? (named.get(d.to) ?? null) : null } satisfies TierChangeData),
    }));
    for (let i = 0; i < history.length; i += 200) {
      await execute(ctx, knex('tier_change').insert(history.slice(i, i + 200)), 'run');
      await execute(ctx, knex('customer_event').insert(events.slice(i, i + 200)), 'run');
    }
    // Customers loaded in this unit of work get the same values, so a later flush agrees.
    for (const d of decisions) {
      const loaded = ctx.em.getUnitOfWork().getById<Customer>(Customer.name, d.customerId);
      if (!loaded) continue;
      if (d.to !== d.from || d.endOverride) {
        loaded.tier = d.to ? ctx.em.getReference(Tier, d.to) : null;
        loaded.tierSince = now;
      }
      if (d.belowSince !== undefined) loaded.tierBelowSince = d.belowSince;
    }
  }

  /** R-CRM-2: marketing sees what a rule change would do, on the real data, changing nothing. */
  async preview(ctx: Ctx, input: TierRulesInput): Promise<Impact> {
    const tiers = await this.proposed(ctx, input);
    return this.evaluateAll(ctx, 'preview', { tiers, windowDays: input.windowDays });
  }

  /**
   * Replaces the tier rules (tiers left out are retired) and applies them: upgrades at once,
   * customers of retired tiers to the tier they qualify for, and grace periods for those who
   * fall short. Refused when someone else published since `expectedVersion`.
   */
  async publish(ctx: Ctx, input: TierRulesInput, expectedVersion: number): Promise<Impact> {
    const settings = await this.settings(ctx);
    if (settings.tierRulesVersion !== expectedVersion) {
      throw conflict(`The tier rules changed since you loaded them (now version ${settings.tierRulesVersion}); review the new rules and preview again.`, {
        reason: 'STALE_VERSION',
        currentVersion: settings.tierRulesVersion,
      });
    }
    const before = (await this.list(ctx)).map(ruleView);
    const proposed = await this.proposed(ctx, input);
    const existing = await this.list(ctx, true);
    const byCode = new Map(existing.map((t) => [t.code, t]));
    const kept = new Set<string>();
    for (const def of input.tiers) {
      let tier = byCode.get(def.code);
      if (!tier) byCode.set(def.code, (tier = ctx.em.create(Tier, { code: def.code } as never)));
      Object.assign(tier, {
        name: def.name.trim(),
        nameZhHans: def.nameZhHans.trim(),
        nameEn: def.nameEn.trim(),
        rank: def.rank,
        color: def.color,
        minLifetimeSpendCents: def.minLifetimeSpend ?? null,
        minWindowSpendCents: def.minWindowSpend ?? null,
        minWindowPurchases: def.minWindowPurchases ?? null,
        maxDaysSinceLastPurchase: def.maxDaysSinceLastPurchase ?? null,
        pointsMultiplier: def.pointsMultiplier,
        servicePriority: def.servicePriority,
        birthdayBonusPoints: def.birthdayBonusPoints,
        memberOffers: def.memberOffers,
        graceDays: def.graceDays,
        retiredAt: null,
      });
      kept.add(tier.id);
    }
    for (const t of existing) if (!kept.has(t.id) && !t.retiredAt) t.retiredAt = ctx.now();
    // Ranks are unique among live tiers; retire first so a reused rank does not collide.
    for (const t of existing) if (t.retiredAt) t.rank = -Math.abs(t.rank) - 1000 - existing.indexOf(t);
    await ctx.em.flush();
    const tiers = proposed.map((p) => ({ ...p, id: byCode.get(p.code)!.id }));
    const impact = await this.evaluateAll(ctx, 'publish', { tiers, windowDays: input.windowDays });
    settings.tierWindowDays = input.windowDays;
    settings.tierRulesVersion += 1;
    settings.tierRulesPublishedAt = ctx.now();
    settings.tierRulesPublishedBy = ctx.actor?.name ?? null;
    ctx.audit = { targetType: 'TierRules', targetId: String(settings.tierRulesVersion), before: { tiers: before }, after: { windowDays: input.windowDays, tiers: input.tiers.map((t) => ruleView({ ...t, minLifetimeSpendCents: t.minLifetimeSpend, minWindowSpendCents: t.minWindowSpend })) } };
    await ctx.em.flush();
    return { ...impact, rulesVersion: settings.tierRulesVersion };
  }

  /** Validates a proposed rule set; ids of new tiers are provisional (their codes). */
  private async proposed(ctx: Ctx, input: TierRulesInput): Promise<TierRule[]> {
    const issues: FieldIssue[] = [];
    const codes = new Set<string>();
    const ranks = new Set<number>();
    input.tiers.forEach((t, i) => {
      if (codes.has(t.code)) issues.push({ field: `tiers.${i}.code`, message: `${t.code} appears twice`, code: 'duplicate' });
      if (ranks.has(t.rank)) issues.push({ field: `tiers.${i}.rank`, message: `rank ${t.rank} appears twice`, code: 'duplicate' });
      for (const [k, v] of [['minLifetimeSpend', t.minLifetimeSpend], ['minWindowSpend', t.minWindowSpend]] as const) {
        if (v != null && v < 0) issues.push({ field: `tiers.${i}.${k}`, message: 'must not be negative', code: 'out_of_range' });
      }
      if (t.minLifetimeSpend == null && t.minWindowSpend == null && t.minWindowPurchases == null && t.maxDaysSinceLastPurchase == null && t.rank > 1) {
        issues.push({ field: `tiers.${i}`, message: 'a tier above rank 1 needs at least one entry criterion', code: 'no_criteria' });
      }
      codes.add(t.code);
      ranks.add(t.rank);
    });
    if (issues.length) throw badInput(issues);
    const existing = new Map((await this.list(ctx, true)).map((t) => [t.code, t.id]));
    return input.tiers.map((t) => ({
      id: existing.get(t.code) ?? `new:${t.code}`,
      code: t.code,
      rank: t.rank,
      minLifetimeSpendCents: t.minLifetimeSpend ?? null,
      minWindowSpendCents: t.minWindowSpend ?? null,
      minWindowPurchases: t.minWindowPurchases ?? null,
      maxDaysSinceLastPurchase: t.maxDaysSinceLastPurchase ?? null,
      graceDays: t.graceDays,
    }));
  }

  /** A manual override with a reason and an optional expiry; the history keeps both. */
  async override(ctx: Ctx, input: OverrideTierInput): Promise<Customer> {
    const customer = await this.customers.get(ctx, input.customerId, Permission.OverrideTier);
    const now = ctx.now();
    const tier = input.tierId ? await ctx.em.findOne(Tier, { id: input.tierId, retiredAt: null }) : null;
    if (input.tierId && !tier) throw badField('tierId', `tier ${input.tierId} does not exist or is retired`, 'not_found');
    if (input.expiresAt && (input.expiresAt <= now || input.expiresAt > addDays(now, 731))) {
      throw badField('expiresAt', 'must be in the future and at most two years ahead', 'out_of_range');
    }
    const settings = await this.settings(ctx);
    const before = { tier: customer.tier?.id ?? null, override: customer.overrideReason ? { tier: customer.overrideTier?.id ?? null, reason: customer.overrideReason } : null };
    const fromTier = customer.tier ?? null;
    const from = fromTier?.id ?? null;
    customer.overrideReason = input.reason.trim();
    customer.overrideTier = tier;
    customer.overrideExpiresAt = input.expiresAt ?? null;
    customer.tier = tier;
    customer.tierBelowSince = null;
    if (from !== (tier?.id ?? null)) customer.tierSince = now;
    const f = (await this.figures(ctx, [stateOf(customer)], settings.tierWindowDays)).get(customer.id)!;
    ctx.em.create(TierChange, { customer, fromTier: from, toTier: tier, at: now, reason: TierChangeReason.OVERRIDE, figures: f, note: customer.overrideReason, actorName: ctx.actor?.name ?? null, rulesVersion: settings.tierRulesVersion } as never);
    const data: TierChangeData = { change: TierChangeReason.OVERRIDE, from: fromTier ? tierRef(fromTier) : null, to: tier ? tierRef(tier) : null, by: ctx.actor?.name ?? null, reason: customer.overrideReason };
    this.customers.addEvent(ctx, customer, { kind: 'TIER_CHANGE', summary: `${tier?.code ?? '—'} · ${customer.overrideReason}`, data });
    ctx.audit = { targetType: 'Customer', targetId: customer.id, before, after: { tier: tier?.id ?? null, override: { tier: tier?.id ?? null, reason: customer.overrideReason, expiresAt: input.expiresAt?.toISOString() ?? null } } };
    await ctx.em.flush();
    return customer;
  }

  /** Ends an override now; the customer returns to the tier their figures earn. */
  async clearOverride(ctx: Ctx, customerId: string, reason: string): Promise<Customer> {
    const customer = await this.customers.get(ctx, customerId, Permission.OverrideTier);
    if (customer.overrideReason == null) throw conflict('This customer has no tier override.', { reason: 'NO_OVERRIDE' });
    const [settings, tiers] = await Promise.all([this.settings(ctx), this.list(ctx)]);
    const f = (await this.figures(ctx, [stateOf(customer)], settings.tierWindowDays)).get(customer.id)!;
    const to = qualifiedTier(tiers, f);
    const from = customer.tier?.id ?? null;
    customer.overrideReason = null;
    customer.overrideTier = null;
    customer.overrideExpiresAt = null;
    customer.tier = to;
    if (from !== (to?.id ?? null)) customer.tierSince = ctx.now();
    ctx.em.create(TierChange, { customer, fromTier: from, toTier: to, at: ctx.now(), reason: TierChangeReason.OVERRIDE_ENDED, figures: f, note: reason, actorName: ctx.actor?.name ?? null, rulesVersion: settings.tierRulesVersion } as never);
    // Ended by hand, the customer's file says by whom and why, as when it was set.
    const fromTier = tiers.find((t) => t.id === from) ?? null;
    const data: TierChangeData = { change: TierChangeReason.OVERRIDE_ENDED, from: fromTier ? tierRef(fromTier) : null, to: to ? tierRef(to) : null, by: ctx.actor?.name ?? null, reason };
    this.customers.addEvent(ctx, customer, { kind: 'TIER_CHANGE', summary: `${fromTier?.code ?? '—'} → ${to?.code ?? '—'} · ${reason}`, data });
    ctx.audit = { targetType: 'Customer', targetId: customer.id, before: { tier: from }, after: { tier: to?.id ?? null } };
    await ctx.em.flush();
    return customer;
  }

  /** "Why is this customer Gold": today's figures, the tier they earn, and what the next tier needs. */
  async status(ctx: Ctx, customer: Customer) {
    const [settings, tiers] = await Promise.all([this.settings(ctx), this.list(ctx)]);
    const state = stateOf(customer);
    const f = (await this.figures(ctx, [state], settings.tierWindowDays)).get(customer.id)!;
    const qualified = qualifiedTier(tiers, f);
    const currentId = customer.tier ? (typeof customer.tier === 'string' ? customer.tier : customer.tier.id) : null;
    const current = tiers.find((t) => t.id === currentId) ?? null;
    const next = [...tiers].sort((a, b) => a.rank - b.rank).find((t) => t.rank > (current?.rank ?? 0)) ?? null;
    const graceEndsAt = current && customer.tierBelowSince ? addDays(customer.tierBelowSince, current.graceDays) : null;
    return { figures: f, qualified, next, missing: next ? missing(next, f) : [], graceEndsAt, rulesVersion: settings.tierRulesVersion };
  }

  history(ctx: Ctx, customerId: string): Promise<TierChange[]> {
    return ctx.em.find(TierChange, { customer: customerId }, { orderBy: { at: 'desc', id: 'desc' }, limit: 100 });
  }
}

/** What a customer still lacks for a tier, in words a person can act on. */
function missing(t: TierRule, f: TierFigures): string[] {
  const out: string[] = [];
  if (t.minLifetimeSpendCents != null && f.lifetimeSpend < t.minLifetimeSpendCents) out.push(`lifetime spend ${formatMoney(t.minLifetimeSpendCents - f.lifetimeSpend)} more`);
  if (t.minWindowSpendCents != null && f.windowSpend < t.minWindowSpendCents) out.push(`spend ${formatMoney(t.minWindowSpendCents - f.windowSpend)} more within ${f.windowDays} days`);
  if (t.minWindowPurchases != null && f.windowPurchases < t.minWindowPurchases) out.push(`${t.minWindowPurchases - f.windowPurchases} more purchases within ${f.windowDays} days`);
  if (t.maxDaysSinceLastPurchase != null && (f.daysSinceLastPurchase == null || f.daysSinceLastPurchase > t.maxDaysSinceLastPurchase)) out.push(`a purchase within ${t.maxDaysSinceLastPurchase} days`);
  return out;
}

function stateOf(c: Customer): TierState {
  const id = (r: { id: string } | string | null | undefined) => (r == null ? null : typeof r === 'string' ? r : r.id);
  return {
    id: c.id,
    tierId: id(c.tier),
    belowSince: c.tierBelowSince ?? null,
    overrideReason: c.overrideReason ?? null,
    overrideTierId: id(c.overrideTier),
    overrideExpiresAt: c.overrideExpiresAt ?? null,
    lifetimeSpend: c.lifetimeSpendCents,
    lastPurchaseAt: c.lastPurchaseAt ?? null,
  };
}


function ruleView(t: Partial<TierRule> & { code: string; rank: number; pointsMultiplier?: number; graceDays: number }): Record<string, unknown> {
  return {
    code: t.code,
    rank: t.rank,
    minLifetimeSpend: t.minLifetimeSpendCents ?? null,
    minWindowSpend: t.minWindowSpendCents ?? null,
    minWindowPurchases: t.minWindowPurchases ?? null,
    maxDaysSinceLastPurchase: t.maxDaysSinceLastPurchase ?? null,
    pointsMultiplier: t.pointsMultiplier ?? null,
    graceDays: t.graceDays,
  };
}

function newImpact(live: readonly Tier[], proposed: readonly TierRule[], version: number): Impact {
  const rows: ImpactRow[] = [{ tierId: null, code: null, current: 0, projected: 0, up: 0, down: 0 }];
  for (const t of [...live.filter((x) => !x.retiredAt), ...proposed]) {
    if (!rows.some((r) => r.code === t.code)) rows.push({ tierId: t.id.startsWith('new:') ? null : t.id, code: t.code, current: 0, projected: 0, up: 0, down: 0 });
  }
  return { rows, customers: 0, upgrades: 0, downgrades: 0, unchanged: 0, overridden: 0, rulesVersion: version };
}

/** Counts one customer into the impact: where they are, where the rules would put them. */
function count(impact: Impact, s: TierState, d: Decision | null, tiers: readonly TierRule[], names: Map<string, string>): void {
  const row = (id: string | null): ImpactRow => {
    const code = id ? (names.get(id) ?? id.replace(/^new:/, '')) : null;
    let r = impact.rows.find((x) => x.code === code);
    if (!r) impact.rows.push((r = { tierId: id, code, current: 0, projected: 0, up: 0, down: 0 }));
    return r;
  };
  impact.customers++;
  row(s.tierId).current++;
  if (s.overrideReason != null && !d?.endOverride) impact.overridden++;
  const to = d ? d.to : s.tierId;
  if (to === s.tierId) {
    impact.unchanged++;
    row(s.tierId).projected++;
    return;
  }
  const rank = (id: string | null) => (id ? (tiers.find((t) => t.id === id)?.rank ?? -1) : 0);
  const target = row(to);
  target.projected++;
  if (rank(to) > rank(s.tierId)) {
    impact.upgrades++;
    target.up++;
  } else {
    impact.downgrades++;
    target.down++;
  }
}
