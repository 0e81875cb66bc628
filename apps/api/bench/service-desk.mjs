// `pnpm bench`, service-desk part: queue pages over 200,000 cases, and the SLA sweep over a
// backlog of 200,000 open ones, on PostgreSQL and on SQLite (BENCH_PG_URL as in crm.mjs).
// `--quick` runs the same scenarios on a small seed.
import path from 'node:path';
import {
  benchDialect, here, login, measure, ok, pinLoadGenerator, quick, reporter, require, rssMb, runDialects, start, stop,
} from './lib.mjs';

const { seedServiceDesk, openBacklog } = require('./service-desk-seed.cjs');

const size = quick ? { tickets: 10_000, customers: 1_000 } : { tickets: 200_000, customers: 4_000 };
pinLoadGenerator();

// The working queue: cases still to be handled, with the names and SLA clocks a desk shows.
const QUEUE = `query Q($n: Int!) { tickets(first: $n, status: [OPEN, IN_PROGRESS, WAITING_CUSTOMER]) { totalCount pageInfo { hasNextPage endCursor } nodes {
  id number kind status severity subject priority customerName unitName assigneeName openedAt
  firstResponseDueAt firstRespondedAt nextUpdateDueAt resolutionDueAt firstResponseBreached resolutionBreached escalationLevel paused } } }`;

/** Two sweeps on the backlog in a process of their own, pinned like the server. */
function sweep(dataDir, databaseUrl) {
  const child = start(path.join(here, 'sla-sweep.cjs'), { DATA_DIR: dataDir, DATABASE_URL: databaseUrl, NODE_ENV: 'production', LOG_LEVEL: 'warn' });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve(m.sweeps));
    child.once('exit', (code) => (code ? reject(new Error(`the sweep exited with ${code}`)) : null));
  });
}

function runDialect(dialect) {
  const plan = { name: 'desk', what: `${size.tickets.toLocaleString('en')} cases, ${size.customers.toLocaleString('en')} customers`, seed: ({ dataDir, databaseUrl }) => seedServiceDesk(dataDir, databaseUrl || undefined, size), portBase: 5500 };
  return benchDialect(dialect, plan, async ({ dataDir, databaseUrl, api, url, seeded, rows, notes }) => {
    const admin = await login(url, seeded.email, seeded.password);
    notes.queueTotal = (await ok(url, QUEUE, { n: 10 }, admin)).body.data.tickets.totalCount;
    for (const connections of [10, 50]) {
      for (const n of [10, 50, 200]) rows.push(await measure(`tickets first ${n}, active, + totalCount`, url, QUEUE, () => ({ n }), admin, connections, {}));
    }
    notes.peakRss = rssMb(api.pid, 'VmHWM');
    await stop(api);

    notes.backlog = await openBacklog(dataDir, databaseUrl || undefined);
    process.stdout.write(`[${dialect}] backlog: ${notes.backlog.open.toLocaleString('en')} open cases (${(notes.backlog.ms / 1000).toFixed(1)} s); sweeping…\n`);
    notes.sweeps = await sweep(dataDir, databaseUrl);
  });
}

function checks({ rows, notes }) {
  const at = (conns) => rows.filter((r) => r.name.startsWith('tickets') && r.connections === conns);
  const first = notes.sweeps[0];
  const flat = first.rssPeak - first.rssStart <= 64;
  return [
    ['queue ≤ 3 SQL whatever the page size', rows.filter((r) => r.name.startsWith('tickets')).every((r) => r.statements <= 3), at(10).map((r) => r.statements).join(' / ')],
    ['queue ≥ 300 req/s at 50 clients (10 / 50 / 200 rows)', at(50).every((r) => r.rps >= 300), at(50).map((r) => Math.round(r.rps)).join(' / ') + ' req/s'],
    ['queue p99 ≤ 50 ms at 10 clients (10 / 50 / 200 rows)', at(10).every((r) => r.p99 <= 50), at(10).map((r) => r.p99).join(' / ') + ' ms'],
    [`SLA sweep over ${notes.backlog.open.toLocaleString('en')} open cases < 10 s, flat memory`, first.ms < 10_000 && flat, `${(first.ms / 1000).toFixed(1)} s; RSS ${first.rssStart} → peak ${first.rssPeak} MB`],
  ];
}

const report = reporter(
  `Stationhub service-desk bench — ${size.tickets.toLocaleString('en')} cases, ${size.customers.toLocaleString('en')} customers`,
  ({ notes }) =>
    `active queue: ${notes.queueTotal.toLocaleString('en')} cases; API peak RSS ${notes.peakRss} MB\n` +
    notes.sweeps
      .map((w, i) => `sweep ${i + 1}: ${(w.ms / 1000).toFixed(2)} s, ${w.breached} breached, ${w.warned} warned, ${w.escalated} escalated; RSS ${w.rssStart} → peak ${w.rssPeak} MB (high-water mark ${w.hwm} MB)\n`)
      .join(''),
  checks,
);

await runDialects('desk', 'Service-desk', runDialect, report);
