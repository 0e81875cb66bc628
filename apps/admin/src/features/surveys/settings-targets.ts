/** One row of `satisfactionTargets`: a unit's target from a year on (R-SAT-4). */
export interface TargetRow {
  id: string;
  effectiveYear: number;
  targetPercent: number;
  note?: string | null;
  setBy: string;
  updatedAt: string;
  unit: { id: string; code: string; name: string; nameEn?: string | null };
}

export interface UnitTargets {
  unit: TargetRow['unit'];
  /** The row in force in `year`: the latest effective year not after it. */
  current: TargetRow | null;
  /** Rows set for years after `year`, soonest first. */
  upcoming: TargetRow[];
  /** Every row, latest effective year first. */
  history: TargetRow[];
}

/** Percent as the API takes it: 0–100. */
export const TARGET_RANGE = [0, 100] as const;
/** SatisfactionTargetInput.effectiveYear's bounds. */
export const YEAR_RANGE = [2000, 2100] as const;

/** The targets grouped by unit, in unit-code order, with the one in force in `year` (R-SAT-4). */
export function unitTargets(rows: readonly TargetRow[], year: number): UnitTargets[] {
  const byUnit = new Map<string, TargetRow[]>();
  for (const r of rows) byUnit.set(r.unit.id, [...(byUnit.get(r.unit.id) ?? []), r]);
  return [...byUnit.values()]
    .map((list) => {
      const history = [...list].sort((a, b) => b.effectiveYear - a.effectiveYear);
      return {
        unit: history[0]!.unit,
        current: history.find((r) => r.effectiveYear <= year) ?? null,
        upcoming: history.filter((r) => r.effectiveYear > year).reverse(),
        history,
      };
    })
    .sort((a, b) => a.unit.code.localeCompare(b.unit.code));
}

/** Formats a percent figure the way the regime's reports write it: up to two decimals, no trailing zeros. */
export function formatTarget(value: number | null | undefined): string {
  if (value == null) return '—';
  return `${Number(value.toFixed(2))}%`;
}
