import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { dbTarget, ormOptions, type Dialect, type Orm } from '../db/orm';

/**
 * Writes a migration for each dialect from the difference between the entities and a
 * database migrated to the latest migration, and adds it to that dialect's index.
 * PostgreSQL: set DATABASE_URL to a scratch database (it is migrated, not dropped).
 */
async function main(): Promise<void> {
  const name = process.argv[2] ?? 'change';
  const dialects: Dialect[] = ['sqlite', 'postgresql'];
  for (const dialect of dialects) {
    const target =
      dialect === 'sqlite'
        ? dbTarget(undefined, fs.mkdtempSync('/tmp/stationhub-migration-'))
        : dbTarget(process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/stationhub_migrations', '');
    const options = ormOptions(target);
    const srcDir = path.resolve(__dirname, '..', '..', 'src', 'migrations', dialect);
    const orm = (await MikroORM.init({ ...options, migrations: { ...options.migrations, path: srcDir, pathTs: srcDir } })) as unknown as Orm;
    try {
      const migrator = orm.getMigrator();
      await migrator.up();
      const result = await migrator.createMigration(srcDir, false, false, name);
      if (!result.fileName) {
        process.stdout.write(`${dialect}: no changes\n`);
        continue;
      }
      const className = path.basename(result.fileName, '.ts');
      const file = path.join(srcDir, result.fileName);
      if (dialect === 'sqlite' && !(await tidySqliteMigration(orm, file))) {
        fs.rmSync(file);
        process.stdout.write(`${dialect}: no changes\n`);
        continue;
      }
      const indexFile = path.join(srcDir, 'index.ts');
      let index = fs.readFileSync(indexFile, 'utf8');
      index = index.replace(/(import type \{ MigrationObject \} from '@mikro-orm\/core';\n)/, `$1import { ${className} } from './${className}';\n`);
      index = index.replace(/\];\s*$/, `  { name: '${className}', class: ${className} },\n];\n`);
      fs.writeFileSync(indexFile, index);
      process.stdout.write(`${dialect}: wrote ${result.fileName}\n`);
    } finally {
      await orm.close(true);
    }
  }
}

/**
 * MikroORM 6 reads underscored enum values (`API_KEY`, `ON_LEAVE`) back wrongly from SQLite,
 * so its diff rebuilds such tables on every migration — and a rebuild drops the table's
 * triggers. Rebuilds whose new table is the live one under another name are removed, with
 * the index re-creations that follow them; so are index statements emitted twice (MikroORM
 * indexes every foreign key on SQLite and again for an explicit @Index). Returns false when
 * nothing real is left.
 */
async function tidySqliteMigration(orm: Orm, file: string): Promise<boolean> {
  // The migration file quotes identifiers as \` inside template literals.
  const quoted = (name: string) => '\\`' + name + '\\`';
  const live = new Map<string, string>();
  const rows = await orm.em.getConnection().execute<{ name: string; sql: string }[]>(`select name, sql from sqlite_master where type = 'table' and sql is not null`);
  for (const r of rows) live.set(r.name, normalise(r.sql));
  const source = fs.readFileSync(file, 'utf8');
  // Only `up` is tidied: in `down` a rebuild back to the live shape is the real revert.
  const downAt = source.indexOf('override async down');
  const [upSource, downSource] = downAt === -1 ? [source, ''] : [source.slice(0, downAt), source.slice(downAt)];
  const noop = new Set<string>();
  for (const m of upSource.matchAll(/create table \\`(\w+)__temp_alter\\` (.*?);`\);/g)) {
    const table = m[1]!;
    if (live.get(table) === normalise('create table ' + quoted(table) + ' ' + m[2]!)) noop.add(table);
  }
  const seen = new Set<string>();
  const keptUp = upSource.split('\n').filter((line) => {
    for (const t of noop) {
      if (line.includes(quoted(`${t}__temp_alter`)) || line.includes('drop table ' + quoted(t))) return false;
      if (/create (unique )?index/.test(line) && line.includes(' on ' + quoted(t))) return false;
    }
    if (/create (unique )?index/.test(line)) {
      if (seen.has(line.trim())) return false;
      seen.add(line.trim());
    }
    return true;
  });
  const up = keptUp.join('\n');
  // MikroORM glues statements to its pragma toggles (`pragma foreign_keys = on;alter table …`).
  const hasWork = [...up.matchAll(/this\.addSql\(`(.*)`\);/g)].some((m) => m[1]!.replace(/pragma foreign_keys = (on|off);/g, '').trim() !== '');
  if (hasWork) fs.writeFileSync(file, up + downSource);
  return hasWork;
}

function normalise(sql: string): string {
  return sql.replace(/\\`/g, '`').replace(/\s+/g, ' ').trim().toLowerCase();
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
