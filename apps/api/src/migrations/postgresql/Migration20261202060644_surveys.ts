import { Migration } from '@mikro-orm/migrations';

export class Migration20261202060644_surveys extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "satisfaction_evaluation" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" varchar(36) not null, "period" varchar(7) not null, "forms" int not null, "satisfied" int not null, "rate" double precision null, "target_percent" double precision not null, "outcome" text check ("outcome" in ('MET', 'BELOW', 'NO_DATA')) not null, "document_id" varchar(36) null, "document_number" varchar(30) null, "deadline" varchar(10) null, "evaluated_at" timestamptz not null, constraint "satisfaction_evaluation_pkey" primary key ("id"));`);
    this.addSql(`alter table "satisfaction_evaluation" add constraint "satisfaction_evaluation_unit_id_period_unique" unique ("unit_id", "period");`);

    this.addSql(`create table "satisfaction_target" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" varchar(36) not null, "effective_year" int not null, "target_percent" double precision not null, "set_by" varchar(200) not null, "note" varchar(300) null, constraint "satisfaction_target_pkey" primary key ("id"));`);
    this.addSql(`alter table "satisfaction_target" add constraint "satisfaction_target_unit_id_effective_year_unique" unique ("unit_id", "effective_year");`);

    this.addSql(`create table "survey_template" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "title" jsonb not null, "latest_version" int not null, "active" boolean not null default true, constraint "survey_template_pkey" primary key ("id"));`);
    this.addSql(`alter table "survey_template" add constraint "survey_template_code_unique" unique ("code");`);

    this.addSql(`create table "survey_settings" ("id" int not null default 1, "quiet_days" int not null default 30, "link_valid_days" int not null default 14, "corrective_days" int not null default 30, "default_template_id" varchar(36) null, "triggers" jsonb not null, "updated_by" varchar(200) null, "updated_at" timestamptz null, constraint "survey_settings_pkey" primary key ("id"));`);

    this.addSql(`create table "survey_template_version" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "template_id" varchar(36) not null, "version" int not null, "title" jsonb not null, "intro" jsonb null, "items" jsonb not null, "published_by" varchar(200) not null, "published_at" timestamptz not null, "note" varchar(500) null, constraint "survey_template_version_pkey" primary key ("id"));`);
    this.addSql(`create index "survey_template_version_template_id_index" on "survey_template_version" ("template_id");`);
    this.addSql(`alter table "survey_template_version" add constraint "survey_template_version_template_id_version_unique" unique ("template_id", "version");`);

    this.addSql(`create table "survey_invitation" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "customer_id" varchar(36) not null, "template_id" varchar(36) not null, "template_version_id" varchar(36) not null, "language" text check ("language" in ('ZH_HANT', 'ZH_HANS', 'EN')) not null, "source" text check ("source" in ('TICKET', 'REPAIR', 'VISIT', 'CAMPAIGN', 'SAMPLE', 'RE_SURVEY', 'MANUAL')) not null, "source_ref" varchar(80) null, "campaign" varchar(120) null, "ticket_id" varchar(36) null, "unit_id" varchar(36) not null, "station_id" varchar(36) not null, "agent_id" varchar(36) null, "status" text check ("status" in ('SCHEDULED', 'SENT', 'ANSWERED', 'SKIPPED')) not null, "skip_reason" text check ("skip_reason" in ('QUIET_PERIOD')) null, "send_at" timestamptz not null, "sent_at" timestamptz null, "delivery" text check ("delivery" in ('EMAIL', 'PHONE', 'LINK')) null, "token_hash" varchar(64) null, "expires_at" timestamptz null, "answered_at" timestamptz null, "created_by" varchar(200) null, constraint "survey_invitation_pkey" primary key ("id"));`);
    this.addSql(`alter table "survey_invitation" add constraint "survey_invitation_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "survey_invitation_customer_id_send_at_index" on "survey_invitation" ("customer_id", "send_at");`);
    this.addSql(`create index "survey_invitation_status_send_at_index" on "survey_invitation" ("status", "send_at");`);
    this.addSql(`alter table "survey_invitation" add constraint "survey_invitation_source_source_ref_unique" unique ("source", "source_ref");`);

    this.addSql(`create table "survey_response" ("id" varchar(36) not null, "invitation_id" varchar(36) null, "customer_id" varchar(36) not null, "template_id" varchar(36) not null, "template_version_id" varchar(36) not null, "version" int not null, "language" text check ("language" in ('ZH_HANT', 'ZH_HANS', 'EN')) not null, "channel" text check ("channel" in ('ONLINE', 'PHONE', 'INTERVIEW')) not null, "source" text check ("source" in ('TICKET', 'REPAIR', 'VISIT', 'CAMPAIGN', 'SAMPLE', 'RE_SURVEY', 'MANUAL')) not null, "ticket_id" varchar(36) null, "unit_id" varchar(36) not null, "station_id" varchar(36) not null, "agent_id" varchar(36) null, "entered_by" varchar(200) null, "answered_at" timestamptz not null, "answered_on" varchar(10) not null, "month" varchar(7) not null, "overall_score" smallint null, "nps" smallint null, "complete" boolean not null, "dissatisfied" boolean not null default false, "has_comment" boolean not null default false, "complaint_ticket_id" varchar(36) null, "points_awarded" int not null default 0, constraint "survey_response_pkey" primary key ("id"));`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_invitation_id_unique" unique ("invitation_id");`);
    this.addSql(`create index "survey_response_complaint_ticket_id_index" on "survey_response" ("complaint_ticket_id");`);
    this.addSql(`create index "survey_response_customer_id_answered_at_index" on "survey_response" ("customer_id", "answered_at");`);
    this.addSql(`create index "survey_response_agent_id_answered_on_index" on "survey_response" ("agent_id", "answered_on");`);
    this.addSql(`create index "survey_response_station_id_answered_on_index" on "survey_response" ("station_id", "answered_on");`);
    this.addSql(`create index "survey_response_unit_report_index" on "survey_response" ("unit_id", "answered_on", "month", "overall_score", "nps");`);
    this.addSql(`create index "survey_response_report_index" on "survey_response" ("month", "unit_id", "overall_score", "nps", "answered_on");`);

    this.addSql(`create table "survey_answer" ("id" varchar(36) not null, "response_id" varchar(36) not null, "item_key" varchar(40) not null, "kind" text check ("kind" in ('LEVEL5', 'OVERALL', 'NPS', 'TEXT')) not null, "score" smallint null, "nps" smallint null, "text" text null, "comment" text null, constraint "survey_answer_pkey" primary key ("id"));`);
    this.addSql(`alter table "survey_answer" add constraint "survey_answer_response_id_item_key_unique" unique ("response_id", "item_key");`);

    this.addSql(`alter table "satisfaction_evaluation" add constraint "satisfaction_evaluation_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "satisfaction_target" add constraint "satisfaction_target_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "survey_settings" add constraint "survey_settings_default_template_id_foreign" foreign key ("default_template_id") references "survey_template" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "survey_template_version" add constraint "survey_template_version_template_id_foreign" foreign key ("template_id") references "survey_template" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "survey_invitation" add constraint "survey_invitation_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "survey_invitation" add constraint "survey_invitation_template_id_foreign" foreign key ("template_id") references "survey_template" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "survey_invitation" add constraint "survey_invitation_template_version_id_foreign" foreign key ("template_version_id") references "survey_template_version" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "survey_invitation" add constraint "survey_invitation_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "survey_invitation" add constraint "survey_invitation_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "survey_invitation" add constraint "survey_invitation_station_id_foreign" foreign key ("station_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "survey_invitation" add constraint "survey_invitation_agent_id_foreign" foreign key ("agent_id") references "employee" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "survey_response" add constraint "survey_response_invitation_id_foreign" foreign key ("invitation_id") references "survey_invitation" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_template_id_foreign" foreign key ("template_id") references "survey_template" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_template_version_id_foreign" foreign key ("template_version_id") references "survey_template_version" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_station_id_foreign" foreign key ("station_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_agent_id_foreign" foreign key ("agent_id") references "employee" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_complaint_ticket_id_foreign" foreign key ("complaint_ticket_id") references "ticket" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "survey_answer" add constraint "survey_answer_response_id_foreign" foreign key ("response_id") references "survey_response" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "notification" add column "to_address" varchar(200) null;`);
    this.addSql(`alter table "notification" alter column "recipient_id" drop not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "survey_settings" drop constraint "survey_settings_default_template_id_foreign";`);

    this.addSql(`alter table "survey_template_version" drop constraint "survey_template_version_template_id_foreign";`);

    this.addSql(`alter table "survey_invitation" drop constraint "survey_invitation_template_id_foreign";`);

    this.addSql(`alter table "survey_response" drop constraint "survey_response_template_id_foreign";`);

    this.addSql(`alter table "survey_invitation" drop constraint "survey_invitation_template_version_id_foreign";`);

    this.addSql(`alter table "survey_response" drop constraint "survey_response_template_version_id_foreign";`);

    this.addSql(`alter table "survey_response" drop constraint "survey_response_invitation_id_foreign";`);

    this.addSql(`alter table "survey_answer" drop constraint "survey_answer_response_id_foreign";`);

    this.addSql(`drop table if exists "satisfaction_evaluation" cascade;`);

    this.addSql(`drop table if exists "satisfaction_target" cascade;`);

    this.addSql(`drop table if exists "survey_template" cascade;`);

    this.addSql(`drop table if exists "survey_settings" cascade;`);

    this.addSql(`drop table if exists "survey_template_version" cascade;`);

    this.addSql(`drop table if exists "survey_invitation" cascade;`);

    this.addSql(`drop table if exists "survey_response" cascade;`);

    this.addSql(`drop table if exists "survey_answer" cascade;`);

    this.addSql(`alter table "notification" drop column "to_address";`);

    this.addSql(`delete from "notification" where "recipient_id" is null;`);
    this.addSql(`alter table "notification" alter column "recipient_id" set not null;`);
  }

}
