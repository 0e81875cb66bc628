import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261202121937_customer_tags_in_tier_index } from './Migration20261202121937_customer_tags_in_tier_index';
import { Migration20261202094151_survey_month_stat } from './Migration20261202094151_survey_month_stat';
import { Migration20261202071138_technical_steps } from './Migration20261202071138_technical_steps';
import { Migration20261202055223_service_reports } from './Migration20261202055223_service_reports';
import { Migration20261202062137_perf_indexes } from './Migration20261202062137_perf_indexes';
import { Migration20261202060639_surveys } from './Migration20261202060639_surveys';
import { Migration20261123162045_repairs } from './Migration20261123162045_repairs';
import { Migration20261123161818_ticket_queue_index } from './Migration20261123161818_ticket_queue_index';
import { Migration20261123161453_complaint_reviews } from './Migration20261123161453_complaint_reviews';
import { Migration20261123155202_service_desk } from './Migration20261123155202_service_desk';
import { Migration20261123152706_customer_tier_spend_index } from './Migration20261123152706_customer_tier_spend_index';
import { Migration20261123152152_processes } from './Migration20261123152152_processes';
import { Migration20261123145338_crm_loyalty } from './Migration20261123145338_crm_loyalty';
import { Migration20261123123549_initial } from './Migration20261123123549_initial';
import { Migration20261123130600_audit_append_only } from './Migration20261123130600_audit_append_only';

/** Listed by hand so the migrator needs no file globbing in any runtime; oldest first. */
export const sqliteMigrations: MigrationObject[] = [
  { name: 'Migration20261123123549_initial', class: Migration20261123123549_initial },
  { name: 'Migration20261123130600_audit_append_only', class: Migration20261123130600_audit_append_only },
  { name: 'Migration20261123145338_crm_loyalty', class: Migration20261123145338_crm_loyalty },
  { name: 'Migration20261123152152_processes', class: Migration20261123152152_processes },
  { name: 'Migration20261123152706_customer_tier_spend_index', class: Migration20261123152706_customer_tier_spend_index },
  { name: 'Migration20261123155202_service_desk', class: Migration20261123155202_service_desk },
  { name: 'Migration20261123161453_complaint_reviews', class: Migration20261123161453_complaint_reviews },
  { name: 'Migration20261123161818_ticket_queue_index', class: Migration20261123161818_ticket_queue_index },
  { name: 'Migration20261123162045_repairs', class: Migration20261123162045_repairs },
  { name: 'Migration20261202055223_service_reports', class: Migration20261202055223_service_reports },
  { name: 'Migration20261202060639_surveys', class: Migration20261202060639_surveys },
  { name: 'Migration20261202062137_perf_indexes', class: Migration20261202062137_perf_indexes },
  { name: 'Migration20261202071138_technical_steps', class: Migration20261202071138_technical_steps },
  { name: 'Migration20261202094151_survey_month_stat', class: Migration20261202094151_survey_month_stat },
  { name: 'Migration20261202121937_customer_tags_in_tier_index', class: Migration20261202121937_customer_tags_in_tier_index },
];
