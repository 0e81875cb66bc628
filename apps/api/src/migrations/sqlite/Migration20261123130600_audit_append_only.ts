import { Migration } from '@mikro-orm/migrations';

/** R-ACL-5: the database itself refuses to change or remove an audit record. */
export class Migration20261123130600_audit_append_only extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create trigger \`audit_record_no_update\` before update on \`audit_record\` begin select raise(abort, 'audit records are append-only (R-ACL-5)'); end;`);
    this.addSql(`create trigger \`audit_record_no_delete\` before delete on \`audit_record\` begin select raise(abort, 'audit records are append-only (R-ACL-5)'); end;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists `audit_record_no_update`;');
    this.addSql('drop trigger if exists `audit_record_no_delete`;');
  }
}
