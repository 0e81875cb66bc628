import { Migration } from '@mikro-orm/migrations';

export class Migration20261202062137_perf_indexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index \`process_step_assignee_id_status_index\`;`);
    this.addSql(`create index \`process_step_assignee_id_status_due_at_id_index\` on \`process_step\` (\`assignee_id\`, \`status\`, \`due_at\`, \`id\`);`);
    this.addSql(`drop index \`customer_tier_id_lifetime_spend_cents_id_index\`;`);
    this.addSql(`create index \`customer_tier_id_lifetime_spend_cents_id_home_station_id_index\` on \`customer\` (\`tier_id\`, \`lifetime_spend_cents\`, \`id\`, \`home_station_id\`);`);
  }

}
