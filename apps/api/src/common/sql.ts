import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager, Knex } from '@mikro-orm/knex';

/** Counts SQL statements per request (tests and the bench pin these to catch N+1). */
export const statementCounter = new AsyncLocalStorage<{ statements: number }>();

/**
 * Runs a knex query builder on the EntityManager's connection and transaction, so raw
 * queries join the mutation's transaction and count towards the statement budget.
 */
export function execute<T = unknown>(ctx: { em: EntityManager }, qb: Knex.QueryBuilder, method: 'all' | 'get' | 'run' = 'all'): Promise<T> {
  return ctx.em.getConnection().execute(qb as never, [], method, ctx.em.getTransactionContext()) as Promise<T>;
}

export const isPostgres = (em: EntityManager): boolean => em.getPlatform().constructor.name.startsWith('PostgreSql');

/**
 * Runs writes that touch different rows (inserts of new rows, updates of rows no other part
 * writes) in one round trip on PostgreSQL, as data-modifying CTEs of a single statement;
 * SQLite, in-process, runs them one by one. The order PostgreSQL applies them in is not
 * defined, so no part may depend on another's effect.
 */
export async function writeAll(ctx: { em: EntityManager }, parts: readonly Knex.QueryBuilder[]): Promise<void> {
  if (parts.length > 1 && isPostgres(ctx.em)) {
    const sql = parts.map((p) => p.toSQL());
    const last = sql.pop()!;
    const bindings = [...sql.flatMap((s) => s.bindings), ...last.bindings];
    await execute(ctx, ctx.em.getKnex().raw(`with ${sql.map((s, i) => `w${i} as (${s.sql})`).join(', ')} ${last.sql}`, bindings) as never, 'run');
    return;
  }
  for (const p of parts) await execute(ctx, p, 'run');
}

/**
 * A context that can answer a read without an EntityManager of its own: a request that has
 * not forked one (and so has no transaction) gives the application's root EntityManager,
 * used here only for its connection.
 */
interface SharesRootEm {
  unforkedEm?: () => EntityManager | null;
}

/**
 * A hot read (one statement per request, thousands of requests a second) sent as a named
 * prepared statement on PostgreSQL, so the server plans it once per connection instead of
 * at every call (planning cost three times the execution of the balance lookup), without
 * forking an EntityManager outside a transaction. `sql` uses `?` placeholders and must be
 * the same text for the same `name`. SQLite runs it as any other statement.
 */
export async function preparedRead<T>(ctx: { em: EntityManager }, name: string, sql: string, params: unknown[]): Promise<T[]> {
  const root = (ctx as SharesRootEm).unforkedEm?.() ?? null;
  const em = root ?? ctx.em;
  const trx = root ? undefined : em.getTransactionContext();
  if (!isPostgres(em)) return em.getConnection().execute<T[]>(sql, params, 'all', trx);
  const q = em.getKnex().raw(sql, params as Knex.RawBinding[]).options({ name });
  if (trx) q.transacting(trx as Knex.Transaction);
  // Sent past the ORM's connection, whose logger counts the others.
  const counter = statementCounter.getStore();
  if (counter) counter.statements++;
  return ((await q) as { rows: T[] }).rows;
}

/**
 * A timestamp as a raw query parameter: MikroORM keeps SQLite datetimes as epoch
 * milliseconds, PostgreSQL as timestamptz.
 */
export function dbTime(em: EntityManager, at: Date): Date | number {
  return isPostgres(em) ? at : at.getTime();
}

/**
 * Locks the selected rows (of `tables` only, when named) until the transaction ends where the
 * database can (SQLite serialises writers anyway).
 */
export function forUpdate(em: EntityManager, qb: Knex.QueryBuilder, ...tables: string[]): Knex.QueryBuilder {
  return isPostgres(em) ? qb.forUpdate(...tables) : qb;
}

/** Rows an UPDATE, DELETE or INSERT … ON CONFLICT DO NOTHING changed (drivers report it differently). */
export function affectedRows(result: unknown): number {
  if (typeof result === 'number') return result;
  if (result && typeof result === 'object') {
    const r = result as { affectedRows?: number; rowCount?: number; changes?: number };
    return r.affectedRows ?? r.rowCount ?? r.changes ?? 0;
  }
  return 0;
}
