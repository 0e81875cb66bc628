import { Migration } from '@mikro-orm/migrations';

export class Migration20261123161453_complaint_reviews extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`complaint_review\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`ticket_id\` text not null, \`status\` text check (\`status\` in ('OPEN', 'JOINT_REVIEW', 'GENERAL_MANAGER', 'CLOSED')) not null default 'OPEN', \`root_cause\` text null, \`responsible_unit_id\` text null, \`responsible_employee_id\` text null, \`substantiated\` integer null, \`major\` integer not null default false, \`closed_at\` datetime null, constraint \`complaint_review_ticket_id_foreign\` foreign key(\`ticket_id\`) references \`ticket\`(\`id\`) on delete cascade on update cascade, constraint \`complaint_review_responsible_unit_id_foreign\` foreign key(\`responsible_unit_id\`) references \`org_unit\`(\`id\`) on delete set null on update cascade, constraint \`complaint_review_responsible_employee_id_foreign\` foreign key(\`responsible_employee_id\`) references \`employee\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`complaint_review_ticket_id_index\` on \`complaint_review\` (\`ticket_id\`);`);
    this.addSql(`create unique index \`complaint_review_ticket_id_unique\` on \`complaint_review\` (\`ticket_id\`);`);
    this.addSql(`create index \`complaint_review_responsible_unit_id_index\` on \`complaint_review\` (\`responsible_unit_id\`);`);
    this.addSql(`create index \`complaint_review_responsible_employee_id_index\` on \`complaint_review\` (\`responsible_employee_id\`);`);
    this.addSql(`create index \`complaint_review_status_created_at_index\` on \`complaint_review\` (\`status\`, \`created_at\`);`);

    this.addSql(`create table \`corrective_action\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`review_id\` text not null, \`kind\` text check (\`kind\` in ('CORRECTIVE', 'PREVENTIVE')) not null, \`description\` text not null, \`owner_id\` text not null, \`due_on\` text not null, \`status\` text check (\`status\` in ('OPEN', 'DONE', 'VERIFIED')) not null default 'OPEN', \`done_note\` text null, \`done_at\` datetime null, \`verified_by\` text null, \`verified_by_id\` text null, \`verification_note\` text null, \`verified_at\` datetime null, constraint \`corrective_action_review_id_foreign\` foreign key(\`review_id\`) references \`complaint_review\`(\`id\`) on delete cascade on update cascade, constraint \`corrective_action_owner_id_foreign\` foreign key(\`owner_id\`) references \`employee\`(\`id\`) on delete restrict on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`corrective_action_review_id_index\` on \`corrective_action\` (\`review_id\`);`);
    this.addSql(`create index \`corrective_action_owner_id_index\` on \`corrective_action\` (\`owner_id\`);`);
    this.addSql(`create index \`corrective_action_status_due_on_index\` on \`corrective_action\` (\`status\`, \`due_on\`);`);

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
    this.addSql(`pragma foreign_keys = on;pragma foreign_keys = off;`);
    this.addSql(`pragma foreign_keys = on;pragma foreign_keys = off;`);
    this.addSql(`pragma foreign_keys = on;pragma foreign_keys = off;`);
    this.addSql(`pragma foreign_keys = on;pragma foreign_keys = off;`);
    this.addSql(`pragma foreign_keys = on;`);
  }

}
