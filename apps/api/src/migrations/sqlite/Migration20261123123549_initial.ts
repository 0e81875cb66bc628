import { Migration } from '@mikro-orm/migrations';

export class Migration20261123123549_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`app_setting\` (\`key\` text not null, \`value\` text not null, primary key (\`key\`));`);

    this.addSql(`create table \`audit_record\` (\`id\` text not null, \`at\` datetime not null, \`actor_type\` text check (\`actor_type\` in ('USER', 'API_KEY', 'ANONYMOUS')) not null, \`actor_id\` text null, \`actor_name\` text null, \`acting_for_id\` text null, \`operation\` text not null, \`outcome\` text check (\`outcome\` in ('ALLOWED', 'DENIED', 'FAILED')) not null, \`error_code\` text null, \`target_type\` text null, \`target_id\` text null, \`before\` json null, \`after\` json null, \`request_id\` text not null, primary key (\`id\`));`);
    this.addSql(`create index \`audit_record_actor_id_at_index\` on \`audit_record\` (\`actor_id\`, \`at\`);`);
    this.addSql(`create index \`audit_record_target_type_target_id_index\` on \`audit_record\` (\`target_type\`, \`target_id\`);`);
    this.addSql(`create index \`audit_record_at_index\` on \`audit_record\` (\`at\`);`);

    this.addSql(`create table \`position\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`code\` text not null, \`title\` text not null, \`title_en\` text null, \`unit_id\` text not null, \`superior_id\` text null, \`planned_headcount\` integer not null default 1, \`is_head\` integer not null default false, \`summary\` text not null default '', \`duties\` json not null, \`archived_at\` datetime null, constraint \`position_unit_id_foreign\` foreign key(\`unit_id\`) references \`org_unit\`(\`id\`) on delete restrict on update cascade, constraint \`position_superior_id_foreign\` foreign key(\`superior_id\`) references \`position\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`position_code_unique\` on \`position\` (\`code\`);`);
    this.addSql(`create index \`position_unit_id_index\` on \`position\` (\`unit_id\`);`);
    this.addSql(`create index \`position_superior_id_index\` on \`position\` (\`superior_id\`);`);

    this.addSql(`create table \`org_unit\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`code\` text not null, \`name\` text not null, \`name_en\` text null, \`kind\` text check (\`kind\` in ('COMPANY', 'MANAGEMENT_DEPT', 'BUSINESS_DEPT', 'FIELD_SITE', 'STATION', 'DEPARTMENT')) not null, \`function\` text check (\`function\` in ('CUSTOMER_SERVICE', 'TECHNICAL_SUPPORT', 'GOODS_MANAGEMENT', 'LOGISTICS', 'BACK_OFFICE', 'QUALITY_CONTROL', 'FINANCE', 'PLANNING', 'SALES', 'GENERAL')) null, \`parent_id\` text null, \`path\` text not null, \`depth\` integer not null, \`head_id\` text null, \`sort_order\` integer not null default 0, \`archived_at\` datetime null, constraint \`org_unit_parent_id_foreign\` foreign key(\`parent_id\`) references \`org_unit\`(\`id\`) on delete restrict on update cascade, constraint \`org_unit_head_id_foreign\` foreign key(\`head_id\`) references \`employee\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`org_unit_code_unique\` on \`org_unit\` (\`code\`);`);
    this.addSql(`create index \`org_unit_parent_id_index\` on \`org_unit\` (\`parent_id\`);`);
    this.addSql(`create index \`org_unit_path_index\` on \`org_unit\` (\`path\`);`);
    this.addSql(`create index \`org_unit_head_id_index\` on \`org_unit\` (\`head_id\`);`);

    this.addSql(`create table \`employee\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`employee_no\` text not null, \`name\` text not null, \`email\` text null, \`phone\` text null, \`unit_id\` text not null, \`position_id\` text not null, \`hire_date\` text not null, \`status\` text check (\`status\` in ('ACTIVE', 'ON_LEAVE', 'INACTIVE')) not null default 'ACTIVE', \`deactivated_at\` datetime null, constraint \`employee_unit_id_foreign\` foreign key(\`unit_id\`) references \`org_unit\`(\`id\`) on delete restrict on update cascade, constraint \`employee_position_id_foreign\` foreign key(\`position_id\`) references \`position\`(\`id\`) on delete restrict on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`employee_employee_no_unique\` on \`employee\` (\`employee_no\`);`);
    this.addSql(`create index \`employee_name_index\` on \`employee\` (\`name\`);`);
    this.addSql(`create index \`employee_unit_id_index\` on \`employee\` (\`unit_id\`);`);
    this.addSql(`create index \`employee_position_id_index\` on \`employee\` (\`position_id\`);`);
    this.addSql(`create index \`employee_position_id_status_index\` on \`employee\` (\`position_id\`, \`status\`);`);
    this.addSql(`create index \`employee_unit_id_status_index\` on \`employee\` (\`unit_id\`, \`status\`);`);

    this.addSql(`create table \`absence\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`employee_id\` text not null, \`deputy_id\` text not null, \`starts_at\` datetime not null, \`ends_at\` datetime not null, \`reason\` text not null default '', \`cancelled_at\` datetime null, constraint \`absence_employee_id_foreign\` foreign key(\`employee_id\`) references \`employee\`(\`id\`) on delete cascade on update cascade, constraint \`absence_deputy_id_foreign\` foreign key(\`deputy_id\`) references \`employee\`(\`id\`) on delete restrict on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`absence_employee_id_index\` on \`absence\` (\`employee_id\`);`);
    this.addSql(`create index \`absence_deputy_id_index\` on \`absence\` (\`deputy_id\`);`);
    this.addSql(`create index \`absence_employee_id_starts_at_ends_at_index\` on \`absence\` (\`employee_id\`, \`starts_at\`, \`ends_at\`);`);

    this.addSql(`create table \`role\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`code\` text not null, \`name\` text not null, \`name_en\` text null, \`description\` text not null default '', \`grants\` json not null, \`system\` integer not null default false, primary key (\`id\`));`);
    this.addSql(`create unique index \`role_code_unique\` on \`role\` (\`code\`);`);

    this.addSql(`create table \`app_user\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`email\` text not null, \`password_hash\` text not null, \`display_name\` text not null, \`employee_id\` text null, \`locale\` text not null default 'zh-Hant', \`status\` text check (\`status\` in ('ACTIVE', 'DISABLED')) not null default 'ACTIVE', \`failed_logins\` integer not null default 0, \`locked_until\` datetime null, \`last_login_at\` datetime null, constraint \`app_user_employee_id_foreign\` foreign key(\`employee_id\`) references \`employee\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`app_user_email_unique\` on \`app_user\` (\`email\`);`);
    this.addSql(`create index \`app_user_employee_id_index\` on \`app_user\` (\`employee_id\`);`);

    this.addSql(`create table \`auth_session\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`user_id\` text not null, \`expires_at\` datetime not null, \`revoked_at\` datetime null, \`revoked_reason\` text null, \`user_agent\` text null, constraint \`auth_session_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`auth_session_user_id_index\` on \`auth_session\` (\`user_id\`);`);

    this.addSql(`create table \`auth_refresh_token\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`session_id\` text not null, \`hash\` text not null, \`used_at\` datetime null, constraint \`auth_refresh_token_session_id_foreign\` foreign key(\`session_id\`) references \`auth_session\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`auth_refresh_token_session_id_index\` on \`auth_refresh_token\` (\`session_id\`);`);
    this.addSql(`create unique index \`auth_refresh_token_hash_unique\` on \`auth_refresh_token\` (\`hash\`);`);

    this.addSql(`create table \`api_key\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null, \`prefix\` text not null, \`secret_hash\` text not null, \`grants\` json not null, \`unit_id\` text null, \`created_by_id\` text null, \`expires_at\` datetime null, \`revoked_at\` datetime null, \`last_used_at\` datetime null, constraint \`api_key_unit_id_foreign\` foreign key(\`unit_id\`) references \`org_unit\`(\`id\`) on delete set null on update cascade, constraint \`api_key_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`api_key_secret_hash_unique\` on \`api_key\` (\`secret_hash\`);`);
    this.addSql(`create index \`api_key_unit_id_index\` on \`api_key\` (\`unit_id\`);`);
    this.addSql(`create index \`api_key_created_by_id_index\` on \`api_key\` (\`created_by_id\`);`);

    this.addSql(`create table \`user_role\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`user_id\` text not null, \`role_id\` text not null, \`unit_id\` text null, constraint \`user_role_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade, constraint \`user_role_role_id_foreign\` foreign key(\`role_id\`) references \`role\`(\`id\`) on delete cascade on update cascade, constraint \`user_role_unit_id_foreign\` foreign key(\`unit_id\`) references \`org_unit\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`user_role_user_id_index\` on \`user_role\` (\`user_id\`);`);
    this.addSql(`create index \`user_role_role_id_index\` on \`user_role\` (\`role_id\`);`);
    this.addSql(`create index \`user_role_unit_id_index\` on \`user_role\` (\`unit_id\`);`);
  }

}
