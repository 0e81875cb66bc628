import { Migration } from '@mikro-orm/migrations';

export class Migration20261202094151_survey_month_stat extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`survey_month_stat\` (\`month\` text not null, \`unit_id\` text not null, \`station_id\` text not null, \`template_id\` text not null, \`forms\` integer not null, \`satisfied\` integer not null, \`returned\` integer not null, \`score_sum\` integer not null, \`l5\` integer not null, \`l4\` integer not null, \`l3\` integer not null, \`l2\` integer not null, \`l1\` integer not null, \`nps_n\` integer not null, \`promoters\` integer not null, \`detractors\` integer not null, primary key (\`month\`, \`unit_id\`, \`station_id\`, \`template_id\`));`);

    // Existing forms: each month's figures counted once from the forms themselves.
    this.addSql(`insert into \`survey_month_stat\` (month, unit_id, station_id, template_id, forms, satisfied, returned, score_sum, l5, l4, l3, l2, l1, nps_n, promoters, detractors)
      select month, unit_id, station_id, template_id, count(overall_score), sum(case when overall_score >= 3 then 1 else 0 end), count(*), coalesce(sum(overall_score), 0),
        sum(case when overall_score = 5 then 1 else 0 end), sum(case when overall_score = 4 then 1 else 0 end), sum(case when overall_score = 3 then 1 else 0 end),
        sum(case when overall_score = 2 then 1 else 0 end), sum(case when overall_score = 1 then 1 else 0 end),
        count(nps), sum(case when nps >= 9 then 1 else 0 end), sum(case when nps <= 6 then 1 else 0 end)
      from survey_response group by month, unit_id, station_id, template_id;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`survey_month_stat\`;`);
  }

}
