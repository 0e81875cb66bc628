import { describe, expect, it } from 'vitest';
import { definitionToForm, formToDefinitionInput, inForce, textToValue, valueToText } from './definitions';

const CLAIM = {
  name: '費用報銷',
  nameEn: 'Expense claim',
  fields: [{ key: 'category', label: '類別', type: 'CHOICE' as const, required: true, immutable: false, choices: ['TRAVEL', 'MEALS'] }],
  steps: [
    { key: 'finance', name: '財務審核', nameEn: null, timeLimitHours: 72, approver: { kind: 'UNIT_OF_KIND_HEAD' as const, code: null, unitKind: null, unitFunction: 'FINANCE' }, conditions: [] },
    { key: 'over', name: '超預算', nameEn: null, timeLimitHours: 48, approver: { kind: 'ROLE' as const, code: 'station_manager' }, conditions: [{ field: 'overBudget', op: 'EQ' as const, value: true }] },
  ],
};

describe('process definition editor', () => {
  it('round-trips a published version into a new one', () => {
    const input = formToDefinitionInput('EXPENSE_CLAIM', { ...definitionToForm(CLAIM), note: ' 新版 ' });
    expect(input).toMatchObject({ kind: 'EXPENSE_CLAIM', name: '費用報銷', nameEn: 'Expense claim', note: '新版' });
    expect(input.fields[0]!.choices).toEqual(['TRAVEL', 'MEALS']);
    expect(input.steps[1]).toMatchObject({ approver: { kind: 'ROLE', code: 'station_manager', unitKind: null, unitFunction: null }, conditions: [{ field: 'overBudget', op: 'EQ', value: true }] });
  });

  it('sends only the approver settings the approver kind reads', () => {
    const form = definitionToForm(CLAIM);
    form.steps[1]!.approver = { kind: 'APPLICANT_UNIT_HEAD', code: 'station_manager' };
    expect(formToDefinitionInput('EXPENSE_CLAIM', form).steps[1]!.approver).toEqual({ kind: 'APPLICANT_UNIT_HEAD', code: null, unitKind: null, unitFunction: null });
  });

  it('keeps condition values typed: booleans, numbers, amounts as text, bare words as text', () => {
    expect(textToValue(valueToText(true))).toBe(true);
    expect(textToValue('50000')).toBe(50000);
    expect(textToValue('"50000.00"')).toBe('50000.00');
    expect(textToValue('EXPRESS')).toBe('EXPRESS');
    expect(textToValue('["AIR","EXPRESS"]')).toEqual(['AIR', 'EXPRESS']);
  });

  it('picks per kind the newest version already in force, not one scheduled for later', () => {
    const now = new Date('2026-05-01T00:00:00Z');
    const defs = [
      { kind: 'A', version: 1, effectiveFrom: '2026-01-01T00:00:00Z' },
      { kind: 'A', version: 2, effectiveFrom: '2026-04-01T00:00:00Z' },
      { kind: 'A', version: 3, effectiveFrom: '2026-06-01T00:00:00Z' },
      { kind: 'B', version: 1, effectiveFrom: '2026-01-01T00:00:00Z' },
    ];
    expect(inForce(defs, now).map((d) => `${d.kind}${d.version}`)).toEqual(['A2', 'B1']);
  });
});
