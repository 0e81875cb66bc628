import { GraphQLScalarType, Kind } from 'graphql';
import { Type } from '@mikro-orm/core';

/** Largest amount accepted, in cents: well inside Number.MAX_SAFE_INTEGER. */
export const MAX_CENTS = 1e13;

/**
 * Money travels as a decimal string ("1280.50") and is kept as integer cents, so sums are
 * exact and integrations in any language read it without float surprises. Inputs may also
 * be numbers; more than two decimals is refused rather than rounded.
 */
export function parseMoney(value: unknown): number {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  const m = /^(-?)(\d{1,13})(?:\.(\d{1,2}))?$/.exec(text);
  if (!m) throw new TypeError('Money must be a decimal amount with at most two decimals, e.g. "1280.50".');
  const cents = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  if (cents > MAX_CENTS) throw new TypeError('Money is out of range.');
  return m[1] ? -cents : cents;
}

export function formatMoney(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.round(cents));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export const MoneyScalar = new GraphQLScalarType<number, string>({
  name: 'Money',
  description: 'An amount of money as a decimal string with two decimals, e.g. "1280.50" (inputs may be numbers).',
  serialize: (v) => formatMoney(Number(v)),
  parseValue: (v) => parseMoney(v),
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return parseMoney(ast.value);
    throw new TypeError('Money must be a string or a number.');
  },
});

/**
 * A bigint column read as a JS number: amounts and sums in cents stay far below 2^53, and
 * drivers otherwise hand bigints back as strings.
 */
export class CentsType extends Type<number | null, string | null> {
  override convertToDatabaseValue(value: number | null): string | null {
    return value == null ? null : String(value);
  }
  override convertToJSValue(value: string | number | bigint | null): number | null {
    return value == null ? null : Number(value);
  }
  override getColumnType(): string {
    return 'bigint';
  }
  override compareAsType(): string {
    return 'number';
  }
}
