import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = import.meta.dirname;

// Vendor groups that change at different rates get their own long-cached chunk. Anything
// only a lazy route needs (pro-table, pro-form, GraphiQL) stays out of the SPA's first load.
const vendorGroups = [
  { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
  // Apollo's WebSocket link stays with graphql-ws, in the chunk the first subscription loads.
  { name: 'apollo', test: /[\\/]node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism)[\\/](?!client[\\/]link[\\/]subscriptions[\\/])/ },
];

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      input: {
        main: resolve(root, 'index.html'),
        graphiql: resolve(root, 'graphiql.html'),
      },
      output: {
        codeSplitting: { groups: vendorGroups },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      // ws: subscriptions (graphql-ws) share the path with queries.
      '/graphql': { target: 'http://127.0.0.1:3000', changeOrigin: false, ws: true },
    },
  },
});
