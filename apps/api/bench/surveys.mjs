// `pnpm bench`, surveys part: the satisfaction dashboard over 100,000 returned forms (every
// unit × 12 months in one statement, and one unit's year), and forms submitted through the
// public operation by their links' tokens, on PostgreSQL and on SQLite (BENCH_PG_URL as in
// crm.mjs). `--quick` runs the same scenarios on a small seed.
import {
  benchDialect, duration, load, login, measure, ok, pinLoadGenerator, quick, reporter, require, rssMb, runDialects, sleep, warmup,
} from './lib.mjs';

const { seedSurveys, tokenOf } = require('./surveys-seed.cjs');

const size = quick ? { responses: 10_000, customers: 1_000, tokens: 6_000 } : { responses: 100_000, customers: 5_000, tokens: 40_000 };
pinLoadGenerator();

const localDay = (ms) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
const to = localDay(Date.now());
const from = `${localDay(Date.now() - 335 * 86_400_000).slice(0, 7)}-01`;

const REPORT = `query R($from: LocalDate!, $to: LocalDate!, $groupBy: [SatisfactionDimension!]!, $unitId: ID) {
  satisfactionReport(from: $from, to: $to, groupBy: $groupBy, unitId: $unitId) { rows { unitId unitName month forms satisfied partial rate averageScore levels } total { forms satisfied rate } } }`;
const SUBMIT = `mutation S($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) { responseId complete pointsAwarded followUp } }`;
const LEVELS = ['VERY_SATISFIED', 'FAIRLY_SATISFIED', 'BASICALLY_SATISFIED', 'FAIRLY_SATISFIED', 'VERY_SATISFIED', 'NOT_VERY_SATISFIED'];

function runDialect(dialect) {
  const plan = { name: 'surveys', what: `${size.responses.toLocaleString('en')} forms, ${size.customers.toLocaleString('en')} customers, ${size.tokens.toLocaleString('en')} open links`, seed: ({ dataDir, databaseUrl }) => seedSurveys(dataDir, databaseUrl || undefined, size), portBase: 5800 };
  return benchDialect(dialect, plan, async ({ api, url, seeded, rows, notes }) => {
    const admin = await login(url, seeded.email, seeded.password);
    const dashboard = { from, to, groupBy: ['UNIT', 'MONTH'] };
    const unitYear = { from, to, groupBy: ['MONTH'], unitId: seeded.unitId };
    const probe = await ok(url, REPORT, dashboard, admin);
    notes.dashboardRows = probe.body.data.satisfactionReport.rows.length;
    notes.dashboardForms = probe.body.data.satisfactionReport.total.forms;
    for (const connections of [1, 4]) rows.push(await measure(`satisfactionReport all units × 12 months (${notes.dashboardRows} rows)`, url, REPORT, () => dashboard, admin, connections, { p99: 100 }));
    for (const connections of [1, 10]) rows.push(await measure('satisfactionReport one unit × 12 months', url, REPORT, () => unitYear, admin, connections, { p99: 10 }));

    // Submissions through the public operation, each with a link of its own.
    let next = 0;
    const form = () => {
      const i = next++;
      return { input: { token: tokenOf(i), answers: [{ itemKey: 'overall', level: LEVELS[i % LEVELS.length], comment: i % 7 ? null : '服務很好' }, { itemKey: 'service', level: LEVELS[(i + 1) % LEVELS.length] }, { itemKey: 'product_performance', level: 'VERY_SATISFIED' }] } };
    };
    const first = await ok(url, SUBMIT, form(), {});
    notes.submitSql = Number(first.statements);
    if (warmup > 0) await load({ url, query: SUBMIT, next: form, connections: 10, seconds: warmup });
    const started = Date.now();
    const run = await load({ url, query: SUBMIT, next: form, connections: 10, seconds: duration });
    const seconds = (Date.now() - started) / 1000;
    if (run.result.non2xx) throw new Error(`submitSurveyResponse: ${run.result.non2xx} non-2xx`);
    if (next > size.tokens) throw new Error(`the run used ${next} links; seed more than ${size.tokens}`);
    rows.push({
      name: 'submitSurveyResponse by token (3 answers + points)', connections: 10, rps: run.result.requests.total / seconds, okRps: run.okCount / seconds,
      errors: run.errors, p50: run.result.latency.p50, p99: run.result.latency.p99, statements: notes.submitSql,
    });
    await sleep(200);
    // The forms just submitted are in the next report: one more statement's worth, not a rebuild.
    notes.afterForms = (await ok(url, REPORT, dashboard, admin)).body.data.satisfactionReport.total.forms;
    notes.peakRss = rssMb(api.pid, 'VmHWM');
  });
}

function checks({ rows, notes }) {
  const dash = rows.filter((r) => r.name.startsWith('satisfactionReport all'));
  const unit = rows.filter((r) => r.name.startsWith('satisfactionReport one'));
  const submit = rows.find((r) => r.name.startsWith('submit'));
  return [
    ['dashboard in 1 SQL statement', dash.every((r) => r.statements === 1) && unit.every((r) => r.statements === 1), dash.map((r) => r.statements).join(' / ')],
    ['dashboard (all units × 12 months) p99 ≤ 100 ms (1 / 4 clients)', dash.every((r) => r.p99 <= 100), dash.map((r) => r.p99).join(' / ') + ' ms'],
    ['one unit’s year p99 ≤ 10 ms (1 / 10 clients)', unit[0].p99 <= 10, unit.map((r) => r.p99).join(' / ') + ' ms'],
    ['submitting responses ≥ 200/s (10 clients)', submit.okRps >= 200, `${Math.round(submit.okRps)}/s, ${submit.statements} SQL each`],
    ['submitted forms appear in the report', notes.afterForms > notes.dashboardForms, `${notes.dashboardForms.toLocaleString('en')} → ${notes.afterForms.toLocaleString('en')} forms`],
  ];
}

const report = reporter(
  `Stationhub surveys bench — ${size.responses.toLocaleString('en')} forms`,
  ({ notes }) => `dashboard: ${notes.dashboardRows} unit × month rows over ${notes.dashboardForms.toLocaleString('en')} forms; API peak RSS ${notes.peakRss} MB\n`,
  checks,
);

await runDialects('surveys', 'Surveys', runDialect, report);
