import { parseMoney } from '../../common/money';
import { ConditionOp, FieldType, type FieldDefinition, type StepCondition } from './definition.entity';

/**
 * Whether all of a step's conditions hold for a document's values (its fields and facts).
 * Money is compared in cents; a condition on money may be written "50000.00".
 */
export function conditionsHold(conditions: readonly StepCondition[], values: Record<string, unknown>, fields: readonly FieldDefinition[]): boolean {
  return conditions.every((c) => holds(c, values[c.field], fields.find((f) => f.key === c.field)?.type));
}

function holds(c: StepCondition, actual: unknown, type: FieldType | undefined): boolean {
  const norm = (v: unknown) => (type === FieldType.MONEY && typeof v === 'string' ? parseMoney(v) : v);
  const expected = c.op === ConditionOp.IN ? (Array.isArray(c.value) ? c.value.map(norm) : [norm(c.value)]) : norm(c.value);
  switch (c.op) {
    case ConditionOp.EQ:
      return actual === expected;
    case ConditionOp.NEQ:
      return actual !== expected;
    case ConditionOp.IN:
      return (expected as unknown[]).includes(actual);
    default: {
      if (typeof actual !== 'number' || typeof expected !== 'number') return false;
      if (c.op === ConditionOp.GT) return actual > expected;
      if (c.op === ConditionOp.GTE) return actual >= expected;
      if (c.op === ConditionOp.LT) return actual < expected;
      return actual <= expected;
    }
  }
}
