import { Migration } from '@mikro-orm/migrations';

export class Migration20261123161454_complaint_reviews extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "complaint_review" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "ticket_id" varchar(36) not null, "status" text check ("status" in ('OPEN', 'JOINT_REVIEW', 'GENERAL_MANAGER', 'CLOSED')) not null default 'OPEN', "root_cause" text null, "responsible_unit_id" varchar(36) null, "responsible_employee_id" varchar(36) null, "substantiated" boolean null, "major" boolean not null default false, "closed_at" timestamptz null, constraint "complaint_review_pkey" primary key ("id"));`);
    this.addSql(`alter table "complaint_review" add constraint "complaint_review_ticket_id_unique" unique ("ticket_id");`);
    this.addSql(`create index "complaint_review_responsible_employee_id_index" on "complaint_review" ("responsible_employee_id");`);
    this.addSql(`create index "complaint_review_status_created_at_index" on "complaint_review" ("status", "created_at");`);

    this.addSql(`create table "corrective_action" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "review_id" varchar(36) not null, "kind" text check ("kind" in ('CORRECTIVE', 'PREVENTIVE')) not null, "description" text not null, "owner_id" varchar(36) not null, "due_on" varchar(10) not null, "status" text check ("status" in ('OPEN', 'DONE', 'VERIFIED')) not null default 'OPEN', "done_note" text null, "done_at" timestamptz null, "verified_by" varchar(200) null, "verified_by_id" varchar(36) null, "verification_note" text null, "verified_at" timestamptz null, constraint "corrective_action_pkey" primary key ("id"));`);
    this.addSql(`create index "corrective_action_review_id_index" on "corrective_action" ("review_id");`);
    this.addSql(`create index "corrective_action_status_due_on_index" on "corrective_action" ("status", "due_on");`);

    this.addSql(`alter table "complaint_review" add constraint "complaint_review_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "complaint_review" add constraint "complaint_review_responsible_unit_id_foreign" foreign key ("responsible_unit_id") references "org_unit" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "complaint_review" add constraint "complaint_review_responsible_employee_id_foreign" foreign key ("responsible_employee_id") references "employee" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "corrective_action" add constraint "corrective_action_review_id_foreign" foreign key ("review_id") references "complaint_review" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "corrective_action" add constraint "corrective_action_owner_id_foreign" foreign key ("owner_id") references "employee" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "corrective_action" drop constraint "corrective_action_review_id_foreign";`);

    this.addSql(`drop table if exists "complaint_review" cascade;`);

    this.addSql(`drop table if exists "corrective_action" cascade;`);
  }

}
