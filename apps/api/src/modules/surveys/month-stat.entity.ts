import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/knex';
import { SATISFIED_FROM } from './levels';

/**
 * The satisfaction figures of one month, unit, station and template, kept up to date as each
 * form is written (R-SAT-3). The dashboard (every unit × month) sums these few hundred rows
 * instead of aggregating every form on each request; figures by agent, question, channel or
 * source, or over part of a month, still read the forms themselves. Forms are never changed
 * or deleted once written, so adding each one as it lands is all the upkeep there is.
 */
@Entity({ tableName: 'survey_month_stat' })
export class SurveyMonthStat {
  @PrimaryKey({ type: 'string', length: 7 })
  month!: string;

  @PrimaryKey({ type: 'string', length: 36, fieldName: 'unit_id' })
  unitId!: string;

  @PrimaryKey({ type: 'string', length: 36, fieldName: 'station_id' })
  stationId!: string;

  @PrimaryKey({ type: 'string', length: 36, fieldName: 'template_id' })
  templateId!: string;

  /** Forms with an overall answer: the rate's denominator. */
  @Property({ type: 'integer' })
  forms!: number;

  @Property({ type: 'integer' })
  satisfied!: number;

  /** Every form returned, partial ones too. */
  @Property({ type: 'integer' })
  returned!: number;

  @Property({ type: 'integer', fieldName: 'score_sum' })
  scoreSum!: number;

  @Property({ type: 'integer' })
  l5!: number;

  @Property({ type: 'integer' })
  l4!: number;

  @Property({ type: 'integer' })
  l3!: number;

  @Property({ type: 'integer' })
  l2!: number;

  @Property({ type: 'integer' })
  l1!: number;

  @Property({ type: 'integer', fieldName: 'nps_n' })
  npsN!: number;

  @Property({ type: 'integer' })
  promoters!: number;

  @Property({ type: 'integer' })
  detractors!: number;
}

const COUNTERS = ['forms', 'satisfied', 'returned', 'score_sum', 'l5', 'l4', 'l3', 'l2', 'l1', 'nps_n', 'promoters', 'detractors'] as const;

/** A form's part of its month's figures: an upsert that adds it to the row (or starts one). */
export function addToMonthStat(knex: Knex, form: { month: string; unitId: string; stationId: string; templateId: string; overall: number | null; nps: number | null }): Knex.QueryBuilder {
  const o = form.overall;
  const row = {
    month: form.month,
    unit_id: form.unitId,
    station_id: form.stationId,
    template_id: form.templateId,
    forms: o == null ? 0 : 1,
    satisfied: o != null && o >= SATISFIED_FROM ? 1 : 0,
    returned: 1,
    score_sum: o ?? 0,
    ...Object.fromEntries([5, 4, 3, 2, 1].map((n) => [`l${n}`, o === n ? 1 : 0])),
    nps_n: form.nps == null ? 0 : 1,
    promoters: form.nps != null && form.nps >= 9 ? 1 : 0,
    detractors: form.nps != null && form.nps <= 6 ? 1 : 0,
  };
  return knex('survey_month_stat')
    .insert(row)
    .onConflict(['month', 'unit_id', 'station_id', 'template_id'])
    .merge(Object.fromEntries(COUNTERS.map((c) => [c, knex.raw(`survey_month_stat.${c} + excluded.${c}`)])));
}

/**
 * Recounts every month from the forms: for data loaded in bulk (the demo company, the
 * benchmark, test fixtures) and the migration that introduced the table.
 */
export function recountMonthStatsSql(): string[] {
  const levels = [5, 4, 3, 2, 1].map((n) => `sum(case when overall_score = ${n} then 1 else 0 end)`).join(', ');
  return [
    'delete from survey_month_stat',
    `insert into survey_month_stat (month, unit_id, station_id, template_id, ${COUNTERS.join(', ')})
     select month, unit_id, station_id, template_id, count(overall_score), sum(case when overall_score >= ${SATISFIED_FROM} then 1 else 0 end), count(*),
            coalesce(sum(overall_score), 0), ${levels}, count(nps), sum(case when nps >= 9 then 1 else 0 end), sum(case when nps <= 6 then 1 else 0 end)
     from survey_response group by month, unit_id, station_id, template_id`,
  ];
}

export async function recountMonthStats(em: EntityManager): Promise<void> {
  for (const sql of recountMonthStatsSql()) await em.getConnection().execute(sql, [], 'run', em.getTransactionContext());
}
