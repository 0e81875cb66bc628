import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { displayValue, moneyOfData, toDocumentData, toFormValues, type FieldDef } from './fields';

const field = (key: string, type: FieldDef['type'], required = true): FieldDef => ({ key, label: key, type, required, immutable: false });
const CLAIM: FieldDef[] = [field('date', 'DATE'), field('place', 'TEXT'), field('amount', 'MONEY'), field('category', 'CHOICE'), field('count', 'NUMBER'), field('valuable', 'BOOLEAN', false)];
const labels = { choice: (c: string) => `<${c}>`, yes: 'Y', no: 'N' };

describe('form values to document data', () => {
  it('sends dates as days, money as two-decimal text, text trimmed', () => {
    const data = toDocumentData(CLAIM, { date: dayjs('2026-03-05'), place: '  上海 ', amount: '1,280.5', category: 'TRAVEL', count: 2, valuable: true });
    expect(data).toEqual({ date: '2026-03-05', place: '上海', amount: '1280.50', category: 'TRAVEL', count: 2, valuable: true });
  });

  it('leaves blanks out so a half-filled draft can be saved, but an unticked switch says no', () => {
    expect(toDocumentData(CLAIM, { place: '   ', amount: '' })).toEqual({ valuable: false });
  });

  it('passes an amount it cannot read to the server unchanged, to be refused under its field', () => {
    expect(toDocumentData([field('amount', 'MONEY')], { amount: '12.345' })).toEqual({ amount: '12.345' });
  });
});

describe('document data to form values', () => {
  it('turns stored cents back into the decimal text the field edits and days into pickers', () => {
    const values = toFormValues(CLAIM, { date: '2026-03-05', place: '上海', amount: 128050, category: 'MEALS', count: 3, valuable: false });
    expect(values.amount).toBe('1280.50');
    expect(dayjs.isDayjs(values.date) && values.date.format('YYYY-MM-DD')).toBe('2026-03-05');
    expect(values).toMatchObject({ place: '上海', category: 'MEALS', count: 3, valuable: false });
  });

  it('round-trips through the form unchanged', () => {
    const data = { date: '2026-03-05', place: '上海', amount: '99.90', category: 'MEALS', count: 1, valuable: true };
    expect(toDocumentData(CLAIM, toFormValues(CLAIM, data))).toEqual(data);
  });
});

describe('displayed values', () => {
  it('formats money from cents or decimal text, and names choices and yes/no', () => {
    expect(moneyOfData(128050)).toBe('1280.50');
    expect(moneyOfData('7.5')).toBe('7.50');
    expect(displayValue({ type: 'MONEY' }, 128050, labels)).toBe('1,280.50');
    expect(displayValue({ type: 'CHOICE' }, 'TRAVEL', labels)).toBe('<TRAVEL>');
    expect(displayValue({ type: 'BOOLEAN' }, false, labels)).toBe('N');
    expect(displayValue({ type: 'TEXT' }, null, labels)).toBe('—');
  });
});
