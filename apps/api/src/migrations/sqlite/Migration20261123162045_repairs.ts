import { Migration } from '@mikro-orm/migrations';

export class Migration20261123162045_repairs extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`repair_order\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`ticket_id\` text not null, \`kind\` text check (\`kind\` in ('RETURN', 'REPAIR')) not null, \`status\` text check (\`status\` in ('AWAITING_APPROVAL', 'AWAITING_CONSENT', 'RECEIVED', 'REPAIRING', 'QC_PASSED', 'SHIPPED', 'DELIVERED', 'REFUSED')) not null, \`shipped_on\` text null, \`within_window\` integer not null default false, \`exception_document_id\` text null, \`in_warranty\` integer not null default true, \`main_component\` integer not null default false, \`charge_cents\` bigint null, \`consent_at\` datetime null, \`consent_note\` text null, constraint \`repair_order_ticket_id_foreign\` foreign key(\`ticket_id\`) references \`ticket\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`repair_order_ticket_id_index\` on \`repair_order\` (\`ticket_id\`);`);
    this.addSql(`create unique index \`repair_order_ticket_id_unique\` on \`repair_order\` (\`ticket_id\`);`);

  }

}
