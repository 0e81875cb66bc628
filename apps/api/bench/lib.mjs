// What the bench scripts share: pinning the server and the load generator to separate cores,
// starting and stopping the built API, autocannon runs, PostgreSQL databases of their own,
// and the tables they print. Every script runs alone as well as from `pnpm bench`.
import { spawn, execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const require = createRequire(import.meta.url);
const autocannon = require('autocannon');

export const here = path.dirname(fileURLToPath(import.meta.url));
export const apiDir = path.join(here, '..');
export const quick = process.argv.includes('--quick');
export const duration = Number(process.env.BENCH_DURATION ?? (quick ? 2 : 6));
export const warmup = Number(process.env.BENCH_WARMUP ?? (quick ? 1 : 2));
export const pgAdminUrl = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const twoCores = os.cpus().length >= 2 && fs.existsSync('/usr/bin/taskset');
export const placement = twoCores ? 'server on core 0, load on core 1' : 'one core shared';
const serverCpu = '0';
const loadCpu = '1';

/** The load generator (this process) on its own core, so it never competes with the server. */
export function pinLoadGenerator() {
  if (twoCores) execFileSync('taskset', ['-cp', loadCpu, String(process.pid)], { stdio: 'ignore' });
}

export const pin = (cmd, args) => (twoCores ? ['taskset', ['-c', serverCpu, cmd, ...args]] : [cmd, args]);
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function waitFor(url, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    await sleep(200);
  }
  throw new Error(`${url} did not come up`);
}

/** Resident memory now (VmRSS) or at its peak so far (VmHWM). */
export function rssMb(pid, field = 'VmRSS') {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024);
}

/** A Node script on the server's core; the IPC channel lets baselines say when they listen. */
export function start(script, env) {
  const [cmd, args] = pin(process.execPath, [script]);
  return spawn(cmd, args, { cwd: apiDir, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
}

/** The built API as production runs it, counting SQL statements per request. */
export function startApi({ port, dataDir, databaseUrl = '', env = {} }) {
  return start('dist/main.js', {
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    COUNT_SQL_STATEMENTS: 'true',
    ...env,
  });
}

/** Seeds a dialect's database, saying what it seeds and what it wrote. */
export async function seedLogged(dialect, what, seed) {
  process.stdout.write(`\n[${dialect}] seeding ${what}…\n`);
  const seeded = await seed();
  process.stdout.write(`[${dialect}] seeded in ${(seeded.seedMs / 1000).toFixed(1)} s: ${JSON.stringify(seeded.rows)}\n`);
  return seeded;
}

/**
 * The API on a seeded database, on a port of its own from `portBase`, once it is ready. The
 * scheduled jobs (tier evaluation, points expiry, escalations, the SLA sweep) are off: they
 * would change the data under the runs. The S0 baseline is measured beside it (`s0`).
 */
export async function serve({ dataDir, databaseUrl, portBase }) {
  const port = portBase + Math.floor(Math.random() * 300);
  const api = startApi({ port, dataDir, databaseUrl, env: { RUN_JOBS: 'false' } });
  try {
    await waitFor(`http://127.0.0.1:${port}/readyz`, 60_000);
    await sleep(300);
    return { api, url: `http://127.0.0.1:${port}/graphql`, s0: await measureS0(port + 1) };
  } catch (err) {
    await stop(api);
    throw err;
  }
}

export function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  return exited;
}

/**
 * One autocannon run of POSTs: a fixed `body`, or per request the document `query` with the
 * variables `next()` gives (so a run is spread over many rows, and each mutation can carry its
 * own key), sent with the headers `as()` gives when callers differ per request. Responses
 * carrying GraphQL errors are counted by their code; the others go to `onBody`. With
 * `amount` the run ends after that many requests instead of after `seconds`.
 */
export function load({ url, body, query, next, as, onBody, headers = {}, connections, seconds, amount }) {
  const errors = {};
  let okCount = 0;
  const requests = body
    ? undefined
    : [
        {
          setupRequest: (req) => ({ ...req, ...(as ? { headers: { ...req.headers, ...as() } } : {}), body: JSON.stringify(typeof query === 'string' ? { query, variables: next() } : query) }),
          onResponse: (status, text) => {
            if (!text.includes('"errors"')) {
              okCount++;
              return void onBody?.(text);
            }
            const code = /"code":"([A-Z_]+)"/.exec(text)?.[1] ?? `HTTP_${status}`;
            const reason = /"reason":"([A-Z_]+)"/.exec(text)?.[1];
            const key = reason ? `${code}:${reason}` : code;
            errors[key] = (errors[key] ?? 0) + 1;
          },
        },
      ];
  return new Promise((resolve, reject) => {
    autocannon(
      { url, method: 'POST', headers: { 'content-type': 'application/json', ...headers }, connections, pipelining: 1, ...(amount ? { amount } : { duration: seconds }), ...(body ? { body: JSON.stringify(body) } : { requests }) },
      (err, result) => (err ? reject(err) : resolve({ result, okCount, errors })),
    );
  });
}

export async function gql(url, query, variables, headers = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = await res.json();
  return { body, statements: res.headers.get('x-sql-statements'), status: res.status };
}

export async function ok(url, query, variables, headers) {
  const r = await gql(url, query, variables, headers);
  if (r.body.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(r.body.errors).slice(0, 400)}`);
  return r;
}

export async function login(url, email, password) {
  const r = await ok(url, 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }', { i: { email, password } });
  return { authorization: `Bearer ${r.body.data.login.accessToken}` };
}

/**
 * A warmed-up run of one scenario. `query` is a document whose variables `next()` gives per
 * request, or a whole request body; `target` is kept with the row for the checks.
 */
export async function measure(name, url, query, next, headers, connections, target) {
  if (warmup > 0) await load({ url, query, next, headers, connections, seconds: warmup });
  // After the warm-up, so a first request's cache fills (an API key's lookup) are not counted.
  const probe = typeof query === 'string' ? await gql(url, query, next(), headers) : await gql(url, query.query, {}, headers);
  if (probe.body.errors) throw new Error(`${name}: ${JSON.stringify(probe.body.errors).slice(0, 400)}`);
  const { result: r, okCount, errors } = await load({ url, query, next, headers, connections, seconds: duration });
  if (r.non2xx || r.errors) throw new Error(`${name}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  process.stdout.write(`  ${name}: ${Math.round(r.requests.average)} req/s, p99 ${r.latency.p99} ms${Object.keys(errors).length ? `, errors ${JSON.stringify(errors)}` : ''}\n`);
  return {
    name,
    connections,
    rps: r.requests.average,
    okRps: okCount / duration,
    errors,
    p50: r.latency.p50,
    p99: r.latency.p99,
    statements: probe.statements === null ? '-' : Number(probe.statements),
    target,
  };
}

/**
 * The baseline of run.mjs, measured beside each dialect, so figures from other machines (or
 * from a busy one) compare as ratios.
 */
export async function measureS0(port) {
  const s0 = start(path.join(here, 's0.cjs'), { PORT: String(port) });
  try {
    await new Promise((r) => s0.once('message', r));
    return await measure('S0 { hello } (bare graphql-js handler)', `http://127.0.0.1:${port}/graphql`, { query: '{ hello }' }, () => ({}), {}, 10, {});
  } finally {
    await stop(s0);
  }
}

/** Samples a process's resident memory while `work` runs: its value, the time, RSS at start and peak. */
export async function sampleRss(pid, work) {
  const rssStart = rssMb(pid);
  let rssPeak = rssStart;
  const sampler = setInterval(() => {
    try {
      rssPeak = Math.max(rssPeak, rssMb(pid));
    } catch {
      /* exited */
    }
  }, 50);
  const started = Date.now();
  try {
    const value = await work();
    return { value, ms: Date.now() - started, rssStart, rssPeak };
  } finally {
    clearInterval(sampler);
  }
}

/**
 * One dialect's run: its own database, seeded (`seed` gets the data directory and database
 * URL), the API served on it beside the S0 baseline, then `scenario`, which adds rows and notes
 * (it may stop the server itself to check the data after).
 */
export function benchDialect(dialect, { name, what, seed, portBase }, scenario) {
  return withBenchDatabase(dialect, name, async (db) => {
    const rows = [];
    const notes = {};
    notes.seed = await seedLogged(dialect, what, () => seed(db));
    const { api, url, s0 } = await serve({ ...db, portBase });
    rows.push(s0);
    try {
      await scenario({ ...db, api, url, seeded: notes.seed, rows, notes });
    } finally {
      await stop(api);
    }
    return { dialect, rows, notes };
  });
}

export const line = (cols, widths) => cols.map((c, i) => String(c).padEnd(widths[i] ?? 8)).join(' ');

/** The scenario table of one dialect, with each row's rate against the S0 row's. */
export function printRows(rows) {
  const widths = [52, 6, 8, 8, 7, 8, 8, 6, 8];
  const base = rows.find((r) => r.name.startsWith('S0'));
  process.stdout.write(line(['scenario', 'conns', 'req/s', 'ok/s', 'vs S0', 'p50 ms', 'p99 ms', 'SQL', 'errors'], widths) + '\n');
  for (const r of rows) {
    const errors = Object.entries(r.errors).map(([k, v]) => `${k} ${v}`).join(', ') || '–';
    const ratio = base && r !== base ? `${((r.okRps / base.rps) * 100).toFixed(1)}%` : '';
    process.stdout.write(line([r.name, r.connections, Math.round(r.rps), Math.round(r.okRps), ratio, r.p50, r.p99, r.statements, errors], widths) + '\n');
  }
}

export function printDialect(dialect, seed) {
  process.stdout.write(`\n## ${dialect}  (seed ${(seed.seedMs / 1000).toFixed(1)} s: ${Object.entries(seed.rows).map(([k, v]) => `${k} ${v.toLocaleString('en')}`).join(', ')})\n\n`);
}

export function printChecks(list) {
  process.stdout.write('\ntargets:\n');
  for (const [name, met, detail] of list) process.stdout.write(`  ${met ? 'met ' : 'MISS'}  ${name}: ${detail}\n`);
}

/**
 * A report of dialect runs: the title line, then per dialect its seed, its scenario table, the
 * lines `details` writes and the targets `checks` judges.
 */
export function reporter(title, details, checks) {
  return (results) => {
    process.stdout.write(`\n${title}; ${duration}s per run; ${placement}\n`);
    for (const res of results) {
      printDialect(res.dialect, res.notes.seed);
      printRows(res.rows);
      process.stdout.write(`\n${details(res)}`);
      printChecks(checks(res));
    }
  };
}

/** The PostgreSQL client the ORM uses, for the bench's own databases and its checks. */
export function pgClient(url) {
  const { Client } = require(require.resolve('pg', { paths: [path.dirname(require.resolve('@mikro-orm/postgresql'))] }));
  return new Client({ connectionString: url });
}

export async function pgQuery(url, sql, params) {
  const c = pgClient(url);
  await c.connect();
  try {
    return await c.query(sql, params);
  } finally {
    await c.end();
  }
}

export const pgAdmin = (sql) => pgQuery(pgAdminUrl, sql);

async function pgReachable() {
  try {
    await pgAdmin('select 1');
    return true;
  } catch (err) {
    process.stdout.write(`PostgreSQL at ${pgAdminUrl} unreachable (${err.message}); PostgreSQL runs skipped\n`);
    return false;
  }
}

/**
 * A data directory and, on PostgreSQL, a database of the bench's own (always named
 * sh_bench_…, so a shared server's other databases are never touched), both removed after.
 */
export async function withBenchDatabase(dialect, name, fn) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `stationhub-${name}-bench-`));
  const dbName = `sh_bench_${name}_${process.pid}`;
  let databaseUrl = '';
  if (dialect === 'postgresql') {
    await pgAdmin(`drop database if exists ${dbName}`);
    await pgAdmin(`create database ${dbName}`);
    const u = new URL(pgAdminUrl);
    u.pathname = `/${dbName}`;
    databaseUrl = u.toString();
  }
  try {
    return await fn({ dataDir, databaseUrl });
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
    // A child that failed may have left its session behind for a moment; FORCE ends it, so
    // the database goes and the first error stays the one reported.
    if (dialect === 'postgresql') await pgAdmin(`drop database if exists ${dbName} with (force)`);
  }
}

/**
 * Runs `runDialect` on each dialect of BENCH_<NAME>_DIALECTS (both by default; PostgreSQL is
 * skipped when unreachable), reporting each as it ends and all together at the end.
 */
export async function runDialects(name, label, runDialect, report) {
  const started = Date.now();
  const results = [];
  const dialects = (process.env[`BENCH_${name.toUpperCase()}_DIALECTS`] ?? 'postgresql,sqlite').split(',');
  let failed = false;
  for (const d of dialects) {
    if (d === 'postgresql' && !(await pgReachable())) continue;
    try {
      const result = await runDialect(d);
      results.push(result);
      report([result]);
    } catch (err) {
      failed = true;
      process.stdout.write(`\n[${d}] failed: ${err.stack ?? err}\n`);
    }
  }
  if (results.length > 1) report(results);
  process.stdout.write(`\n${label} bench took ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  if (failed) process.exitCode = 1;
}

/** SQLite through the libsql binding the ORM uses, for checks after a run. */
export function openSqlite(dataDir) {
  const Database = require(require.resolve('libsql', { paths: [path.dirname(require.resolve('@mikro-orm/libsql'))] }));
  return new Database(path.join(dataDir, 'stationhub.sqlite'));
}
