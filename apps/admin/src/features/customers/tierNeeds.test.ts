import { describe, expect, it } from 'vitest';
import { tierNeeds } from './tierNeeds';

const figures = { windowDays: 365, windowSpend: '8000.00', windowPurchases: 3, lifetimeSpend: '12000.50', daysSinceLastPurchase: 40 };

describe('tierNeeds', () => {
  it('lists each criterion still short, with the exact amount', () => {
    expect(tierNeeds({ minLifetimeSpend: '20000.00', minWindowSpend: '10000.00', minWindowPurchases: 5, maxDaysSinceLastPurchase: 30 }, figures)).toEqual([
      { kind: 'lifetimeSpend', amount: '7999.50' },
      { kind: 'windowSpend', amount: '2000.00', days: 365 },
      { kind: 'windowPurchases', count: 2, days: 365 },
      { kind: 'recentPurchase', days: 30 },
    ]);
  });

  it('says nothing of criteria met or not set', () => {
    expect(tierNeeds({ minLifetimeSpend: '10000', minWindowSpend: null, minWindowPurchases: 3 }, figures)).toEqual([]);
  });

  it('asks a customer who never bought for a recent purchase', () => {
    expect(tierNeeds({ maxDaysSinceLastPurchase: 90 }, { ...figures, daysSinceLastPurchase: null })).toEqual([{ kind: 'recentPurchase', days: 90 }]);
  });
});
