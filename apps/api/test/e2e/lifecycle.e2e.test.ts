import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { demoLogins } from '../../src/seed/demo';
import { dbTarget, migrate, openOrm, pendingMigrations } from '../../src/db/orm';

/**
 * The built server as operators run it (`node dist/main.js`, NODE_ENV=production): graceful
 * shutdown, JSON logs without secrets, and data surviving a restart. dist is rebuilt by
 * test/global-build.ts when a source file is newer.
 */

const root = path.resolve(__dirname, '..', '..');

interface Server {
  child: ChildProcessWithoutNullStreams;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

async function startServer(dataDir: string): Promise<Server> {
  const child = spawn(process.execPath, ['dist/main.js'], {
    cwd: root,
    env: { PATH: process.env.PATH, NODE_ENV: 'production', SEED_DEMO: 'true', DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', SHUTDOWN_TIMEOUT_MS: '5000', LOG_LEVEL: 'info' },
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const line = out.split('\n').find((l) => l.includes('"msg":"listening"'));
      if (line) {
        clearInterval(timer);
        resolve((JSON.parse(line) as { url: string }).url);
      }
    }, 25);
    void exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`server exited with ${code} before listening:\n${out}`));
    });
  });
  return { child, url, output: () => out, exited };
}

async function gql(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: (await res.json()) as any, headers: res.headers };
}

const admin = demoLogins.users.find((u) => u.role === 'system_admin')!.email;
const secrets = { email: 'zhao.lifecycle@example.cn', phone: '+86 135 7777 8888' };

describe('the built server', () => {
  let dataDir: string;
  let server: Server;
  let token = '';
  let refreshCookie = '';

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sh-life-'));
    server = await startServer(dataDir);
    // The first start seeds the whole demo station (customers, purchases, documents, cases).
  }, 180_000);
  afterAll(() => {
    if (server?.child.exitCode === null) server.child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves sign-in and writes with the demo data', async () => {
    const login = await gql(server.url, 'mutation L($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email: admin, password: demoLogins.password } });
    token = login.body.data.login.accessToken;
    refreshCookie = login.headers.getSetCookie().find((c) => c.startsWith('sh_refresh='))!.split(';')[0]!;
    const refreshed = await gql(server.url, 'mutation { refreshSession { accessToken } }', {}, { cookie: refreshCookie });
    expect(refreshed.body.data.refreshSession.accessToken).toBeTruthy();

    const units = await gql(server.url, '{ positions { id unit { id } } }', {}, { authorization: `Bearer ${token}` });
    const p = units.body.data.positions[0];
    const created = await gql(
      server.url,
      'mutation C($input: CreateEmployeeInput!) { createEmployee(input: $input) { id } }',
      { input: { employeeNo: 'LIFE-1', name: '趙生命', email: secrets.email, phone: secrets.phone, unitId: p.unit.id, positionId: p.id, hireDate: '2026-01-05' } },
      { authorization: `Bearer ${token}` },
    );
    expect(created.body.errors).toBeUndefined();
    const search = await gql(server.url, 'query S($s: String) { employees(search: $s) { totalCount } }', { s: secrets.email }, { authorization: `Bearer ${token}` });
    expect(search.status).toBe(200);
  });

  it('on SIGTERM finishes the request in flight, answers /readyz 503 while draining, and exits 0', async () => {
    const { port } = new URL(server.url);
    const socket = net.connect(Number(port), '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    let received = '';
    socket.on('data', (c) => (received += c.toString()));
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    const body = JSON.stringify({ query: '{ me { name } }' });
    const half = Math.floor(body.length / 2);
    // The request is in flight: its headers are in, its body is still arriving.
    socket.write(`POST /graphql HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\nauthorization: Bearer ${token}\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, half)}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
    const signalledAt = Date.now();
    server.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    socket.write(`${body.slice(half)}GET /readyz HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n`);
    const code = await server.exited;
    await closed;
    expect(code).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThan(5_000);
    // The probe rode the same connection, so it reached the draining server.
    const statuses = [...received.matchAll(/^HTTP\/1\.1 (\d{3})/gm)].map((m) => Number(m[1]));
    expect(statuses).toEqual([200, 503]);
    expect(received).toContain('"name":"系統管理員"');
    expect(server.output()).toMatch(/"msg":"stopped"/);
  });

  it('logs JSON lines with request ids and without secrets', () => {
    // The start-up banner for people at a terminal is the only plain text.
    const lines = server
      .output()
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('  '));
    const entries = lines.map((l) => {
      try {
        return JSON.parse(l) as Record<string, unknown>;
      } catch {
        throw new Error(`not a JSON log line: ${l}`);
      }
    });
    const requests = entries.filter((e) => e.msg === 'request');
    expect(requests.length).toBeGreaterThanOrEqual(5);
    for (const r of requests) expect(r.requestId).toEqual(expect.any(String));
    // The banner prints the public demo password on purpose; the log records must not.
    const text = lines.join('\n');
    for (const [what, secret] of [
      ['password', demoLogins.password],
      ['access token', token],
      ['refresh cookie', refreshCookie.split('=')[1]!],
      ['employee email', secrets.email],
      ['employee phone', secrets.phone],
    ]) {
      expect(text.includes(secret!), `the logs contain the ${what}`).toBe(false);
    }
  });

  it('a restart on the same data keeps every row and applies nothing new', async () => {
    const again = await startServer(dataDir);
    try {
      const login = await gql(again.url, 'mutation L($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email: admin, password: demoLogins.password } });
      const t2 = login.body.data.login.accessToken;
      const r = await gql(again.url, '{ employees(search: "LIFE-1") { nodes { name } } }', {}, { authorization: `Bearer ${t2}` });
      expect(r.body.data.employees.nodes).toEqual([{ name: '趙生命' }]);
      expect(again.output()).not.toMatch(/migrations applied/);
    } finally {
      again.child.kill('SIGTERM');
      expect(await again.exited).toBe(0);
    }
  });
});

describe('upgrading', () => {
  it('re-running migrate keeps the data', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sh-upgrade-'));
    const target = dbTarget(undefined, dir);
    try {
      let orm = await openOrm(target);
      expect((await migrate(orm)).length).toBeGreaterThan(0);
      await orm.em.getConnection().execute(`insert into app_setting (key, value) values ('upgrade_probe', '保留')`);
      await orm.close(true);
      orm = await openOrm(target);
      expect(await migrate(orm)).toEqual([]);
      expect(await pendingMigrations(orm)).toEqual([]);
      const rows = await orm.em.getConnection().execute<{ value: string }[]>(`select value from app_setting where key = 'upgrade_probe'`);
      expect(rows).toEqual([{ value: '保留' }]);
      await orm.close(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
