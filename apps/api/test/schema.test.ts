import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { getMetadataStorage } from 'type-graphql';
import { buildAppSchema } from '../src/schema';
import { schemaFile, schemaSdl } from '../src/scripts/emit-schema';
import { ruleOf } from '../src/common/auth/allow';
import { dbTarget, migrate, openOrm } from '../src/db/orm';
import { createTestDb, withTestOrm } from './harness/db';

/** Guards that need no server: declared rules, generated files, migrations. */

describe('DESIGN rule 6: every root field declares who may call it', () => {
  it('each query, mutation and subscription carries an @Allow rule, and the list covers the built schema', () => {
    const schema = buildAppSchema();
    const storage = getMetadataStorage();
    const declared = new Map<string, string>();
    const missing: string[] = [];
    for (const [type, list] of [
      ['Query', storage.queries],
      ['Mutation', storage.mutations],
      ['Subscription', storage.subscriptions],
    ] as const) {
      for (const field of list) {
        const rule = (field.middlewares ?? []).map(ruleOf).find(Boolean);
        if (rule) declared.set(`${type}.${field.schemaName}`, rule.kind);
        else missing.push(`${type}.${field.schemaName}`);
      }
    }
    expect(missing, 'root fields without @Allow').toEqual([]);
    const inSchema = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
      type ? Object.keys(type.getFields()).map((name) => `${type.name}.${name}`) : [],
    );
    expect(inSchema.length).toBeGreaterThan(20);
    expect(inSchema.filter((f) => !declared.has(f)), 'schema fields the check did not see').toEqual([]);
  });

  it('public fields are exactly the sign-in ones and the survey page’s two (R-SAT-1)', () => {
    buildAppSchema();
    const storage = getMetadataStorage();
    const publicFields = [...storage.queries, ...storage.mutations]
      .filter((f) => (f.middlewares ?? []).map(ruleOf).some((r) => r?.kind === 'public'))
      .map((f) => f.schemaName)
      .sort();
    expect(publicFields).toEqual(['login', 'logout', 'refreshSession', 'submitSurveyResponse', 'surveyInvitation']);
  });
});

const schemaPkg = path.dirname(schemaFile);
const typesFile = path.join(schemaPkg, 'generated', 'types.ts');

/** The part of @graphql-codegen/cli used here (it is the schema package's dependency). */
interface CodegenCli {
  loadCodegenConfig(options: { configFilePath: string }): Promise<{ config: Record<string, unknown> } | undefined>;
  generate(config: Record<string, unknown>, saveToFile: boolean): Promise<unknown>;
}

/** Runs the schema package's own codegen config on `sdl`, in memory. */
async function codegenTypes(sdl: string): Promise<string> {
  const req = createRequire(path.join(schemaPkg, 'package.json'));
  const cli = req('@graphql-codegen/cli') as CodegenCli;
  const { config } = (await cli.loadCodegenConfig({ configFilePath: path.join(schemaPkg, 'codegen.yml') }))!;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sh-codegen-'));
  try {
    fs.writeFileSync(path.join(dir, 'schema.graphql'), sdl);
    const outputs = await cli.generate(
      { ...config, schema: path.join(dir, 'schema.graphql'), cwd: schemaPkg, silent: true, pluginLoader: (name: string) => req(name) },
      false,
    );
    const out = (outputs as { filename: string; content: string }[]).find((o) => o.filename.endsWith('generated/types.ts'));
    if (!out) throw new Error('codegen produced no generated/types.ts');
    return out.content;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** What CI checks: the committed SDL is the emitted one, and the committed types come from it. */
async function generatedDrift(emitted: string): Promise<string[]> {
  const drift: string[] = [];
  const committedSdl = fs.readFileSync(schemaFile, 'utf8');
  if (emitted !== committedSdl) drift.push('packages/schema/schema.graphql');
  if ((await codegenTypes(emitted)) !== fs.readFileSync(typesFile, 'utf8')) drift.push('packages/schema/generated/types.ts');
  return drift;
}

describe('DESIGN rule 12: generated files are current', () => {
  it('the emitted SDL and the generated types match the committed files byte for byte', async () => {
    expect(await generatedDrift(schemaSdl()), 'run `pnpm generate` in apps/api and packages/schema').toEqual([]);
  });

  it('the check fires on a changed schema', async () => {
    const changed = schemaSdl().replace('type Absence {', 'type Absence {\n  note: String\n');
    expect(changed).not.toBe(schemaSdl());
    expect(await generatedDrift(changed)).toEqual(['packages/schema/schema.graphql', 'packages/schema/generated/types.ts']);
  });
});

describe('DESIGN rule 11: migrations match the entities', () => {
  it('postgresql: a freshly migrated database needs no further change', () =>
    withTestOrm('postgresql', async (orm) => {
      await migrate(orm);
      const diff = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
      expect(diff.trim(), 'postgresql: entities and migrations drifted; run migration:create').toBe('');
    }));

  // MikroORM 6 reads SQLite enum checks back without the values that contain an
  // underscore (API_KEY, ON_LEAVE, …), so its diff always reports changes there. Instead
  // compare the migrated schema with one created straight from the entities.
  it('sqlite: the migrated schema equals the schema built from the entities', async () => {
    const migrated = await createTestDb('sqlite');
    const fresh = await createTestDb('sqlite');
    const a = await openOrm(dbTarget(undefined, migrated.dataDir));
    const b = await openOrm(dbTarget(undefined, fresh.dataDir));
    try {
      await migrate(a);
      // createSchema() emits an index twice when both @Index() and the FK ask for it; the
      // migration generator already drops the repeat, so do the same here.
      const statements = (await b.getSchemaGenerator().getCreateSchemaSQL({ wrap: false })).split(/;\s*\n/).map((x) => x.trim()).filter(Boolean);
      for (const sql of new Set(statements)) await b.em.getConnection().execute(sql);
      expect(await sqliteSchema(a), 'sqlite: entities and migrations drifted; run migration:create').toEqual(await sqliteSchema(b));
    } finally {
      await a.close(true);
      await b.close(true);
      await migrated.drop();
      await fresh.drop();
    }
  });

  it('sqlite: the comparison notices a missing column', () =>
    withTestOrm('sqlite', async (orm) => {
      await migrate(orm);
      const before = await sqliteSchema(orm);
      await orm.em.getConnection().execute('alter table employee add column nickname text null');
      expect(await sqliteSchema(orm)).not.toEqual(before);
    }));
});

async function sqliteSchema(orm: Awaited<ReturnType<typeof openOrm>>): Promise<Record<string, string>> {
  const rows = await orm.em
    .getConnection()
    .execute<{ name: string; sql: string }[]>(`select name, sql from sqlite_master where sql is not null and type != 'trigger' and name not like 'mikro_orm_migrations%' and name not like 'sqlite_%' order by name`);
  return Object.fromEntries(rows.map((r) => [r.name, r.sql.replace(/\s+/g, ' ').replace(/^create (table|unique index|index)/i, (m) => m.toLowerCase()).trim()]));
}
