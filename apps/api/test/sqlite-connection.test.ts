import { LibSqlKnexDialect } from '@mikro-orm/knex';
import { withTestOrm } from './harness/db';
import { migrate } from '../src/db/orm';

type RawConnection = { prepare(sql: string): { get(): unknown }; close(): void; __created: number };

/** The embedded database's connection handling (src/db/sqlite-connection.ts). */
describe('SQLite connections', () => {
  it('every connection opens with WAL, NORMAL sync and foreign keys, and is kept rather than replaced after 10 s', () =>
    withTestOrm('sqlite', async (orm) => {
      const dialect = (orm.em.getKnex() as unknown as { client: LibSqlKnexDialect & { acquireRawConnection(): Promise<RawConnection>; validateConnection(c: unknown): boolean } }).client;
      const fresh = await dialect.acquireRawConnection();
      expect(fresh.prepare('pragma journal_mode').get()).toMatchObject({ journal_mode: 'wal' });
      expect(fresh.prepare('pragma synchronous').get()).toMatchObject({ synchronous: 1 });
      expect(fresh.prepare('pragma foreign_keys').get()).toMatchObject({ foreign_keys: 1 });
      fresh.__created = Date.now() - 60_000;
      expect(dialect.validateConnection(fresh)).toBe(true);
      fresh.close();
    }));

  it('rows read as arrays come back as the same objects libsql builds, duplicate names and all', () =>
    withTestOrm('sqlite', async (orm) => {
      await migrate(orm);
      const conn = orm.em.getConnection();
      const sql = `select 1 as a, 'x' as b, null as c, 2.5 as a2, x'00ff' as blob, 3 as a, 'y' as "__proto__"`;
      const [row] = await conn.execute<Record<string, unknown>[]>(sql);
      expect(Object.keys(row!)).toEqual(['a', 'b', 'c', 'a2', 'blob', '__proto__']);
      expect(row).toMatchObject({ a: 3, b: 'x', c: null, a2: 2.5 });
      expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
      expect(Object.getOwnPropertyDescriptor(row, '__proto__')?.value).toBe('y');
      // The same statement again (now kept prepared), with other bindings, and inside a transaction.
      const again = await conn.execute<{ n: number }[]>('select ? as n', [7]);
      expect(await conn.execute('select ? as n', [8])).toEqual([{ n: 8 }]);
      expect(again).toEqual([{ n: 7 }]);
      await orm.em.transactional(async (em) => {
        await em.getConnection().execute(`insert into app_setting (key, value) values ('probe', '1')`, [], 'run', em.getTransactionContext());
        expect(await em.getConnection().execute(`select value from app_setting where key = 'probe'`, [], 'all', em.getTransactionContext())).toEqual([{ value: '1' }]);
      });
      // A failed statement leaves the kept one usable.
      await expect(conn.execute(`insert into app_setting (key, value) values ('probe', '2')`)).rejects.toThrow();
      expect(await conn.execute(`select value from app_setting where key = 'probe'`)).toEqual([{ value: '1' }]);
    }));
});
