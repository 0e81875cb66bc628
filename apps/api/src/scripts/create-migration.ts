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

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
