import { Migration } from '@mikro-orm/migrations';

export class Migration20261202121938_customer_tags_in_tier_index extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index "customer_tier_id_lifetime_spend_cents_id_home_station_id_index";`);

    this.addSql(`create index "customer_tier_id_lifetime_spend_cents_id_home_stat_d75df_index" on "customer" ("tier_id", "lifetime_spend_cents", "id", "home_station_id", "tags");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "customer_tier_id_lifetime_spend_cents_id_home_stat_d75df_index";`);

    this.addSql(`create index "customer_tier_id_lifetime_spend_cents_id_home_station_id_index" on "customer" ("tier_id", "lifetime_spend_cents", "id", "home_station_id");`);
  }

}
