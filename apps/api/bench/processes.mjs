// `pnpm bench`, approval-engine part: a station head's inbox of 10,000 open expense claims,
// and claims filed by applicants then approved by the head, on PostgreSQL and on SQLite
// (BENCH_PG_URL as in crm.mjs). `--quick` runs the same scenarios on a small seed.
import {
  benchDialect, duration, gql, load, login, measure, ok, pinLoadGenerator, quick, reporter, require, rssMb, runDialects, sleep, warmup,
} from './lib.mjs';

const { seedProcesses } = require('./processes-seed.cjs');

const size = quick ? { open: 1_000, history: 2_000 } : { open: 10_000, history: 20_000 };
pinLoadGenerator();

const INBOX = `query T { myTasks(first: 20) { totalCount pageInfo { hasNextPage endCursor } nodes { id name dueAt overdue document { id number title kind applicantName } } } }`;
const CLAIM = `mutation C($input: ExpenseClaimInput!) { submitExpenseClaim(input: $input) { id number status currentStep steps { id status } } }`;
const APPROVE = `mutation A($id: ID!, $step: ID!) { approveStep(documentId: $id, stepId: $step, comment: "同意") { id status currentStep } }`;

/**
 * Claims filed for `seconds`, then every one of them approved at its first step by the head:
 * each phase's rate and latency, and claims taken through both per second of the two phases.
 */
async function fileAndApprove(url, applicants, head, connections, seconds, label) {
  let seq = 0;
  const filed = [];
  const today = new Date().toISOString().slice(0, 10);
  const claim = () => {
    seq++;
    return { input: { date: today, place: '臺北', reason: `${label}客戶拜訪交通費 ${seq}`, amount: `${100 + (seq % 900)}.00`, category: 'TRAVEL' } };
  };
  const submitStarted = Date.now();
  const submit = await load({
    url, query: CLAIM, next: claim, as: () => applicants[seq % applicants.length], connections, seconds,
    onBody: (text) => {
      const doc = JSON.parse(text).data.submitExpenseClaim;
      const open = doc.steps.find((s) => s.status === 'OPEN');
      if (open) filed.push({ id: doc.id, step: open.id });
    },
  });
  const submitSeconds = (Date.now() - submitStarted) / 1000;
  // autocannon ends at its deadline without the answers in flight; their claims stay unapproved.
  await sleep(500);
  const queue = [...filed];
  const approveStarted = Date.now();
  const approve = await load({ url, query: APPROVE, next: () => {
    const d = queue.shift();
    return { id: d.id, step: d.step };
  }, headers: head, connections: Math.min(connections, filed.length), amount: filed.length });
  const approveSeconds = (Date.now() - approveStarted) / 1000;
  return { filed: filed.length, submit, approve, submitSeconds, approveSeconds };
}

function runDialect(dialect) {
  const plan = { name: 'processes', what: `an inbox of ${size.open.toLocaleString('en')} open claims and ${size.history.toLocaleString('en')} approved ones`, seed: ({ dataDir, databaseUrl }) => seedProcesses(dataDir, databaseUrl || undefined, size), portBase: 5200 };
  return benchDialect(dialect, plan, async ({ api, url, seeded, rows, notes }) => {
    const head = await login(url, seeded.head.email, seeded.password);
    const applicants = [];
    for (const email of seeded.applicants) applicants.push(await login(url, email, seeded.password));

    const inbox = await ok(url, INBOX, {}, head);
    notes.inboxTotal = inbox.body.data.myTasks.totalCount;
    rows.push(await measure(`myTasks first 20 + totalCount (${notes.inboxTotal.toLocaleString('en')} open)`, url, INBOX, () => ({}), head, 10, { p99: 50 }));

    // Statements per mutation, from one claim taken through by hand.
    const probe = await ok(url, CLAIM, { input: { date: new Date().toISOString().slice(0, 10), place: '臺北', reason: '基準探測', amount: '123.00', category: 'TRAVEL' } }, applicants[0]);
    const doc = probe.body.data.submitExpenseClaim;
    const approved = await ok(url, APPROVE, { id: doc.id, step: doc.steps.find((s) => s.status === 'OPEN').id }, head);
    notes.submitSql = Number(probe.statements);
    notes.approveSql = Number(approved.statements);
    if (approved.body.data.approveStep.currentStep !== 1) throw new Error('the claim did not move on to finance after the head approved it');

    if (warmup > 0) await fileAndApprove(url, applicants, head, 10, warmup, '預熱');
    const run = await fileAndApprove(url, applicants, head, 10, duration, '');
    const { submit, approve } = run;
    if (submit.result.non2xx || approve.result.non2xx) throw new Error(`submit/approve: ${submit.result.non2xx}/${approve.result.non2xx} non-2xx`);
    rows.push({
      name: 'submitExpenseClaim (9 applicants)', connections: 10, rps: submit.result.requests.total / run.submitSeconds, okRps: submit.okCount / run.submitSeconds,
      errors: submit.errors, p50: submit.result.latency.p50, p99: submit.result.latency.p99, statements: notes.submitSql,
    });
    rows.push({
      name: 'approveStep with stepId (the head)', connections: Math.min(10, run.filed), rps: approve.result.requests.total / run.approveSeconds, okRps: approve.okCount / run.approveSeconds,
      errors: approve.errors, p50: approve.result.latency.p50, p99: approve.result.latency.p99, statements: notes.approveSql,
    });
    notes.completed = { claims: approve.okCount, filed: run.filed, seconds: run.submitSeconds + run.approveSeconds, perSecond: approve.okCount / (run.submitSeconds + run.approveSeconds) };

    // Every claim approved by the head waits for finance now; none was lost or decided twice.
    const check = await gql(url, INBOX, {}, await login(url, seeded.finance.email, seeded.password));
    notes.financeInbox = check.body.data.myTasks.totalCount;
    notes.peakRss = rssMb(api.pid, 'VmHWM');
  });
}

function checks({ rows, notes }) {
  const inbox = rows.find((r) => r.name.startsWith('myTasks'));
  const c = notes.completed;
  return [
    ['myTasks first 20 + totalCount p99 < 50 ms at 10 clients', inbox.p99 < 50, `${inbox.statements} SQL, ${Math.round(inbox.rps)} req/s, p99 ${inbox.p99} ms`],
    ['every filed claim approved once, no errors', c.claims === c.filed && !Object.keys(rows.find((r) => r.name.startsWith('approveStep')).errors).length, `${c.claims} of ${c.filed} approved; finance inbox ${notes.financeInbox}`],
  ];
}

const report = reporter(
  `Stationhub processes bench — inbox of ${size.open.toLocaleString('en')} open claims, ${size.history.toLocaleString('en')} approved`,
  ({ notes }) => {
    const c = notes.completed;
    return (
      `submit + approve: ${c.claims} claims through the head's step in ${c.seconds.toFixed(1)} s (filing, then approving) = ${c.perSecond.toFixed(1)} completed claims/s\n` +
      `SQL per request: submitExpenseClaim ${notes.submitSql}, approveStep ${notes.approveSql}; API peak RSS ${notes.peakRss} MB\n`
    );
  },
  checks,
);

await runDialects('processes', 'Processes', runDialect, report);
