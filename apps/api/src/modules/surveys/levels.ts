import { registerEnumType } from 'type-graphql';
import { PreferredLanguage } from '../crm/customer.entity';

/** R-SAT-2: every item and the overall evaluation are answered on these five levels, best first. */
export enum SatisfactionLevel {
  VERY_SATISFIED = 'VERY_SATISFIED',
  FAIRLY_SATISFIED = 'FAIRLY_SATISFIED',
  BASICALLY_SATISFIED = 'BASICALLY_SATISFIED',
  NOT_VERY_SATISFIED = 'NOT_VERY_SATISFIED',
  DISSATISFIED = 'DISSATISFIED',
}
registerEnumType(SatisfactionLevel, {
  name: 'SatisfactionLevel',
  description: 'R-SAT-2: 很滿意 / 比較滿意 / 基本滿意 / 不太滿意 / 不滿意.',
  valuesConfig: {
    VERY_SATISFIED: { description: '很滿意 (5)' },
    FAIRLY_SATISFIED: { description: '比較滿意 (4)' },
    BASICALLY_SATISFIED: { description: '基本滿意 (3)' },
    NOT_VERY_SATISFIED: { description: '不太滿意 (2)' },
    DISSATISFIED: { description: '不滿意 (1): opens a complaint (R-SAT-5)' },
  },
});

const ORDER = Object.values(SatisfactionLevel);

/**
 * Levels are stored as scores 5 (很滿意) … 1 (不滿意), so "satisfied" is one comparison in
 * SQL and averages need no lookup.
 */
export const scoreOf = (level: SatisfactionLevel): number => 5 - ORDER.indexOf(level);
export const levelOf = (score: number): SatisfactionLevel => ORDER[5 - score]!;

/** R-SAT-3: 基本滿意 or better counts as satisfied. */
export const SATISFIED_FROM = 3;
/** R-SAT-5: any answer at this score enters the complaint procedure. */
export const DISSATISFIED_SCORE = 1;

export const LEVEL_LABELS: Record<PreferredLanguage, readonly string[]> = {
  [PreferredLanguage.ZH_HANT]: ['很滿意', '比較滿意', '基本滿意', '不太滿意', '不滿意'],
  [PreferredLanguage.ZH_HANS]: ['很满意', '比较满意', '基本满意', '不太满意', '不满意'],
  [PreferredLanguage.EN]: ['Very satisfied', 'Fairly satisfied', 'Basically satisfied', 'Not very satisfied', 'Dissatisfied'],
};

export const levelLabel = (level: SatisfactionLevel, language: PreferredLanguage): string => LEVEL_LABELS[language][ORDER.indexOf(level)]!;

/**
 * R-SAT-3: forms whose overall answer is 基本滿意 or better ÷ forms returned × 100, to two
 * decimals. No form, no rate: null, never 0 (a month without surveys is not a failure).
 */
export function satisfactionRate(satisfied: number, forms: number): number | null {
  if (!forms) return null;
  return Math.round((satisfied / forms) * 10_000) / 100;
}

/** Net promoter score from 0–10 answers: % promoters (9–10) − % detractors (0–6); null without answers. */
export function npsScore(promoters: number, detractors: number, answers: number): number | null {
  if (!answers) return null;
  return Math.round(((promoters - detractors) / answers) * 10_000) / 100;
}
