// Shared vitest presets. The API compiles with SWC because esbuild emits no decorator
// metadata, which type-graphql and MikroORM read.
import swc from 'unplugin-swc';

export function swcPlugin() {
  return swc.vite({
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
    },
    module: { type: 'es6' },
  });
}

/** Defaults for Node-side suites that talk to real databases. */
export const nodeTestDefaults = {
  environment: 'node',
  testTimeout: 30_000,
  hookTimeout: 60_000,
  restoreMocks: true,
};
