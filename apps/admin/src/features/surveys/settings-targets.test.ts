import { describe, expect, it } from 'vitest';
import { formatTarget, unitTargets, type TargetRow } from './settings-targets';

const unit = (code: string) => ({ id: `u-${code}`, code, name: code, nameEn: null });
const row = (code: string, effectiveYear: number, targetPercent: number): TargetRow => ({
  id: `${code}-${effectiveYear}`,
  effectiveYear,
  targetPercent,
  note: null,
  setBy: '品管',
  updatedAt: '2026-01-01T00:00:00Z',
  unit: unit(code),
});

describe('unit targets (R-SAT-4)', () => {
  const rows = [row('ST-TPE-TS', 2025, 86), row('ST-TPE', 2026, 85), row('ST-TPE-TS', 2026, 88), row('ST-TPE-TS', 2028, 90), row('ST-TPE-TS', 2027, 89)];

  it('groups by unit in code order, history latest year first', () => {
    const units = unitTargets(rows, 2026);
    expect(units.map((u) => u.unit.code)).toEqual(['ST-TPE', 'ST-TPE-TS']);
    expect(units[1]!.history.map((r) => r.effectiveYear)).toEqual([2028, 2027, 2026, 2025]);
  });

  it('takes the latest year not after the one asked as the target in force', () => {
    const ts = unitTargets(rows, 2026)[1]!;
    expect(ts.current?.targetPercent).toBe(88);
    expect(ts.upcoming.map((r) => r.effectiveYear)).toEqual([2027, 2028]);
    expect(unitTargets(rows, 2030)[1]!.current?.targetPercent).toBe(90);
  });

  it('has no target in force before the first year', () => {
    expect(unitTargets(rows, 2024)[1]!.current).toBeNull();
    expect(unitTargets([], 2026)).toEqual([]);
  });

  it('writes percents without trailing zeros', () => {
    expect(formatTarget(88)).toBe('88%');
    expect(formatTarget(87.5)).toBe('87.5%');
    expect(formatTarget(86.666)).toBe('86.67%');
    expect(formatTarget(null)).toBe('—');
  });
});
