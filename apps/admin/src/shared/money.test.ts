import { describe, expect, it } from 'vitest';
import { centsToMoney, formatMoney, moneyToCents, parseMoney } from './money';

describe('formatMoney', () => {
  it.each([
    ['1280.50', '1,280.50'],
    ['1280.5', '1,280.50'],
    ['0', '0.00'],
    ['1234567.8', '1,234,567.80'],
    ['-25.00', '-25.00'],
    ['007.10', '7.10'],
  ])('shows %s as %s', (value, shown) => expect(formatMoney(value)).toBe(shown));

  it('shows a dash for no amount and leaves a non-decimal as it came', () => {
    expect(formatMoney(null)).toBe('—');
    expect(formatMoney('')).toBe('—');
    expect(formatMoney('n/a')).toBe('n/a');
  });
});

describe('parseMoney', () => {
  it.each<[string | number, string]>([
    ['1,280.5', '1280.50'],
    [' 300 ', '300.00'],
    ['NT$1,000', '1000.00'],
    [12.3, '12.30'],
    ['0.1', '0.10'],
    ['-5', '-5.00'],
  ])('reads %s as %s', (input, value) => expect(parseMoney(input)).toBe(value));

  it('refuses what is not an amount, or has fractions of a cent', () => {
    expect(parseMoney('abc')).toBeNull();
    expect(parseMoney('1.234')).toBeNull();
    expect(parseMoney('')).toBeNull();
    expect(parseMoney(null)).toBeNull();
  });
});

describe('cents', () => {
  it('does arithmetic on cents without float drift', () => {
    expect(moneyToCents('0.10')! + moneyToCents('0.20')!).toBe(30);
    expect(centsToMoney(moneyToCents('3000.00')! - moneyToCents('1280.55')!)).toBe('1719.45');
    expect(moneyToCents('-5.5')).toBe(-550);
    expect(centsToMoney(-550)).toBe('-5.50');
    expect(moneyToCents('x')).toBeNull();
  });
});
