import { moneyToCents } from '../../shared/money';

/** Expense categories claims are booked under (the expense-claim form's choices). */
export const BUDGET_CATEGORIES = ['TRAVEL', 'MEALS', 'SUPPLIES', 'TRANSPORT', 'TRAINING', 'OTHER'] as const;

export interface BudgetUse {
  remainingCents: number;
  /** Share of the budget already consumed, in percent (over 100 when overspent). */
  percent: number;
  tone: 'normal' | 'warning' | 'over';
}

/**
 * How far a budget is used. Claims over budget still pass with the station manager's
 * approval (R-FLOW-3), so a budget can be overspent and the table must show it.
 */
export function budgetUse(amount: string, consumed: string): BudgetUse {
  const total = moneyToCents(amount) ?? 0;
  const used = moneyToCents(consumed) ?? 0;
  const percent = total > 0 ? Math.round((used / total) * 1000) / 10 : used > 0 ? 100 : 0;
  return { remainingCents: total - used, percent, tone: used > total ? 'over' : percent >= 80 ? 'warning' : 'normal' };
}
