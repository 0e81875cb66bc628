import { describe, expect, it } from 'vitest';
import type { TierRuleFragment } from '../../gql/graphql';
import { draftKey, draftOf, newTier, rulesInput } from './tierDraft';

const tier = (rank: number, code: string, extra: Partial<TierRuleFragment> = {}): TierRuleFragment => ({
  id: `t${rank}`,
  code,
  rank,
  color: '#c0c0c0',
  name: code,
  nameZhHans: code,
  nameEn: code,
  minLifetimeSpend: null,
  minWindowSpend: null,
  minWindowPurchases: null,
  maxDaysSinceLastPurchase: null,
  pointsMultiplier: 1,
  servicePriority: 0,
  birthdayBonusPoints: 0,
  memberOffers: [],
  graceDays: 30,
  ...extra,
});

describe('tier drafts', () => {
  it('lists the rules lowest rank first, whatever order they came in', () => {
    const draft = draftOf({ windowDays: 365, tiers: [tier(3, 'PLATINUM'), tier(1, 'SILVER'), tier(2, 'GOLD')] });
    expect(draft.tiers.map((t) => t.code)).toEqual(['SILVER', 'GOLD', 'PLATINUM']);
  });

  it('numbers ranks by position and normalises what was typed', () => {
    const draft = draftOf({ windowDays: 365, tiers: [tier(1, 'SILVER'), tier(2, 'GOLD', { minWindowSpend: '10000.00' })] });
    draft.tiers.push({ ...newTier(), code: ' diamond ', name: '鑽石', nameZhHans: '钻石', nameEn: 'Diamond', minLifetimeSpend: '200000', memberOffers: [' lounge ', ''] });
    const input = rulesInput(draft);
    expect(input.tiers.map((t) => [t.rank, t.code])).toEqual([
      [1, 'SILVER'],
      [2, 'GOLD'],
      [3, 'DIAMOND'],
    ]);
    expect(input.tiers[2]).toMatchObject({ minLifetimeSpend: '200000.00', minWindowSpend: null, memberOffers: ['lounge'] });
    expect(input.tiers[1]!.minWindowSpend).toBe('10000.00');
  });

  it('changes its key when the order changes, not when nothing does', () => {
    const draft = draftOf({ windowDays: 365, tiers: [tier(1, 'SILVER'), tier(2, 'GOLD')] });
    const key = draftKey(draft);
    expect(draftKey(structuredClone(draft))).toBe(key);
    expect(draftKey({ ...draft, tiers: [...draft.tiers].reverse() })).not.toBe(key);
  });
});
