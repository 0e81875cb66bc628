import { centsToMoney, moneyToCents } from '../../shared/money';

interface Criteria {
  minLifetimeSpend?: string | null;
  minWindowSpend?: string | null;
  minWindowPurchases?: number | null;
  maxDaysSinceLastPurchase?: number | null;
}

interface Figures {
  windowDays: number;
  windowSpend: string;
  windowPurchases: number;
  lifetimeSpend: string;
  daysSinceLastPurchase?: number | null;
}

export type TierNeed =
  | { kind: 'lifetimeSpend'; amount: string }
  | { kind: 'windowSpend'; amount: string; days: number }
  | { kind: 'windowPurchases'; count: number; days: number }
  | { kind: 'recentPurchase'; days: number };

/**
 * What a customer still lacks for a tier, from its criteria and today's figures. Worked out
 * here because the server words `missingForNext` in English only, and staff read Chinese.
 */
export function tierNeeds(tier: Criteria, f: Figures): TierNeed[] {
  const out: TierNeed[] = [];
  const short = (min: string | null | undefined, have: string) => {
    const need = moneyToCents(min);
    const got = moneyToCents(have) ?? 0;
    return need != null && got < need ? centsToMoney(need - got) : null;
  };
  const lifetime = short(tier.minLifetimeSpend, f.lifetimeSpend);
  if (lifetime) out.push({ kind: 'lifetimeSpend', amount: lifetime });
  const window = short(tier.minWindowSpend, f.windowSpend);
  if (window) out.push({ kind: 'windowSpend', amount: window, days: f.windowDays });
  if (tier.minWindowPurchases != null && f.windowPurchases < tier.minWindowPurchases) {
    out.push({ kind: 'windowPurchases', count: tier.minWindowPurchases - f.windowPurchases, days: f.windowDays });
  }
  const max = tier.maxDaysSinceLastPurchase;
  if (max != null && (f.daysSinceLastPurchase == null || f.daysSinceLastPurchase > max)) out.push({ kind: 'recentPurchase', days: max });
  return out;
}
