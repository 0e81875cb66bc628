import { Migration } from '@mikro-orm/migrations';

export class Migration20261123155202_service_desk extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`service_calendar\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`station_id\` text not null, \`week\` json not null, \`holidays\` json not null, constraint \`service_calendar_station_id_foreign\` foreign key(\`station_id\`) references \`org_unit\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`service_calendar_station_id_index\` on \`service_calendar\` (\`station_id\`);`);
    this.addSql(`create unique index \`service_calendar_station_id_unique\` on \`service_calendar\` (\`station_id\`);`);

    this.addSql(`create table \`sla_policy\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`kind\` text check (\`kind\` in ('INQUIRY', 'COMPLAINT', 'TECH_SUPPORT', 'RETURN_REPAIR')) not null, \`severity\` text check (\`severity\` in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')) not null, \`min_priority\` integer not null default 0, \`first_response_minutes\` integer not null, \`update_minutes\` integer not null, \`resolution_minutes\` integer not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`sla_policy_kind_severity_min_priority_unique\` on \`sla_policy\` (\`kind\`, \`severity\`, \`min_priority\`);`);

    this.addSql(`create table \`ticket\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`number\` text not null, \`external_ref\` text null, \`content_hash\` text null, \`kind\` text check (\`kind\` in ('INQUIRY', 'COMPLAINT', 'TECH_SUPPORT', 'RETURN_REPAIR')) not null, \`channel\` text check (\`channel\` in ('PHONE', 'EMAIL', 'ONLINE', 'VISIT')) not null, \`severity\` text check (\`severity\` in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')) not null, \`status\` text check (\`status\` in ('OPEN', 'IN_PROGRESS', 'WAITING_CUSTOMER', 'RESOLVED', 'CLOSED')) not null default 'OPEN', \`customer_id\` text null, \`contact_name\` text null, \`contact_phone\` text null, \`subject\` text not null, \`content\` text not null, \`product\` text null, \`problem_at\` datetime null, \`problem_place\` text null, \`station_id\` text not null, \`unit_id\` text not null, \`assignee_id\` text null, \`priority\` integer not null default 0, \`promised_at\` datetime null, \`first_response_due_at\` datetime null, \`first_responded_at\` datetime null, \`next_update_due_at\` datetime null, \`resolution_due_at\` datetime null, \`resolved_at\` datetime null, \`paused_at\` datetime null, \`first_response_breached\` integer not null default false, \`resolution_breached\` integer not null default false, \`warned_at\` datetime null, \`escalation_level\` integer not null default 0, \`opened_at\` datetime not null, constraint \`ticket_customer_id_foreign\` foreign key(\`customer_id\`) references \`customer\`(\`id\`) on delete set null on update cascade, constraint \`ticket_station_id_foreign\` foreign key(\`station_id\`) references \`org_unit\`(\`id\`) on delete restrict on update cascade, constraint \`ticket_unit_id_foreign\` foreign key(\`unit_id\`) references \`org_unit\`(\`id\`) on delete restrict on update cascade, constraint \`ticket_assignee_id_foreign\` foreign key(\`assignee_id\`) references \`employee\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`ticket_number_unique\` on \`ticket\` (\`number\`);`);
    this.addSql(`create unique index \`ticket_external_ref_unique\` on \`ticket\` (\`external_ref\`);`);
    this.addSql(`create index \`ticket_customer_id_index\` on \`ticket\` (\`customer_id\`);`);
    this.addSql(`create index \`ticket_station_id_index\` on \`ticket\` (\`station_id\`);`);
    this.addSql(`create index \`ticket_unit_id_index\` on \`ticket\` (\`unit_id\`);`);
    this.addSql(`create index \`ticket_assignee_id_index\` on \`ticket\` (\`assignee_id\`);`);
    this.addSql(`create index \`ticket_priority_opened_at_id_index\` on \`ticket\` (\`priority\`, \`opened_at\`, \`id\`);`);
    this.addSql(`create index \`ticket_customer_id_opened_at_index\` on \`ticket\` (\`customer_id\`, \`opened_at\`);`);
    this.addSql(`create index \`ticket_assignee_id_status_index\` on \`ticket\` (\`assignee_id\`, \`status\`);`);
    this.addSql(`create index \`ticket_unit_id_status_index\` on \`ticket\` (\`unit_id\`, \`status\`);`);
    this.addSql(`create index \`ticket_status_resolution_due_at_index\` on \`ticket\` (\`status\`, \`resolution_due_at\`);`);

    this.addSql(`create table \`ticket_event\` (\`id\` text not null, \`ticket_id\` text not null, \`at\` datetime not null, \`kind\` text check (\`kind\` in ('OPENED', 'KIND_CHANGED', 'ASSIGNED', 'HANDED_OVER', 'RESPONDED', 'CUSTOMER_UPDATED', 'NOTE', 'SOLUTION_PROPOSED', 'SOLUTION_ACCEPTED', 'SOLUTION_REFUSED', 'WAITING_CUSTOMER', 'RESUMED', 'RESOLVED', 'REOPENED', 'CLOSED', 'SLA_WARNED', 'SLA_BREACHED', 'ESCALATED', 'FOLLOW_UP_DONE')) not null, \`actor_name\` text null, \`text\` text null, \`data\` json null, constraint \`ticket_event_ticket_id_foreign\` foreign key(\`ticket_id\`) references \`ticket\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`ticket_event_ticket_id_index\` on \`ticket_event\` (\`ticket_id\`);`);
    this.addSql(`create index \`ticket_event_ticket_id_at_index\` on \`ticket_event\` (\`ticket_id\`, \`at\`);`);

    this.addSql(`create table \`follow_up_visit\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`ticket_id\` text not null, \`assignee_id\` text null, \`status\` text check (\`status\` in ('DUE', 'DONE', 'UNREACHABLE')) not null default 'DUE', \`due_at\` datetime not null, \`satisfied\` integer null, \`result\` text null, \`done_at\` datetime null, constraint \`follow_up_visit_ticket_id_foreign\` foreign key(\`ticket_id\`) references \`ticket\`(\`id\`) on delete cascade on update cascade, constraint \`follow_up_visit_assignee_id_foreign\` foreign key(\`assignee_id\`) references \`employee\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`follow_up_visit_ticket_id_index\` on \`follow_up_visit\` (\`ticket_id\`);`);
    this.addSql(`create unique index \`follow_up_visit_ticket_id_unique\` on \`follow_up_visit\` (\`ticket_id\`);`);
    this.addSql(`create index \`follow_up_visit_assignee_id_index\` on \`follow_up_visit\` (\`assignee_id\`);`);
    this.addSql(`create index \`follow_up_visit_status_due_at_index\` on \`follow_up_visit\` (\`status\`, \`due_at\`);`);

    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`pragma foreign_keys = on;pragma foreign_keys = off;`);
    this.addSql(`pragma foreign_keys = on;pragma foreign_keys = off;`);
    this.addSql(`pragma foreign_keys = on;pragma foreign_keys = off;`);
    this.addSql(`pragma foreign_keys = on;pragma foreign_keys = off;`);
    this.addSql(`pragma foreign_keys = on;pragma foreign_keys = off;`);
    this.addSql(`pragma foreign_keys = on;pragma foreign_keys = off;`);
    this.addSql(`pragma foreign_keys = on;pragma foreign_keys = off;`);
    this.addSql(`pragma foreign_keys = on;pragma foreign_keys = off;`);
    this.addSql(`pragma foreign_keys = on;pragma foreign_keys = off;`);
    this.addSql(`pragma foreign_keys = on;pragma foreign_keys = off;`);
    this.addSql(`pragma foreign_keys = on;pragma foreign_keys = off;`);
    this.addSql(`pragma foreign_keys = on;pragma foreign_keys = off;`);
    this.addSql(`pragma foreign_keys = on;`);
  }

}
