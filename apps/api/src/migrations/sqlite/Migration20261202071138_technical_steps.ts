import { Migration } from '@mikro-orm/migrations';

export class Migration20261202071138_technical_steps extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`ticket\` add column \`technical_stage\` text check (\`technical_stage\` in ('DIAGNOSED', 'FIXED', 'VERIFIED', 'VERIFICATION_FAILED', 'RECHECK')) null;`);
    this.addSql(`alter table \`ticket\` add column \`technical_round\` integer not null default 0;`);
    this.addSql(`alter table \`ticket\` add column \`resolution_summary\` text null;`);
    this.addSql(`alter table \`ticket\` add column \`improvement_proposal\` text null;`);

    // SQLite cannot change a check constraint in place: the timeline moves into a table created
    // anew under its own name (a renamed table would keep its definition in another quoting).
    this.addSql(`alter table \`ticket_event\` rename to \`ticket_event__old\`;`);
    for (const index of ['ticket_event_ticket_id_index', 'ticket_event_actor_id_at_index', 'ticket_event_ticket_id_at_index']) this.addSql(`drop index \`${index}\`;`);
    this.addSql(`create table \`ticket_event\` (\`id\` text not null, \`ticket_id\` text not null, \`at\` datetime not null, \`kind\` text check (\`kind\` in ('OPENED', 'KIND_CHANGED', 'ASSIGNED', 'HANDED_OVER', 'RESPONDED', 'CUSTOMER_UPDATED', 'NOTE', 'SOLUTION_PROPOSED', 'SOLUTION_ACCEPTED', 'SOLUTION_REFUSED', 'WAITING_CUSTOMER', 'RESUMED', 'RESOLVED', 'REOPENED', 'CLOSED', 'SLA_WARNED', 'SLA_BREACHED', 'ESCALATED', 'FOLLOW_UP_DONE', 'DIAGNOSED', 'FIXED', 'VERIFIED', 'RECHECKED')) not null, \`actor_name\` text null, \`text\` text null, \`data\` json null, \`actor_id\` text null, constraint \`ticket_event_ticket_id_foreign\` foreign key(\`ticket_id\`) references \`ticket\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`insert into \`ticket_event\` select \`id\`, \`ticket_id\`, \`at\`, \`kind\`, \`actor_name\`, \`text\`, \`data\`, \`actor_id\` from \`ticket_event__old\`;`);
    this.addSql(`drop table \`ticket_event__old\`;`);
    this.addSql(`create index \`ticket_event_ticket_id_index\` on \`ticket_event\` (\`ticket_id\`);`);
    this.addSql(`create index \`ticket_event_actor_id_at_index\` on \`ticket_event\` (\`actor_id\`, \`at\`);`);
    this.addSql(`create index \`ticket_event_ticket_id_at_index\` on \`ticket_event\` (\`ticket_id\`, \`at\`);`);
  }

}
