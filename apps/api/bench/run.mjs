// `pnpm bench`: the API against two baselines measured in the same run (S0, S0-items).
// The server and the load generator run on separate cores where the machine has two.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { apiDir, duration, here, line, load, login, pinLoadGenerator, placement, require, rssMb, start, startApi, waitFor, warmup } from './lib.mjs';

const { seedBench } = require('./seed.cjs');

pinLoadGenerator();

/** CPU milliseconds a process has used so far (user + system), from /proc. */
function cpuMs(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

async function measure(name, url, body, headers, connections, pid) {
  const probe = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await probe.text();
  if (!probe.ok || text.includes('"errors"')) throw new Error(`${name}: ${probe.status} ${text.slice(0, 300)}`);
  const statements = probe.headers.get('x-sql-statements');
  if (warmup > 0) await load({ url, body, headers, connections, seconds: warmup });
  const before = cpuMs(pid);
  const { result: r } = await load({ url, body, headers, connections, seconds: duration });
  if (r.non2xx || r.errors) throw new Error(`${name}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  // The server's own CPU time per request: unlike req/s it barely moves when other work
  // shares the machine, so it is the figure to compare across runs on a busy host.
  const cpu = (cpuMs(pid) - before) / r.requests.total;
  return { name, connections, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, cpu, statements: statements === null ? '-' : Number(statements), bytes: text.length };
}

function bundleKb() {
  const dist = path.join(apiDir, '..', 'admin', 'dist');
  const index = path.join(dist, 'index.html');
  if (!fs.existsSync(index)) return null;
  const html = fs.readFileSync(index, 'utf8');
  const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const bytes = [...new Set(files)].reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(dist, f))).length, 0);
  return Math.round(bytes / 1024);
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stationhub-bench-'));
const seeded = await seedBench(dataDir, process.env.BENCH_DATABASE_URL);
const apiPort = 4600 + Math.floor(Math.random() * 300);
const s0Port = apiPort + 1;
const s0 = start(path.join(here, 's0.cjs'), { PORT: String(s0Port) });
const stockPort = apiPort + 2;
const stock = start(path.join(here, 'stock.cjs'), { PORT: String(stockPort), NODE_ENV: 'production' });
const stockToken = new Promise((resolve) => stock.on('message', (m) => resolve(m.token)));
const api = startApi({ port: apiPort, dataDir, databaseUrl: process.env.BENCH_DATABASE_URL ?? '' });
const results = [];
try {
  await waitFor(`http://127.0.0.1:${apiPort}/readyz`);
  await new Promise((r) => setTimeout(r, 300));
  const s0Url = `http://127.0.0.1:${s0Port}/graphql`;
  const apiUrl = `http://127.0.0.1:${apiPort}/graphql`;
  const auth = await login(apiUrl, seeded.email, seeded.password);
  const page = (n) => ({ query: `query($n: Int!) { employees(first: $n) { totalCount nodes { id employeeNo name status hireDate unit { id name } position { id title } } } }`, variables: { n } });

  results.push(await measure('S0 { hello }', s0Url, { query: '{ hello }' }, {}, 10, s0.pid));
  results.push(await measure('S0-items (1,000 × 10)', s0Url, { query: '{ items { f1 f2 f3 f4 f5 f6 f7 f8 f9 f10 } }' }, {}, 10, s0.pid));
  results.push(await measure('S1 stock Apollo+TG me', `http://127.0.0.1:${stockPort}/`, { query: '{ me { id name } }' }, { authorization: `Bearer ${await stockToken}` }, 10, stock.pid));
  results.push(await measure('me', apiUrl, { query: '{ me { id name employeeId permissions } }' }, auth, 10, api.pid));
  results.push(await measure('orgChart (100 units)', apiUrl, { query: '{ orgChart { nodes { id parentId code name kind depth headcount directHeadcount vacancies head { id name } positions { positionId title planned filled vacancies } } } }' }, auth, 4, api.pid));
  for (const n of [10, 50, 200]) results.push(await measure(`employees first ${n}`, apiUrl, page(n), auth, 10, api.pid));
  results.push(await measure('positions (1,000 × 10)', apiUrl, { query: '{ positions { id code title titleEn plannedHeadcount isHead summary duties archivedAt unit { id } } }' }, auth, 10, api.pid));
} finally {
  const rss = { api: rssMb(api.pid, 'VmHWM'), s0: rssMb(s0.pid, 'VmHWM') };
  api.kill('SIGTERM');
  s0.kill('SIGTERM');
  stock.kill('SIGTERM');
  fs.rmSync(dataDir, { recursive: true, force: true });
  report(results, rss);
}

function report(rows, rss) {
  const s0 = rows.find((r) => r.name.startsWith('S0 {'));
  const s0items = rows.find((r) => r.name.startsWith('S0-items'));
  const baseOf = (r) => (r.name.includes('1,000') && !r.name.startsWith('S0') ? s0items : s0);
  const ratio = (r) => (baseOf(r) ? `${Math.round((r.rps / baseOf(r).rps) * 100)}%` : '');
  // The same comparison by CPU time per request: the base's cost over this scenario's.
  const cpuRatio = (r) => (baseOf(r) && r.cpu > 0 ? `${Math.round((baseOf(r).cpu / r.cpu) * 100)}%` : '');
  const widths = [26, 6, 9, 8, 8, 8, 6, 8, 8];
  process.stdout.write(`\nStationhub bench — ${seeded.units} units, ${seeded.positions} positions, ${seeded.employees} employees; ${duration}s per run; ${placement}\n\n`);
  process.stdout.write(line(['scenario', 'conns', 'req/s', 'vs base', 'p50 ms', 'p99 ms', 'SQL', 'CPU ms', 'by CPU'], widths) + '\n');
  for (const r of rows) process.stdout.write(line([r.name, r.connections, Math.round(r.rps), ratio(r), r.p50, r.p99, r.statements, r.cpu.toFixed(2), cpuRatio(r)], widths) + '\n');
  const kb = bundleKb();
  process.stdout.write('\nS0: bare graphql-js handler with a parse cache; S1: stock Apollo Server 5 standalone + type-graphql + bearer check (no app code).\n');
  process.stdout.write(`CPU ms: the server's CPU time per request; "by CPU" compares it with the baseline's (robust when the machine is busy: load average ${os.loadavg()[0].toFixed(1)}).\n`);
  process.stdout.write(`peak RSS: API ${rss.api} MB (S0 ${rss.s0} MB)\nadmin initial JS: ${kb === null ? 'not built' : `${kb} KB gzipped`}\n`);
  const get = (n) => rows.find((r) => r.name.startsWith(n));
  const checks = [
    ['me ≥ 30% of S0 req/s', get('me') && s0 && get('me').rps >= 0.3 * s0.rps],
    ['me p99 ≤ 10 ms', get('me') && get('me').p99 <= 10],
    ['orgChart ≤ 2 SQL, p99 ≤ 50 ms', get('orgChart') && get('orgChart').statements <= 2 && get('orgChart').p99 <= 50],
    ['employees ≤ 3 SQL, p99 ≤ 40 ms', rows.filter((r) => r.name.startsWith('employees')).every((r) => r.statements <= 3 && r.p99 <= 40)],
    ['1,000-row result ≥ 90% of S0-items', get('positions') && s0items && get('positions').rps >= 0.9 * s0items.rps],
    ['peak RSS ≤ 250 MB', rss.api <= 250],
    ['admin initial JS ≤ 450 KB gz', kb !== null && kb <= 450],
  ];
  process.stdout.write('\ntargets:\n');
  for (const [name, ok] of checks) process.stdout.write(`  ${ok ? 'met ' : 'MISS'}  ${name}\n`);
}
