import { Migration } from '@mikro-orm/migrations';

export class Migration20261123162046_repairs extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "repair_order" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "ticket_id" varchar(36) not null, "kind" text check ("kind" in ('RETURN', 'REPAIR')) not null, "status" text check ("status" in ('AWAITING_APPROVAL', 'AWAITING_CONSENT', 'RECEIVED', 'REPAIRING', 'QC_PASSED', 'SHIPPED', 'DELIVERED', 'REFUSED')) not null, "shipped_on" varchar(10) null, "within_window" boolean not null default false, "exception_document_id" varchar(36) null, "in_warranty" boolean not null default true, "main_component" boolean not null default false, "charge_cents" bigint null, "consent_at" timestamptz null, "consent_note" varchar(300) null, constraint "repair_order_pkey" primary key ("id"));`);
    this.addSql(`alter table "repair_order" add constraint "repair_order_ticket_id_unique" unique ("ticket_id");`);

    this.addSql(`alter table "repair_order" add constraint "repair_order_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "repair_order" cascade;`);
  }

}
