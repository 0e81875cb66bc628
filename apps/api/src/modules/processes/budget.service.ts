import type { Ctx } from '../../context';
import { Permission } from '../../common/auth/permissions';
import { escapeLike } from '../../common/auth/scope-filter';
import { badField } from '../../common/errors';
import { formatMoney } from '../../common/money';
import { OrgUnit } from '../org/org-unit.entity';
import { Budget } from './budget.entity';
import type { BudgetInput } from './processes.inputs';

/** Budgets per unit, year and category, which expense claims are checked against (R-FLOW-3). */
export class BudgetService {
  async set(ctx: Ctx, input: BudgetInput): Promise<Budget> {
    const unit = await ctx.em.findOne(OrgUnit, { id: input.unitId });
    if (!unit) throw badField('unitId', `unit ${input.unitId} does not exist`, 'not_found');
    ctx.access.assertReaches(Permission.ManageBudget, unit.path, null, `unit ${unit.code}`);
    if (input.amount < 0) throw badField('amount', 'must not be negative', 'out_of_range');
    let budget = await ctx.em.findOne(Budget, { unit, year: input.year, category: input.category });
    const before = budget ? { amount: formatMoney(budget.amountCents) } : null;
    if (!budget) budget = ctx.em.create(Budget, { unit, year: input.year, category: input.category, amountCents: input.amount, consumedCents: 0 } as never);
    else budget.amountCents = input.amount;
    ctx.audit = { targetType: 'Budget', targetId: budget.id, before, after: { unit: unit.code, year: input.year, category: input.category, amount: formatMoney(input.amount) } };
    await ctx.em.flush();
    return budget;
  }

  list(ctx: Ctx, year: number): Promise<Budget[]> {
    const r = ctx.access.reach(Permission.ReadDocument);
    const m = ctx.access.reach(Permission.ManageBudget);
    if (r.all || m.all) return ctx.em.find(Budget, { year }, { populate: ['unit'], orderBy: { category: 'asc' } });
    const paths = [...r.unitPaths, ...m.unitPaths];
    if (!paths.length) return Promise.resolve([]);
    return ctx.em.find(Budget, { year, $or: paths.map((p) => ({ unit: { path: { $like: `${escapeLike(p)}%` } } })) } as never, { populate: ['unit'], orderBy: { category: 'asc' } });
  }
}
