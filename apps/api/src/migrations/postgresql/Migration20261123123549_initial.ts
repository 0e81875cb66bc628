import { Migration } from '@mikro-orm/migrations';

export class Migration20261123123549_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "app_setting" ("key" varchar(80) not null, "value" text not null, constraint "app_setting_pkey" primary key ("key"));`);

    this.addSql(`create table "audit_record" ("id" varchar(36) not null, "at" timestamptz not null, "actor_type" text check ("actor_type" in ('USER', 'API_KEY', 'ANONYMOUS')) not null, "actor_id" varchar(36) null, "actor_name" varchar(200) null, "acting_for_id" varchar(36) null, "operation" varchar(100) not null, "outcome" text check ("outcome" in ('ALLOWED', 'DENIED', 'FAILED')) not null, "error_code" varchar(50) null, "target_type" varchar(60) null, "target_id" varchar(36) null, "before" jsonb null, "after" jsonb null, "request_id" varchar(64) not null, constraint "audit_record_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_record_actor_id_at_index" on "audit_record" ("actor_id", "at");`);
    this.addSql(`create index "audit_record_target_type_target_id_index" on "audit_record" ("target_type", "target_id");`);
    this.addSql(`create index "audit_record_at_index" on "audit_record" ("at");`);

    this.addSql(`create table "position" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "title" varchar(120) not null, "title_en" varchar(120) null, "unit_id" varchar(36) not null, "superior_id" varchar(36) null, "planned_headcount" int not null default 1, "is_head" boolean not null default false, "summary" text not null default '', "duties" jsonb not null, "archived_at" timestamptz null, constraint "position_pkey" primary key ("id"));`);
    this.addSql(`alter table "position" add constraint "position_code_unique" unique ("code");`);
    this.addSql(`create index "position_unit_id_index" on "position" ("unit_id");`);
    this.addSql(`create index "position_superior_id_index" on "position" ("superior_id");`);

    this.addSql(`create table "org_unit" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "name" varchar(120) not null, "name_en" varchar(120) null, "kind" text check ("kind" in ('COMPANY', 'MANAGEMENT_DEPT', 'BUSINESS_DEPT', 'FIELD_SITE', 'STATION', 'DEPARTMENT')) not null, "function" text check ("function" in ('CUSTOMER_SERVICE', 'TECHNICAL_SUPPORT', 'GOODS_MANAGEMENT', 'LOGISTICS', 'BACK_OFFICE', 'QUALITY_CONTROL', 'FINANCE', 'PLANNING', 'SALES', 'GENERAL')) null, "parent_id" varchar(36) null, "path" varchar(1000) not null, "depth" int not null, "head_id" varchar(36) null, "sort_order" int not null default 0, "archived_at" timestamptz null, constraint "org_unit_pkey" primary key ("id"));`);
    this.addSql(`alter table "org_unit" add constraint "org_unit_code_unique" unique ("code");`);
    this.addSql(`create index "org_unit_parent_id_index" on "org_unit" ("parent_id");`);
    this.addSql(`create index "org_unit_path_index" on "org_unit" ("path");`);

    this.addSql(`create table "employee" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "employee_no" varchar(20) not null, "name" varchar(80) not null, "email" varchar(200) null, "phone" varchar(40) null, "unit_id" varchar(36) not null, "position_id" varchar(36) not null, "hire_date" varchar(10) not null, "status" text check ("status" in ('ACTIVE', 'ON_LEAVE', 'INACTIVE')) not null default 'ACTIVE', "deactivated_at" timestamptz null, constraint "employee_pkey" primary key ("id"));`);
    this.addSql(`alter table "employee" add constraint "employee_employee_no_unique" unique ("employee_no");`);
    this.addSql(`create index "employee_name_index" on "employee" ("name");`);
    this.addSql(`create index "employee_position_id_status_index" on "employee" ("position_id", "status");`);
    this.addSql(`create index "employee_unit_id_status_index" on "employee" ("unit_id", "status");`);

    this.addSql(`create table "absence" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "employee_id" varchar(36) not null, "deputy_id" varchar(36) not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "reason" varchar(500) not null default '', "cancelled_at" timestamptz null, constraint "absence_pkey" primary key ("id"));`);
    this.addSql(`create index "absence_deputy_id_index" on "absence" ("deputy_id");`);
    this.addSql(`create index "absence_employee_id_starts_at_ends_at_index" on "absence" ("employee_id", "starts_at", "ends_at");`);

    this.addSql(`create table "role" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(60) not null, "name" varchar(120) not null, "name_en" varchar(120) null, "description" text not null default '', "grants" jsonb not null, "system" boolean not null default false, constraint "role_pkey" primary key ("id"));`);
    this.addSql(`alter table "role" add constraint "role_code_unique" unique ("code");`);

    this.addSql(`create table "app_user" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "email" varchar(200) not null, "password_hash" varchar(200) not null, "display_name" varchar(120) not null, "employee_id" varchar(36) null, "locale" varchar(10) not null default 'zh-Hant', "status" text check ("status" in ('ACTIVE', 'DISABLED')) not null default 'ACTIVE', "failed_logins" int not null default 0, "locked_until" timestamptz null, "last_login_at" timestamptz null, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(`create table "auth_session" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "user_id" varchar(36) not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "revoked_reason" varchar(40) null, "user_agent" varchar(300) null, constraint "auth_session_pkey" primary key ("id"));`);
    this.addSql(`create index "auth_session_user_id_index" on "auth_session" ("user_id");`);

    this.addSql(`create table "auth_refresh_token" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "session_id" varchar(36) not null, "hash" varchar(64) not null, "used_at" timestamptz null, constraint "auth_refresh_token_pkey" primary key ("id"));`);
    this.addSql(`create index "auth_refresh_token_session_id_index" on "auth_refresh_token" ("session_id");`);
    this.addSql(`alter table "auth_refresh_token" add constraint "auth_refresh_token_hash_unique" unique ("hash");`);

    this.addSql(`create table "api_key" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(120) not null, "prefix" varchar(20) not null, "secret_hash" varchar(64) not null, "grants" jsonb not null, "unit_id" varchar(36) null, "created_by_id" varchar(36) null, "expires_at" timestamptz null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, constraint "api_key_pkey" primary key ("id"));`);
    this.addSql(`alter table "api_key" add constraint "api_key_secret_hash_unique" unique ("secret_hash");`);

    this.addSql(`create table "user_role" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "user_id" varchar(36) not null, "role_id" varchar(36) not null, "unit_id" varchar(36) null, constraint "user_role_pkey" primary key ("id"));`);
    this.addSql(`create index "user_role_user_id_index" on "user_role" ("user_id");`);

    this.addSql(`alter table "position" add constraint "position_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "position" add constraint "position_superior_id_foreign" foreign key ("superior_id") references "position" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "org_unit" add constraint "org_unit_parent_id_foreign" foreign key ("parent_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "org_unit" add constraint "org_unit_head_id_foreign" foreign key ("head_id") references "employee" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "employee" add constraint "employee_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "employee" add constraint "employee_position_id_foreign" foreign key ("position_id") references "position" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "absence" add constraint "absence_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "absence" add constraint "absence_deputy_id_foreign" foreign key ("deputy_id") references "employee" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "app_user" add constraint "app_user_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "auth_session" add constraint "auth_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "auth_refresh_token" add constraint "auth_refresh_token_session_id_foreign" foreign key ("session_id") references "auth_session" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "api_key" add constraint "api_key_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "api_key" add constraint "api_key_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "user_role" add constraint "user_role_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "user_role" add constraint "user_role_role_id_foreign" foreign key ("role_id") references "role" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "user_role" add constraint "user_role_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "position" drop constraint "position_superior_id_foreign";`);

    this.addSql(`alter table "employee" drop constraint "employee_position_id_foreign";`);

    this.addSql(`alter table "position" drop constraint "position_unit_id_foreign";`);

    this.addSql(`alter table "org_unit" drop constraint "org_unit_parent_id_foreign";`);

    this.addSql(`alter table "employee" drop constraint "employee_unit_id_foreign";`);

    this.addSql(`alter table "api_key" drop constraint "api_key_unit_id_foreign";`);

    this.addSql(`alter table "user_role" drop constraint "user_role_unit_id_foreign";`);

    this.addSql(`alter table "org_unit" drop constraint "org_unit_head_id_foreign";`);

    this.addSql(`alter table "absence" drop constraint "absence_employee_id_foreign";`);

    this.addSql(`alter table "absence" drop constraint "absence_deputy_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_employee_id_foreign";`);

    this.addSql(`alter table "user_role" drop constraint "user_role_role_id_foreign";`);

    this.addSql(`alter table "auth_session" drop constraint "auth_session_user_id_foreign";`);

    this.addSql(`alter table "api_key" drop constraint "api_key_created_by_id_foreign";`);

    this.addSql(`alter table "user_role" drop constraint "user_role_user_id_foreign";`);

    this.addSql(`alter table "auth_refresh_token" drop constraint "auth_refresh_token_session_id_foreign";`);

    this.addSql(`drop table if exists "app_setting" cascade;`);

    this.addSql(`drop table if exists "audit_record" cascade;`);

    this.addSql(`drop table if exists "position" cascade;`);

    this.addSql(`drop table if exists "org_unit" cascade;`);

    this.addSql(`drop table if exists "employee" cascade;`);

    this.addSql(`drop table if exists "absence" cascade;`);

    this.addSql(`drop table if exists "role" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "auth_session" cascade;`);

    this.addSql(`drop table if exists "auth_refresh_token" cascade;`);

    this.addSql(`drop table if exists "api_key" cascade;`);

    this.addSql(`drop table if exists "user_role" cascade;`);
  }

}
