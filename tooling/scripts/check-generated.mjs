#!/usr/bin/env node
// Regenerates the schema, the shared types and the admin's typed documents, and fails when
// any committed generated file differs: schema first, generated after (DESIGN rule 12).
import { execSync } from 'node:child_process';

const paths = ['packages/schema/schema.graphql', 'packages/schema/generated', 'apps/admin/src/gql'];
execSync('turbo run generate --output-logs=errors-only', { stdio: 'inherit' });
const diff = execSync(`git status --porcelain -- ${paths.join(' ')}`, { encoding: 'utf8' }).trim();
if (diff) {
  process.stderr.write(`Generated files are stale; run \`pnpm generate\` and commit:\n${diff}\n`);
  process.exit(1);
}
process.stdout.write('generated files are up to date\n');
