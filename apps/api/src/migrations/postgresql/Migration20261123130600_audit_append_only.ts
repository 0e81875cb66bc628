import { Migration } from '@mikro-orm/migrations';

/** R-ACL-5: the database itself refuses to change or remove an audit record. */
export class Migration20261123130600_audit_append_only extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function "audit_record_append_only"() returns trigger language plpgsql as $$ begin raise exception 'audit records are append-only (R-ACL-5)'; end $$;`);
    this.addSql(`create trigger "audit_record_no_change" before update or delete on "audit_record" for each row execute function "audit_record_append_only"();`);
    this.addSql(`create trigger "audit_record_no_truncate" before truncate on "audit_record" for each statement execute function "audit_record_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "audit_record_no_truncate" on "audit_record";`);
    this.addSql(`drop trigger if exists "audit_record_no_change" on "audit_record";`);
    this.addSql(`drop function if exists "audit_record_append_only"();`);
  }
}
