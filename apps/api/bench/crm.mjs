// `pnpm bench`, CRM and loyalty part: customer lists, balance lookups, earn/redeem and tier
// re-evaluation on 100,000 customers and 1,000,000 ledger rows, on SQLite and on PostgreSQL
// (BENCH_PG_URL, default the local server; skipped when unreachable). `--quick` runs the same
// scenarios on a small seed for a smoke test. The server and the load generator run on
// separate cores where the machine has two, as in run.mjs.
import { spawn, execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');
const { seedCrm } = require('./crm-seed.cjs');

const here = path.dirname(fileURLToPath(import.meta.url));
const apiDir = path.join(here, '..');
const quick = process.argv.includes('--quick');
const size = quick ? { customers: 5_000, ledgerRows: 50_000 } : { customers: 100_000, ledgerRows: 1_000_000 };
const duration = Number(process.env.BENCH_DURATION ?? (quick ? 2 : 6));
const warmup = Number(process.env.BENCH_WARMUP ?? (quick ? 1 : 2));
const pgAdminUrl = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const twoCores = os.cpus().length >= 2 && fs.existsSync('/usr/bin/taskset');
const serverCpu = '0';
const loadCpu = '1';
if (twoCores) execFileSync('taskset', ['-cp', loadCpu, String(process.pid)], { stdio: 'ignore' });

const pin = (cmd, args) => (twoCores ? ['taskset', ['-c', serverCpu, cmd, ...args]] : [cmd, args]);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitFor(url, timeoutMs = 60_000) {
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

function rssMb(pid, field = 'VmRSS') {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024);
}

/** The PostgreSQL client the ORM uses, for creating and dropping the bench's own database. */
function pgClient(url) {
  const { Client } = require(require.resolve('pg', { paths: [path.dirname(require.resolve('@mikro-orm/postgresql'))] }));
  return new Client({ connectionString: url });
}

async function pgAdmin(sql) {
  const c = pgClient(pgAdminUrl);
  await c.connect();
  try {
    return await c.query(sql);
  } finally {
    await c.end();
  }
}

async function gql(url, query, variables, headers = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = await res.json();
  return { body, statements: res.headers.get('x-sql-statements'), status: res.status };
}

async function ok(url, query, variables, headers) {
  const r = await gql(url, query, variables, headers);
  if (r.body.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(r.body.errors).slice(0, 400)}`);
  return r;
}

/**
 * One autocannon run. `next` gives each request's variables (varied per request, so a run is
 * spread over many customers, and each mutation has its own idempotency key); responses
 * carrying GraphQL errors are counted by their code.
 */
function load(url, query, next, headers, connections, seconds) {
  const errors = {};
  let okCount = 0;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        connections,
        duration: seconds,
        pipelining: 1,
        requests: [
          {
            setupRequest: (req) => ({ ...req, body: JSON.stringify(typeof query === 'string' ? { query, variables: next() } : query) }),
            onResponse: (status, body) => {
              if (!body.includes('"errors"')) return void okCount++;
              const code = /"code":"([A-Z_]+)"/.exec(body)?.[1] ?? `HTTP_${status}`;
              const reason = /"reason":"([A-Z_]+)"/.exec(body)?.[1];
              const key = reason ? `${code}:${reason}` : code;
              errors[key] = (errors[key] ?? 0) + 1;
            },
          },
        ],
      },
      (err, result) => (err ? reject(err) : resolve({ result, okCount, errors })),
    );
  });
}

async function measure(name, url, query, next, headers, connections, target) {
  if (warmup > 0) await load(url, query, next, headers, connections, warmup);
  // After the warm-up, so a first request's cache fills (an API key's lookup) are not counted.
  const probe = typeof query === 'string' ? await gql(url, query, next(), headers) : await gql(url, query.query, {}, headers);
  if (probe.body.errors) throw new Error(`${name}: ${JSON.stringify(probe.body.errors).slice(0, 400)}`);
  const { result: r, okCount, errors } = await load(url, query, next, headers, connections, duration);
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

/** R-LOY-2 over every account: balance ≥ 0, = the sum of its entries, = its lots' remainders. */
async function invariantViolations(dialect, dataDir, url) {
  const sql = `select count(*) as n,
      sum(case when a.balance < 0 or a.balance <> coalesce(e.s, 0) or a.balance <> coalesce(l.s, 0) then 1 else 0 end) as bad
    from points_account a
    left join (select customer_id, sum(points) as s from points_entry group by customer_id) e on e.customer_id = a.customer_id
    left join (select customer_id, sum(remaining) as s from points_lot group by customer_id) l on l.customer_id = a.customer_id`;
  const orphans = `select count(*) as n from (select distinct customer_id from points_entry) e where not exists (select 1 from points_account a where a.customer_id = e.customer_id)`;
  if (dialect === 'postgresql') {
    const c = pgClient(url);
    await c.connect();
    try {
      const [a] = (await c.query(sql)).rows;
      const [o] = (await c.query(orphans)).rows;
      return { accounts: Number(a.n), violations: Number(a.bad ?? 0) + Number(o.n) };
    } finally {
      await c.end();
    }
  }
  const Database = require(require.resolve('libsql', { paths: [path.dirname(require.resolve('@mikro-orm/libsql'))] }));
  // autocannon stops at its deadline without waiting for the requests in flight: the server
  // may still be committing them.
  for (let attempt = 0; ; attempt++) {
    const db = new Database(path.join(dataDir, 'stationhub.sqlite'));
    try {
      const a = db.prepare(sql).get();
      const o = db.prepare(orphans).get();
      return { accounts: Number(a.n), violations: Number(a.bad ?? 0) + Number(o.n) };
    } catch (err) {
      if (err.code !== 'SQLITE_BUSY' || attempt >= 100) throw err;
    } finally {
      db.close();
    }
    await sleep(200);
  }
}

const LIST_FIELDS = 'id code name tags lifetimeSpend purchaseCount lastPurchaseAt tier { code name } homeStation { id name }';
const FILTERED = `query F($f: CustomerFilter) { customers(first: 20, filter: $f, orderBy: LIFETIME_SPEND_DESC) { totalCount nodes { ${LIST_FIELDS} } } }`;
const PAGE = `query P($after: String) { customers(first: 20, after: $after) { pageInfo { endCursor hasNextPage } nodes { ${LIST_FIELDS} } } }`;
const WALK = `query W($after: String) { customers(first: 200, after: $after) { pageInfo { endCursor hasNextPage } edges { cursor } } }`;
const BALANCE = `query B($id: ID!) { pointsBalance(customerId: $id) }`;
const EARN = `mutation E($input: EarnPointsInput!) { earnPoints(input: $input) { id balanceAfter } }`;
const REDEEM = `mutation R($input: RedeemPointsInput!) { redeemPoints(input: $input) { id balanceAfter } }`;
// One document holding both, so a run alternates earning and redeeming per request.
const EARN_OR_REDEEM = `mutation M($earn: Boolean!, $e: EarnPointsInput!, $r: RedeemPointsInput!) { e: earnPoints(input: $e) @include(if: $earn) { id balanceAfter } r: redeemPoints(input: $r) @skip(if: $earn) { id balanceAfter } }`;

function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  return exited;
}

async function runDialect(dialect) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stationhub-crm-bench-'));
  const dbName = `stationhub_bench_crm_${process.pid}`;
  let databaseUrl = '';
  if (dialect === 'postgresql') {
    await pgAdmin(`drop database if exists ${dbName}`);
    await pgAdmin(`create database ${dbName}`);
    const u = new URL(pgAdminUrl);
    u.pathname = `/${dbName}`;
    databaseUrl = u.toString();
  }
  const rows = [];
  const notes = {};
  let api = null;
  let s0 = null;
  try {
    process.stdout.write(`\n[${dialect}] seeding ${size.customers.toLocaleString('en')} customers, ${size.ledgerRows.toLocaleString('en')} ledger rows…\n`);
    const seeded = await seedCrm(dataDir, databaseUrl || undefined, size);
    notes.seed = seeded;
    process.stdout.write(`[${dialect}] seeded in ${(seeded.seedMs / 1000).toFixed(1)} s: ${JSON.stringify(seeded.rows)}\n`);
    const port = 4900 + Math.floor(Math.random() * 300);
    const [cmd, args] = pin(process.execPath, ['dist/main.js']);
    api = spawn(cmd, args, {
      cwd: apiDir,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        DATABASE_URL: databaseUrl,
        SEED_DEMO: 'false',
        LOG_LEVEL: 'warn',
        COUNT_SQL_STATEMENTS: 'true',
        // The daily jobs would re-evaluate tiers and expire points in the middle of a run.
        RUN_JOBS: 'false',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await waitFor(`http://127.0.0.1:${port}/readyz`);
    await sleep(300);
    const url = `http://127.0.0.1:${port}/graphql`;
    // The baseline of run.mjs, measured beside each dialect, so figures from other machines
    // (or from a busy one) compare as ratios.
    const [s0cmd, s0args] = pin(process.execPath, [path.join(here, 's0.cjs')]);
    s0 = spawn(s0cmd, s0args, { cwd: apiDir, env: { ...process.env, PORT: String(port + 1) }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    await new Promise((r) => s0.once('message', r));
    const s0Row = await measure('S0 { hello } (bare graphql-js handler)', `http://127.0.0.1:${port + 1}/graphql`, { query: '{ hello }' }, () => ({}), {}, 10, {});
    await stop(s0);
    rows.push(s0Row);
    const login = await ok(url, 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }', { i: { email: seeded.email, password: seeded.password } });
    const admin = { authorization: `Bearer ${login.body.data.login.accessToken}` };
    const key = await ok(
      url,
      'mutation K($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
      { input: { name: '會員網站（基準）', grants: ['ReadCustomer', 'ReadPoints', 'EarnPoints', 'RedeemPoints'].map((permission) => ({ permission, scope: 'ALL' })) } },
      admin,
    );
    const apiKey = { authorization: `ApiKey ${key.body.data.createApiKey.secret}` };
    const ids = seeded.customerIds;
    const anyCustomer = () => ids[Math.floor(Math.random() * ids.length)];

    // A filtered page: a tag, a tier and a spend range, with the count.
    const filter = { tags: ['常客'], tierIds: [seeded.tiers.GOLD], spendMin: '10000', spendMax: '40000' };
    const f = await ok(url, FILTERED, { f: filter }, admin);
    notes.filteredTotal = f.body.data.customers.totalCount;
    rows.push(await measure('customers: tag + tier + spend, 20 rows + totalCount', url, FILTERED, () => ({ f: filter }), admin, 10, { sql: 2, p99: 40 }));

    // Paging by cursor: walk to the end, then the first page against the last.
    const walkStarted = Date.now();
    let after = null;
    let cursors = [];
    let pages = 0;
    for (;;) {
      const page = (await ok(url, WALK, { after }, admin)).body.data.customers;
      pages++;
      cursors = [...cursors.slice(-200), ...page.edges.map((e) => e.cursor)];
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    notes.walk = { pages, ms: Date.now() - walkStarted };
    const lastAfter = cursors[cursors.length - 21];
    const last = await ok(url, PAGE, { after: lastAfter }, admin);
    if (last.body.data.customers.pageInfo.hasNextPage || last.body.data.customers.nodes.length !== 20) throw new Error('the late cursor does not give the last page');
    const first = await measure('customers: first page by cursor order', url, PAGE, () => ({ after: null }), admin, 10, { sql: 1 });
    const lastRow = await measure('customers: last page (after a late cursor)', url, PAGE, () => ({ after: lastAfter }), admin, 10, { sql: 1, vsFirst: 1.5 });
    lastRow.ratio = lastRow.p99 / Math.max(first.p99, 1);
    lastRow.rpsRatio = first.rps / lastRow.rps;
    rows.push(first, lastRow);

    // No offset past 10,000.
    const deep = await gql(url, `query { customers(offset: 10001, first: 20) { nodes { id } } }`, {}, admin);
    notes.deepOffset = deep.body.errors?.[0]?.extensions?.code ?? 'ACCEPTED';

    rows.push(await measure('pointsBalance (API key, random customer)', url, BALANCE, () => ({ id: anyCustomer() }), apiKey, 50, { sql: 1, rps: 3000, p99: 15 }));

    // Tier re-evaluation of every customer, with the server's memory sampled meanwhile.
    const rssStart = rssMb(api.pid);
    let rssPeak = rssStart;
    const sampler = setInterval(() => {
      try {
        rssPeak = Math.max(rssPeak, rssMb(api.pid));
      } catch {
        /* exited */
      }
    }, 50);
    const evalStarted = Date.now();
    const tiers = await ok(url, 'mutation { runTierEvaluation { customers upgrades downgrades unchanged overridden } }', {}, admin);
    const evalMs = Date.now() - evalStarted;
    clearInterval(sampler);
    notes.tierEval = { ms: evalMs, rssStart, rssPeak, statements: Number(tiers.statements), ...tiers.body.data.runTierEvaluation };

    // Earn and redeem, alternating per request; every request has its own idempotency key.
    let seq = 0;
    const runId = Date.now().toString(36);
    const movement = (pickCustomer) => () => {
      seq++;
      const earn = seq % 2 === 1;
      const input = { customerId: pickCustomer(), points: earn ? 1 + (seq % 20) : 1 + (seq % 3), reason: earn ? '活動贈點' : '兌換', idempotencyKey: `bench-${runId}-${seq}` };
      return { earn, e: input, r: input };
    };
    const spread = await measure('earn/redeem, spread over all customers', url, EARN_OR_REDEEM, movement(anyCustomer), apiKey, 16, { okRps: 1000 });
    notes.earnSql = Number((await ok(url, EARN, { input: { customerId: ids[0], points: 5, reason: '活動贈點', idempotencyKey: `bench-${runId}-probe-e` } }, apiKey)).statements);
    notes.redeemSql = Number((await ok(url, REDEEM, { input: { customerId: ids[0], points: 1, reason: '兌換', idempotencyKey: `bench-${runId}-probe-r` } }, apiKey)).statements);
    spread.statements = `${notes.earnSql}/${notes.redeemSql}`;
    rows.push(spread);
    const hot = ids.slice(Math.floor(ids.length / 2), Math.floor(ids.length / 2) + 20);
    const hotRow = await measure('earn/redeem, 20 hot customers', url, EARN_OR_REDEEM, movement(() => hot[Math.floor(Math.random() * hot.length)]), apiKey, 16, { okRps: 500 });
    hotRow.statements = spread.statements;
    rows.push(hotRow);
    notes.peakRss = rssMb(api.pid, 'VmHWM');
    // Checked once the server has stopped: autocannon leaves requests in flight at its
    // deadline, and a graceful shutdown finishes them first.
    await stop(api);
    notes.invariants = await invariantViolations(dialect, dataDir, databaseUrl);
  } finally {
    if (api) await stop(api);
    if (s0) await stop(s0);
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (dialect === 'postgresql') await pgAdmin(`drop database if exists ${dbName}`);
  }
  return { dialect, rows, notes };
}

function checks({ rows, notes }) {
  const get = (prefix) => rows.find((r) => r.name.startsWith(prefix));
  const filtered = get('customers: tag');
  const first = get('customers: first');
  const last = get('customers: last');
  const balance = get('pointsBalance');
  const spread = get('earn/redeem, spread');
  const hot = get('earn/redeem, 20 hot');
  const t = notes.tierEval;
  // "Flat": the run may hold one batch and its writes, not a share of the table.
  const flat = t.rssPeak - t.rssStart <= 64;
  return [
    ['filtered page ≤ 2 SQL, p99 ≤ 40 ms at 10 clients', filtered.statements <= 2 && filtered.p99 <= 40, `${filtered.statements} SQL, p99 ${filtered.p99} ms`],
    ['last page by cursor ≤ 1.5× the first', last.p99 <= 1.5 * Math.max(first.p99, 1) && first.rps <= 1.5 * last.rps, `p99 ${last.p99} vs ${first.p99} ms; ${Math.round(last.rps)} vs ${Math.round(first.rps)} req/s`],
    ['no OFFSET past 10,000', notes.deepOffset === 'BAD_USER_INPUT', `offset 10001 → ${notes.deepOffset}`],
    ['pointsBalance 1 SQL, ≥ 3,000 req/s, p99 ≤ 15 ms at 50 clients', balance.statements === 1 && balance.rps >= 3000 && balance.p99 <= 15, `${balance.statements} SQL, ${Math.round(balance.rps)} req/s, p99 ${balance.p99} ms`],
    ['earn/redeem ≥ 1,000/s spread (16 clients)', spread.okRps >= 1000, `${Math.round(spread.okRps)}/s applied`],
    ['earn/redeem ≥ 500/s on 20 hot customers (16 clients)', hot.okRps >= 500, `${Math.round(hot.okRps)}/s applied`],
    ['0 invariant violations after the runs', notes.invariants.violations === 0, `${notes.invariants.violations} of ${notes.invariants.accounts} accounts`],
    [`tier re-evaluation of ${t.customers.toLocaleString('en')} < 30 s, flat memory`, t.ms < 30_000 && flat, `${(t.ms / 1000).toFixed(1)} s; RSS ${t.rssStart} → peak ${t.rssPeak} MB`],
  ];
}

function report(results) {
  const line = (cols, widths) => cols.map((c, i) => String(c).padEnd(widths[i] ?? 8)).join(' ');
  const widths = [52, 6, 8, 8, 7, 8, 8, 6, 8];
  process.stdout.write(
    `\nStationhub CRM bench — ${size.customers.toLocaleString('en')} customers, ${size.ledgerRows.toLocaleString('en')} ledger rows; ${duration}s per run; ${twoCores ? 'server on core 0, load on core 1' : 'one core shared'}\n`,
  );
  for (const res of results) {
    const { dialect, rows, notes } = res;
    const s = notes.seed;
    process.stdout.write(`\n## ${dialect}  (seed ${(s.seedMs / 1000).toFixed(1)} s: ${Object.entries(s.rows).map(([k, v]) => `${k} ${v.toLocaleString('en')}`).join(', ')})\n\n`);
    const base = rows.find((r) => r.name.startsWith('S0'));
    process.stdout.write(line(['scenario', 'conns', 'req/s', 'ok/s', 'vs S0', 'p50 ms', 'p99 ms', 'SQL', 'errors'], widths) + '\n');
    for (const r of rows) {
      const errors = Object.entries(r.errors).map(([k, v]) => `${k} ${v}`).join(', ') || '–';
      const ratio = base && r !== base ? `${((r.okRps / base.rps) * 100).toFixed(1)}%` : '';
      process.stdout.write(line([r.name, r.connections, Math.round(r.rps), Math.round(r.okRps), ratio, r.p50, r.p99, r.statements, errors], widths) + '\n');
    }
    const t = notes.tierEval;
    process.stdout.write(
      `\nfiltered page matches ${notes.filteredTotal} customers; cursor walk ${notes.walk.pages} pages of 200 in ${(notes.walk.ms / 1000).toFixed(1)} s\n` +
        `tier re-evaluation: ${t.customers} customers in ${(t.ms / 1000).toFixed(1)} s (${t.statements} SQL; ${t.upgrades} up, ${t.downgrades} down, ${t.unchanged} unchanged); RSS ${t.rssStart} MB at start, peak ${t.rssPeak} MB\n` +
        `invariants after earn/redeem: ${notes.invariants.violations} violations in ${notes.invariants.accounts} accounts; API peak RSS ${notes.peakRss} MB\n`,
    );
    process.stdout.write('\ntargets:\n');
    for (const [name, met, detail] of checks(res)) process.stdout.write(`  ${met ? 'met ' : 'MISS'}  ${name}: ${detail}\n`);
  }
}

async function pgReachable() {
  try {
    await pgAdmin('select 1');
    return true;
  } catch (err) {
    process.stdout.write(`PostgreSQL at ${pgAdminUrl} unreachable (${err.message}); PostgreSQL runs skipped\n`);
    return false;
  }
}

const started = Date.now();
const results = [];
const dialects = (process.env.BENCH_CRM_DIALECTS ?? 'postgresql,sqlite').split(',');
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
process.stdout.write(`\nCRM bench took ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
if (failed) process.exitCode = 1;
