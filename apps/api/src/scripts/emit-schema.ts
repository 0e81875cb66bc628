import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildAppSchema } from '../schema';

/** The schema as SDL, sorted so that emitting it twice gives the same bytes. */
export function schemaSdl(): string {
  return printSchema(lexicographicSortSchema(buildAppSchema())) + '\n';
}

export const schemaFile = path.resolve(__dirname, '..', '..', '..', '..', 'packages', 'schema', 'schema.graphql');

if (require.main === module) {
  fs.writeFileSync(schemaFile, schemaSdl());
  process.stdout.write(`wrote ${schemaFile}\n`);
}
