import type { Ctx } from '../../../context';
import { execute } from '../../../common/sql';
import { formatMoney } from '../../../common/money';
import { Budget } from '../budget.entity';
import type { ProcessDocument } from '../document.entity';
import type { DocumentKind } from './kind';

/**
 * R-FLOW-3: an expense claim is checked against the budget of the applicant's unit (or the
 * nearest unit above with one) for the claim's year and category; over budget, the process
 * adds the station manager's approval. Approval books the amount against the budget.
 */
export const expenseClaim: DocumentKind = {
  kind: 'EXPENSE_CLAIM',
  prefix: 'EXP',
  title: (d) => `${String(d.reason ?? '').slice(0, 60)} ${formatMoney(Number(d.amount ?? 0))}`,
  async facts(ctx, doc) {
    const budget = await budgetFor(ctx, doc);
    const amount = Number(doc.data.amount ?? 0);
    if (!budget) return { budgetId: null, budgetRemaining: null, overBudget: true };
    const remaining = budget.amountCents - budget.consumedCents;
    return { budgetId: budget.id, budgetRemaining: remaining, overBudget: amount > remaining };
  },
  async onApproved(ctx, doc) {
    await book(ctx, doc, +1);
  },
  async onUnapproved(ctx, doc) {
    await book(ctx, doc, -1);
  },
};

async function budgetFor(ctx: Ctx, doc: ProcessDocument): Promise<Budget | null> {
  const year = Number(String(doc.data.date ?? '').slice(0, 4)) || ctx.now().getUTCFullYear();
  const unitIds = doc.unit.path.split('/').filter(Boolean);
  const budgets = await ctx.em.find(Budget, { unit: { $in: unitIds }, year, category: String(doc.data.category ?? '') });
  // The deepest unit with a budget is the one the claim counts against.
  for (const id of unitIds.reverse()) {
    const b = budgets.find((x) => x.unit.id === id);
    if (b) return b;
  }
  return null;
}

async function book(ctx: Ctx, doc: ProcessDocument, sign: 1 | -1): Promise<void> {
  const budget = await budgetFor(ctx, doc);
  if (!budget) return;
  // One atomic increment: concurrent approvals against one budget never lose an update.
  await execute(ctx, ctx.em.getKnex()('budget').where({ id: budget.id }).increment('consumed_cents', sign * Number(doc.data.amount ?? 0)), 'run');
  await ctx.em.refresh(budget);
}
