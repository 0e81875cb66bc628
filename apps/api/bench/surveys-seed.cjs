// Seeds the survey bench on the org of the normal bench seed: customers homed at its 90 sites,
// a year of returned forms rating those sites and their staff (each with its answers), and a
// stock of sent invitations whose tokens the bench knows, so submissions can be driven through
// the public operation. Rows go straight into the tables in large batches (see seed-lib.cjs).
require('reflect-metadata');
const crypto = require('node:crypto');
const path = require('node:path');
const { seedBench } = require('./seed.cjs');
const { bulkWriter, pad, prng, uuid } = require('./seed-lib.cjs');
const dist = path.join(__dirname, '..', 'dist');
const { openOrm, dbTarget } = require(path.join(dist, 'db/orm'));
const { SurveyTemplateService } = require(path.join(dist, 'modules/surveys/template.service'));
const { recountMonthStatsSql } = require(path.join(dist, 'modules/surveys/month-stat.entity'));

const SURNAMES = '陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高';
const GIVEN = ['志明', '淑芬', '美玲', '家豪', '怡君', '俊傑', '雅婷', '建宏', '佳穎', '宗翰', '欣怡', '冠宇'];
const DAY = 86_400_000;
/** The bench server runs in Asia/Shanghai, which keeps no summer time: local dates are UTC+8. */
const localDay = (ms) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
const tokenOf = (i) => `bench-survey-token-${pad(i, 8)}`;
const hash = (s) => crypto.createHash('sha256').update(s).digest('hex');

async function seedSurveys(dataDir, databaseUrl, { responses: count, customers: customerCount, tokens }) {
  const started = Date.now();
  const base = await seedBench(dataDir, databaseUrl);
  const orm = await openOrm(dbTarget(databaseUrl, dataDir));
  const isPg = !!databaseUrl;
  const em = orm.em.fork();
  await new SurveyTemplateService().ensureDefaults(em);
  const knex = em.getKnex();
  const [template] = await knex('survey_template').select('id').where('code', 'R-SAT-2');
  const [version] = await knex('survey_template_version').select('id').where('template_id', template.id).where('version', 1);
  const sites = await knex('org_unit').where('kind', 'FIELD_SITE').select('id', 'parent_id').orderBy('code');
  const staff = await knex('employee').select('id', 'unit_id');
  const staffOf = new Map();
  for (const e of staff) staffOf.set(e.unit_id, [...(staffOf.get(e.unit_id) ?? []), e.id]);
  // Completing a survey earns points (R-SAT-6's loyalty side): the submissions pay for it too.
  await knex('bonus_rule').insert({ id: uuid(Date.now()), code: 'SURVEY', name: '完成滿意度調查 30 點', kind: 'SURVEY_COMPLETED', fixed_points: 30, extra_multiplier: 0, active: isPg ? true : 1, created_at: isPg ? new Date() : Date.now(), updated_at: isPg ? new Date() : Date.now() });

  const { table, finish } = await bulkWriter(knex, isPg);
  const customerT = table('customer', {
    id: 's', created_at: 'd', updated_at: 'd', code: 's', name: 's', phones: 'j', email: 's', tags: 'j', marketing_consent: 'z', home_station_id: 's', lifetime_spend_cents: 'b', purchase_count: 'i', preferred_language: 't',
  });
  const invitationT = table('survey_invitation', {
    id: 's', created_at: 'd', updated_at: 'd', customer_id: 's', template_id: 's', template_version_id: 's', language: 't', source: 't', unit_id: 's', station_id: 's', agent_id: 's',
    status: 't', send_at: 'd', sent_at: 'd', delivery: 't', token_hash: 's', expires_at: 'd',
  }, [customerT]);
  const responseT = table('survey_response', {
    id: 's', customer_id: 's', template_id: 's', template_version_id: 's', version: 'i', language: 't', channel: 't', source: 't', unit_id: 's', station_id: 's', agent_id: 's',
    answered_at: 'd', answered_on: 's', month: 's', overall_score: 'i', complete: 'z', dissatisfied: 'z', has_comment: 'z', points_awarded: 'i',
  }, [customerT]);
  const answerT = table('survey_answer', { id: 's', response_id: 's', item_key: 's', kind: 't', score: 'i', comment: 't' }, [responseT]);

  const rnd = prng(20261202);
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const now = Date.now();
  const customers = [];
  for (let i = 0; i < customerCount; i++) {
    const id = uuid(now - 800 * DAY + i * 1000);
    const site = sites[i % sites.length];
    customers.push({ id, site });
    await customerT.add([id, now - 800 * DAY, now - 800 * DAY, `C${pad(i + 1, 7)}`, SURNAMES[Math.floor(rnd() * SURNAMES.length)] + pick(GIVEN), [`09${pad(30_000_000 + i * 37, 8)}`], `s${i}@bench.example`, [], true, site.id, 0, 0, 'ZH_HANT']);
  }
  // Each site has its own level of satisfaction, so the dashboard has something to show.
  const quality = new Map(sites.map((s) => [s.id, 0.75 + rnd() * 0.23]));
  const span = 365 * DAY;
  const items = ['product_performance', 'service', 'design'];
  for (let i = 0; i < count; i++) {
    const at = now - span + Math.floor((i / count) * span) + Math.floor(rnd() * 60_000);
    const c = pick(customers);
    const site = rnd() < 0.8 ? c.site : pick(sites);
    const agent = pick(staffOf.get(site.id));
    const day = localDay(at);
    // One form in fifty is a phone survey cut short before the overall question (R-SAT-3).
    const partial = rnd() < 0.02;
    const overall = rnd() < quality.get(site.id) ? pick([5, 5, 4, 4, 4, 3, 3]) : pick([2, 2, 1]);
    const id = uuid(at);
    await responseT.add([id, c.id, template.id, version.id, 1, 'ZH_HANT', rnd() < 0.7 ? 'ONLINE' : 'PHONE', pick(['TICKET', 'REPAIR', 'VISIT', 'CAMPAIGN']), site.id, site.parent_id, agent, at, day, day.slice(0, 7), partial ? null : overall, !partial, overall === 1, false, 0]);
    if (!partial) await answerT.add([uuid(at), id, 'overall', 'OVERALL', overall, null]);
    for (const key of items) await answerT.add([uuid(at), id, key, 'LEVEL5', Math.max(1, Math.min(5, overall + Math.floor(rnd() * 3) - 1)), null]);
  }
  // Invitations sent in the last week and not answered yet: the submissions use their tokens.
  for (let i = 0; i < tokens; i++) {
    const c = customers[i % customers.length];
    const sent = now - Math.floor(rnd() * 7 * DAY);
    await invitationT.add([uuid(sent), sent, sent, c.id, template.id, version.id, 'ZH_HANT', 'TICKET', c.site.id, c.site.parent_id, pick(staffOf.get(c.site.id)), 'SENT', sent, sent, 'EMAIL', hash(tokenOf(i)), sent + 14 * DAY]);
  }
  const tables = [customerT, invitationT, responseT, answerT];
  await finish(tables);
  // Bulk-loaded forms bypass the submission that keeps each month's figures.
  for (const sql of recountMonthStatsSql()) await knex.raw(sql);
  await knex.raw(isPg ? 'vacuum analyze' : 'analyze');
  const unit = sites[17];
  await orm.close(true);
  return { ...base, unitId: unit.id, tokens, rows: Object.fromEntries(tables.map((t) => [t.name, t.total])), seedMs: Date.now() - started };
}

module.exports = { seedSurveys, tokenOf };
