import { defineConfig } from 'vitest/config';
import { nodeTestDefaults, swcPlugin } from '@stationhub/vitest-config';

// The same e2e files run once per dialect; TEST_DB tells the harness which database to
// create for each file. Lifecycle spawns the built server, so it runs once.
const e2e = ['test/e2e/**/*.e2e.test.ts'];
const once = ['test/e2e/lifecycle.e2e.test.ts'];

export default defineConfig({
  plugins: [swcPlugin()],
  // graphql ships CommonJS and ESM builds; Node loads the CommonJS one for Apollo and
  // type-graphql, so the sources must get that copy too or `instanceof GraphQLError` fails.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    ...nodeTestDefaults,
    globals: true,
    env: { NODE_ENV: 'test' },
    setupFiles: ['test/setup.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/__tests__/**/*.test.ts', 'test/*.test.ts'] } },
      { extends: true, test: { name: 'sqlite', include: e2e, exclude: once, env: { TEST_DB: 'sqlite' } } },
      { extends: true, test: { name: 'postgres', include: e2e, exclude: once, env: { TEST_DB: 'postgresql' } } },
      { extends: true, test: { name: 'lifecycle', include: once, globalSetup: ['test/global-build.ts'], env: { TEST_DB: 'sqlite' } } },
    ],
  },
});
