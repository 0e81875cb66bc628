import fs from 'node:fs';
import path from 'node:path';
import { MikroORM, type Options } from '@mikro-orm/core';
import type { AbstractSqlDriver, EntityManager } from '@mikro-orm/knex';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from '../entities';
import { OrgVersionBump } from '../modules/org';
import { statementCounter } from '../common/sql';
import { tuneSqliteConnections } from './sqlite-connection';
import { sqliteMigrations } from '../migrations/sqlite';
import { postgresqlMigrations } from '../migrations/postgresql';

export type Dialect = 'sqlite' | 'postgresql';

/** The ORM with the SQL EntityManager that domain code uses. */
export type Orm = MikroORM<AbstractSqlDriver, EntityManager>;

export interface DbTarget {
  dialect: Dialect;
  /** file path (sqlite) or connection URL (postgresql) */
  location: string;
}

/** PostgreSQL when DATABASE_URL says so; otherwise an embedded SQLite file in DATA_DIR. */
export function dbTarget(databaseUrl: string | undefined, dataDir: string): DbTarget {
  if (databaseUrl) {
    if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
      throw new Error('DATABASE_URL must be a postgres:// or postgresql:// URL (leave it unset for SQLite)');
    }
    return { dialect: 'postgresql', location: databaseUrl };
  }
  return { dialect: 'sqlite', location: path.join(dataDir, 'stationhub.sqlite') };
}

export function ormOptions(target: DbTarget, extra: Partial<Options> = {}): Options {
  const migrationsList = target.dialect === 'sqlite' ? sqliteMigrations : postgresqlMigrations;
  const base: Options = {
    entities,
    discovery: { warnWhenNoEntities: true, requireEntitiesArray: true },
    extensions: [Migrator],
    migrations: {
      tableName: 'mikro_orm_migrations',
      path: path.join(__dirname, '..', 'migrations', target.dialect),
      pathTs: path.join(__dirname, '..', '..', 'src', 'migrations', target.dialect),
      migrationsList,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      fileName: (timestamp: string, name?: string) => `Migration${timestamp}${name ? '_' + name : ''}`,
    },
    forceUtcTimezone: true,
    // Relations are resolved by request-scoped loaders; never let a lazy reference query
    // behind our back.
    allowGlobalContext: false,
    // Replicas keep the org snapshot in memory; this tells them when it changed.
    subscribers: [new OrgVersionBump()],
    ...extra,
  };
  if (target.dialect === 'sqlite') {
    tuneSqliteConnections();
    fs.mkdirSync(path.dirname(target.location), { recursive: true });
    return { ...base, driver: LibSqlDriver, dbName: target.location };
  }
  return {
    ...base,
    driver: PostgreSqlDriver,
    clientUrl: target.location,
    pool: { min: 0, max: 10 },
  };
}

export async function openOrm(target: DbTarget, extra: Partial<Options> = {}): Promise<Orm> {
  const orm = await MikroORM.init(ormOptions(target, extra));
  installStatementCounter(orm as unknown as Orm);
  if (target.dialect === 'sqlite') keepStoredTimestamps(orm as unknown as Orm);
  return orm as unknown as Orm;
}

/** Applies pending migrations; returns their names. */
export async function migrate(orm: Orm): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}

export async function pendingMigrations(orm: Orm): Promise<string[]> {
  return (await orm.getMigrator().getPendingMigrations()).map((m) => m.name);
}

/**
 * SQLite keeps datetimes as epoch milliseconds. MikroORM 6.6 turns them into Date objects
 * while mapping results but snapshots entities with numbers, so every loaded entity looked
 * changed and each flush rewrote its timestamps (a login updated every role it read).
 * Leaving the stored number in the mapped result lets the hydrator build the Date and the
 * snapshot match what was read.
 */
function keepStoredTimestamps(orm: Orm): void {
  const platform = orm.em.getPlatform() as unknown as { parseDate: (value: unknown) => unknown };
  platform.parseDate = (value: unknown) => value;
}

function installStatementCounter(orm: Orm): void {
  const connection = orm.em.getConnection() as unknown as { logQuery: (...args: unknown[]) => void };
  const original = connection.logQuery.bind(connection);
  connection.logQuery = (...args: unknown[]) => {
    const store = statementCounter.getStore();
    if (store) store.statements++;
    original(...args);
  };
}

