import type { TestApp } from './app';

/** Every table a mutation may write, except the audit trail itself. */
export const DATA_TABLES = [
  'org_unit',
  'position',
  'employee',
  'absence',
  'role',
  'app_user',
  'user_role',
  'api_key',
  'auth_session',
  'auth_refresh_token',
  'app_setting',
  'sequence',
  'customer',
  'customer_phone',
  'customer_tag',
  'customer_event',
  'purchase',
  'tier',
  'tier_change',
  'crm_settings',
  'win_back_task',
  'customer_import',
  'loyalty_program',
  'bonus_rule',
  'points_account',
  'points_entry',
  'points_lot',
  'points_lot_use',
  'points_adjustment',
];

/** Every row of every data table, so a comparison catches updates as well as inserts. */
export async function dumpTables(t: TestApp<unknown>, tables = DATA_TABLES): Promise<Record<string, unknown[]>> {
  const conn = t.em().getConnection();
  const out: Record<string, unknown[]> = {};
  for (const table of tables) out[table] = await conn.execute(`select * from ${table} order by 1`);
  return out;
}

export interface AuditRow {
  id: string;
  operation: string;
  outcome: string;
  error_code: string | null;
  actor_type: string;
  actor_id: string | null;
  target_type: string | null;
  target_id: string | null;
  before: unknown;
  after: unknown;
  request_id: string;
}

export async function auditRecordsOf(t: TestApp<unknown>, requestId: string): Promise<AuditRow[]> {
  const rows = await t.em().getConnection().execute<AuditRow[]>('select * from audit_record where request_id = ?', [requestId]);
  return rows.map((r) => ({ ...r, before: json(r.before), after: json(r.after) }));
}

export async function auditCount(t: TestApp<unknown>): Promise<number> {
  const [row] = await t.em().getConnection().execute<{ n: number | string }[]>('select count(*) as n from audit_record');
  return Number(row!.n);
}

function json(v: unknown): unknown {
  return typeof v === 'string' ? JSON.parse(v) : v;
}
