import type { SatisfactionLevel } from '../../gql/graphql';

/**
 * The regime's five levels, best first (R-SAT-2): the order of a report's `levels` counts and
 * of the answers on a form. A level's score is 5 for the best down to 1.
 */
export const LEVELS = ['VERY_SATISFIED', 'FAIRLY_SATISFIED', 'BASICALLY_SATISFIED', 'NOT_VERY_SATISFIED', 'DISSATISFIED'] as const satisfies readonly SatisfactionLevel[];

export const scoreOf = (level: SatisfactionLevel): number => LEVELS.length - LEVELS.indexOf(level as (typeof LEVELS)[number]);
