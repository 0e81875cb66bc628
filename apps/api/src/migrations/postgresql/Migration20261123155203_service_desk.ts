import { Migration } from '@mikro-orm/migrations';

export class Migration20261123155203_service_desk extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "service_calendar" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "station_id" varchar(36) not null, "week" jsonb not null, "holidays" jsonb not null, constraint "service_calendar_pkey" primary key ("id"));`);
    this.addSql(`alter table "service_calendar" add constraint "service_calendar_station_id_unique" unique ("station_id");`);

    this.addSql(`create table "sla_policy" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" text check ("kind" in ('INQUIRY', 'COMPLAINT', 'TECH_SUPPORT', 'RETURN_REPAIR')) not null, "severity" text check ("severity" in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')) not null, "min_priority" int not null default 0, "first_response_minutes" int not null, "update_minutes" int not null, "resolution_minutes" int not null, constraint "sla_policy_pkey" primary key ("id"));`);
    this.addSql(`alter table "sla_policy" add constraint "sla_policy_kind_severity_min_priority_unique" unique ("kind", "severity", "min_priority");`);

    this.addSql(`create table "ticket" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "number" varchar(30) not null, "external_ref" varchar(80) null, "content_hash" varchar(64) null, "kind" text check ("kind" in ('INQUIRY', 'COMPLAINT', 'TECH_SUPPORT', 'RETURN_REPAIR')) not null, "channel" text check ("channel" in ('PHONE', 'EMAIL', 'ONLINE', 'VISIT')) not null, "severity" text check ("severity" in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')) not null, "status" text check ("status" in ('OPEN', 'IN_PROGRESS', 'WAITING_CUSTOMER', 'RESOLVED', 'CLOSED')) not null default 'OPEN', "customer_id" varchar(36) null, "contact_name" varchar(80) null, "contact_phone" varchar(40) null, "subject" varchar(200) not null, "content" text not null, "product" varchar(120) null, "problem_at" timestamptz null, "problem_place" varchar(200) null, "station_id" varchar(36) not null, "unit_id" varchar(36) not null, "assignee_id" varchar(36) null, "priority" int not null default 0, "promised_at" timestamptz null, "first_response_due_at" timestamptz null, "first_responded_at" timestamptz null, "next_update_due_at" timestamptz null, "resolution_due_at" timestamptz null, "resolved_at" timestamptz null, "paused_at" timestamptz null, "first_response_breached" boolean not null default false, "resolution_breached" boolean not null default false, "warned_at" timestamptz null, "escalation_level" int not null default 0, "opened_at" timestamptz not null, constraint "ticket_pkey" primary key ("id"));`);
    this.addSql(`alter table "ticket" add constraint "ticket_number_unique" unique ("number");`);
    this.addSql(`alter table "ticket" add constraint "ticket_external_ref_unique" unique ("external_ref");`);
    this.addSql(`create index "ticket_priority_opened_at_id_index" on "ticket" ("priority", "opened_at", "id");`);
    this.addSql(`create index "ticket_customer_id_opened_at_index" on "ticket" ("customer_id", "opened_at");`);
    this.addSql(`create index "ticket_assignee_id_status_index" on "ticket" ("assignee_id", "status");`);
    this.addSql(`create index "ticket_unit_id_status_index" on "ticket" ("unit_id", "status");`);
    this.addSql(`create index "ticket_status_resolution_due_at_index" on "ticket" ("status", "resolution_due_at");`);

    this.addSql(`create table "ticket_event" ("id" varchar(36) not null, "ticket_id" varchar(36) not null, "at" timestamptz not null, "kind" text check ("kind" in ('OPENED', 'KIND_CHANGED', 'ASSIGNED', 'HANDED_OVER', 'RESPONDED', 'CUSTOMER_UPDATED', 'NOTE', 'SOLUTION_PROPOSED', 'SOLUTION_ACCEPTED', 'SOLUTION_REFUSED', 'WAITING_CUSTOMER', 'RESUMED', 'RESOLVED', 'REOPENED', 'CLOSED', 'SLA_WARNED', 'SLA_BREACHED', 'ESCALATED', 'FOLLOW_UP_DONE')) not null, "actor_name" varchar(200) null, "text" text null, "data" jsonb null, constraint "ticket_event_pkey" primary key ("id"));`);
    this.addSql(`create index "ticket_event_ticket_id_at_index" on "ticket_event" ("ticket_id", "at");`);

    this.addSql(`create table "follow_up_visit" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "ticket_id" varchar(36) not null, "assignee_id" varchar(36) null, "status" text check ("status" in ('DUE', 'DONE', 'UNREACHABLE')) not null default 'DUE', "due_at" timestamptz not null, "satisfied" boolean null, "result" text null, "done_at" timestamptz null, constraint "follow_up_visit_pkey" primary key ("id"));`);
    this.addSql(`alter table "follow_up_visit" add constraint "follow_up_visit_ticket_id_unique" unique ("ticket_id");`);
    this.addSql(`create index "follow_up_visit_status_due_at_index" on "follow_up_visit" ("status", "due_at");`);

    this.addSql(`alter table "service_calendar" add constraint "service_calendar_station_id_foreign" foreign key ("station_id") references "org_unit" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "ticket" add constraint "ticket_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "ticket" add constraint "ticket_station_id_foreign" foreign key ("station_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "ticket" add constraint "ticket_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "ticket" add constraint "ticket_assignee_id_foreign" foreign key ("assignee_id") references "employee" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "ticket_event" add constraint "ticket_event_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "follow_up_visit" add constraint "follow_up_visit_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "follow_up_visit" add constraint "follow_up_visit_assignee_id_foreign" foreign key ("assignee_id") references "employee" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "ticket_event" drop constraint "ticket_event_ticket_id_foreign";`);

    this.addSql(`alter table "follow_up_visit" drop constraint "follow_up_visit_ticket_id_foreign";`);

    this.addSql(`drop table if exists "service_calendar" cascade;`);

    this.addSql(`drop table if exists "sla_policy" cascade;`);

    this.addSql(`drop table if exists "ticket" cascade;`);

    this.addSql(`drop table if exists "ticket_event" cascade;`);

    this.addSql(`drop table if exists "follow_up_visit" cascade;`);
  }

}
