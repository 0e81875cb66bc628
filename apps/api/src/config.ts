import path from 'node:path';

/** Every setting the API reads from the environment; the README lists them all. */
export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  logLevel: string;
  /** HMAC key for access tokens; when unset, a key generated once and kept in the database is used. */
  authSecret: string | undefined;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  introspection: boolean;
  seedDemo: boolean;
  adminDist: string;
  shutdownTimeoutMs: number;
  trustProxy: boolean;
  /** Exposes the SQL statement count of each request in a response header (tests, bench). */
  countStatements: boolean;
  loginMaxFailures: number;
  loginLockSeconds: number;
  /** How long a replica trusts an API key it has checked; a revocation reaches other replicas within this. */
  apiKeyCacheSeconds: number;
  /** First administrator, created only on a database without users. */
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  /** The company's time zone: business days, birthday months and monthly reports follow it. */
  timeZone: string;
  /** Runs scheduled jobs (tier re-evaluation, points expiry) in this process. */
  jobs: boolean;
  /** Where customers reach this server from outside: survey links are `<publicUrl>/s/<token>`. */
  publicUrl: string;
}

function int(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return n;
}

function bool(name: string, fallback: boolean): boolean {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

function timeZone(name: string): string {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: name });
  } catch {
    throw new Error(`TIME_ZONE must be an IANA zone such as Asia/Shanghai or Asia/Taipei, got "${name}"`);
  }
  return name;
}

function publicUrl(raw: string | undefined, host: string, port: number): string {
  if (raw) {
    if (!/^https?:\/\/[^/]+/.test(raw)) throw new Error(`PUBLIC_URL must be an http(s) URL such as https://service.example.com, got "${raw}"`);
    return raw.replace(/\/+$/, '');
  }
  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}

export function loadConfig(overrides: Partial<Config> = {}): Config {
  const nodeEnv = process.env.NODE_ENV;
  const env: Config['env'] = nodeEnv === 'production' || nodeEnv === 'test' ? nodeEnv : 'development';
  const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(process.cwd(), 'data'));
  const port = int('PORT', 3000);
  const host = process.env.HOST ?? '127.0.0.1';
  return {
    env,
    port,
    host,
    databaseUrl: process.env.DATABASE_URL || undefined,
    dataDir,
    logLevel: process.env.LOG_LEVEL ?? (env === 'test' ? 'silent' : 'info'),
    authSecret: process.env.AUTH_SECRET || undefined,
    accessTokenTtlSeconds: int('ACCESS_TOKEN_TTL', 900),
    refreshTokenTtlSeconds: int('REFRESH_TOKEN_TTL', 30 * 24 * 3600),
    introspection: bool('GRAPHQL_INTROSPECTION', env !== 'production'),
    // A production database gets no demo company (and no demo passwords) unless asked.
    seedDemo: bool('SEED_DEMO', env !== 'production'),
    adminDist: path.resolve(process.env.ADMIN_DIST ?? path.join(__dirname, '..', '..', 'admin', 'dist')),
    shutdownTimeoutMs: int('SHUTDOWN_TIMEOUT_MS', 10_000),
    trustProxy: bool('TRUST_PROXY', false),
    countStatements: bool('COUNT_SQL_STATEMENTS', env === 'test'),
    loginMaxFailures: int('LOGIN_MAX_FAILURES', 5),
    loginLockSeconds: int('LOGIN_LOCK_SECONDS', 900),
    apiKeyCacheSeconds: int('API_KEY_CACHE_SECONDS', 10),
    adminEmail: process.env.ADMIN_EMAIL || undefined,
    adminPassword: process.env.ADMIN_PASSWORD || undefined,
    timeZone: timeZone(process.env.TIME_ZONE ?? 'Asia/Shanghai'),
    jobs: bool('RUN_JOBS', env !== 'test'),
    publicUrl: publicUrl(process.env.PUBLIC_URL, host, port),
    ...overrides,
  };
}
