import { Migration } from '@mikro-orm/migrations';

export class Migration20261123145338_crm_loyalty extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`bonus_rule\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`code\` text not null, \`name\` text not null, \`kind\` text check (\`kind\` in ('FIRST_PURCHASE', 'BIRTHDAY_MONTH', 'SURVEY_COMPLETED')) not null, \`fixed_points\` integer not null default 0, \`extra_multiplier\` double not null default 0, \`active\` integer not null default true, primary key (\`id\`));`);
    this.addSql(`create unique index \`bonus_rule_code_unique\` on \`bonus_rule\` (\`code\`);`);

    this.addSql(`create table \`crm_settings\` (\`id\` integer not null default 1, \`tier_window_days\` integer not null default 365, \`lost_after_days\` integer not null default 180, \`tier_rules_version\` integer not null default 0, \`tier_rules_published_at\` datetime null, \`tier_rules_published_by\` text null, primary key (\`id\`));`);

    this.addSql(`create table \`customer_import\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`file_name\` text not null, \`format\` text not null, \`encoding\` text null, \`status\` text check (\`status\` in ('PREVIEWED', 'RUNNING', 'DONE', 'FAILED')) not null default 'PREVIEWED', \`total_rows\` integer not null, \`valid_rows\` integer not null, \`processed_rows\` integer not null default 0, \`created_count\` integer not null default 0, \`updated_count\` integer not null default 0, \`headers\` json not null, \`cells\` json not null, \`rows\` json not null, \`issues\` json not null, \`default_station_id\` text not null, \`created_by\` text not null, primary key (\`id\`));`);

    this.addSql(`create table \`loyalty_program\` (\`id\` integer not null default 1, \`points_per_currency_unit\` double not null default 1, \`lot_expiry_days\` integer not null default 365, primary key (\`id\`));`);

    this.addSql(`create table \`sequence\` (\`name\` text not null, \`value\` bigint not null, primary key (\`name\`));`);

    this.addSql(`create table \`tier\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`code\` text not null, \`name\` text not null, \`name_zh_hans\` text not null, \`name_en\` text not null, \`rank\` integer not null, \`color\` text not null default '#8c8c8c', \`min_lifetime_spend_cents\` bigint null, \`min_window_spend_cents\` bigint null, \`min_window_purchases\` integer null, \`max_days_since_last_purchase\` integer null, \`points_multiplier\` double not null default 1, \`service_priority\` integer not null default 0, \`birthday_bonus_points\` integer not null default 0, \`member_offers\` json not null, \`grace_days\` integer not null default 30, \`retired_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create unique index \`tier_code_unique\` on \`tier\` (\`code\`);`);

    this.addSql(`create table \`customer\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`code\` text not null, \`name\` text not null, \`phones\` json not null, \`email\` text null, \`birthday\` text null, \`birth_month_day\` text null, \`address\` text null, \`preferred_language\` text check (\`preferred_language\` in ('ZH_HANT', 'ZH_HANS', 'EN')) null, \`preferred_channel\` text check (\`preferred_channel\` in ('PHONE', 'SMS', 'EMAIL', 'WECHAT', 'LINE', 'POST')) null, \`tags\` json not null, \`preferences\` text null, \`marketing_consent\` integer not null default false, \`consent_changed_at\` datetime null, \`home_station_id\` text not null, \`tier_id\` text null, \`tier_since\` datetime null, \`tier_below_since\` datetime null, \`override_tier_id\` text null, \`override_reason\` text null, \`override_expires_at\` datetime null, \`lifetime_spend_cents\` bigint not null default 0, \`purchase_count\` integer not null default 0, \`first_purchase_at\` datetime null, \`last_purchase_at\` datetime null, constraint \`customer_home_station_id_foreign\` foreign key(\`home_station_id\`) references \`org_unit\`(\`id\`) on delete restrict on update cascade, constraint \`customer_tier_id_foreign\` foreign key(\`tier_id\`) references \`tier\`(\`id\`) on delete set null on update cascade, constraint \`customer_override_tier_id_foreign\` foreign key(\`override_tier_id\`) references \`tier\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`customer_code_unique\` on \`customer\` (\`code\`);`);
    this.addSql(`create index \`customer_name_index\` on \`customer\` (\`name\`);`);
    this.addSql(`create index \`customer_home_station_id_index\` on \`customer\` (\`home_station_id\`);`);
    this.addSql(`create index \`customer_tier_id_index\` on \`customer\` (\`tier_id\`);`);
    this.addSql(`create index \`customer_override_tier_id_index\` on \`customer\` (\`override_tier_id\`);`);
    this.addSql(`create index \`customer_birth_month_day_index\` on \`customer\` (\`birth_month_day\`);`);
    this.addSql(`create index \`customer_last_purchase_at_index\` on \`customer\` (\`last_purchase_at\`);`);
    this.addSql(`create index \`customer_tier_id_code_index\` on \`customer\` (\`tier_id\`, \`code\`);`);
    this.addSql(`create index \`customer_home_station_id_code_index\` on \`customer\` (\`home_station_id\`, \`code\`);`);

    this.addSql(`create table \`purchase\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`external_order_id\` text not null, \`content_hash\` text not null, \`customer_id\` text not null, \`station_id\` text not null, \`amount_cents\` bigint not null, \`items\` json not null, \`occurred_at\` datetime not null, \`status\` text check (\`status\` in ('RECORDED', 'REFUNDED')) not null default 'RECORDED', \`refunded_at\` datetime null, \`refund_reason\` text null, \`recorded_by\` text not null, \`points_earned\` integer not null default 0, constraint \`purchase_customer_id_foreign\` foreign key(\`customer_id\`) references \`customer\`(\`id\`) on delete restrict on update cascade, constraint \`purchase_station_id_foreign\` foreign key(\`station_id\`) references \`org_unit\`(\`id\`) on delete restrict on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`purchase_external_order_id_unique\` on \`purchase\` (\`external_order_id\`);`);
    this.addSql(`create index \`purchase_customer_id_index\` on \`purchase\` (\`customer_id\`);`);
    this.addSql(`create index \`purchase_station_id_index\` on \`purchase\` (\`station_id\`);`);
    this.addSql(`create index \`purchase_station_id_occurred_at_index\` on \`purchase\` (\`station_id\`, \`occurred_at\`);`);
    this.addSql(`create index \`purchase_customer_id_occurred_at_index\` on \`purchase\` (\`customer_id\`, \`occurred_at\`);`);

    this.addSql(`create table \`points_entry\` (\`id\` text not null, \`customer_id\` text not null, \`kind\` text check (\`kind\` in ('EARN', 'REDEEM', 'EXPIRE', 'ADJUST', 'REVERSE')) not null, \`points\` integer not null, \`balance_after\` integer not null, \`reason\` text not null, \`source\` text not null, \`idempotency_key\` text null, \`purchase_id\` text null, \`actor_name\` text not null, \`approved_by\` text null, \`at\` datetime not null, constraint \`points_entry_customer_id_foreign\` foreign key(\`customer_id\`) references \`customer\`(\`id\`) on delete restrict on update cascade, constraint \`points_entry_purchase_id_foreign\` foreign key(\`purchase_id\`) references \`purchase\`(\`id\`) on delete restrict on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`points_entry_customer_id_index\` on \`points_entry\` (\`customer_id\`);`);
    this.addSql(`create unique index \`points_entry_idempotency_key_unique\` on \`points_entry\` (\`idempotency_key\`);`);
    this.addSql(`create index \`points_entry_purchase_id_index\` on \`points_entry\` (\`purchase_id\`);`);
    this.addSql(`create index \`points_entry_kind_at_index\` on \`points_entry\` (\`kind\`, \`at\`);`);
    this.addSql(`create index \`points_entry_customer_id_at_index\` on \`points_entry\` (\`customer_id\`, \`at\`);`);

    this.addSql(`create table \`points_lot\` (\`id\` text not null, \`customer_id\` text not null, \`entry_id\` text not null, \`points\` integer not null, \`remaining\` integer not null, \`earned_at\` datetime not null, \`expires_at\` datetime not null, constraint \`points_lot_customer_id_foreign\` foreign key(\`customer_id\`) references \`customer\`(\`id\`) on delete restrict on update cascade, constraint \`points_lot_entry_id_foreign\` foreign key(\`entry_id\`) references \`points_entry\`(\`id\`) on delete restrict on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`points_lot_customer_id_index\` on \`points_lot\` (\`customer_id\`);`);
    this.addSql(`create index \`points_lot_entry_id_index\` on \`points_lot\` (\`entry_id\`);`);
    this.addSql(`create index \`points_lot_expires_at_index\` on \`points_lot\` (\`expires_at\`);`);
    this.addSql(`create index \`points_lot_customer_id_expires_at_index\` on \`points_lot\` (\`customer_id\`, \`expires_at\`);`);

    this.addSql(`create table \`points_lot_use\` (\`entry_id\` text not null, \`lot_id\` text not null, \`points\` integer not null, constraint \`points_lot_use_entry_id_foreign\` foreign key(\`entry_id\`) references \`points_entry\`(\`id\`) on delete restrict on update cascade, constraint \`points_lot_use_lot_id_foreign\` foreign key(\`lot_id\`) references \`points_lot\`(\`id\`) on delete restrict on update cascade, primary key (\`entry_id\`, \`lot_id\`));`);
    this.addSql(`create index \`points_lot_use_entry_id_index\` on \`points_lot_use\` (\`entry_id\`);`);
    this.addSql(`create index \`points_lot_use_lot_id_index\` on \`points_lot_use\` (\`lot_id\`);`);

    this.addSql(`create table \`points_adjustment\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`customer_id\` text not null, \`points\` integer not null, \`reason\` text not null, \`status\` text check (\`status\` in ('PENDING', 'APPROVED', 'REJECTED')) not null default 'PENDING', \`requested_by\` text not null, \`requested_by_id\` text not null, \`decided_by\` text null, \`decided_at\` datetime null, \`decision_note\` text null, \`entry_id\` text null, constraint \`points_adjustment_customer_id_foreign\` foreign key(\`customer_id\`) references \`customer\`(\`id\`) on delete restrict on update cascade, constraint \`points_adjustment_entry_id_foreign\` foreign key(\`entry_id\`) references \`points_entry\`(\`id\`) on delete restrict on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`points_adjustment_customer_id_index\` on \`points_adjustment\` (\`customer_id\`);`);
    this.addSql(`create index \`points_adjustment_entry_id_index\` on \`points_adjustment\` (\`entry_id\`);`);
    this.addSql(`create index \`points_adjustment_status_created_at_index\` on \`points_adjustment\` (\`status\`, \`created_at\`);`);

    this.addSql(`create table \`points_account\` (\`customer_id\` text not null, \`balance\` integer not null default 0, \`debt\` integer not null default 0, \`updated_at\` datetime not null, constraint \`points_account_customer_id_foreign\` foreign key(\`customer_id\`) references \`customer\`(\`id\`) on delete cascade on update cascade, primary key (\`customer_id\`));`);
    this.addSql(`create index \`points_account_customer_id_index\` on \`points_account\` (\`customer_id\`);`);

    this.addSql(`create table \`customer_tag\` (\`customer_id\` text not null, \`tag\` text not null, constraint \`customer_tag_customer_id_foreign\` foreign key(\`customer_id\`) references \`customer\`(\`id\`) on delete cascade on update cascade, primary key (\`customer_id\`, \`tag\`));`);
    this.addSql(`create index \`customer_tag_customer_id_index\` on \`customer_tag\` (\`customer_id\`);`);
    this.addSql(`create index \`customer_tag_tag_customer_id_index\` on \`customer_tag\` (\`tag\`, \`customer_id\`);`);

    this.addSql(`create table \`customer_phone\` (\`phone\` text not null, \`customer_id\` text not null, constraint \`customer_phone_customer_id_foreign\` foreign key(\`customer_id\`) references \`customer\`(\`id\`) on delete cascade on update cascade, primary key (\`phone\`));`);
    this.addSql(`create index \`customer_phone_customer_id_index\` on \`customer_phone\` (\`customer_id\`);`);

    this.addSql(`create table \`customer_event\` (\`id\` text not null, \`customer_id\` text not null, \`at\` datetime not null, \`kind\` text not null, \`summary\` text not null, \`ref_type\` text null, \`ref_id\` text null, \`data\` json null, constraint \`customer_event_customer_id_foreign\` foreign key(\`customer_id\`) references \`customer\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`customer_event_customer_id_index\` on \`customer_event\` (\`customer_id\`);`);
    this.addSql(`create index \`customer_event_customer_id_at_index\` on \`customer_event\` (\`customer_id\`, \`at\`);`);

    this.addSql(`create table \`tier_change\` (\`id\` text not null, \`customer_id\` text not null, \`from_tier_id\` text null, \`to_tier_id\` text null, \`at\` datetime not null, \`reason\` text check (\`reason\` in ('PURCHASE_QUALIFIED', 'EVALUATION_UPGRADE', 'EVALUATION_DOWNGRADE', 'RULES_PUBLISHED', 'OVERRIDE', 'OVERRIDE_ENDED')) not null, \`figures\` json null, \`note\` text null, \`actor_name\` text null, \`rules_version\` integer not null, constraint \`tier_change_customer_id_foreign\` foreign key(\`customer_id\`) references \`customer\`(\`id\`) on delete cascade on update cascade, constraint \`tier_change_from_tier_id_foreign\` foreign key(\`from_tier_id\`) references \`tier\`(\`id\`) on delete set null on update cascade, constraint \`tier_change_to_tier_id_foreign\` foreign key(\`to_tier_id\`) references \`tier\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`tier_change_customer_id_index\` on \`tier_change\` (\`customer_id\`);`);
    this.addSql(`create index \`tier_change_from_tier_id_index\` on \`tier_change\` (\`from_tier_id\`);`);
    this.addSql(`create index \`tier_change_to_tier_id_index\` on \`tier_change\` (\`to_tier_id\`);`);
    this.addSql(`create index \`tier_change_customer_id_at_index\` on \`tier_change\` (\`customer_id\`, \`at\`);`);

    this.addSql(`create table \`win_back_task\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`customer_id\` text not null, \`station_id\` text not null, \`assignee_id\` text null, \`status\` text check (\`status\` in ('OPEN', 'CONTACTED', 'WON_BACK', 'CLOSED')) not null default 'OPEN', \`due_on\` text not null, \`last_purchase_at\` datetime null, \`note\` text null, \`closed_at\` datetime null, constraint \`win_back_task_customer_id_foreign\` foreign key(\`customer_id\`) references \`customer\`(\`id\`) on delete cascade on update cascade, constraint \`win_back_task_station_id_foreign\` foreign key(\`station_id\`) references \`org_unit\`(\`id\`) on delete restrict on update cascade, constraint \`win_back_task_assignee_id_foreign\` foreign key(\`assignee_id\`) references \`employee\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`win_back_task_customer_id_index\` on \`win_back_task\` (\`customer_id\`);`);
    this.addSql(`create index \`win_back_task_station_id_index\` on \`win_back_task\` (\`station_id\`);`);
    this.addSql(`create index \`win_back_task_assignee_id_index\` on \`win_back_task\` (\`assignee_id\`);`);
    this.addSql(`create index \`win_back_task_customer_id_status_index\` on \`win_back_task\` (\`customer_id\`, \`status\`);`);
    this.addSql(`create index \`win_back_task_station_id_status_index\` on \`win_back_task\` (\`station_id\`, \`status\`);`);

    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`pragma foreign_keys = on;pragma foreign_keys = off;`);
    this.addSql(`pragma foreign_keys = on;pragma foreign_keys = off;`);
    this.addSql(`pragma foreign_keys = on;`);
    // R-LOY-2: the points ledger is append-only, like the audit trail.
    this.addSql(`create trigger \`points_entry_no_update\` before update on \`points_entry\` begin select raise(abort, 'points entries are append-only (R-LOY-2)'); end;`);
    this.addSql(`create trigger \`points_entry_no_delete\` before delete on \`points_entry\` begin select raise(abort, 'points entries are append-only (R-LOY-2)'); end;`);
  }

}
