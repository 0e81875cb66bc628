import 'reflect-metadata';
import { createApp } from './app';
import { seedDemo, demoLogins } from './seed/demo';

async function main(): Promise<void> {
  const app = await createApp({
    seed: async (em, services, config) => {
      if (config.seedDemo) await seedDemo(em, services, config);
    },
  });
  const url = await app.start();
  app.log.info({ url }, 'listening');
  const banner = [
    '',
    `  Stationhub is running at ${url}`,
    `    admin console   ${url}/`,
    `    GraphQL         ${url}/graphql   (open it in a browser for GraphiQL)`,
    `    health          ${url}/healthz  ${url}/readyz`,
    '',
  ];
  if (app.config.seedDemo) {
    banner.push('  Demo logins (password for all: ' + demoLogins.password + '):');
    for (const l of demoLogins.users) banner.push(`    ${l.email.padEnd(36)} ${l.role}`);
    banner.push('');
  }
  process.stdout.write(banner.join('\n') + '\n');

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'draining');
    app
      .stop()
      .then(() => {
        app.log.info('stopped');
        process.exit(0);
      })
      .catch((err: unknown) => {
        app.log.error({ err }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  process.stderr.write(`Stationhub failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
