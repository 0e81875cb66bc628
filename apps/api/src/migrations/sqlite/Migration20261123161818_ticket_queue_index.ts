import { Migration } from '@mikro-orm/migrations';

export class Migration20261123161818_ticket_queue_index extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "ticket_queue_index" on "ticket" ("priority" desc, "opened_at", "id", "unit_id", "station_id") where "status" in ('OPEN', 'IN_PROGRESS', 'WAITING_CUSTOMER');`);
  }

}
