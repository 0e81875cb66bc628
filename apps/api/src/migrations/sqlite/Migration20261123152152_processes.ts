import { Migration } from '@mikro-orm/migrations';

export class Migration20261123152152_processes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`budget\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`unit_id\` text not null, \`year\` integer not null, \`category\` text not null, \`amount_cents\` bigint not null, \`consumed_cents\` bigint not null default 0, constraint \`budget_unit_id_foreign\` foreign key(\`unit_id\`) references \`org_unit\`(\`id\`) on delete restrict on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`budget_unit_id_index\` on \`budget\` (\`unit_id\`);`);
    this.addSql(`create unique index \`budget_unit_id_year_category_unique\` on \`budget\` (\`unit_id\`, \`year\`, \`category\`);`);

    this.addSql(`create table \`notification\` (\`id\` text not null, \`recipient_id\` text not null, \`kind\` text not null, \`subject\` text not null, \`body\` text null, \`link\` text null, \`created_at\` datetime not null, \`read_at\` datetime null, \`delivered_at\` datetime null, \`attempts\` integer not null default 0, constraint \`notification_recipient_id_foreign\` foreign key(\`recipient_id\`) references \`employee\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`notification_recipient_id_index\` on \`notification\` (\`recipient_id\`);`);
    this.addSql(`create index \`notification_delivered_at_index\` on \`notification\` (\`delivered_at\`);`);
    this.addSql(`create index \`notification_recipient_id_read_at_index\` on \`notification\` (\`recipient_id\`, \`read_at\`);`);

    this.addSql(`create table \`process_definition\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`kind\` text not null, \`version\` integer not null, \`name\` text not null, \`name_en\` text null, \`steps\` json not null, \`fields\` json not null, \`effective_from\` datetime not null, \`published_by\` text not null, \`note\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`process_definition_kind_effective_from_index\` on \`process_definition\` (\`kind\`, \`effective_from\`);`);
    this.addSql(`create unique index \`process_definition_kind_version_unique\` on \`process_definition\` (\`kind\`, \`version\`);`);

    this.addSql(`create table \`process_document\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`number\` text not null, \`kind\` text not null, \`definition_id\` text not null, \`title\` text not null, \`applicant_id\` text not null, \`unit_id\` text not null, \`status\` text check (\`status\` in ('DRAFT', 'IN_APPROVAL', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'VOIDED')) not null default 'DRAFT', \`data\` json not null, \`facts\` json not null, \`current_step\` integer null, \`submitted_at\` datetime null, \`decided_at\` datetime null, \`replaces_id\` text null, \`round\` integer not null default 0, constraint \`process_document_definition_id_foreign\` foreign key(\`definition_id\`) references \`process_definition\`(\`id\`) on delete restrict on update cascade, constraint \`process_document_applicant_id_foreign\` foreign key(\`applicant_id\`) references \`employee\`(\`id\`) on delete restrict on update cascade, constraint \`process_document_unit_id_foreign\` foreign key(\`unit_id\`) references \`org_unit\`(\`id\`) on delete restrict on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`process_document_number_unique\` on \`process_document\` (\`number\`);`);
    this.addSql(`create index \`process_document_definition_id_index\` on \`process_document\` (\`definition_id\`);`);
    this.addSql(`create index \`process_document_applicant_id_index\` on \`process_document\` (\`applicant_id\`);`);
    this.addSql(`create index \`process_document_unit_id_index\` on \`process_document\` (\`unit_id\`);`);
    this.addSql(`create index \`process_document_kind_status_index\` on \`process_document\` (\`kind\`, \`status\`);`);
    this.addSql(`create index \`process_document_applicant_id_created_at_index\` on \`process_document\` (\`applicant_id\`, \`created_at\`);`);

    this.addSql(`create table \`process_step\` (\`id\` text not null, \`document_id\` text not null, \`round\` integer not null, \`index\` integer not null, \`key\` text not null, \`time_limit_hours\` integer not null, \`name\` text not null, \`status\` text check (\`status\` in ('WAITING', 'OPEN', 'APPROVED', 'REJECTED', 'RETURNED', 'SKIPPED', 'CANCELLED')) not null default 'WAITING', \`assignee_id\` text null, \`opened_at\` datetime null, \`due_at\` datetime null, \`decided_at\` datetime null, \`decided_by_id\` text null, \`acting_for_id\` text null, \`comment\` text null, \`reminded_at\` datetime null, \`escalated_at\` datetime null, constraint \`process_step_document_id_foreign\` foreign key(\`document_id\`) references \`process_document\`(\`id\`) on delete cascade on update cascade, constraint \`process_step_assignee_id_foreign\` foreign key(\`assignee_id\`) references \`employee\`(\`id\`) on delete set null on update cascade, constraint \`process_step_decided_by_id_foreign\` foreign key(\`decided_by_id\`) references \`employee\`(\`id\`) on delete set null on update cascade, constraint \`process_step_acting_for_id_foreign\` foreign key(\`acting_for_id\`) references \`employee\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`process_step_document_id_index\` on \`process_step\` (\`document_id\`);`);
    this.addSql(`create index \`process_step_assignee_id_index\` on \`process_step\` (\`assignee_id\`);`);
    this.addSql(`create index \`process_step_decided_by_id_index\` on \`process_step\` (\`decided_by_id\`);`);
    this.addSql(`create index \`process_step_acting_for_id_index\` on \`process_step\` (\`acting_for_id\`);`);
    this.addSql(`create index \`process_step_status_due_at_index\` on \`process_step\` (\`status\`, \`due_at\`);`);
    this.addSql(`create index \`process_step_assignee_id_status_index\` on \`process_step\` (\`assignee_id\`, \`status\`);`);
    this.addSql(`create unique index \`process_step_document_id_round_index_unique\` on \`process_step\` (\`document_id\`, \`round\`, \`index\`);`);

    this.addSql(`create table \`process_attachment\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`document_id\` text not null, \`file_name\` text not null, \`mime_type\` text not null, \`size\` integer not null, \`content\` blob not null, constraint \`process_attachment_document_id_foreign\` foreign key(\`document_id\`) references \`process_document\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`process_attachment_document_id_index\` on \`process_attachment\` (\`document_id\`);`);

    this.addSql(`create table \`process_action\` (\`id\` text not null, \`document_id\` text not null, \`at\` datetime not null, \`action\` text check (\`action\` in ('CREATED', 'UPDATED', 'SUBMITTED', 'STEP_OPENED', 'STEP_SKIPPED', 'APPROVED', 'AUTO_APPROVED', 'REJECTED', 'RETURNED', 'WITHDRAWN', 'UNAPPROVED', 'VOIDED', 'REMINDED', 'ESCALATED')) not null, \`step_index\` integer null, \`actor_name\` text null, \`actor_id\` text null, \`acting_for_id\` text null, \`comment\` text null, constraint \`process_action_document_id_foreign\` foreign key(\`document_id\`) references \`process_document\`(\`id\`) on delete cascade on update cascade, constraint \`process_action_actor_id_foreign\` foreign key(\`actor_id\`) references \`employee\`(\`id\`) on delete set null on update cascade, constraint \`process_action_acting_for_id_foreign\` foreign key(\`acting_for_id\`) references \`employee\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`process_action_document_id_index\` on \`process_action\` (\`document_id\`);`);
    this.addSql(`create index \`process_action_actor_id_index\` on \`process_action\` (\`actor_id\`);`);
    this.addSql(`create index \`process_action_acting_for_id_index\` on \`process_action\` (\`acting_for_id\`);`);
    this.addSql(`create index \`process_action_document_id_at_index\` on \`process_action\` (\`document_id\`, \`at\`);`);

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
    this.addSql(`pragma foreign_keys = on;`);
    // R-FLOW-1: a document's history is append-only, like the audit trail.
    this.addSql(`create trigger \`process_action_no_update\` before update on \`process_action\` begin select raise(abort, 'document history is append-only (R-FLOW-1)'); end;`);
  }

}
