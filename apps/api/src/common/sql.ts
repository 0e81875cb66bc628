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
 * A timestamp as a raw query parameter: MikroORM keeps SQLite datetimes as epoch
 * milliseconds, PostgreSQL as timestamptz.
 */
export function dbTime(em: EntityManager, at: Date): Date | number {
  return isPostgres(em) ? at : at.getTime();
}

/** Locks the selected rows until the transaction ends where the database can (SQLite serialises writers anyway). */
export function forUpdate(em: EntityManager, qb: Knex.QueryBuilder): Knex.QueryBuilder {
  return isPostgres(em) ? qb.forUpdate() : qb;
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
