import { Migration } from '@mikro-orm/migrations';

export class Migration20261202055226_service_reports extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "ticket" add column "triage" text check ("triage" in ('NOT_OURS', 'SOLVED_BY_SERVICE', 'NEEDS_OTHER_UNITS')) null;`);
    this.addSql(`create index "ticket_kind_opened_at_index" on "ticket" ("kind", "opened_at");`);

    this.addSql(`alter table "ticket_event" add column "actor_id" varchar(36) null;`);
    this.addSql(`create index "ticket_event_actor_id_at_index" on "ticket_event" ("actor_id", "at");`);

    this.addSql(`alter table "repair_order" add column "received_at" timestamptz null, add column "delivered_at" timestamptz null;`);
    this.addSql(`create index "repair_order_received_at_index" on "repair_order" ("received_at");`);
    this.addSql(`create index "repair_order_delivered_at_index" on "repair_order" ("delivered_at");`);

    // Earlier triages live only in the timeline's notes ("NOT_OURS: …") and in the handling forms.
    this.addSql(`update "ticket" set "triage" = 'NEEDS_OTHER_UNITS' where "id" in (select "ticket_id" from "complaint_review");`);
    for (const triage of ['NOT_OURS', 'SOLVED_BY_SERVICE']) {
      this.addSql(`update "ticket" set "triage" = '${triage}' where "triage" is null and "kind" = 'COMPLAINT' and exists (select 1 from "ticket_event" e where e."ticket_id" = "ticket"."id" and e."kind" = 'NOTE' and e."text" like '${triage}:%');`);
    }
    // Orders taken in before the times were kept count from their creation, deliveries from their last change.
    this.addSql(`update "repair_order" set "received_at" = "created_at" where "status" in ('RECEIVED', 'REPAIRING', 'QC_PASSED', 'SHIPPED', 'DELIVERED');`);
    this.addSql(`update "repair_order" set "delivered_at" = "updated_at" where "status" = 'DELIVERED';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "repair_order_received_at_index";`);
    this.addSql(`drop index "repair_order_delivered_at_index";`);
    this.addSql(`alter table "repair_order" drop column "received_at", drop column "delivered_at";`);

    this.addSql(`drop index "ticket_kind_opened_at_index";`);
    this.addSql(`alter table "ticket" drop column "triage";`);

    this.addSql(`drop index "ticket_event_actor_id_at_index";`);
    this.addSql(`alter table "ticket_event" drop column "actor_id";`);
  }

}
