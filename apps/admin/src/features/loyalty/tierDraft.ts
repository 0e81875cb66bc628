import type { TierRuleFragment, TierRulesInput } from '../../gql/graphql';
import { parseMoney } from '../../shared/money';

/** One tier as the editor holds it; its rank is its place in the list (first = rank 1). */
export interface DraftTier {
  /** The id of a tier already in force; absent for a new one. */
  id?: string;
  code: string;
  name: string;
  nameZhHans: string;
  nameEn: string;
  color: string;
  minLifetimeSpend?: string | null;
  minWindowSpend?: string | null;
  minWindowPurchases?: number | null;
  maxDaysSinceLastPurchase?: number | null;
  pointsMultiplier: number;
  servicePriority: number;
  birthdayBonusPoints: number;
  memberOffers: string[];
  graceDays: number;
}

export interface Draft {
  windowDays: number;
  tiers: DraftTier[];
}

/** The rules in force as an editable draft, lowest rank first. */
export function draftOf(rules: { windowDays: number; tiers: readonly TierRuleFragment[] }): Draft {
  return {
    windowDays: rules.windowDays,
    tiers: [...rules.tiers]
      .sort((a, b) => a.rank - b.rank)
      .map((t) => ({
        id: t.id,
        code: t.code,
        name: t.name,
        nameZhHans: t.nameZhHans,
        nameEn: t.nameEn,
        color: t.color,
        minLifetimeSpend: t.minLifetimeSpend ?? null,
        minWindowSpend: t.minWindowSpend ?? null,
        minWindowPurchases: t.minWindowPurchases ?? null,
        maxDaysSinceLastPurchase: t.maxDaysSinceLastPurchase ?? null,
        pointsMultiplier: t.pointsMultiplier,
        servicePriority: t.servicePriority,
        birthdayBonusPoints: t.birthdayBonusPoints,
        memberOffers: [...t.memberOffers],
        graceDays: t.graceDays,
      })),
  };
}

/** A tier a person adds: everything optional left open, the rank above the current top. */
export function newTier(): DraftTier {
  return { code: '', name: '', nameZhHans: '', nameEn: '', color: '#8c8c8c', pointsMultiplier: 1, servicePriority: 0, birthdayBonusPoints: 0, memberOffers: [], graceDays: 30 };
}

const count = (v: number | null | undefined) => (v == null || Number.isNaN(v) ? null : v);

/**
 * The draft as the API takes it: ranks from the order, codes in upper case, money as
 * decimal strings, blank criteria as null (a criterion left empty does not apply).
 */
export function rulesInput(draft: Draft): TierRulesInput {
  return {
    windowDays: draft.windowDays,
    tiers: draft.tiers.map((t, i) => ({
      rank: i + 1,
      code: (t.code ?? '').trim().toUpperCase(),
      name: (t.name ?? '').trim(),
      nameZhHans: (t.nameZhHans ?? '').trim(),
      nameEn: (t.nameEn ?? '').trim(),
      color: t.color,
      minLifetimeSpend: parseMoney(t.minLifetimeSpend),
      minWindowSpend: parseMoney(t.minWindowSpend),
      minWindowPurchases: count(t.minWindowPurchases),
      maxDaysSinceLastPurchase: count(t.maxDaysSinceLastPurchase),
      pointsMultiplier: t.pointsMultiplier,
      servicePriority: t.servicePriority,
      birthdayBonusPoints: t.birthdayBonusPoints,
      memberOffers: (t.memberOffers ?? []).map((o) => o.trim()).filter(Boolean),
      graceDays: t.graceDays,
    })),
  };
}

/** Identifies a draft's content, so a preview is known to still describe what is on screen. */
export function draftKey(draft: Draft): string {
  return JSON.stringify(rulesInput(draft));
}
