// `pnpm bench`, CRM and loyalty part: customer lists, balance lookups, earn/redeem and tier
// re-evaluation on 100,000 customers and 1,000,000 ledger rows, on SQLite and on PostgreSQL
// (BENCH_PG_URL, default the local server; skipped when unreachable). `--quick` runs the same
// scenarios on a small seed for a smoke test. The server and the load generator run on
// separate cores where the machine has two, as in run.mjs.
import {
  benchDialect, gql, login, measure, ok, openSqlite, pgClient, pinLoadGenerator, quick, reporter, require, rssMb, runDialects, sampleRss, sleep, stop,
} from './lib.mjs';

const { seedCrm } = require('./crm-seed.cjs');

const size = quick ? { customers: 5_000, ledgerRows: 50_000 } : { customers: 100_000, ledgerRows: 1_000_000 };
pinLoadGenerator();

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
  // autocannon stops at its deadline without waiting for the requests in flight: the server
  // may still be committing them.
  for (let attempt = 0; ; attempt++) {
    const db = openSqlite(dataDir);
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

function runDialect(dialect) {
  const plan = { name: 'crm', what: `${size.customers.toLocaleString('en')} customers, ${size.ledgerRows.toLocaleString('en')} ledger rows`, seed: ({ dataDir, databaseUrl }) => seedCrm(dataDir, databaseUrl || undefined, size), portBase: 4900 };
  return benchDialect(dialect, plan, async ({ dataDir, databaseUrl, api, url, seeded, rows, notes }) => {
    const admin = await login(url, seeded.email, seeded.password);
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
    const tierEval = await sampleRss(api.pid, () => ok(url, 'mutation { runTierEvaluation { customers upgrades downgrades unchanged overridden } }', {}, admin));
    notes.tierEval = { ms: tierEval.ms, rssStart: tierEval.rssStart, rssPeak: tierEval.rssPeak, statements: Number(tierEval.value.statements), ...tierEval.value.body.data.runTierEvaluation };

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
  });
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

const report = reporter(
  `Stationhub CRM bench — ${size.customers.toLocaleString('en')} customers, ${size.ledgerRows.toLocaleString('en')} ledger rows`,
  ({ notes }) => {
    const t = notes.tierEval;
    return (
      `filtered page matches ${notes.filteredTotal} customers; cursor walk ${notes.walk.pages} pages of 200 in ${(notes.walk.ms / 1000).toFixed(1)} s\n` +
      `tier re-evaluation: ${t.customers} customers in ${(t.ms / 1000).toFixed(1)} s (${t.statements} SQL; ${t.upgrades} up, ${t.downgrades} down, ${t.unchanged} unchanged); RSS ${t.rssStart} MB at start, peak ${t.rssPeak} MB\n` +
      `invariants after earn/redeem: ${notes.invariants.violations} violations in ${notes.invariants.accounts} accounts; API peak RSS ${notes.peakRss} MB\n`
    );
  },
  checks,
);

await runDialects('crm', 'CRM', runDialect, report);
