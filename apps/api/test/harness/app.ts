import { randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';
import { createApp, type App } from '../../src/app';
import type { Config } from '../../src/config';
import { createTestDb, type TestDb } from './db';

export interface GqlOptions {
  token?: string;
  apiKey?: string;
  /** Sent as `x-api-key` instead of `Authorization: ApiKey …`. */
  apiKeyHeader?: 'authorization' | 'x-api-key';
  cookie?: string;
  headers?: Record<string, string>;
}

export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; issues?: { field: string; message: string; code: string }[]; [k: string]: unknown };
}

export interface GqlResult<T = any> {
  status: number;
  body: { data?: T | null; errors?: GqlError[] };
  headers: Headers;
  /** SQL statements the request ran (the x-sql-statements header). */
  statements: number;
  requestId: string;
  /** The refresh cookie the response set, if any (`sh_refresh=…`). */
  setCookie: string | null;
}

/** A clock tests can move: the app reads it for token expiry, lock-outs and audit times. */
export class TestClock {
  offsetMs = 0;
  /** When set, time stands still there (plus what `advance` adds), so due times compare exactly. */
  private fixedAt: number | null = null;
  readonly now = (): Date => new Date((this.fixedAt ?? Date.now()) + this.offsetMs);
  advance(seconds: number): void {
    this.offsetMs += seconds * 1000;
  }
  set(at: Date): void {
    this.fixedAt = at.getTime();
    this.offsetMs = 0;
  }
}

export interface TestApp<T> {
  app: App;
  url: string;
  db: TestDb;
  clock: TestClock;
  data: T;
  gql<R = any>(query: string, variables?: Record<string, unknown>, options?: GqlOptions): Promise<GqlResult<R>>;
  login(email: string, password?: string): Promise<{ token: string; cookie: string }>;
  /** A request-free EntityManager for arranging and inspecting rows. */
  em(): EntityManager;
  close(): Promise<void>;
}

export const TEST_PASSWORD = 'Test-2026-station';

/**
 * Starts the real app in-process on its own database and an ephemeral port; tests talk to
 * it over HTTP like any client. `seed` builds the file's fixture before serving.
 */
export async function startApp<T = undefined>(
  options: { seed?: (em: EntityManager) => Promise<T>; config?: Partial<Config> } = {},
): Promise<TestApp<T>> {
  const db = await createTestDb();
  const clock = new TestClock();
  let data = undefined as T;
  let app: App;
  try {
    app = await createApp({
      config: {
        env: 'test',
        port: 0,
        host: '127.0.0.1',
        databaseUrl: db.databaseUrl,
        dataDir: db.dataDir,
        logLevel: process.env.TEST_LOG_LEVEL ?? 'silent',
        authSecret: 'test-secret-do-not-use-anywhere-else',
        countStatements: true,
        seedDemo: false,
        // Each login comes from its own address, so the per-address throttle stays out of
        // tests that are not about it.
        trustProxy: true,
        ...options.config,
      },
      now: clock.now,
      seed: async (em) => {
        if (options.seed) data = await options.seed(em);
      },
    });
  } catch (error) {
    await db.drop();
    throw error;
  }
  const url = await app.start();

  async function gql<R>(query: string, variables?: Record<string, unknown>, o: GqlOptions = {}): Promise<GqlResult<R>> {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...o.headers };
    if (o.token) headers.authorization = `Bearer ${o.token}`;
    if (o.apiKey) {
      if (o.apiKeyHeader === 'x-api-key') headers['x-api-key'] = o.apiKey;
      else headers.authorization = `ApiKey ${o.apiKey}`;
    }
    if (o.cookie) headers.cookie = o.cookie;
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const text = await res.text();
    let body: GqlResult<R>['body'];
    try {
      body = JSON.parse(text) as GqlResult<R>['body'];
    } catch {
      throw new Error(`non-JSON response ${res.status}: ${text.slice(0, 300)}`);
    }
    const refresh = res.headers.getSetCookie().find((c) => c.startsWith('sh_refresh='));
    return {
      status: res.status,
      body,
      headers: res.headers,
      statements: Number(res.headers.get('x-sql-statements') ?? NaN),
      requestId: res.headers.get('x-request-id') ?? '',
      setCookie: refresh ? refresh.split(';')[0]! : null,
    };
  }

  async function login(email: string, password = TEST_PASSWORD) {
    const r = await gql<{ login: { accessToken: string } }>(LOGIN, { input: { email, password } }, { headers: { 'x-forwarded-for': randomIp() } });
    if (!r.body.data?.login) throw new Error(`login ${email} failed: ${JSON.stringify(r.body.errors)}`);
    return { token: r.body.data.login.accessToken, cookie: r.setCookie! };
  }

  return {
    app,
    url,
    db,
    clock,
    data,
    gql,
    login,
    em: () => app.orm.em.fork(),
    async close() {
      try {
        // A test may have drained the server already.
        if (app.http.isDraining()) await app.orm.close(true);
        else await app.stop();
      } finally {
        await db.drop();
      }
    },
  };
}

export const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      accessTokenExpiresAt
      user {
        id
        email
      }
    }
  }
`;

export function randomIp(): string {
  return `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
}

/** The first error's code, for terse assertions. */
export function codeOf(r: GqlResult): string | undefined {
  return r.body.errors?.[0]?.extensions?.code;
}
