import { Migration } from '@mikro-orm/migrations';

export class Migration20261123145338_crm_loyalty extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "bonus_rule" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "name" varchar(120) not null, "kind" text check ("kind" in ('FIRST_PURCHASE', 'BIRTHDAY_MONTH', 'SURVEY_COMPLETED')) not null, "fixed_points" int not null default 0, "extra_multiplier" double precision not null default 0, "active" boolean not null default true, constraint "bonus_rule_pkey" primary key ("id"));`);
    this.addSql(`alter table "bonus_rule" add constraint "bonus_rule_code_unique" unique ("code");`);

    this.addSql(`create table "crm_settings" ("id" int not null default 1 primary key, "tier_window_days" int not null default 365, "lost_after_days" int not null default 180, "tier_rules_version" int not null default 0, "tier_rules_published_at" timestamptz null, "tier_rules_published_by" varchar(200) null);`);

    this.addSql(`create table "customer_import" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "file_name" varchar(200) not null, "format" varchar(10) not null, "encoding" varchar(10) null, "status" text check ("status" in ('PREVIEWED', 'RUNNING', 'DONE', 'FAILED')) not null default 'PREVIEWED', "total_rows" int not null, "valid_rows" int not null, "processed_rows" int not null default 0, "created_count" int not null default 0, "updated_count" int not null default 0, "headers" jsonb not null, "cells" jsonb not null, "rows" jsonb not null, "issues" jsonb not null, "default_station_id" varchar(36) not null, "created_by" varchar(200) not null, constraint "customer_import_pkey" primary key ("id"));`);

    this.addSql(`create table "loyalty_program" ("id" int not null default 1 primary key, "points_per_currency_unit" double precision not null default 1, "lot_expiry_days" int not null default 365);`);

    this.addSql(`create table "sequence" ("name" varchar(40) not null, "value" bigint not null, constraint "sequence_pkey" primary key ("name"));`);

    this.addSql(`create table "tier" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(30) not null, "name" varchar(60) not null, "name_zh_hans" varchar(60) not null, "name_en" varchar(60) not null, "rank" int not null, "color" varchar(7) not null default '#8c8c8c', "min_lifetime_spend_cents" bigint null, "min_window_spend_cents" bigint null, "min_window_purchases" int null, "max_days_since_last_purchase" int null, "points_multiplier" double precision not null default 1, "service_priority" int not null default 0, "birthday_bonus_points" int not null default 0, "member_offers" jsonb not null, "grace_days" int not null default 30, "retired_at" timestamptz null, constraint "tier_pkey" primary key ("id"));`);
    this.addSql(`alter table "tier" add constraint "tier_code_unique" unique ("code");`);

    this.addSql(`create table "customer" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(20) not null, "name" varchar(80) not null, "phones" jsonb not null, "email" varchar(200) null, "birthday" varchar(10) null, "birth_month_day" varchar(5) null, "address" varchar(300) null, "preferred_language" text check ("preferred_language" in ('ZH_HANT', 'ZH_HANS', 'EN')) null, "preferred_channel" text check ("preferred_channel" in ('PHONE', 'SMS', 'EMAIL', 'WECHAT', 'LINE', 'POST')) null, "tags" jsonb not null, "preferences" text null, "marketing_consent" boolean not null default false, "consent_changed_at" timestamptz null, "home_station_id" varchar(36) not null, "tier_id" varchar(36) null, "tier_since" timestamptz null, "tier_below_since" timestamptz null, "override_tier_id" varchar(36) null, "override_reason" varchar(300) null, "override_expires_at" timestamptz null, "lifetime_spend_cents" bigint not null default 0, "purchase_count" int not null default 0, "first_purchase_at" timestamptz null, "last_purchase_at" timestamptz null, constraint "customer_pkey" primary key ("id"));`);
    this.addSql(`alter table "customer" add constraint "customer_code_unique" unique ("code");`);
    this.addSql(`create index "customer_name_index" on "customer" ("name");`);
    this.addSql(`create index "customer_birth_month_day_index" on "customer" ("birth_month_day");`);
    this.addSql(`create index "customer_last_purchase_at_index" on "customer" ("last_purchase_at");`);
    this.addSql(`create index "customer_tier_id_code_index" on "customer" ("tier_id", "code");`);
    this.addSql(`create index "customer_home_station_id_code_index" on "customer" ("home_station_id", "code");`);

    this.addSql(`create table "purchase" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "external_order_id" varchar(80) not null, "content_hash" varchar(64) not null, "customer_id" varchar(36) not null, "station_id" varchar(36) not null, "amount_cents" bigint not null, "items" jsonb not null, "occurred_at" timestamptz not null, "status" text check ("status" in ('RECORDED', 'REFUNDED')) not null default 'RECORDED', "refunded_at" timestamptz null, "refund_reason" varchar(300) null, "recorded_by" varchar(200) not null, "points_earned" int not null default 0, constraint "purchase_pkey" primary key ("id"));`);
    this.addSql(`alter table "purchase" add constraint "purchase_external_order_id_unique" unique ("external_order_id");`);
    this.addSql(`create index "purchase_station_id_occurred_at_index" on "purchase" ("station_id", "occurred_at");`);
    this.addSql(`create index "purchase_customer_id_occurred_at_index" on "purchase" ("customer_id", "occurred_at");`);

    this.addSql(`create table "points_entry" ("id" varchar(36) not null, "customer_id" varchar(36) not null, "kind" text check ("kind" in ('EARN', 'REDEEM', 'EXPIRE', 'ADJUST', 'REVERSE')) not null, "points" int not null, "balance_after" int not null, "reason" varchar(300) not null, "source" varchar(60) not null, "idempotency_key" varchar(120) null, "purchase_id" varchar(36) null, "actor_name" varchar(200) not null, "approved_by" varchar(200) null, "at" timestamptz not null, constraint "points_entry_pkey" primary key ("id"));`);
    this.addSql(`alter table "points_entry" add constraint "points_entry_idempotency_key_unique" unique ("idempotency_key");`);
    this.addSql(`create index "points_entry_purchase_id_index" on "points_entry" ("purchase_id");`);
    this.addSql(`create index "points_entry_kind_at_index" on "points_entry" ("kind", "at");`);
    this.addSql(`create index "points_entry_customer_id_at_index" on "points_entry" ("customer_id", "at");`);

    this.addSql(`create table "points_lot" ("id" varchar(36) not null, "customer_id" varchar(36) not null, "entry_id" varchar(36) not null, "points" int not null, "remaining" int not null, "earned_at" timestamptz not null, "expires_at" timestamptz not null, constraint "points_lot_pkey" primary key ("id"));`);
    this.addSql(`create index "points_lot_expires_at_index" on "points_lot" ("expires_at");`);
    this.addSql(`create index "points_lot_customer_id_expires_at_index" on "points_lot" ("customer_id", "expires_at");`);

    this.addSql(`create table "points_lot_use" ("entry_id" varchar(36) not null, "lot_id" varchar(36) not null, "points" int not null, constraint "points_lot_use_pkey" primary key ("entry_id", "lot_id"));`);
    this.addSql(`create index "points_lot_use_lot_id_index" on "points_lot_use" ("lot_id");`);

    this.addSql(`create table "points_adjustment" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "customer_id" varchar(36) not null, "points" int not null, "reason" varchar(300) not null, "status" text check ("status" in ('PENDING', 'APPROVED', 'REJECTED')) not null default 'PENDING', "requested_by" varchar(200) not null, "requested_by_id" varchar(36) not null, "decided_by" varchar(200) null, "decided_at" timestamptz null, "decision_note" varchar(300) null, "entry_id" varchar(36) null, constraint "points_adjustment_pkey" primary key ("id"));`);
    this.addSql(`create index "points_adjustment_customer_id_index" on "points_adjustment" ("customer_id");`);
    this.addSql(`create index "points_adjustment_status_created_at_index" on "points_adjustment" ("status", "created_at");`);

    this.addSql(`create table "points_account" ("customer_id" varchar(36) not null, "balance" int not null default 0, "debt" int not null default 0, "updated_at" timestamptz not null, constraint "points_account_pkey" primary key ("customer_id"));`);

    this.addSql(`create table "customer_tag" ("customer_id" varchar(36) not null, "tag" varchar(30) not null, constraint "customer_tag_pkey" primary key ("customer_id", "tag"));`);
    this.addSql(`create index "customer_tag_tag_customer_id_index" on "customer_tag" ("tag", "customer_id");`);

    this.addSql(`create table "customer_phone" ("phone" varchar(24) not null, "customer_id" varchar(36) not null, constraint "customer_phone_pkey" primary key ("phone"));`);
    this.addSql(`create index "customer_phone_customer_id_index" on "customer_phone" ("customer_id");`);

    this.addSql(`create table "customer_event" ("id" varchar(36) not null, "customer_id" varchar(36) not null, "at" timestamptz not null, "kind" varchar(40) not null, "summary" varchar(300) not null, "ref_type" varchar(40) null, "ref_id" varchar(36) null, "data" jsonb null, constraint "customer_event_pkey" primary key ("id"));`);
    this.addSql(`create index "customer_event_customer_id_at_index" on "customer_event" ("customer_id", "at");`);

    this.addSql(`create table "tier_change" ("id" varchar(36) not null, "customer_id" varchar(36) not null, "from_tier_id" varchar(36) null, "to_tier_id" varchar(36) null, "at" timestamptz not null, "reason" text check ("reason" in ('PURCHASE_QUALIFIED', 'EVALUATION_UPGRADE', 'EVALUATION_DOWNGRADE', 'RULES_PUBLISHED', 'OVERRIDE', 'OVERRIDE_ENDED')) not null, "figures" jsonb null, "note" varchar(300) null, "actor_name" varchar(200) null, "rules_version" int not null, constraint "tier_change_pkey" primary key ("id"));`);
    this.addSql(`create index "tier_change_customer_id_at_index" on "tier_change" ("customer_id", "at");`);

    this.addSql(`create table "win_back_task" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "customer_id" varchar(36) not null, "station_id" varchar(36) not null, "assignee_id" varchar(36) null, "status" text check ("status" in ('OPEN', 'CONTACTED', 'WON_BACK', 'CLOSED')) not null default 'OPEN', "due_on" varchar(10) not null, "last_purchase_at" timestamptz null, "note" text null, "closed_at" timestamptz null, constraint "win_back_task_pkey" primary key ("id"));`);
    this.addSql(`create index "win_back_task_customer_id_status_index" on "win_back_task" ("customer_id", "status");`);
    this.addSql(`create index "win_back_task_station_id_status_index" on "win_back_task" ("station_id", "status");`);

    this.addSql(`alter table "customer" add constraint "customer_home_station_id_foreign" foreign key ("home_station_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "customer" add constraint "customer_tier_id_foreign" foreign key ("tier_id") references "tier" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "customer" add constraint "customer_override_tier_id_foreign" foreign key ("override_tier_id") references "tier" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "purchase" add constraint "purchase_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "purchase" add constraint "purchase_station_id_foreign" foreign key ("station_id") references "org_unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "points_entry" add constraint "points_entry_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "points_entry" add constraint "points_entry_purchase_id_foreign" foreign key ("purchase_id") references "purchase" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "points_lot" add constraint "points_lot_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "points_lot" add constraint "points_lot_entry_id_foreign" foreign key ("entry_id") references "points_entry" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "points_lot_use" add constraint "points_lot_use_entry_id_foreign" foreign key ("entry_id") references "points_entry" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "points_lot_use" add constraint "points_lot_use_lot_id_foreign" foreign key ("lot_id") references "points_lot" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "points_adjustment" add constraint "points_adjustment_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "points_adjustment" add constraint "points_adjustment_entry_id_foreign" foreign key ("entry_id") references "points_entry" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "points_account" add constraint "points_account_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "customer_tag" add constraint "customer_tag_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "customer_phone" add constraint "customer_phone_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "customer_event" add constraint "customer_event_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "tier_change" add constraint "tier_change_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "tier_change" add constraint "tier_change_from_tier_id_foreign" foreign key ("from_tier_id") references "tier" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "tier_change" add constraint "tier_change_to_tier_id_foreign" foreign key ("to_tier_id") references "tier" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "win_back_task" add constraint "win_back_task_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "win_back_task" add constraint "win_back_task_station_id_foreign" foreign key ("station_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "win_back_task" add constraint "win_back_task_assignee_id_foreign" foreign key ("assignee_id") references "employee" ("id") on update cascade on delete set null;`);
    // R-LOY-2: the points ledger is append-only, like the audit trail.
    this.addSql(`create or replace function "points_entry_append_only"() returns trigger language plpgsql as $$ begin raise exception 'points entries are append-only (R-LOY-2)'; end $$;`);
    this.addSql(`create trigger "points_entry_no_change" before update or delete on "points_entry" for each row execute function "points_entry_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "customer" drop constraint "customer_tier_id_foreign";`);

    this.addSql(`alter table "customer" drop constraint "customer_override_tier_id_foreign";`);

    this.addSql(`alter table "tier_change" drop constraint "tier_change_from_tier_id_foreign";`);

    this.addSql(`alter table "tier_change" drop constraint "tier_change_to_tier_id_foreign";`);

    this.addSql(`alter table "purchase" drop constraint "purchase_customer_id_foreign";`);

    this.addSql(`alter table "points_entry" drop constraint "points_entry_customer_id_foreign";`);

    this.addSql(`alter table "points_lot" drop constraint "points_lot_customer_id_foreign";`);

    this.addSql(`alter table "points_adjustment" drop constraint "points_adjustment_customer_id_foreign";`);

    this.addSql(`alter table "points_account" drop constraint "points_account_customer_id_foreign";`);

    this.addSql(`alter table "customer_tag" drop constraint "customer_tag_customer_id_foreign";`);

    this.addSql(`alter table "customer_phone" drop constraint "customer_phone_customer_id_foreign";`);

    this.addSql(`alter table "customer_event" drop constraint "customer_event_customer_id_foreign";`);

    this.addSql(`alter table "tier_change" drop constraint "tier_change_customer_id_foreign";`);

    this.addSql(`alter table "win_back_task" drop constraint "win_back_task_customer_id_foreign";`);

    this.addSql(`alter table "points_entry" drop constraint "points_entry_purchase_id_foreign";`);

    this.addSql(`alter table "points_lot" drop constraint "points_lot_entry_id_foreign";`);

    this.addSql(`alter table "points_lot_use" drop constraint "points_lot_use_entry_id_foreign";`);

    this.addSql(`alter table "points_adjustment" drop constraint "points_adjustment_entry_id_foreign";`);

    this.addSql(`alter table "points_lot_use" drop constraint "points_lot_use_lot_id_foreign";`);

    this.addSql(`drop table if exists "bonus_rule" cascade;`);

    this.addSql(`drop table if exists "crm_settings" cascade;`);

    this.addSql(`drop table if exists "customer_import" cascade;`);

    this.addSql(`drop table if exists "loyalty_program" cascade;`);

    this.addSql(`drop table if exists "sequence" cascade;`);

    this.addSql(`drop table if exists "tier" cascade;`);

    this.addSql(`drop table if exists "customer" cascade;`);

    this.addSql(`drop table if exists "purchase" cascade;`);

    this.addSql(`drop table if exists "points_entry" cascade;`);

    this.addSql(`drop table if exists "points_lot" cascade;`);

    this.addSql(`drop table if exists "points_lot_use" cascade;`);

    this.addSql(`drop table if exists "points_adjustment" cascade;`);

    this.addSql(`drop table if exists "points_account" cascade;`);

    this.addSql(`drop table if exists "customer_tag" cascade;`);

    this.addSql(`drop table if exists "customer_phone" cascade;`);

    this.addSql(`drop table if exists "customer_event" cascade;`);

    this.addSql(`drop table if exists "tier_change" cascade;`);

    this.addSql(`drop table if exists "win_back_task" cascade;`);
  }

}
