import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { knex } from '@mikro-orm/knex';
import { dbTarget, openOrm, type Dialect, type Orm } from '../../src/db/orm';

export const PG_ADMIN_URL = process.env.PG_TEST_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export function testDialect(): Dialect {
  return process.env.TEST_DB === 'postgresql' ? 'postgresql' : 'sqlite';
}

/** A database of its own for one test file: a temp SQLite dir, or a fresh PostgreSQL database. */
export interface TestDb {
  dialect: Dialect;
  databaseUrl: string | undefined;
  dataDir: string;
  drop(): Promise<void>;
}

export async function createTestDb(dialect: Dialect = testDialect()): Promise<TestDb> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sh-test-'));
  if (dialect === 'sqlite') {
    return { dialect, databaseUrl: undefined, dataDir, drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
  }
  const name = `sh_test_${randomBytes(6).toString('hex')}`;
  await withAdmin((k) => k.raw(`create database ${name}`));
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    dialect,
    databaseUrl: url.toString(),
    dataDir,
    async drop() {
      // WITH (FORCE) ends connections a failed test may have leaked.
      await withAdmin((k) => k.raw(`drop database if exists ${name} with (force)`));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** `run` with an ORM open on a database of its own, closed and dropped afterwards. */
export async function withTestOrm<T>(dialect: Dialect, run: (orm: Orm) => Promise<T>): Promise<T> {
  const db = await createTestDb(dialect);
  const orm = await openOrm(dbTarget(db.databaseUrl, db.dataDir));
  try {
    return await run(orm);
  } finally {
    await orm.close(true);
    await db.drop();
  }
}

async function withAdmin<T>(run: (k: ReturnType<typeof knex>) => Promise<T>): Promise<T> {
  const k = knex({ client: 'pg', connection: PG_ADMIN_URL, pool: { min: 0, max: 1 } });
  try {
    return await run(k);
  } finally {
    await k.destroy();
  }
}
