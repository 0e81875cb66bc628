// The shared preset is plain ESM without types; this is the part the config uses.
declare module '@stationhub/vitest-config' {
  import type { Plugin } from 'vite';
  export function swcPlugin(): Plugin;
  export const nodeTestDefaults: {
    environment: 'node';
    testTimeout: number;
    hookTimeout: number;
    restoreMocks: boolean;
  };
}
