import type { SatisfactionDashboardQuery, SatisfactionDashboardTemplatesQuery, SatisfactionLevel } from '../../gql/graphql';
import type { Locale } from '../../shared/i18n';
import { LEVELS } from './levels';

/*
 * The satisfaction report as the dashboard draws it (R-SAT-3, R-SAT-4). The API counts; here
 * the counts are only arranged into units × months, set against the targets, and summed where
 * the page shows a total — a total's rate comes from the summed counts, never from averaging
 * rates.
 */

export type UnitMonthRow = SatisfactionDashboardQuery['byUnit']['rows'][number];
export type ItemRow = SatisfactionDashboardQuery['byItem']['rows'][number];
export type TargetRow = SatisfactionDashboardQuery['satisfactionTargets'][number];
export type AgentScore = SatisfactionDashboardQuery['agentSatisfactionScores'][number];
export type Template = SatisfactionDashboardTemplatesQuery['surveyTemplates'][number];

export { LEVELS };

/**
 * Green for content through red for 不滿意; each at least 3:1 on white (WCAG non-text
 * contrast), with white gaps between the segments so neighbours stay apart.
 */
export const LEVEL_COLORS: Record<SatisfactionLevel, string> = {
  VERY_SATISFIED: '#237804',
  FAIRLY_SATISFIED: '#5b8c00',
  BASICALLY_SATISFIED: '#ad6800',
  NOT_VERY_SATISFIED: '#d4380d',
  DISSATISFIED: '#a8071a',
};

/** R-SAT-3, as the API rounds it: satisfied ÷ forms × 100 to two decimals; no forms, no rate. */
export function rateOf(satisfied: number, forms: number): number | null {
  return forms > 0 ? Math.round((satisfied / forms) * 10_000) / 100 : null;
}

/** A rate as the page shows it, one decimal; "—" for a month without forms, never 0 %. */
export const formatRate = (rate: number | null | undefined) => (rate == null ? '—' : `${rate.toFixed(1)}%`);

export interface Counts {
  forms: number;
  satisfied: number;
  partial: number;
  rate: number | null;
}

const NO_FORMS: Counts = { forms: 0, satisfied: 0, partial: 0, rate: null };

function add(a: Counts, b: Counts): Counts {
  const forms = a.forms + b.forms;
  const satisfied = a.satisfied + b.satisfied;
  return { forms, satisfied, partial: a.partial + b.partial, rate: rateOf(satisfied, forms) };
}

export interface Target {
  percent: number;
  /** The unit whose target it is: the unit itself, or the nearest unit above it that has one. */
  unitId: string;
  inherited: boolean;
}

/**
 * The target in force for a unit in a year (R-SAT-4): the latest one set from that year or
 * before, the unit's own or else the nearest one above it (a station's target covers the
 * teams under it that have none of their own).
 */
export function targetFor(targets: readonly TargetRow[], unitId: string, year: number, parentOf: (unitId: string) => string | null | undefined): Target | null {
  const seen = new Set<string>();
  for (let id: string | null | undefined = unitId; id && !seen.has(id); id = parentOf(id)) {
    seen.add(id);
    const own = targets.filter((t) => t.unit.id === id && t.effectiveYear <= year).sort((a, b) => b.effectiveYear - a.effectiveYear)[0];
    if (own) return { percent: own.targetPercent, unitId: id, inherited: id !== unitId };
  }
  return null;
}

/** A rate measured against a target, for colour and wording. */
export type Standing = 'above' | 'met' | 'near' | 'below' | 'noTarget' | 'noData';

/** Percentage points around the target that count as "just met" or "just missed". */
export const NEAR_POINTS = 5;

export function standing(rate: number | null, target: number | null | undefined): Standing {
  if (rate == null) return 'noData';
  if (target == null) return 'noTarget';
  if (rate >= target) return rate >= target + NEAR_POINTS ? 'above' : 'met';
  return rate >= target - NEAR_POINTS ? 'near' : 'below';
}

export const isBelow = (s: Standing) => s === 'near' || s === 'below';

export interface UnitCell extends Counts {
  month: string;
  target: Target | null;
  standing: Standing;
}

export interface UnitLine {
  /** The unit, whose figures cover its whole subtree; on the summing line, the unit filtered to, if any. */
  unitId: string | null;
  sum: boolean;
  name: string;
  /** Names from the top line down to this one, for the CSV file, where indentation is lost. */
  path: string;
  /** Levels below the top line, for indentation. */
  depth: number;
  cells: UnitCell[];
  /** The whole period. */
  total: Counts;
  /** In force at the end of the period (the line draws each month's own). */
  target: Target | null;
}

interface UnitLineOptions {
  name: (unitId: string, fallback: string) => string;
  target: (unitId: string, year: number) => Target | null;
  /** The org chart; without it every unit stands alone. */
  parentOf?: (unitId: string) => string | null | undefined;
  /** The unit the dashboard is filtered to: the top of the tree. */
  scopeId?: string | null;
  /** Names the line that sums several top lines. */
  sumName: string;
}

/**
 * One line a unit, over the unit's whole subtree — as a target is judged (R-SAT-4) and as the
 * forms list filters by unit — in org-chart order: the units forms were returned for and the
 * units above them, up to the unit filtered to. A unit above that only passes one line's
 * figures on, with no forms of its own, is left out (outside a filter, the company and region
 * above a single station). One cell a month of the period, a month without forms a cell with
 * no rate, each against the unit's target for its year. Several top lines get a summing line.
 */
export function unitLines(rows: readonly UnitMonthRow[], months: readonly string[], opts: UnitLineOptions): UnitLine[] {
  const parentOf = opts.parentOf ?? (() => null);
  const own = new Map<string, { fallback: string; order: number; months: Map<string, Counts> }>();
  rows.forEach((r, i) => {
    if (!r.unitId || !r.month) return;
    const unit = own.get(r.unitId) ?? { fallback: r.unitName ?? r.unitId, order: i, months: new Map<string, Counts>() };
    own.set(r.unitId, unit);
    unit.months.set(r.month, add(unit.months.get(r.month) ?? NO_FORMS, { forms: r.forms, satisfied: r.satisfied, partial: r.partial, rate: r.rate }));
  });

  // Every unit's forms count for it and for each unit above it, up to the filter's unit.
  const rolled = new Map<string, { order: number; months: Map<string, Counts>; children: Set<string>; parent: string | null }>();
  for (const [unitId, u] of own) {
    const seen = new Set<string>();
    let child: string | null = null;
    for (let id: string | null | undefined = unitId; id && !seen.has(id); id = id === opts.scopeId ? null : parentOf(id)) {
      seen.add(id);
      const node = rolled.get(id) ?? { order: u.order, months: new Map<string, Counts>(), children: new Set<string>(), parent: null };
      rolled.set(id, node);
      node.order = Math.min(node.order, u.order);
      for (const [month, c] of u.months) node.months.set(month, add(node.months.get(month) ?? NO_FORMS, c));
      if (child) {
        node.children.add(child);
        rolled.get(child)!.parent = id;
      }
      child = id;
    }
  }
  const byOrder = (a: string, b: string) => rolled.get(a)!.order - rolled.get(b)!.order;
  let roots = [...rolled.keys()].filter((id) => !rolled.get(id)!.parent);
  for (;;) {
    const trivial = roots.filter((id) => id !== opts.scopeId && !own.has(id) && rolled.get(id)!.children.size === 1);
    if (!trivial.length) break;
    roots = roots.flatMap((id) => (trivial.includes(id) ? [...rolled.get(id)!.children] : [id]));
  }

  const line = (unitId: string | null, name: string, path: string, depth: number, counts: (month: string) => Counts, sum = false): UnitLine => {
    const targetIn = (month: string) => (unitId ? opts.target(unitId, Number(month.slice(0, 4))) : null);
    const cells = months.map((month) => {
      const c = counts(month);
      const target = targetIn(month);
      return { month, ...c, target, standing: standing(c.rate, target?.percent) };
    });
    return { unitId, sum, name, path, depth, cells, total: cells.reduce<Counts>(add, NO_FORMS), target: months.length ? targetIn(months.at(-1)!) : null };
  };
  const lines: UnitLine[] = [];
  const walk = (id: string, depth: number, above: string) => {
    const name = opts.name(id, own.get(id)?.fallback ?? id);
    const path = above ? `${above} / ${name}` : name;
    const node = rolled.get(id)!;
    lines.push(line(id, name, path, depth, (m) => node.months.get(m) ?? NO_FORMS));
    for (const child of [...node.children].sort(byOrder)) walk(child, depth + 1, path);
  };
  for (const root of roots.sort(byOrder)) walk(root, 0, '');
  if (roots.length < 2) return lines;
  const tops = lines.filter((l) => l.depth === 0);
  const summed = line(opts.scopeId ?? null, opts.sumName, opts.sumName, 0, (m) => tops.reduce<Counts>((acc, l) => add(acc, l.cells.find((c) => c.month === m)!), NO_FORMS), true);
  return [...lines, summed];
}

/** Whether any form was returned in the period: an empty period shows "no data" rather than empty charts. */
export const anyForms = (lines: readonly UnitLine[]) => lines.some((l) => l.total.forms > 0 || l.total.partial > 0);

/** A month's heading: its short name, with the year when the period spans more than one. */
export function monthHeading(month: string, locale: Locale, withYear: boolean): string {
  const name = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2000, Number(month.slice(5, 7)) - 1, 1));
  return withYear ? `${month.slice(0, 4)} ${name}` : name;
}

export const spansYears = (months: readonly string[]) => new Set(months.map((m) => m.slice(0, 4))).size > 1;

type Localized = { zhHant: string; zhHans: string; en: string };

export const inLocale = (text: Localized, locale: Locale): string => (locale === 'en' ? text.en : locale === 'zh-Hans' ? text.zhHans : text.zhHant) || text.zhHant;

export interface QuestionTitle {
  title: string;
  /** Where the question stands in its template, so the breakdown reads in the order it was asked. */
  order: number;
}

/**
 * A question's title by its key, in the reader's language: from the chosen template, or from
 * every template when none is chosen (active ones first). Newer versions win; a question a
 * later version dropped keeps the title it had.
 */
export function questionTitles(templates: readonly Template[], templateId: string | null, locale: Locale): Map<string, QuestionTitle> {
  const chosen = templateId ? templates.filter((t) => t.id === templateId) : [...templates].sort((a, b) => Number(b.active) - Number(a.active));
  const titles = new Map<string, QuestionTitle>();
  for (const template of chosen) {
    const versions = [...template.versions].sort((a, b) => b.version - a.version);
    for (const version of versions) {
      for (const item of version.items) if (!titles.has(item.key)) titles.set(item.key, { title: inLocale(item.label, locale), order: titles.size });
    }
  }
  return titles;
}

export interface ItemLine {
  itemKey: string;
  title: string;
  forms: number;
  satisfied: number;
  /** Answers below 基本滿意. */
  below: number;
  rate: number | null;
  averageScore: number | null;
  /** Answers per level, best first. */
  levels: readonly { level: SatisfactionLevel; count: number; share: number }[];
}

/** Per question (R-SAT-2): the level distribution in counts and shares, in the order the template asks them. */
export function itemLines(rows: readonly ItemRow[], titles: ReadonlyMap<string, QuestionTitle>): ItemLine[] {
  return rows
    .filter((r): r is ItemRow & { itemKey: string } => !!r.itemKey)
    .map((r) => {
      const total = r.levels.reduce((n, c) => n + c, 0);
      return {
        itemKey: r.itemKey,
        title: titles.get(r.itemKey)?.title ?? r.itemKey,
        forms: r.forms,
        satisfied: r.satisfied,
        below: r.forms - r.satisfied,
        rate: r.rate,
        averageScore: r.averageScore,
        levels: LEVELS.map((level, i) => ({ level, count: r.levels[i] ?? 0, share: total ? (r.levels[i] ?? 0) / total : 0 })),
      };
    })
    .sort((a, b) => (titles.get(a.itemKey)?.order ?? Infinity) - (titles.get(b.itemKey)?.order ?? Infinity) || a.itemKey.localeCompare(b.itemKey));
}

/** Agents with the most forms below standard first (R-SAT-6), then by how many forms they have. */
export function sortAgentScores(rows: readonly AgentScore[]): AgentScore[] {
  return [...rows].sort((a, b) => b.dissatisfiedForms - a.dissatisfiedForms || b.forms - a.forms || a.employeeNo.localeCompare(b.employeeNo));
}

/** Parts of a file name, blanks left out: 滿意率-2026-ST-TPE. */
export const fileName = (...parts: (string | number | null | undefined)[]) => parts.filter((p) => p != null && p !== '').join('-');
