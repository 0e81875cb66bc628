import type { CodegenConfig } from '@graphql-codegen/cli';

// CI regenerates src/gql and fails on any diff, so nothing may reformat the output
// (no prettier hook) and the schema is the committed file, never a live endpoint.
const config: CodegenConfig = {
  schema: '../../packages/schema/schema.graphql',
  documents: ['src/**/*.operations.ts'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        onlyOperationTypes: true,
        scalars: {
          DateTimeISO: 'string',
          LocalDate: 'string',
          // Decimal strings ("1280.50"), never floats: sums of money must not drift.
          Money: 'string',
          JSONObject: 'Record<string, unknown>',
        },
      },
    },
  },
  hooks: {},
};

export default config;
