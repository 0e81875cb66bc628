import { Migration } from '@mikro-orm/migrations';

export class Migration20261202071141_technical_steps extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "ticket_event" drop constraint if exists "ticket_event_kind_check";`);

    this.addSql(`alter table "ticket" add column "technical_stage" text check ("technical_stage" in ('DIAGNOSED', 'FIXED', 'VERIFIED', 'VERIFICATION_FAILED', 'RECHECK')) null, add column "technical_round" int not null default 0, add column "resolution_summary" text null, add column "improvement_proposal" text null;`);

    this.addSql(`alter table "ticket_event" add constraint "ticket_event_kind_check" check("kind" in ('OPENED', 'KIND_CHANGED', 'ASSIGNED', 'HANDED_OVER', 'RESPONDED', 'CUSTOMER_UPDATED', 'NOTE', 'SOLUTION_PROPOSED', 'SOLUTION_ACCEPTED', 'SOLUTION_REFUSED', 'WAITING_CUSTOMER', 'RESUMED', 'RESOLVED', 'REOPENED', 'CLOSED', 'SLA_WARNED', 'SLA_BREACHED', 'ESCALATED', 'FOLLOW_UP_DONE', 'DIAGNOSED', 'FIXED', 'VERIFIED', 'RECHECKED'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "ticket_event" drop constraint if exists "ticket_event_kind_check";`);

    this.addSql(`alter table "ticket" drop column "technical_stage", drop column "technical_round", drop column "resolution_summary", drop column "improvement_proposal";`);

    this.addSql(`alter table "ticket_event" add constraint "ticket_event_kind_check" check("kind" in ('OPENED', 'KIND_CHANGED', 'ASSIGNED', 'HANDED_OVER', 'RESPONDED', 'CUSTOMER_UPDATED', 'NOTE', 'SOLUTION_PROPOSED', 'SOLUTION_ACCEPTED', 'SOLUTION_REFUSED', 'WAITING_CUSTOMER', 'RESUMED', 'RESOLVED', 'REOPENED', 'CLOSED', 'SLA_WARNED', 'SLA_BREACHED', 'ESCALATED', 'FOLLOW_UP_DONE'));`);
  }

}
