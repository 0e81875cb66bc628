import { Migration } from '@mikro-orm/migrations';

export class Migration20261123152707_customer_tier_spend_index extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "customer_tier_id_lifetime_spend_cents_id_index" on "customer" ("tier_id", "lifetime_spend_cents", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "customer_tier_id_lifetime_spend_cents_id_index";`);
  }

}
