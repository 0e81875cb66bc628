import { describe, expect, it } from 'vitest';
import {
  formatRate,
  itemLines,
  monthHeading,
  questionTitles,
  rateOf,
  sortAgentScores,
  standing,
  targetFor,
  unitLines,
  type AgentScore,
  type ItemRow,
  type TargetRow,
  type Template,
  type UnitMonthRow,
} from './dashboardShape';

const target = (unitId: string, effectiveYear: number, targetPercent: number): TargetRow => ({
  id: `${unitId}-${effectiveYear}`,
  effectiveYear,
  targetPercent,
  unit: { id: unitId, name: unitId, nameEn: null },
});
const TARGETS = [target('hl', 2025, 90), target('hl', 2026, 92), target('st', 2026, 85)];
const PARENT: Record<string, string> = { hl: 'cs', fd: 'cs', cs: 'st' };
const parentOf = (id: string) => PARENT[id];

const row = (unitId: string, month: string, forms: number, satisfied: number, partial = 0): UnitMonthRow => ({
  unitId,
  unitName: `name-${unitId}`,
  month,
  forms,
  satisfied,
  partial,
  rate: rateOf(satisfied, forms),
});

describe('rates (R-SAT-3)', () => {
  it('divides satisfied by forms to two decimals, and has none without forms', () => {
    expect(rateOf(2, 3)).toBe(66.67);
    expect(rateOf(0, 1)).toBe(0);
    expect(rateOf(0, 0)).toBeNull();
    expect(formatRate(66.67)).toBe('66.7%');
    expect(formatRate(null)).toBe('—');
  });
});

describe('targets (R-SAT-4)', () => {
  it('takes the latest target set from the year or before', () => {
    expect(targetFor(TARGETS, 'hl', 2026, parentOf)).toEqual({ percent: 92, unitId: 'hl', inherited: false });
    expect(targetFor(TARGETS, 'hl', 2025, parentOf)?.percent).toBe(90);
    expect(targetFor(TARGETS, 'hl', 2027, parentOf)?.percent).toBe(92);
  });

  it('falls back to the nearest unit above with a target, and to none', () => {
    expect(targetFor(TARGETS, 'fd', 2026, parentOf)).toEqual({ percent: 85, unitId: 'st', inherited: true });
    expect(targetFor(TARGETS, 'fd', 2025, parentOf)).toBeNull();
    expect(targetFor(TARGETS, 'x', 2026, () => undefined)).toBeNull();
  });

  it('does not loop on a broken chart', () => {
    expect(targetFor([], 'a', 2026, (id) => (id === 'a' ? 'b' : 'a'))).toBeNull();
  });

  it('places a rate against its target', () => {
    expect(standing(null, 90)).toBe('noData');
    expect(standing(80, null)).toBe('noTarget');
    expect(standing(95, 90)).toBe('above');
    expect(standing(90, 90)).toBe('met');
    expect(standing(86, 90)).toBe('near');
    expect(standing(84.99, 90)).toBe('below');
  });
});

describe('units × months', () => {
  const months = ['2026-10', '2026-11', '2026-12'];
  // The company root above the station: it passes the station's figures on and is left out.
  const CHART: Record<string, string> = { ...PARENT, st: 'root' };
  const names: Record<string, string> = { hl: '熱線組', fd: '前台組', cs: '客服部', st: '服務站', root: '公司' };
  const opts = {
    name: (id: string, fallback: string) => names[id] ?? fallback,
    target: (id: string, year: number) => targetFor(TARGETS, id, year, parentOf),
    parentOf: (id: string) => CHART[id],
    sumName: '合計',
  };

  it('gives every unit a cell a month, with no rate for a month without forms', () => {
    const lines = unitLines([row('hl', '2026-10', 10, 9), row('hl', '2026-12', 4, 3)], months, { ...opts, parentOf: undefined });
    expect(lines).toHaveLength(1);
    const hl = lines[0]!;
    expect(hl).toMatchObject({ unitId: 'hl', name: '熱線組', path: '熱線組', depth: 0, sum: false });
    expect(hl.cells.map((c) => c.rate)).toEqual([90, null, 75]);
    expect(hl.cells.map((c) => c.standing)).toEqual(['near', 'noData', 'below']);
    expect(hl.total).toEqual({ forms: 14, satisfied: 12, partial: 0, rate: 85.71 });
    expect(hl.target?.percent).toBe(92);
  });

  it('rolls each unit’s forms up to the units above it, in org-chart order, leaving out a root that only passes them on', () => {
    const rows = [row('fd', '2026-10', 10, 10), row('st', '2026-10', 2, 0, 1), row('hl', '2026-10', 10, 9), row('cs', '2026-11', 1, 0)];
    const lines = unitLines(rows, months, opts);
    expect(lines.map((l) => [l.unitId, l.depth, l.path])).toEqual([
      ['st', 0, '服務站'],
      ['cs', 1, '服務站 / 客服部'],
      ['fd', 2, '服務站 / 客服部 / 前台組'],
      ['hl', 2, '服務站 / 客服部 / 熱線組'],
    ]);
    const [st, cs] = lines;
    expect(st!.cells[0]).toMatchObject({ forms: 22, satisfied: 19, partial: 1, rate: 86.36, standing: 'met' });
    expect(cs!.cells[0]).toMatchObject({ forms: 20, satisfied: 19, rate: 95 });
    expect(cs!.cells[1]).toMatchObject({ forms: 1, satisfied: 0, rate: 0 });
    // The department has no target of its own: the station's applies.
    expect(cs!.target).toEqual({ percent: 85, unitId: 'st', inherited: true });
  });

  it('stops at the unit filtered to, and keeps it even when it only passes figures on', () => {
    const lines = unitLines([row('hl', '2026-10', 10, 9)], months, { ...opts, scopeId: 'cs' });
    expect(lines.map((l) => l.unitId)).toEqual(['cs', 'hl']);
  });

  it('sums several top lines from their counts', () => {
    const lines = unitLines([row('hl', '2026-10', 10, 9, 1), row('fd', '2026-10', 10, 10)], months, { ...opts, parentOf: undefined, scopeId: 'st' });
    const sum = lines.at(-1)!;
    expect(lines).toHaveLength(3);
    expect(sum).toMatchObject({ sum: true, unitId: 'st', name: '合計' });
    expect(sum.cells[0]).toMatchObject({ forms: 20, satisfied: 19, partial: 1, rate: 95, standing: 'above' });
    expect(sum.cells[1]).toMatchObject({ forms: 0, rate: null, standing: 'noData' });
  });

  it('heads months by name, with the year when the period spans two', () => {
    expect(monthHeading('2026-03', 'en', false)).toBe('Mar');
    expect(monthHeading('2026-03', 'en', true)).toBe('2026 Mar');
  });
});

describe('questions (R-SAT-2)', () => {
  const label = (zh: string, en: string) => ({ zhHant: zh, zhHans: zh, en });
  const templates: Template[] = [
    {
      id: 't1',
      code: 'R-SAT-2',
      active: true,
      title: label('滿意度調查', 'Survey'),
      versions: [
        { version: 1, items: [{ key: 'overall', kind: 'OVERALL', label: label('舊總評', 'Old overall') }, { key: 'gone', kind: 'LEVEL5', label: label('已刪除', 'Removed') }] },
        { version: 2, items: [{ key: 'service', kind: 'LEVEL5', label: label('服務', 'Service') }, { key: 'overall', kind: 'OVERALL', label: label('總體評價', 'Overall') }] },
      ],
    },
  ];

  it('titles questions from the newest version, in the reader’s language, keeping dropped ones', () => {
    const titles = questionTitles(templates, null, 'en');
    expect([...titles.entries()].map(([k, v]) => [k, v.title])).toEqual([
      ['service', 'Service'],
      ['overall', 'Overall'],
      ['gone', 'Removed'],
    ]);
    expect(questionTitles(templates, 'other', 'en').size).toBe(0);
  });

  it('splits each question’s answers over the levels, in the template’s order', () => {
    const rows: ItemRow[] = [
      { itemKey: 'overall', forms: 4, satisfied: 3, rate: 75, averageScore: 3.5, levels: [1, 1, 1, 0, 1] },
      { itemKey: 'unknown', forms: 0, satisfied: 0, rate: null, averageScore: null, levels: [0, 0, 0, 0, 0] },
      { itemKey: 'service', forms: 2, satisfied: 2, rate: 100, averageScore: 5, levels: [2, 0, 0, 0, 0] },
    ];
    const lines = itemLines(rows, questionTitles(templates, 't1', 'zh-Hant'));
    expect(lines.map((l) => l.title)).toEqual(['服務', '總體評價', 'unknown']);
    const overall = lines[1]!;
    expect(overall.below).toBe(1);
    expect(overall.levels.map((l) => [l.level, l.count, l.share])).toEqual([
      ['VERY_SATISFIED', 1, 0.25],
      ['FAIRLY_SATISFIED', 1, 0.25],
      ['BASICALLY_SATISFIED', 1, 0.25],
      ['NOT_VERY_SATISFIED', 0, 0],
      ['DISSATISFIED', 1, 0.25],
    ]);
    expect(lines[2]!.levels.every((l) => l.share === 0)).toBe(true);
  });
});

describe('agents (R-SAT-6)', () => {
  it('lists agents with 不滿意 forms first, then by forms', () => {
    const agent = (employeeNo: string, forms: number, dissatisfiedForms: number): AgentScore => ({
      agentId: employeeNo,
      agentName: employeeNo,
      employeeNo,
      unitId: 'u',
      unitName: 'u',
      forms,
      satisfied: forms,
      rate: 100,
      averageScore: 5,
      dissatisfiedForms,
    });
    expect(sortAgentScores([agent('E1', 5, 0), agent('E2', 9, 0), agent('E3', 1, 1)]).map((a) => a.employeeNo)).toEqual(['E3', 'E2', 'E1']);
  });
});
