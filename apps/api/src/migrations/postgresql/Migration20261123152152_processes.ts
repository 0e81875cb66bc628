import { Migration } from '@mikro-orm/migrations';

export class Migration20261123152152_processes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "budget" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" varchar(36) not null, "year" int not null, "category" varchar(40) not null, "amount_cents" bigint not null, "consumed_cents" bigint not null default 0, constraint "budget_pkey" primary key ("id"));`);
    this.addSql(`alter table "budget" add constraint "budget_unit_id_year_category_unique" unique ("unit_id", "year", "category");`);

    this.addSql(`create table "notification" ("id" varchar(36) not null, "recipient_id" varchar(36) not null, "kind" varchar(40) not null, "subject" varchar(300) not null, "body" text null, "link" varchar(200) null, "created_at" timestamptz not null, "read_at" timestamptz null, "delivered_at" timestamptz null, "attempts" int not null default 0, constraint "notification_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_delivered_at_index" on "notification" ("delivered_at");`);
    this.addSql(`create index "notification_recipient_id_read_at_index" on "notification" ("recipient_id", "read_at");`);

    this.addSql(`create table "process_definition" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" varchar(40) not null, "version" int not null, "name" varchar(120) not null, "name_en" varchar(120) null, "steps" jsonb not null, "fields" jsonb not null, "effective_from" timestamptz not null, "published_by" varchar(200) not null, "note" varchar(500) null, constraint "process_definition_pkey" primary key ("id"));`);
    this.addSql(`create index "process_definition_kind_effective_from_index" on "process_definition" ("kind", "effective_from");`);
    this.addSql(`alter table "process_definition" add constraint "process_definition_kind_version_unique" unique ("kind", "version");`);

    this.addSql(`create table "process_document" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "number" varchar(30) not null, "kind" varchar(40) not null, "definition_id" varchar(36) not null, "title" varchar(200) not null, "applicant_id" varchar(36) not null, "unit_id" varchar(36) not null, "status" text check ("status" in ('DRAFT', 'IN_APPROVAL', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'VOIDED')) not null default 'DRAFT', "data" jsonb not null, "facts" jsonb not null, "current_step" int null, "submitted_at" timestamptz null, "decided_at" timestamptz null, "replaces_id" varchar(36) null, "round" int not null default 0, constraint "process_document_pkey" primary key ("id"));`);
    this.addSql(`alter table "process_document" add constraint "process_document_number_unique" unique ("number");`);
    this.addSql(`create index "process_document_kind_status_index" on "process_document" ("kind", "status");`);
    this.addSql(`create index "process_document_applicant_id_created_at_index" on "process_document" ("applicant_id", "created_at");`);

    this.addSql(`create table "process_step" ("id" varchar(36) not null, "document_id" varchar(36) not null, "round" int not null, "index" int not null, "key" varchar(40) not null, "time_limit_hours" int not null, "name" varchar(120) not null, "status" text check ("status" in ('WAITING', 'OPEN', 'APPROVED', 'REJECTED', 'RETURNED', 'SKIPPED', 'CANCELLED')) not null default 'WAITING', "assignee_id" varchar(36) null, "opened_at" timestamptz null, "due_at" timestamptz null, "decided_at" timestamptz null, "decided_by_id" varchar(36) null, "acting_for_id" varchar(36) null, "comment" text null, "reminded_at" timestamptz null, "escalated_at" timestamptz null, constraint "process_step_pkey" primary key ("id"));`);
    this.addSql(`create index "process_step_status_due_at_index" on "process_step" ("status", "due_at");`);
    this.addSql(`create index "process_step_assignee_id_status_index" on "process_step" ("assignee_id", "status");`);
    this.addSql(`alter table "process_step" add constraint "process_step_document_id_round_index_unique" unique ("document_id", "round", "index");`);

    this.addSql(`create table "process_attachment" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "document_id" varchar(36) not null, "file_name" varchar(200) not null, "mime_type" varchar(100) not null, "size" int not null, "content" bytea not null, constraint "process_attachment_pkey" primary key ("id"));`);
    this.addSql(`create index "process_attachment_document_id_index" on "process_attachment" ("document_id");`);

    this.addSql(`create table "process_action" ("id" varchar(36) not null, "document_id" varchar(36) not null, "at" timestamptz not null, "action" text check ("action" in ('CREATED', 'UPDATED', 'SUBMITTED', 'STEP_OPENED', 'STEP_SKIPPED', 'APPROVED', 'AUTO_APPROVED', 'REJECTED', 'RETURNED', 'WITHDRAWN', 'UNAPPROVED', 'VOIDED', 'REMINDED', 'ESCALATED')) not null, "step_index" int null, "actor_name" varchar(200) null, "actor_id" varchar(36) null, "acting_for_id" varchar(36) null, "comment" text null, constraint "process_action_pkey" primary key ("id"));`);
    this.addSql(`create index "process_action_document_id_at_index" on "process_action" ("document_id", "at");`);

    this.addSql(`alter table "budget" add constraint "budget_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "notification" add constraint "notification_recipient_id_foreign" foreign key ("recipient_id") references "employee" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "process_document" add constraint "process_document_definition_id_foreign" foreign key ("definition_id") references "process_definition" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "process_document" add constraint "process_document_applicant_id_foreign" foreign key ("applicant_id") references "employee" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "process_document" add constraint "process_document_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "process_step" add constraint "process_step_document_id_foreign" foreign key ("document_id") references "process_document" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "process_step" add constraint "process_step_assignee_id_foreign" foreign key ("assignee_id") references "employee" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "process_step" add constraint "process_step_decided_by_id_foreign" foreign key ("decided_by_id") references "employee" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "process_step" add constraint "process_step_acting_for_id_foreign" foreign key ("acting_for_id") references "employee" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "process_attachment" add constraint "process_attachment_document_id_foreign" foreign key ("document_id") references "process_document" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "process_action" add constraint "process_action_document_id_foreign" foreign key ("document_id") references "process_document" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "process_action" add constraint "process_action_actor_id_foreign" foreign key ("actor_id") references "employee" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "process_action" add constraint "process_action_acting_for_id_foreign" foreign key ("acting_for_id") references "employee" ("id") on update cascade on delete set null;`);
    // R-FLOW-1: a document's history is append-only, like the audit trail.
    this.addSql(`create or replace function "process_action_append_only"() returns trigger language plpgsql as $$ begin raise exception 'document history is append-only (R-FLOW-1)'; end $$;`);
    this.addSql(`create trigger "process_action_no_update" before update on "process_action" for each row execute function "process_action_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "process_document" drop constraint "process_document_definition_id_foreign";`);

    this.addSql(`alter table "process_step" drop constraint "process_step_document_id_foreign";`);

    this.addSql(`alter table "process_attachment" drop constraint "process_attachment_document_id_foreign";`);

    this.addSql(`alter table "process_action" drop constraint "process_action_document_id_foreign";`);

    this.addSql(`drop table if exists "budget" cascade;`);

    this.addSql(`drop table if exists "notification" cascade;`);

    this.addSql(`drop table if exists "process_definition" cascade;`);

    this.addSql(`drop table if exists "process_document" cascade;`);

    this.addSql(`drop table if exists "process_step" cascade;`);

    this.addSql(`drop table if exists "process_attachment" cascade;`);

    this.addSql(`drop table if exists "process_action" cascade;`);
  }

}
