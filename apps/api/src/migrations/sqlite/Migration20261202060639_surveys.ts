import { Migration } from '@mikro-orm/migrations';

export class Migration20261202060639_surveys extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`satisfaction_evaluation\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`unit_id\` text not null, \`period\` text not null, \`forms\` integer not null, \`satisfied\` integer not null, \`rate\` double null, \`target_percent\` double not null, \`outcome\` text check (\`outcome\` in ('MET', 'BELOW', 'NO_DATA')) not null, \`document_id\` text null, \`document_number\` text null, \`deadline\` text null, \`evaluated_at\` datetime not null, constraint \`satisfaction_evaluation_unit_id_foreign\` foreign key(\`unit_id\`) references \`org_unit\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`satisfaction_evaluation_unit_id_index\` on \`satisfaction_evaluation\` (\`unit_id\`);`);
    this.addSql(`create unique index \`satisfaction_evaluation_unit_id_period_unique\` on \`satisfaction_evaluation\` (\`unit_id\`, \`period\`);`);

    this.addSql(`create table \`satisfaction_target\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`unit_id\` text not null, \`effective_year\` integer not null, \`target_percent\` double not null, \`set_by\` text not null, \`note\` text null, constraint \`satisfaction_target_unit_id_foreign\` foreign key(\`unit_id\`) references \`org_unit\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`satisfaction_target_unit_id_index\` on \`satisfaction_target\` (\`unit_id\`);`);
    this.addSql(`create unique index \`satisfaction_target_unit_id_effective_year_unique\` on \`satisfaction_target\` (\`unit_id\`, \`effective_year\`);`);

    this.addSql(`create table \`survey_template\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`code\` text not null, \`title\` json not null, \`latest_version\` integer not null, \`active\` integer not null default true, primary key (\`id\`));`);
    this.addSql(`create unique index \`survey_template_code_unique\` on \`survey_template\` (\`code\`);`);

    this.addSql(`create table \`survey_settings\` (\`id\` integer not null default 1, \`quiet_days\` integer not null default 30, \`link_valid_days\` integer not null default 14, \`corrective_days\` integer not null default 30, \`default_template_id\` text null, \`triggers\` json not null, \`updated_by\` text null, \`updated_at\` datetime null, constraint \`survey_settings_default_template_id_foreign\` foreign key(\`default_template_id\`) references \`survey_template\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`survey_settings_default_template_id_index\` on \`survey_settings\` (\`default_template_id\`);`);

    this.addSql(`create table \`survey_template_version\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`template_id\` text not null, \`version\` integer not null, \`title\` json not null, \`intro\` json null, \`items\` json not null, \`published_by\` text not null, \`published_at\` datetime not null, \`note\` text null, constraint \`survey_template_version_template_id_foreign\` foreign key(\`template_id\`) references \`survey_template\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`survey_template_version_template_id_index\` on \`survey_template_version\` (\`template_id\`);`);
    this.addSql(`create unique index \`survey_template_version_template_id_version_unique\` on \`survey_template_version\` (\`template_id\`, \`version\`);`);

    this.addSql(`create table \`survey_invitation\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`customer_id\` text not null, \`template_id\` text not null, \`template_version_id\` text not null, \`language\` text check (\`language\` in ('ZH_HANT', 'ZH_HANS', 'EN')) not null, \`source\` text check (\`source\` in ('TICKET', 'REPAIR', 'VISIT', 'CAMPAIGN', 'SAMPLE', 'RE_SURVEY', 'MANUAL')) not null, \`source_ref\` text null, \`campaign\` text null, \`ticket_id\` text null, \`unit_id\` text not null, \`station_id\` text not null, \`agent_id\` text null, \`status\` text check (\`status\` in ('SCHEDULED', 'SENT', 'ANSWERED', 'SKIPPED')) not null, \`skip_reason\` text check (\`skip_reason\` in ('QUIET_PERIOD')) null, \`send_at\` datetime not null, \`sent_at\` datetime null, \`delivery\` text check (\`delivery\` in ('EMAIL', 'PHONE', 'LINK')) null, \`token_hash\` text null, \`expires_at\` datetime null, \`answered_at\` datetime null, \`created_by\` text null, constraint \`survey_invitation_customer_id_foreign\` foreign key(\`customer_id\`) references \`customer\`(\`id\`) on delete cascade on update cascade, constraint \`survey_invitation_template_id_foreign\` foreign key(\`template_id\`) references \`survey_template\`(\`id\`) on delete restrict on update cascade, constraint \`survey_invitation_template_version_id_foreign\` foreign key(\`template_version_id\`) references \`survey_template_version\`(\`id\`) on delete restrict on update cascade, constraint \`survey_invitation_ticket_id_foreign\` foreign key(\`ticket_id\`) references \`ticket\`(\`id\`) on delete set null on update cascade, constraint \`survey_invitation_unit_id_foreign\` foreign key(\`unit_id\`) references \`org_unit\`(\`id\`) on delete restrict on update cascade, constraint \`survey_invitation_station_id_foreign\` foreign key(\`station_id\`) references \`org_unit\`(\`id\`) on delete restrict on update cascade, constraint \`survey_invitation_agent_id_foreign\` foreign key(\`agent_id\`) references \`employee\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`survey_invitation_customer_id_index\` on \`survey_invitation\` (\`customer_id\`);`);
    this.addSql(`create index \`survey_invitation_template_id_index\` on \`survey_invitation\` (\`template_id\`);`);
    this.addSql(`create index \`survey_invitation_template_version_id_index\` on \`survey_invitation\` (\`template_version_id\`);`);
    this.addSql(`create index \`survey_invitation_ticket_id_index\` on \`survey_invitation\` (\`ticket_id\`);`);
    this.addSql(`create index \`survey_invitation_unit_id_index\` on \`survey_invitation\` (\`unit_id\`);`);
    this.addSql(`create index \`survey_invitation_station_id_index\` on \`survey_invitation\` (\`station_id\`);`);
    this.addSql(`create index \`survey_invitation_agent_id_index\` on \`survey_invitation\` (\`agent_id\`);`);
    this.addSql(`create unique index \`survey_invitation_token_hash_unique\` on \`survey_invitation\` (\`token_hash\`);`);
    this.addSql(`create index \`survey_invitation_customer_id_send_at_index\` on \`survey_invitation\` (\`customer_id\`, \`send_at\`);`);
    this.addSql(`create index \`survey_invitation_status_send_at_index\` on \`survey_invitation\` (\`status\`, \`send_at\`);`);
    this.addSql(`create unique index \`survey_invitation_source_source_ref_unique\` on \`survey_invitation\` (\`source\`, \`source_ref\`);`);

    this.addSql(`create table \`survey_response\` (\`id\` text not null, \`invitation_id\` text null, \`customer_id\` text not null, \`template_id\` text not null, \`template_version_id\` text not null, \`version\` integer not null, \`language\` text check (\`language\` in ('ZH_HANT', 'ZH_HANS', 'EN')) not null, \`channel\` text check (\`channel\` in ('ONLINE', 'PHONE', 'INTERVIEW')) not null, \`source\` text check (\`source\` in ('TICKET', 'REPAIR', 'VISIT', 'CAMPAIGN', 'SAMPLE', 'RE_SURVEY', 'MANUAL')) not null, \`ticket_id\` text null, \`unit_id\` text not null, \`station_id\` text not null, \`agent_id\` text null, \`entered_by\` text null, \`answered_at\` datetime not null, \`answered_on\` text not null, \`month\` text not null, \`overall_score\` integer null, \`nps\` integer null, \`complete\` integer not null, \`dissatisfied\` integer not null default false, \`has_comment\` integer not null default false, \`complaint_ticket_id\` text null, \`points_awarded\` integer not null default 0, constraint \`survey_response_invitation_id_foreign\` foreign key(\`invitation_id\`) references \`survey_invitation\`(\`id\`) on delete set null on update cascade, constraint \`survey_response_customer_id_foreign\` foreign key(\`customer_id\`) references \`customer\`(\`id\`) on delete cascade on update cascade, constraint \`survey_response_template_id_foreign\` foreign key(\`template_id\`) references \`survey_template\`(\`id\`) on delete restrict on update cascade, constraint \`survey_response_template_version_id_foreign\` foreign key(\`template_version_id\`) references \`survey_template_version\`(\`id\`) on delete restrict on update cascade, constraint \`survey_response_ticket_id_foreign\` foreign key(\`ticket_id\`) references \`ticket\`(\`id\`) on delete set null on update cascade, constraint \`survey_response_unit_id_foreign\` foreign key(\`unit_id\`) references \`org_unit\`(\`id\`) on delete restrict on update cascade, constraint \`survey_response_station_id_foreign\` foreign key(\`station_id\`) references \`org_unit\`(\`id\`) on delete restrict on update cascade, constraint \`survey_response_agent_id_foreign\` foreign key(\`agent_id\`) references \`employee\`(\`id\`) on delete set null on update cascade, constraint \`survey_response_complaint_ticket_id_foreign\` foreign key(\`complaint_ticket_id\`) references \`ticket\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`survey_response_invitation_id_index\` on \`survey_response\` (\`invitation_id\`);`);
    this.addSql(`create unique index \`survey_response_invitation_id_unique\` on \`survey_response\` (\`invitation_id\`);`);
    this.addSql(`create index \`survey_response_customer_id_index\` on \`survey_response\` (\`customer_id\`);`);
    this.addSql(`create index \`survey_response_template_id_index\` on \`survey_response\` (\`template_id\`);`);
    this.addSql(`create index \`survey_response_template_version_id_index\` on \`survey_response\` (\`template_version_id\`);`);
    this.addSql(`create index \`survey_response_ticket_id_index\` on \`survey_response\` (\`ticket_id\`);`);
    this.addSql(`create index \`survey_response_unit_id_index\` on \`survey_response\` (\`unit_id\`);`);
    this.addSql(`create index \`survey_response_station_id_index\` on \`survey_response\` (\`station_id\`);`);
    this.addSql(`create index \`survey_response_agent_id_index\` on \`survey_response\` (\`agent_id\`);`);
    this.addSql(`create index \`survey_response_complaint_ticket_id_index\` on \`survey_response\` (\`complaint_ticket_id\`);`);
    this.addSql(`create index \`survey_response_customer_id_answered_at_index\` on \`survey_response\` (\`customer_id\`, \`answered_at\`);`);
    this.addSql(`create index \`survey_response_agent_id_answered_on_index\` on \`survey_response\` (\`agent_id\`, \`answered_on\`);`);
    this.addSql(`create index \`survey_response_station_id_answered_on_index\` on \`survey_response\` (\`station_id\`, \`answered_on\`);`);
    this.addSql(`create index \`survey_response_unit_report_index\` on \`survey_response\` (\`unit_id\`, \`answered_on\`, \`month\`, \`overall_score\`, \`nps\`);`);
    this.addSql(`create index \`survey_response_report_index\` on \`survey_response\` (\`month\`, \`unit_id\`, \`overall_score\`, \`nps\`, \`answered_on\`);`);

    this.addSql(`create table \`survey_answer\` (\`id\` text not null, \`response_id\` text not null, \`item_key\` text not null, \`kind\` text check (\`kind\` in ('LEVEL5', 'OVERALL', 'NPS', 'TEXT')) not null, \`score\` integer null, \`nps\` integer null, \`text\` text null, \`comment\` text null, constraint \`survey_answer_response_id_foreign\` foreign key(\`response_id\`) references \`survey_response\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`survey_answer_response_id_index\` on \`survey_answer\` (\`response_id\`);`);
    this.addSql(`create unique index \`survey_answer_response_id_item_key_unique\` on \`survey_answer\` (\`response_id\`, \`item_key\`);`);

    // A message may go to an outside address (a customer's survey link): the recipient becomes
    // optional, which SQLite can only do by rebuilding the table. The old one steps aside first,
    // so the new one is created under its own name (SQLite rewrites the text of a renamed table).
    this.addSql(`alter table \`notification\` rename to \`notification__old\`;`);
    this.addSql(`create table \`notification\` (\`id\` text not null, \`recipient_id\` text null, \`to_address\` text null, \`kind\` text not null, \`subject\` text not null, \`body\` text null, \`link\` text null, \`created_at\` datetime not null, \`read_at\` datetime null, \`delivered_at\` datetime null, \`attempts\` integer not null default 0, constraint \`notification_recipient_id_foreign\` foreign key(\`recipient_id\`) references \`employee\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`insert into \`notification\` (\`id\`, \`recipient_id\`, \`kind\`, \`subject\`, \`body\`, \`link\`, \`created_at\`, \`read_at\`, \`delivered_at\`, \`attempts\`) select \`id\`, \`recipient_id\`, \`kind\`, \`subject\`, \`body\`, \`link\`, \`created_at\`, \`read_at\`, \`delivered_at\`, \`attempts\` from \`notification__old\`;`);
    this.addSql(`drop table \`notification__old\`;`);
    this.addSql(`create index \`notification_recipient_id_index\` on \`notification\` (\`recipient_id\`);`);
    this.addSql(`create index \`notification_delivered_at_index\` on \`notification\` (\`delivered_at\`);`);
    this.addSql(`create index \`notification_recipient_id_read_at_index\` on \`notification\` (\`recipient_id\`, \`read_at\`);`);
  }

}
