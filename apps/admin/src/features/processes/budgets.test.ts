import { describe, expect, it } from 'vitest';
import { budgetUse } from './budgets';

describe('budgetUse (R-FLOW-3)', () => {
  it.each([
    ['10000.00', '0.00', { remainingCents: 1_000_000, percent: 0, tone: 'normal' }],
    ['10000.00', '7999.99', { remainingCents: 200_001, percent: 80, tone: 'warning' }],
    ['10000.00', '10000.00', { remainingCents: 0, percent: 100, tone: 'warning' }],
    ['10000.00', '12500.50', { remainingCents: -250_050, percent: 125, tone: 'over' }],
    ['0.00', '50.00', { remainingCents: -5_000, percent: 100, tone: 'over' }],
    ['0.00', '0.00', { remainingCents: 0, percent: 0, tone: 'normal' }],
  ])('budget %s with %s consumed', (amount, consumed, expected) => {
    expect(budgetUse(amount, consumed)).toEqual(expected);
  });
});
