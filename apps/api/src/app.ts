import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';
import type { Orm } from './db/orm';
import { loadConfig, type Config } from './config';
import { createLogger, type Logger } from './logger';
import { dbTarget, migrate, openOrm } from './db/orm';
import { buildAppSchema } from './schema';
import { createServices, type Services } from './services';
import { createApollo, createFastQuery } from './server/apollo';
import { createHttpServer, type AppServer } from './server/http';
import { TokenSigner } from './common/auth/tokens';
import { AppSetting } from './modules/access/session.entity';
import { ensureRoles } from './seed/roles';
import { bootstrapAdmin } from './seed/bootstrap-admin';
import { Scheduler } from './jobs/scheduler';
import { attachSubscriptions } from './server/subscriptions';
import { PgEventRelay } from './server/event-relay';
import { LogTransport } from './modules/notifications';

export interface App {
  config: Config;
  log: Logger;
  orm: Orm;
  services: Services;
  http: AppServer;
  scheduler: Scheduler;
  /** The URL the server listens on, once started. */
  url: string;
  start(): Promise<string>;
  stop(): Promise<void>;
}

export interface AppOptions {
  config?: Partial<Config>;
  now?: () => Date;
  /** Runs after migrations, before serving (the demo seed, or a test's fixture). */
  seed?: (em: EntityManager, services: Services, config: Config) => Promise<void>;
}

/** Migrates, seeds the regime's roles, and wires the HTTP server; `start()` listens. */
export async function createApp(options: AppOptions = {}): Promise<App> {
  const config = loadConfig(options.config);
  const log = createLogger(config.logLevel);
  // MikroORM's own messages (the migrator's progress) go through pino too, so production
  // stdout stays JSON lines.
  const target = dbTarget(config.databaseUrl, config.dataDir);
  const orm = await openOrm(target, { logger: (message: string) => log.debug({ orm: message }), colors: false });
  const applied = await migrate(orm);
  if (applied.length) log.info({ migrations: applied }, 'migrations applied');
  const em = orm.em.fork();
  await ensureRoles(em);
  const signer = new TokenSigner(config.authSecret ?? (await sharedSecret(em)));
  const services = createServices(config, signer);
  services.notifications.useTransport(new LogTransport(log));
  await services.definitions.ensureDefaults(orm.em.fork());
  await services.sla.ensureDefaults(orm.em.fork());
  await services.surveyTemplates.ensureDefaults(orm.em.fork());
  if (options.seed) await options.seed(orm.em.fork(), services, config);
  if (await bootstrapAdmin(orm.em.fork(), config.adminEmail, config.adminPassword)) log.info('first administrator created from ADMIN_EMAIL');
  const now = options.now ?? (() => new Date());
  await services.orgUnits.snapshots.warm(orm.em.fork());
  const schema = buildAppSchema();
  const apollo = createApollo(schema, config, log);
  await apollo.start();
  const http = createHttpServer({ orm, services, config, log, now }, apollo, createFastQuery(schema, config, log));
  const scheduler = new Scheduler({ orm, services, config, log, now });
  const subscriptions = attachSubscriptions(http.server, schema, { orm, services, config, log, now });
  const relay = target.dialect === 'postgresql' ? PgEventRelay.forOrm(orm, log) : null;
  await relay?.start();
  const app: App = {
    config,
    log,
    orm,
    services,
    http,
    scheduler,
    url: '',
    start: () =>
      new Promise((resolve, reject) => {
        http.server.once('error', reject);
        http.server.listen(config.port, config.host, () => {
          const addr = http.server.address();
          const port = typeof addr === 'object' && addr ? addr.port : config.port;
          const host = config.host.includes(':') ? `[${config.host}]` : config.host;
          app.url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
          if (config.jobs) scheduler.start();
          resolve(app.url);
        });
      }),
    async stop() {
      await relay?.stop();
      await subscriptions.close();
      await http.drain();
      await scheduler.stop();
      await orm.close(true);
    },
  };
  return app;
}

/**
 * The token-signing key when AUTH_SECRET is unset: generated once and kept in the database,
 * so every replica signs and verifies with the same key.
 */
async function sharedSecret(em: EntityManager): Promise<string> {
  const found = await em.findOne(AppSetting, { key: 'auth_secret' });
  if (found) return found.value;
  const value = randomBytes(32).toString('base64url');
  try {
    await em.insert(AppSetting, { key: 'auth_secret', value });
    return value;
  } catch {
    // Another replica created it first.
    return (await em.fork().findOneOrFail(AppSetting, { key: 'auth_secret' })).value;
  }
}
