import { createHash } from 'node:crypto';
import { startApp, codeOf, type GqlResult, type TestApp } from '../harness/app';
import { auditRecordsOf, dumpTables } from '../harness/rows';
import { testDialect } from '../harness/db';
import { buildOrg, type Org } from '../factories/org';
import { crmPeople, CRM_USERS, type CrmUser } from '../factories/crm';
import { role, user } from '../factories/access';
import { customer as customerRow, forms } from '../factories/surveys';
import { systemContext } from '../../src/jobs/system-context';
import { Permission as P, Scope } from '../../src/common/auth/permissions';

/**
 * Satisfaction surveys at the GraphQL level (R-SAT-1…6): templates and their versions, the
 * personal link (single use, expiring, no login), staff entry, the automatic triggers with
 * their delay and the quiet period on an injected clock, the rate on hand-computed forms,
 * scoping, the 不滿意 → complaint → re-survey loop, and targets with corrective actions.
 */

type Who = CrmUser | 'qc' | 'own' | 'southReport';
let t: TestApp<Org & { handData: Record<string, string> }>;
const tokens = {} as Record<Who, string>;

/** Monday 2 November 2026, 10:00 in Shanghai. */
const START = '2026-11-02T10:00:00';

beforeAll(async () => {
  t = await startApp({
    seed: async (em) => {
      const org = await crmPeople(em, await buildOrg(em));
      await user(em, 'qc@example.cn', '品管專員', { employee: org.people.hqStaff, roles: ['quality_control'] });
      // R-SAT-6: an agent sees their own scores (OWN scope) and nobody else's.
      await user(em, 'own@example.cn', '何平', { employee: org.people.csHead, roles: ['cs_agent'] });
      const southReport = role(em, 'south_report_test', '華南報表', [[P.ReadSatisfactionReport, Scope.UNIT_SUBTREE]]);
      await user(em, 'southreport@example.cn', '楊帆', { employee: org.people.southStaff, roles: [{ role: southReport, unit: org.units.south }] });
      // A caller who only keys in phone surveys: the call list, not the forms.
      const caller = role(em, 'caller_test', '電訪員', [[P.EnterSurveyResponse, Scope.UNIT_SUBTREE]]);
      await user(em, 'caller@example.cn', '電訪員', { roles: [{ role: caller, unit: org.units.station }] });
      // Hand-computed forms (R-SAT-3) for the technical department, in 2025.
      const a = customerRow(em, org.units.station, { name: '甲客戶' });
      const b = customerRow(em, org.units.station, { name: '乙客戶' });
      await em.flush();
      const u = { unit: org.units.tech, station: org.units.station };
      await forms(em, [
        // January: 5 forms, 很滿意 … 不滿意 → 3 satisfied of 5 = 60%.
        { ...u, customer: a, agent: org.people.techHead, on: '2025-01-05', overall: 5, items: { service: 5 } },
        { ...u, customer: a, agent: org.people.techHead, on: '2025-01-10', overall: 4, items: { service: 2 } },
        { ...u, customer: b, agent: org.people.techStaff, on: '2025-01-15', overall: 3, items: { service: 3 } },
        { ...u, customer: b, agent: org.people.techStaff, on: '2025-01-20', overall: 2, items: { service: 4 } },
        { ...u, customer: b, agent: org.people.techStaff, on: '2025-01-31', overall: 1, items: { service: 1 }, comment: '等太久' },
        // February: no form at all. March: two 基本滿意 and one partial form → 2 of 2 = 100%, 1 partial.
        { ...u, customer: a, agent: org.people.techHead, on: '2025-03-01', overall: 3 },
        { ...u, customer: a, agent: org.people.techHead, on: '2025-03-31', overall: 3 },
        { ...u, customer: b, agent: org.people.techHead, on: '2025-03-15', overall: null, items: { service: 5 } },
        // April: one 不滿意 → 0%, not "no data".
        { ...u, customer: b, agent: org.people.techStaff, on: '2025-04-30', overall: 1 },
        // The customer-service department, January: 1 of 2.
        { unit: org.units.cs, station: org.units.station, customer: a, agent: org.people.csHead, on: '2025-01-07', overall: 4 },
        { unit: org.units.cs, station: org.units.station, customer: b, agent: org.people.csHead, on: '2025-01-08', overall: 2 },
      ]);
      return { ...org, handData: { a: a.id, b: b.id } };
    },
  });
  await clockAt(START);
});
afterAll(() => t?.close());

async function clockAt(local: string): Promise<void> {
  t.clock.set(new Date(`${local}+08:00`));
  for (const u of CRM_USERS) tokens[u] = (await t.login(`${u}@example.cn`)).token;
  for (const u of ['qc', 'own', 'southReport'] as const) tokens[u] = (await t.login(`${u}@example.cn`)).token;
}
const as = (who: Who) => ({ token: tokens[who] });
const d = () => t.data;
const days = (n: number) => n * 86_400_000;
async function advanceDays(n: number): Promise<void> {
  const at = new Date(t.clock.now().getTime() + days(n));
  t.clock.set(at);
  for (const u of [...CRM_USERS, 'qc', 'own', 'southReport'] as const) tokens[u] = (await t.login(`${u}@example.cn`)).token;
}

async function ok<T = any>(r: Promise<GqlResult<T>> | GqlResult<T>): Promise<T> {
  const res = await r;
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data as T;
}
const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) => t.em().getConnection().execute<T[]>(query, params);
const dispatch = () => t.em().transactional((tx) => t.app.services.surveys.dispatchDue(systemContext(tx, { services: t.app.services, config: t.app.config, log: t.app.log, now: t.clock.now }, 'survey-dispatch')));

let seq = 0;
async function newCustomer(extra: Record<string, unknown> = {}): Promise<string> {
  seq++;
  const input = { name: `陳${seq}號`, phones: [`1361111${String(1000 + seq)}`], email: `c${seq}@mail.example`, homeStationId: d().units.station.id, ...extra };
  return (await ok(t.gql(`mutation C($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`, { input }, as('agent')))).createCustomer.id;
}

/** The personal link in the last email queued for an address. */
async function linkSentTo(email: string): Promise<string> {
  const [row] = await sql<{ body: string }>('select body from notification where to_address = ? order by id desc limit 1', [email]);
  const m = /\/s\/([A-Za-z0-9_-]{20,})/.exec(row?.body ?? '');
  if (!m) throw new Error(`no survey link was queued for ${email}`);
  return m[1]!;
}

const SEND = `mutation S($input: SendSurveyInput!) { sendSurvey(input: $input) { scheduled sent skipped link invitations { id status skipReason delivery source sendAt expiresAt customerName unitName version } } }`;
const OPEN = `query O($token: String!, $language: PreferredLanguage) { surveyInvitation(token: $token, language: $language) { language title intro greetingName stationName source expiresAt items { key kind required label } levels { level score label } maxCommentLength } }`;
const SUBMIT = `mutation R($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) { responseId complete pointsAwarded followUp message complaintTicketId complaintNumber } }`;
const RESPONSE = `query G($id: ID!) { surveyResponse(id: $id) { id version channel source complete overallLevel enteredBy dissatisfied unitName stationName agentName customerName ticketNumber complaintNumber complaintTicketId templateCode pointsAwarded answers { itemKey kind level nps text comment label { zhHant en } } } }`;
const REPORT = `query P($from: LocalDate!, $to: LocalDate!, $groupBy: [SatisfactionDimension!]!, $unitId: ID) { satisfactionReport(from: $from, to: $to, groupBy: $groupBy, unitId: $unitId) {
  rows { unitId unitName agentName month itemKey forms satisfied partial rate averageScore levels } total { forms satisfied partial rate levels } } }`;
const OPEN_TICKET = `mutation O($input: OpenTicketInput!) { openTicket(input: $input) { id number } }`;
const ACT = `mutation A($id: ID!, $input: TicketActionInput!) { actOnTicket(id: $id, input: $input) { id status } }`;
const INVITATIONS = `query I($customerId: ID, $status: [SurveyInvitationStatus!], $delivery: SurveyDelivery) { surveyInvitations(customerId: $customerId, status: $status, delivery: $delivery, first: 50) { totalCount nodes { id status skipReason source delivery sendAt sentAt customerName unitName agentName } } }`;

const good = (overall = 'VERY_SATISFIED', extra: Record<string, unknown>[] = []) => [{ itemKey: 'overall', level: overall, comment: '整體不錯' }, { itemKey: 'service', level: 'FAIRLY_SATISFIED' }, ...extra];

async function sendOne(customerId: string, extra: Record<string, unknown> = {}) {
  return (await ok(t.gql(SEND, { input: { customerIds: [customerId], ...extra } }, as('agent')))).sendSurvey;
}
async function resolvedCase(customerId: string): Promise<{ id: string; number: string }> {
  const input = { kind: 'TECH_SUPPORT', channel: 'PHONE', severity: 'MEDIUM', subject: '出水量變小', content: '請協助檢查', customerId, stationId: d().units.station.id, unitId: d().units.cs.id, assigneeId: d().people.csStaff!.id };
  const c = (await ok(t.gql(OPEN_TICKET, { input }, as('agent')))).openTicket;
  // A technical case resolves only after a fix that passed verification (R-SVC-7).
  for (const step of [
    { action: 'DIAGNOSE', text: '濾心阻塞' },
    { action: 'FIX', text: '更換濾心' },
    { action: 'VERIFY', passed: true, text: '出水量恢復正常' },
    { action: 'RESOLVE', text: '更換濾心後恢復正常' },
  ])
    await ok(t.gql(ACT, { id: c.id, input: step }, as('agent')));
  return c;
}

describe('templates (R-SAT-2)', () => {
  const SAVE = `mutation S($input: SaveSurveyTemplateInput!) { saveSurveyTemplate(input: $input) { id latestVersion versions { version } } }`;
  const TABLES = ['survey_template', 'survey_template_version'];
  const texts = (zh: string, en = zh) => ({ zhHant: zh, zhHans: zh, en });
  const overall = { key: 'overall', kind: 'OVERALL', required: true, label: texts('總體評價', 'Overall') };

  /** A template as the editor loads it: the version it is at and that version's questions. */
  async function loaded(code: string) {
    const r = await ok(t.gql(`{ surveyTemplates { id code latestVersion current { items { key kind required label { zhHant zhHans en } } } } }`, {}, as('qc')));
    return r.surveyTemplates.find((x: { code: string }) => x.code === code);
  }
  async function newTemplate(code: string): Promise<string> {
    return (await ok(t.gql(SAVE, { input: { code, title: texts(code), items: [overall] } }, as('qc')))).saveSurveyTemplate.id;
  }

  it('the regime’s survey ships as version 1: the six subjects, the overall evaluation required, in three languages', async () => {
    const r = await ok(t.gql(`{ surveyTemplates { id code latestVersion title { zhHant en } current { version items { key kind required label { zhHant zhHans en } } } } }`, {}, as('agent')));
    const tpl = r.surveyTemplates.find((x: { code: string }) => x.code === 'R-SAT-2');
    expect(tpl).toMatchObject({ latestVersion: 1, title: { zhHant: '顧客滿意度調查' }, current: { version: 1 } });
    expect(tpl.current.items.map((i: { key: string }) => i.key)).toEqual(['product_performance', 'appearance_packaging', 'design', 'vs_competitors', 'service', 'overall', 'suggestions']);
    expect(tpl.current.items.find((i: { key: string }) => i.key === 'overall')).toMatchObject({ kind: 'OVERALL', required: true, label: { zhHant: '總體評價', zhHans: '总体评价', en: 'Overall evaluation' } });
  });

  it('editing publishes a new version; a form keeps the version it answered', async () => {
    const tpl = await loaded('R-SAT-2');
    const customerId = await newCustomer();
    await sendOne(customerId);
    const token = await linkSentTo(`c${seq}@mail.example`);
    const items = [...tpl.current.items, { key: 'recommend', kind: 'NPS', required: false, label: { zhHant: '推薦意願', zhHans: '推荐意愿', en: 'Would you recommend us?' } }];
    const saved = await ok(t.gql(SAVE, { input: { id: tpl.id, expectedVersion: tpl.latestVersion, title: { zhHant: '顧客滿意度調查', zhHans: '顾客满意度调查', en: 'Customer satisfaction survey' }, items, note: '加入推薦意願' } }, as('qc')));
    expect(saved.saveSurveyTemplate).toMatchObject({ latestVersion: 2, versions: [{ version: 2 }, { version: 1 }] });
    // The link sent before still asks version 1, without the new question; answering it with that question is refused.
    const page = (await ok(t.gql(OPEN, { token }))).surveyInvitation;
    expect(page.items.map((i: { key: string }) => i.key)).not.toContain('recommend');
    expect(codeOf(await t.gql(SUBMIT, { input: { token, answers: [...good(), { itemKey: 'recommend', nps: 9 }] } }))).toBe('BAD_USER_INPUT');
    const done = (await ok(t.gql(SUBMIT, { input: { token, answers: good() } }))).submitSurveyResponse;
    expect((await ok(t.gql(RESPONSE, { id: done.responseId }, as('agent')))).surveyResponse.version).toBe(1);
    // A new invitation asks version 2.
    const next = await sendOne(await newCustomer());
    expect(next.invitations[0].version).toBe(2);
  });

  it.each([
    ['two OVERALL questions', (items: any[]) => [...items, { key: 'overall_again', kind: 'OVERALL', label: { zhHant: '再評', zhHans: '再评', en: 'Again' } }], 'items', 'overall_count'],
    ['no OVERALL question', (items: any[]) => items.filter((i) => i.kind !== 'OVERALL'), 'items', 'overall_count'],
    ['a key used twice', (items: any[]) => [...items, { ...items[0] }], 'items.7.key', 'duplicate'],
    ['a key that changes kind', (items: any[]) => items.map((i) => (i.key === 'design' ? { ...i, kind: 'TEXT' } : i)), 'items.2.kind', 'kind_changed'],
    ['a key that is not lower-case', (items: any[]) => [...items, { key: 'Bad Key', kind: 'TEXT', label: { zhHant: '甲', zhHans: '甲', en: 'A' } }], 'items.7.key', 'matches'],
    ['a label missing in English', (items: any[]) => [...items, { key: 'extra', kind: 'TEXT', label: { zhHant: '甲', zhHans: '甲', en: '' } }], 'items.7.label.en', 'isLength'],
  ])('refuses a version with %s, changing nothing', async (_l, edit, field, code) => {
    const tpl = await loaded('R-SAT-2');
    const base = tpl.current.items.filter((i: { key: string }) => i.key !== 'recommend');
    const before = await dumpTables(t, TABLES);
    const r = await t.gql(SAVE, { input: { id: tpl.id, expectedVersion: tpl.latestVersion, title: { zhHant: '甲', zhHans: '甲', en: 'A' }, items: edit(base) } }, as('qc'));
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.body.errors![0]!.extensions!.issues).toContainEqual(expect.objectContaining({ field, code }));
    expect(await dumpTables(t, TABLES)).toEqual(before);
  });

  it('publishing over a version someone published meanwhile is a CONFLICT (STALE_VERSION) that changes nothing', async () => {
    const id = await newTemplate('STALE-1');
    const next = (expectedVersion: number, note: string) => ({ input: { id, expectedVersion, title: texts('維修'), items: [overall], note } });
    await ok(t.gql(SAVE, next(1, '甲發布'), as('qc')));
    const before = await dumpTables(t, TABLES);
    // 乙 drafted from version 1 too, and publishes after 甲.
    const r = await t.gql(SAVE, next(1, '乙發布'), as('admin'));
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.body.errors![0]!.extensions).toMatchObject({ reason: 'STALE_VERSION', currentVersion: 2 });
    expect(await dumpTables(t, TABLES)).toEqual(before);
    // Drafted again from version 2, it goes through.
    expect((await ok(t.gql(SAVE, next(2, '乙重新發布'), as('admin')))).saveSurveyTemplate.latestVersion).toBe(3);
  });

  it('of two publishes from the same version at once, exactly one lands; the other is told STALE_VERSION', async () => {
    const id = await newTemplate('STALE-2');
    const input = (note: string) => ({ input: { id, expectedVersion: 1, title: texts('維修'), items: [overall], note } });
    const results = await Promise.all([t.gql(SAVE, input('甲'), as('qc')), t.gql(SAVE, input('乙'), as('admin'))]);
    expect(results.filter((r) => !r.body.errors)).toHaveLength(1);
    const refused = results.find((r) => r.body.errors)!;
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.body.errors![0]!.extensions).toMatchObject({ reason: 'STALE_VERSION', currentVersion: 2 });
    expect(await sql('select v.version from survey_template_version v where v.template_id = ? order by v.version', [id])).toEqual([{ version: 1 }, { version: 2 }]);
  });

  it.each([
    ['without the version it was drafted from', {}, 'expectedVersion', 'isDefined'],
    ['with a null version', { expectedVersion: null }, 'expectedVersion', 'isDefined'],
    ['from version 0', { expectedVersion: 0 }, 'expectedVersion', 'min'],
  ])('refuses a new version %s, changing nothing', async (_l, patch, field, code) => {
    const tpl = await loaded('R-SAT-2');
    const before = await dumpTables(t, TABLES);
    const r = await t.gql(SAVE, { input: { id: tpl.id, title: texts('甲'), items: tpl.current.items, ...patch } }, as('qc'));
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.body.errors![0]!.extensions!.issues).toContainEqual(expect.objectContaining({ field, code }));
    expect(await dumpTables(t, TABLES)).toEqual(before);
  });

  it('lists templates with their current version and history in a fixed number of statements (DESIGN rule 10)', async () => {
    const LIST = `{ surveyTemplates { code current { items { key } } versions { version } } }`;
    const first = await t.gql(LIST, {}, as('qc'));
    await newTemplate('COUNT-1');
    await newTemplate('COUNT-2');
    const more = await t.gql(LIST, {}, as('qc'));
    expect(more.body.errors).toBeUndefined();
    expect(more.body.data.surveyTemplates.length).toBe(first.body.data.surveyTemplates.length + 2);
    expect(more.body.data.surveyTemplates.find((x: { code: string }) => x.code === 'STALE-1')).toMatchObject({ current: { items: [{ key: 'overall' }] }, versions: [{ version: 3 }, { version: 2 }, { version: 1 }] });
    // The list, every template's current version, every template's versions.
    expect(first.statements).toBe(3);
    expect(more.statements).toBe(3);
  });
});

describe('the personal link (R-SAT-1)', () => {
  it('goes by email through the outbox as <PUBLIC_URL>/s/<token>; only the token’s hash is stored', async () => {
    const customerId = await newCustomer();
    const sent = await sendOne(customerId);
    expect(sent).toMatchObject({ sent: 1, scheduled: 0, skipped: 0, link: null, invitations: [{ status: 'SENT', delivery: 'EMAIL', source: 'MANUAL' }] });
    const [mail] = await sql<{ id: string; body: string; subject: string; recipient_id: string | null }>('select id, body, subject, recipient_id from notification where to_address = ?', [`c${seq}@mail.example`]);
    expect(mail!.recipient_id).toBeNull();
    expect(mail!.body).toContain(`${t.app.config.publicUrl}/s/`);
    const token = await linkSentTo(`c${seq}@mail.example`);
    const [inv] = await sql<{ token_hash: string }>('select token_hash from survey_invitation where id = ?', [sent.invitations[0].id]);
    expect(inv!.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(await sql('select * from survey_invitation'))).not.toContain(token);
    // Once delivered, neither the address nor the link stays in the outbox (R-ACL-3).
    const sentMails: string[] = [];
    t.app.services.notifications.useTransport({ send: async (m) => void sentMails.push(m.to) });
    await t.app.services.notifications.deliver(systemContext(t.em(), { services: t.app.services, config: t.app.config, log: t.app.log, now: t.clock.now }, 'email-outbox'));
    expect(sentMails).toContain(`c${seq}@mail.example`);
    expect(await sql('select to_address, body from notification where id = ?', [mail!.id])).toEqual([{ to_address: null, body: null }]);
  });

  it('opens without login in the customer’s language, shows the five levels and no personal data (R-ACL-3)', async () => {
    const customerId = await newCustomer({ name: 'Wang Xiaoming', preferredLanguage: 'EN', email: 'wang@mail.example' });
    await sendOne(customerId);
    const token = await linkSentTo('wang@mail.example');
    const r = await ok(t.gql(OPEN, { token }));
    expect(r.surveyInvitation).toMatchObject({ language: 'EN', title: 'Customer satisfaction survey', greetingName: 'W***', stationName: d().units.station.name, source: 'MANUAL', maxCommentLength: 1000 });
    expect(r.surveyInvitation.levels).toEqual([
      { level: 'VERY_SATISFIED', score: 5, label: 'Very satisfied' },
      { level: 'FAIRLY_SATISFIED', score: 4, label: 'Fairly satisfied' },
      { level: 'BASICALLY_SATISFIED', score: 3, label: 'Basically satisfied' },
      { level: 'NOT_VERY_SATISFIED', score: 2, label: 'Not very satisfied' },
      { level: 'DISSATISFIED', score: 1, label: 'Dissatisfied' },
    ]);
    expect(JSON.stringify(r)).not.toMatch(/wang@mail|Xiaoming|1361111/);
    const zh = await ok(t.gql(OPEN, { token, language: 'ZH_HANT' }));
    expect(zh.surveyInvitation.levels.map((l: { label: string }) => l.label)).toEqual(['很滿意', '比較滿意', '基本滿意', '不太滿意', '不滿意']);
  });

  it('works once: the form, the timeline, loyalty points; the link then says SURVEY_LINK_USED', async () => {
    await ok(t.gql(`mutation B($input: BonusRuleInput!) { saveBonusRule(input: $input) { code } }`, { input: { code: 'SURVEY', name: '完成滿意度調查 30 點', kind: 'SURVEY_COMPLETED', fixedPoints: 30, extraMultiplier: 0, active: true } }, as('marketing')));
    const customerId = await newCustomer();
    await sendOne(customerId);
    const token = await linkSentTo(`c${seq}@mail.example`);
    const r = await t.gql(SUBMIT, { input: { token, answers: good('FAIRLY_SATISFIED', [{ itemKey: 'suggestions', text: '希望延長服務時間' }]) } });
    const done = (await ok(r)).submitSurveyResponse;
    expect(done).toMatchObject({ complete: true, pointsAwarded: 30, followUp: false, message: '感謝您寶貴的意見！' });
    // The public hot path, here with the customer's first points account: claim, points, then
    // the form, its answers, its month's figures and the timeline row in one statement on PostgreSQL.
    expect(r.statements).toBeLessThanOrEqual(testDialect() === 'postgresql' ? 13 : 18);
    const [audit] = await auditRecordsOf(t, r.requestId);
    expect(audit).toMatchObject({ operation: 'submitSurveyResponse', outcome: 'ALLOWED', actor_type: 'ANONYMOUS', target_type: 'SurveyResponse' });
    const form = (await ok(t.gql(RESPONSE, { id: done.responseId }, as('agent')))).surveyResponse;
    expect(form).toMatchObject({ channel: 'ONLINE', source: 'MANUAL', complete: true, overallLevel: 'FAIRLY_SATISFIED', enteredBy: null, templateCode: 'R-SAT-2', pointsAwarded: 30 });
    expect(form.answers).toContainEqual(expect.objectContaining({ itemKey: 'suggestions', kind: 'TEXT', text: '希望延長服務時間', label: expect.objectContaining({ zhHant: '其他建議' }) }));
    // R-CRM-1, R-SAT-2: the form in the customer's file as facts (the overall level, the channel), which the console words in the reader's language.
    const file = await ok(t.gql(`query C($id: ID!) { customer(id: $id) { timeline { nodes { kind summary refType refId data } } } }`, { id: customerId }, as('agent')));
    expect(file.customer.timeline.nodes.filter((n: { kind: string }) => n.kind === 'SURVEY')).toEqual([
      {
        kind: 'SURVEY',
        summary: 'R-SAT-2 · 4/5',
        refType: 'SurveyResponse',
        refId: done.responseId,
        data: { overall: 'FAIRLY_SATISFIED', complete: true, template: 'R-SAT-2', version: form.version, channel: 'ONLINE', dissatisfied: false },
      },
    ]);
    expect(codeOf(await t.gql(SUBMIT, { input: { token, answers: good() } }))).toBe('SURVEY_LINK_USED');
    expect(codeOf(await t.gql(OPEN, { token }))).toBe('SURVEY_LINK_USED');
  });

  it('of two submissions at once exactly one lands', async () => {
    await sendOne(await newCustomer());
    const token = await linkSentTo(`c${seq}@mail.example`);
    const results = await Promise.all([1, 2, 3].map(() => t.gql(SUBMIT, { input: { token, answers: good() } })));
    expect(results.filter((r) => !r.body.errors)).toHaveLength(1);
    expect(results.filter((r) => codeOf(r) === 'SURVEY_LINK_USED')).toHaveLength(2);
    const [inv] = await sql<{ id: string }>(`select i.id from survey_invitation i where i.token_hash = ?`, [createHash('sha256').update(token).digest('hex')]);
    expect(await sql('select id from survey_response where invitation_id = ?', [inv!.id])).toHaveLength(1);
  });

  it('expires after the configured days: SURVEY_LINK_EXPIRED, for the page and for a submission', async () => {
    await sendOne(await newCustomer());
    const token = await linkSentTo(`c${seq}@mail.example`);
    t.clock.set(new Date(t.clock.now().getTime() + days(14) + 1000));
    const page = await t.gql(OPEN, { token });
    expect(codeOf(page)).toBe('SURVEY_LINK_EXPIRED');
    expect(page.body.errors![0]!.extensions!.expiredAt).toBeDefined();
    expect(codeOf(await t.gql(SUBMIT, { input: { token, answers: good() } }))).toBe('SURVEY_LINK_EXPIRED');
    await clockAt(START);
  });

  it.each([
    ['an unknown token', { token: 'x'.repeat(43) }, 'SURVEY_LINK_INVALID', null],
    ['no overall answer (required online)', { answers: [{ itemKey: 'service', level: 'VERY_SATISFIED' }] }, 'BAD_USER_INPUT', 'required_item'],
    ['a question the survey does not ask', { answers: [...good(), { itemKey: 'price', level: 'VERY_SATISFIED' }] }, 'BAD_USER_INPUT', 'unknown_item'],
    ['a level for a free question', { answers: [...good(), { itemKey: 'suggestions', level: 'VERY_SATISFIED' }] }, 'BAD_USER_INPUT', 'not_applicable'],
    ['a question answered twice', { answers: [...good(), { itemKey: 'service', level: 'DISSATISFIED' }] }, 'BAD_USER_INPUT', 'duplicate'],
    ['a comment over 1000 characters', { answers: [{ itemKey: 'overall', level: 'VERY_SATISFIED', comment: '長'.repeat(1001) }] }, 'BAD_USER_INPUT', 'maxLength'],
  ])('refuses %s, changing nothing and leaving the link usable', async (_l, change, code, issue) => {
    await sendOne(await newCustomer());
    const token = await linkSentTo(`c${seq}@mail.example`);
    const before = await dumpTables(t, ['survey_invitation', 'survey_response', 'survey_answer', 'ticket', 'customer_event']);
    const r = await t.gql(SUBMIT, { input: { token, answers: good(), ...change } });
    expect(codeOf(r)).toBe(code);
    if (issue) expect(r.body.errors![0]!.extensions!.issues).toContainEqual(expect.objectContaining({ code: issue }));
    expect(await dumpTables(t, ['survey_invitation', 'survey_response', 'survey_answer', 'ticket', 'customer_event'])).toEqual(before);
    await ok(t.gql(SUBMIT, { input: { token, answers: good() } }));
  });
});

describe('staff entry: phone and interview surveys (R-SAT-1)', () => {
  it('a customer without email goes on the phone list; the agent keys in the call against the invitation', async () => {
    const customerId = await newCustomer({ email: null });
    const sent = await sendOne(customerId);
    expect(sent.invitations[0]).toMatchObject({ status: 'SENT', delivery: 'PHONE' });
    const list = await ok(t.gql(INVITATIONS, { delivery: 'PHONE', status: ['SENT'] }, as('agent')));
    expect(list.surveyInvitations.nodes.map((n: { id: string }) => n.id)).toContain(sent.invitations[0].id);
    const done = (await ok(t.gql(SUBMIT, { input: { invitationId: sent.invitations[0].id, channel: 'PHONE', answers: good('BASICALLY_SATISFIED') } }, as('agent')))).submitSurveyResponse;
    const form = (await ok(t.gql(RESPONSE, { id: done.responseId }, as('agent')))).surveyResponse;
    expect(form).toMatchObject({ channel: 'PHONE', enteredBy: '何平', overallLevel: 'BASICALLY_SATISFIED' });
    const again = await t.gql(SUBMIT, { input: { invitationId: sent.invitations[0].id, answers: good() } }, as('agent'));
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.body.errors![0]!.extensions!.reason).toBe('ALREADY_ANSWERED');
  });

  it('the call list shows the numbers to dial, masked without ReadCustomerContact (R-ACL-3); a caller without ReadSurvey sees only it', async () => {
    const customerId = await newCustomer({ email: null });
    const sent = await sendOne(customerId);
    const phone = `1361111${String(1000 + seq)}`;
    const CALLS = `query C($delivery: SurveyDelivery) { surveyInvitations(delivery: $delivery, status: [SENT], first: 200) { totalCount nodes { id customerPhones } } }`;
    const mine = (list: { nodes: { id: string; customerPhones: string[] }[] }) => list.nodes.find((n) => n.id === sent.invitations[0].id);
    expect(mine((await ok(t.gql(CALLS, { delivery: 'PHONE' }, as('agent')))).surveyInvitations)?.customerPhones).toEqual([phone]);
    const caller = { token: (await t.login('caller@example.cn')).token };
    const calls = (await ok(t.gql(CALLS, { delivery: 'PHONE' }, caller))).surveyInvitations;
    expect(mine(calls)?.customerPhones).toEqual([expect.stringMatching(/^\*+\d{3,4}$/)]);
    expect((await ok(t.gql(CALLS, {}, caller))).surveyInvitations.totalCount).toBe(0);
    // Keyed in by a caller, the submission names the complaint to tell the customer (R-SAT-5).
    const answers = [{ itemKey: 'overall', level: 'DISSATISFIED', comment: '等了兩週' }, { itemKey: 'service', level: 'BASICALLY_SATISFIED' }];
    const done = (await ok(t.gql(`mutation R($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) { followUp complaintTicketId complaintNumber } }`, { input: { invitationId: sent.invitations[0].id, channel: 'PHONE', answers } }, caller))).submitSurveyResponse;
    expect(done).toMatchObject({ followUp: true, complaintTicketId: expect.any(String), complaintNumber: expect.stringMatching(/^TKT-/) });
    expect(await sql(`select number from ticket where id = ?`, [done.complaintTicketId])).toEqual([{ number: done.complaintNumber }]);
    expect(codeOf(await t.gql(`{ surveyResponses(first: 1) { totalCount } }`, {}, caller))).toBe('FORBIDDEN');
  });

  it('straight to the phone list, in a chosen language, even for customers with email; a link is asked for with returnLink', async () => {
    const customerId = await newCustomer();
    const before = await sql<{ n: number }>(`select count(*) as n from notification where to_address = ?`, [`c${seq}@mail.example`]);
    const sent = (await ok(t.gql(`mutation S($input: SendSurveyInput!) { sendSurvey(input: $input) { sent invitations { id delivery language } } }`, { input: { customerIds: [customerId], delivery: 'PHONE', language: 'EN', respectQuietPeriod: false } }, as('agent')))).sendSurvey;
    expect(sent).toMatchObject({ sent: 1, invitations: [{ delivery: 'PHONE', language: 'EN' }] });
    expect(await sql<{ n: number }>(`select count(*) as n from notification where to_address = ?`, [`c${seq}@mail.example`])).toEqual(before);
    const later = (await ok(t.gql(`mutation S($input: SendSurveyInput!) { sendSurvey(input: $input) { scheduled } }`, { input: { customerIds: [customerId], delivery: 'PHONE', respectQuietPeriod: false, sendAt: new Date(t.clock.now().getTime() + 3_600_000).toISOString() } }, as('agent')))).sendSurvey;
    expect(later.scheduled).toBe(1);
    t.clock.set(new Date(t.clock.now().getTime() + 2 * 3_600_000));
    await dispatch();
    const [row] = await sql<{ delivery: string; status: string }>(`select delivery, status from survey_invitation where customer_id = ? order by send_at desc limit 1`, [customerId]);
    expect(row).toEqual({ delivery: 'PHONE', status: 'SENT' });
    expect(await sql<{ n: number }>(`select count(*) as n from notification where to_address = ?`, [`c${seq}@mail.example`])).toEqual(before);
    await clockAt(START);
    for (const [input, field] of [
      [{ delivery: 'LINK' }, 'delivery'],
      [{ delivery: 'PHONE', returnLink: true }, 'delivery'],
    ] as const) {
      const r = await t.gql(SEND, { input: { customerIds: [customerId], respectQuietPeriod: false, ...input } }, as('agent'));
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.body.errors![0]!.extensions!.issues).toContainEqual(expect.objectContaining({ field }));
    }
  });

  it('an interview cut short is kept as a partial form, outside the rate (R-SAT-3)', async () => {
    const customerId = await newCustomer();
    const done = (await ok(t.gql(SUBMIT, { input: { customerId, channel: 'INTERVIEW', answers: [{ itemKey: 'service', level: 'VERY_SATISFIED' }] } }, as('agent')))).submitSurveyResponse;
    expect(done).toMatchObject({ complete: false, pointsAwarded: 0 });
    const form = (await ok(t.gql(RESPONSE, { id: done.responseId }, as('agent')))).surveyResponse;
    expect(form).toMatchObject({ channel: 'INTERVIEW', source: 'MANUAL', complete: false, overallLevel: null, unitName: d().units.station.name });
  });

  it.each([
    ['without token or login', null, { customerId: 'C' }, 'UNAUTHENTICATED'],
    ['without the EnterSurveyResponse right', 'viewer', { customerId: 'C' }, 'FORBIDDEN'],
    ['for a customer of another region', 'south', { customerId: 'C' }, 'NOT_FOUND'],
    ['as an ONLINE form', 'agent', { customerId: 'C', channel: 'ONLINE' }, 'BAD_USER_INPUT'],
    ['without customer or invitation', 'agent', {}, 'BAD_USER_INPUT'],
  ] as const)('refuses a form keyed in %s', async (_l, who, input, code) => {
    const customerId = await newCustomer();
    const before = await dumpTables(t, ['survey_response', 'survey_answer']);
    const body = { ...input, ...('customerId' in input ? { customerId } : {}), answers: good() };
    const r = await t.gql(SUBMIT, { input: body }, who ? as(who) : {});
    expect(codeOf(r)).toBe(code);
    expect(await dumpTables(t, ['survey_response', 'survey_answer'])).toEqual(before);
  });
});

describe('triggers, delay and quiet period (R-SAT-1, injected clock)', () => {
  it('a resolved case is followed by a survey after the delay; the dispatch job sends it once', async () => {
    await clockAt(START);
    await ok(t.gql(`mutation U($input: SurveySettingsInput!) { updateSurveySettings(input: $input) { id quietDays triggers { source enabled delayHours } } }`, { input: { quietDays: 30, triggers: [{ source: 'TICKET', enabled: true, delayHours: 24 }] } }, as('qc')));
    const customerId = await newCustomer();
    const c = await resolvedCase(customerId);
    const [inv] = (await ok(t.gql(INVITATIONS, { customerId }, as('agent')))).surveyInvitations.nodes;
    expect(inv).toMatchObject({ status: 'SCHEDULED', source: 'TICKET', unitName: d().units.cs.name, agentName: d().people.csStaff!.name, sendAt: new Date(t.clock.now().getTime() + days(1)).toISOString() });
    t.clock.set(new Date(t.clock.now().getTime() + days(1) - 60_000));
    expect((await dispatch()).sent).toBe(0);
    t.clock.set(new Date(t.clock.now().getTime() + 120_000));
    // Two replicas running the job at once send it once.
    const runs = await Promise.all([dispatch(), dispatch()]);
    expect(runs.reduce((n, r) => n + r.sent, 0)).toBe(1);
    await advanceDays(0);
    expect(await sql('select id from notification where to_address = ?', [`c${seq}@mail.example`])).toHaveLength(1);
    const token = await linkSentTo(`c${seq}@mail.example`);
    const page = await ok(t.gql(OPEN, { token }));
    expect(page.surveyInvitation.source).toBe('TICKET');
    const done = (await ok(t.gql(SUBMIT, { input: { token, answers: good() } }))).submitSurveyResponse;
    expect((await ok(t.gql(RESPONSE, { id: done.responseId }, as('agent')))).surveyResponse).toMatchObject({ ticketNumber: c.number, unitName: d().units.cs.name, agentName: d().people.csStaff!.name });
    await clockAt(START);
  });

  it('a customer asked within the quiet period is skipped, and the skip recorded; after it, asked again', async () => {
    await clockAt(START);
    const customerId = await newCustomer();
    await resolvedCase(customerId);
    await advanceDays(2);
    await dispatch();
    // Ten days later another case: inside the 30-day quiet period.
    await advanceDays(10);
    await resolvedCase(customerId);
    await advanceDays(2);
    await dispatch();
    let list = (await ok(t.gql(INVITATIONS, { customerId }, as('agent')))).surveyInvitations.nodes;
    expect(list.map((n: { status: string; skipReason: string | null }) => [n.status, n.skipReason])).toEqual([
      ['SKIPPED', 'QUIET_PERIOD'],
      ['SENT', null],
    ]);
    // A month on, the quiet period is over.
    await advanceDays(31);
    await resolvedCase(customerId);
    await advanceDays(2);
    await dispatch();
    list = (await ok(t.gql(INVITATIONS, { customerId }, as('agent')))).surveyInvitations.nodes;
    expect(list[0]).toMatchObject({ status: 'SENT', skipReason: null });
    await clockAt(START);
  });

  it('the quiet period is checked again at send time: a campaign in between holds back a scheduled survey', async () => {
    await clockAt(START);
    const customerId = await newCustomer();
    await resolvedCase(customerId);
    // Marketing's campaign goes out today; the case's survey is due tomorrow.
    const campaign = (await ok(t.gql(SEND, { input: { customerIds: [customerId, await newCustomer()], campaign: '年終回饋', respectQuietPeriod: false } }, as('marketing')))).sendSurvey;
    expect(campaign).toMatchObject({ sent: 2, skipped: 0 });
    await advanceDays(2);
    const run = await dispatch();
    expect(run.skipped).toBeGreaterThanOrEqual(1);
    const list = (await ok(t.gql(INVITATIONS, { customerId }, as('agent')))).surveyInvitations.nodes;
    expect(list.find((n: { source: string }) => n.source === 'TICKET')).toMatchObject({ status: 'SKIPPED', skipReason: 'QUIET_PERIOD' });
    await clockAt(START);
  });

  it('a delivered repair and a follow-up visit each trigger their survey', async () => {
    await clockAt(START);
    const customerId = await newCustomer();
    const input = { kind: 'RETURN_REPAIR', channel: 'VISIT', severity: 'MEDIUM', subject: '主機板故障送修', content: '無法開機', customerId, stationId: d().units.station.id };
    const c = (await ok(t.gql(OPEN_TICKET, { input }, as('agent')))).openTicket;
    const repair = (await ok(t.gql(`mutation R($id: ID!) { startRepair(ticketId: $id, input: { inWarranty: true, mainComponent: false }) { id } }`, { id: c.id }, as('agent')))).startRepair;
    for (const to of ['REPAIRING', 'QC_PASSED', 'SHIPPED', 'DELIVERED']) await ok(t.gql(`mutation A($id: ID!, $to: RepairStatus!) { advanceRepair(id: $id, to: $to) { status } }`, { id: repair.id, to }, as('agent')));
    const other = await newCustomer();
    const resolved = await resolvedCase(other);
    const visits = (await ok(t.gql(`{ followUpVisits { id ticket { id } } }`, {}, as('agent')))).followUpVisits;
    const visit = visits.find((v: { ticket: { id: string } }) => v.ticket.id === resolved.id);
    await ok(t.gql(`mutation F($id: ID!, $input: FollowUpInput!) { recordFollowUp(id: $id, input: $input) { status } }`, { id: visit.id, input: { reached: true, satisfied: true, result: '客戶滿意' } }, as('agent')));
    const sources = async (id: string) => (await ok(t.gql(INVITATIONS, { customerId: id }, as('agent')))).surveyInvitations.nodes.map((n: { source: string }) => n.source).sort();
    expect(await sources(customerId)).toEqual(['REPAIR']);
    // The case's own survey and the visit's: both recorded, the second held back by the quiet period.
    expect(await sources(other)).toEqual(['TICKET', 'VISIT']);
  });

  it('campaigns by CRM filter and random samples respect the quiet period and record what they skip', async () => {
    await clockAt(START);
    const fresh = [await newCustomer({ tags: ['抽樣'] }), await newCustomer({ tags: ['抽樣'] }), await newCustomer({ tags: ['抽樣'] })];
    await sendOne(fresh[0]!);
    const r = (await ok(t.gql(SEND, { input: { filter: { tags: ['抽樣'] }, sampleSize: 3, campaign: '季度抽樣' } }, as('marketing')))).sendSurvey;
    expect(r).toMatchObject({ sent: 2, skipped: 1 });
    expect(r.invitations.every((i: { source: string }) => i.source === 'SAMPLE')).toBe(true);
    expect(r.invitations.find((i: { status: string }) => i.status === 'SKIPPED')).toMatchObject({ skipReason: 'QUIET_PERIOD' });
  });

  it.each([
    ['no customers and no filter', {}, 'BAD_USER_INPUT'],
    ['a customer outside the sender’s reach', { customerIds: ['SOUTH'] }, 'BAD_USER_INPUT'],
    ['a link asked for several customers', { customerIds: ['A', 'B'], returnLink: true }, 'BAD_USER_INPUT'],
    ['a re-survey of a case no survey opened', { complaintTicketId: 'CASE' }, 'BAD_USER_INPUT'],
  ])('refuses a send with %s, changing nothing', async (_l, input, code) => {
    const a = await newCustomer();
    const b = await newCustomer();
    const southCustomer = (await ok(t.gql(`mutation C($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`, { input: { name: '南方客戶', phones: [`1371111${seq}`], homeStationId: d().units.south.id } }, as('south')))).createCustomer.id;
    const ids = ((input as { customerIds?: string[] }).customerIds ?? []).map((x) => (x === 'SOUTH' ? southCustomer : x === 'A' ? a : b));
    const body: Record<string, unknown> = { ...input, ...(ids.length ? { customerIds: ids } : {}) };
    if ('complaintTicketId' in input) body.complaintTicketId = (await resolvedCase(a)).id;
    const before = await dumpTables(t, ['survey_invitation', 'notification']);
    const r = await t.gql(SEND, { input: body }, as('agent'));
    expect(codeOf(r)).toBe(code);
    expect(await dumpTables(t, ['survey_invitation', 'notification'])).toEqual(before);
  });
});

describe('the satisfaction rate (R-SAT-3) on hand-computed forms', () => {
  it('by month: 60%, no rate for an empty month (never 0/0), 100% with the partial form left out, 0% for one 不滿意', async () => {
    const r = await t.gql(REPORT, { from: '2025-01-01', to: '2025-04-30', groupBy: ['MONTH'], unitId: d().units.tech.id }, as('admin'));
    const rep = (await ok(r)).satisfactionReport;
    expect(rep.rows).toEqual([
      expect.objectContaining({ month: '2025-01', forms: 5, satisfied: 3, partial: 0, rate: 60, averageScore: 3, levels: [1, 1, 1, 1, 1] }),
      expect.objectContaining({ month: '2025-02', forms: 0, satisfied: 0, partial: 0, rate: null, averageScore: null }),
      expect.objectContaining({ month: '2025-03', forms: 2, satisfied: 2, partial: 1, rate: 100 }),
      expect.objectContaining({ month: '2025-04', forms: 1, satisfied: 0, partial: 0, rate: 0 }),
    ]);
    // 5 of 8 forms with an overall answer; the partial one is counted beside the rate.
    expect(rep.total).toMatchObject({ forms: 8, satisfied: 5, partial: 1, rate: 62.5, levels: [1, 1, 3, 1, 2] });
    expect(r.statements).toBe(1);
  });

  it('the dashboard, every unit × month in one statement; by station; by question', async () => {
    const r = await t.gql(REPORT, { from: '2025-01-01', to: '2025-12-31', groupBy: ['UNIT', 'MONTH'] }, as('admin'));
    expect(r.statements).toBe(1);
    const rows = (await ok(r)).satisfactionReport.rows;
    expect(rows).toHaveLength(24);
    expect(rows.find((x: { unitName: string; month: string }) => x.unitName === '客服部' && x.month === '2025-01')).toMatchObject({ forms: 2, satisfied: 1, rate: 50 });
    expect(rows.find((x: { unitName: string; month: string }) => x.unitName === '客服部' && x.month === '2025-05')).toMatchObject({ forms: 0, rate: null });
    const byItem = (await ok(t.gql(REPORT, { from: '2025-01-01', to: '2025-01-31', groupBy: ['ITEM'], unitId: d().units.tech.id }, as('admin')))).satisfactionReport.rows;
    // The service question in January: 5, 2, 3, 4, 1 → 3 of 5.
    expect(byItem.find((x: { itemKey: string }) => x.itemKey === 'service')).toMatchObject({ forms: 5, satisfied: 3, rate: 60 });
    expect(byItem.find((x: { itemKey: string }) => x.itemKey === 'overall')).toMatchObject({ forms: 5, satisfied: 3, rate: 60 });
  });

  it('buckets by the company’s local month: 23:30 on 30 November is November, 00:30 on 1 December is December', async () => {
    const customerId = await newCustomer();
    for (const [local, level] of [['2026-11-30T23:30:00', 'VERY_SATISFIED'], ['2026-12-01T00:30:00', 'DISSATISFIED']] as const) {
      await clockAt(local);
      await ok(t.gql(SUBMIT, { input: { customerId, channel: 'PHONE', answers: [{ itemKey: 'overall', level }] } }, as('agent')));
    }
    const rows = (await ok(t.gql(REPORT, { from: '2026-11-30', to: '2026-12-01', groupBy: ['MONTH'], unitId: d().units.station.id }, as('admin')))).satisfactionReport.rows;
    expect(rows.find((x: { month: string }) => x.month === '2026-11')).toMatchObject({ satisfied: 1 });
    expect(rows.find((x: { month: string }) => x.month === '2026-12')).toMatchObject({ forms: 1, satisfied: 0 });
    await clockAt(START);
  });

  it('R-ACL-1: each sees the forms within reach — a region nothing of the station, an agent only their own', async () => {
    const args = { from: '2025-01-01', to: '2025-12-31', groupBy: ['AGENT'] };
    const all = (await ok(t.gql(REPORT, args, as('admin')))).satisfactionReport.total.forms;
    expect((await ok(t.gql(REPORT, args, as('manager')))).satisfactionReport.total.forms).toBe(all);
    const south = await t.gql(REPORT, args, as('southReport'));
    expect((await ok(south)).satisfactionReport).toMatchObject({ rows: [], total: { forms: 0, rate: null } });
    expect(south.statements).toBe(1);
    const own = (await ok(t.gql(REPORT, args, as('own')))).satisfactionReport.rows;
    expect(own.map((x: { agentName: string }) => x.agentName)).toEqual([d().people.csHead!.name]);
    expect(codeOf(await t.gql(REPORT, args, as('agent')))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(REPORT, { ...args, from: '2025-02-01', to: '2025-01-01' }, as('admin')))).toBe('BAD_USER_INPUT');
  });

  it('R-SAT-6: each agent’s figures for performance reviews', async () => {
    const rows = (await ok(t.gql(`query A { agentSatisfactionScores(from: "2025-01-01", to: "2025-12-31", unitId: "${d().units.tech.id}") { agentName forms satisfied rate averageScore dissatisfiedForms } }`, {}, as('admin')))).agentSatisfactionScores;
    // The head: 5, 4, 3, 3 (and a partial form); the staff member: 3, 2, 1, 1.
    expect(rows).toEqual(
      expect.arrayContaining([
        { agentName: d().people.techHead!.name, forms: 4, satisfied: 4, rate: 100, averageScore: 3.75, dissatisfiedForms: 0 },
        { agentName: d().people.techStaff!.name, forms: 4, satisfied: 1, rate: 25, averageScore: 1.75, dissatisfiedForms: 2 },
      ]),
    );
    const other = (await ok(t.gql(`query A { agentSatisfactionScores(from: "2025-01-01", to: "2025-12-31", unitId: "${d().units.tech.id}", templateId: "00000000-0000-7000-8000-000000000000") { agentName } }`, {}, as('admin')))).agentSatisfactionScores;
    expect(other).toEqual([]);
  });

  it('the drill-down lists the forms behind a figure with their comments; the export opens in Excel', async () => {
    const r = await t.gql(`query D($filter: SurveyResponseFilter) { surveyResponses(filter: $filter, first: 20) { totalCount nodes { answeredOn overallLevel customerName agentName answers { itemKey level comment } } } }`, { filter: { month: '2025-01', unitId: d().units.tech.id, satisfied: false } }, as('admin'));
    const page = (await ok(r)).surveyResponses;
    expect(page.totalCount).toBe(2);
    expect(page.nodes.map((n: { overallLevel: string }) => n.overallLevel)).toEqual(['DISSATISFIED', 'NOT_VERY_SATISFIED']);
    expect(page.nodes[0].answers).toContainEqual(expect.objectContaining({ itemKey: 'overall', level: 'DISSATISFIED', comment: '等太久' }));
    // By template, as the dashboard filters: the hand-made forms answered R-SAT-2, none another template.
    const [tpl] = await sql<{ template_id: string }>(`select template_id from survey_response where month = '2025-01' limit 1`);
    const count = async (templateId: string) => (await ok(t.gql(`query D($filter: SurveyResponseFilter) { surveyResponses(filter: $filter) { totalCount } }`, { filter: { month: '2025-01', unitId: d().units.tech.id, templateId } }, as('admin')))).surveyResponses.totalCount;
    expect(await count(tpl!.template_id)).toBe(5);
    expect(await count('00000000-0000-7000-8000-000000000000')).toBe(0);
    // The page, its answers, the count: whatever the page size.
    expect(r.statements).toBeLessThanOrEqual(3);
    const file = (await ok(t.gql(`mutation E($input: ExportSurveyResponsesInput!) { exportSatisfactionResponses(input: $input) { fileName rowCount contentBase64 } }`, { input: { format: 'CSV', filter: { month: '2025-01', unitId: d().units.tech.id } } }, as('admin')))).exportSatisfactionResponses;
    expect(file.rowCount).toBe(5);
    const csv = Buffer.from(file.contentBase64, 'base64').toString('utf8');
    expect(csv).toContain('總體評價');
    expect(csv).toContain('等太久');
  });
});

describe('不滿意 → complaint → resolved → re-survey (R-SAT-5)', () => {
  it('any 不滿意 answer opens one complaint, linked to the form and noted on the original case', async () => {
    await clockAt(START);
    const customerId = await newCustomer();
    const original = await resolvedCase(customerId);
    // The case's own survey is already scheduled; this one is sent about it by hand, quiet period or not.
    await sendOne(customerId, { ticketId: original.id, respectQuietPeriod: false });
    const token = await linkSentTo(`c${seq}@mail.example`);
    const answers = [
      { itemKey: 'overall', level: 'NOT_VERY_SATISFIED' },
      { itemKey: 'service', level: 'DISSATISFIED', comment: '技師態度差' },
      { itemKey: 'design', level: 'DISSATISFIED' },
    ];
    const done = (await ok(t.gql(SUBMIT, { input: { token, answers } }))).submitSurveyResponse;
    // The customer is told someone will call, not the internal case.
    expect(done).toMatchObject({ followUp: true, message: '感謝您的意見，我們將儘快與您聯繫並改進。', complaintTicketId: null, complaintNumber: null });
    const form = (await ok(t.gql(RESPONSE, { id: done.responseId }, as('agent')))).surveyResponse;
    expect(form).toMatchObject({ dissatisfied: true, ticketNumber: original.number, complaintNumber: expect.stringMatching(/^TKT-/) });
    const complaint = (await ok(t.gql(`query T($id: ID!) { ticket(id: $id) { kind severity customerName unitName subject timeline { kind text } } }`, { id: form.complaintTicketId }, as('agent')))).ticket;
    expect(complaint).toMatchObject({ kind: 'COMPLAINT', severity: 'HIGH', unitName: d().units.cs.name, subject: expect.stringContaining('服務') });
    expect(complaint.timeline[0].text).toContain(original.number);
    expect(await sql(`select id from ticket where external_ref = ?`, [`survey:${done.responseId}`])).toHaveLength(1);
    const old = (await ok(t.gql(`query T($id: ID!) { ticket(id: $id) { timeline { kind text } } }`, { id: original.id }, as('agent')))).ticket;
    expect(old.timeline.at(-1).text).toContain(form.complaintNumber);
    const file = await ok(t.gql(`query C($id: ID!) { customer(id: $id) { timeline { nodes { kind data } } } }`, { id: customerId }, as('agent')));
    expect(file.customer.timeline.nodes.find((n: { kind: string }) => n.kind === 'SURVEY').data).toMatchObject({ overall: 'NOT_VERY_SATISFIED', channel: 'ONLINE', dissatisfied: true });
  });

  it('once the complaint is resolved the customer is asked again, whatever the quiet period; by hand only once', async () => {
    await clockAt(START);
    const customerId = await newCustomer();
    await sendOne(customerId);
    const token = await linkSentTo(`c${seq}@mail.example`);
    const done = (await ok(t.gql(SUBMIT, { input: { token, answers: [{ itemKey: 'overall', level: 'DISSATISFIED', comment: '問題沒解決' }] } }))).submitSurveyResponse;
    const complaintId = (await ok(t.gql(RESPONSE, { id: done.responseId }, as('agent')))).surveyResponse.complaintTicketId;
    const early = await t.gql(SEND, { input: { complaintTicketId: complaintId } }, as('agent'));
    expect(codeOf(early)).toBe('CONFLICT');
    expect(early.body.errors![0]!.extensions!.reason).toBe('COMPLAINT_NOT_RESOLVED');
    await ok(t.gql(ACT, { id: complaintId, input: { action: 'RESOLVE', text: '更換新機並致歉' } }, as('agent')));
    const [re] = (await ok(t.gql(INVITATIONS, { customerId, status: ['SCHEDULED'] }, as('agent')))).surveyInvitations.nodes;
    expect(re).toMatchObject({ source: 'RE_SURVEY', unitName: d().units.station.name });
    await advanceDays(3);
    await dispatch();
    const sent = (await ok(t.gql(INVITATIONS, { customerId }, as('agent')))).surveyInvitations.nodes;
    expect(sent.find((n: { source: string }) => n.source === 'RE_SURVEY')).toMatchObject({ status: 'SENT' });
    const again = await t.gql(SEND, { input: { complaintTicketId: complaintId } }, as('agent'));
    expect(again.body.errors![0]!.extensions!.reason).toBe('ALREADY_INVITED');
    await clockAt(START);
  });

  it('with the automatic re-survey off, staff send it by hand after the resolution', async () => {
    await clockAt(START);
    await ok(t.gql(`mutation U($input: SurveySettingsInput!) { updateSurveySettings(input: $input) { quietDays } }`, { input: { triggers: [{ source: 'RE_SURVEY', enabled: false, delayHours: 72 }] } }, as('qc')));
    const customerId = await newCustomer();
    const done = (await ok(t.gql(SUBMIT, { input: { customerId, channel: 'PHONE', answers: [{ itemKey: 'overall', level: 'DISSATISFIED' }] } }, as('agent')))).submitSurveyResponse;
    const complaintId = (await ok(t.gql(RESPONSE, { id: done.responseId }, as('agent')))).surveyResponse.complaintTicketId;
    await ok(t.gql(ACT, { id: complaintId, input: { action: 'RESOLVE', text: '已退款' } }, as('agent')));
    expect((await ok(t.gql(INVITATIONS, { customerId }, as('agent')))).surveyInvitations.totalCount).toBe(0);
    const r = (await ok(t.gql(SEND, { input: { complaintTicketId: complaintId, returnLink: true } }, as('agent')))).sendSurvey;
    expect(r).toMatchObject({ sent: 1, invitations: [{ source: 'RE_SURVEY', delivery: 'LINK' }], link: expect.stringMatching(/\/s\/[A-Za-z0-9_-]{43}$/) });
    const token = r.link.split('/s/')[1];
    expect((await ok(t.gql(OPEN, { token }))).surveyInvitation.source).toBe('RE_SURVEY');
    await ok(t.gql(`mutation U($input: SurveySettingsInput!) { updateSurveySettings(input: $input) { quietDays } }`, { input: { triggers: [{ source: 'RE_SURVEY', enabled: true, delayHours: 72 }] } }, as('qc')));
  });
});

describe('targets and corrective actions (R-SAT-4)', () => {
  it('units below target get a corrective action with a deadline through the process engine, once; the others are listed for reward', async () => {
    await clockAt(START);
    const target = `mutation T($input: SatisfactionTargetInput!) { setSatisfactionTarget(input: $input) { effectiveYear targetPercent unit { code } } }`;
    await ok(t.gql(target, { input: { unitId: d().units.cs.id, effectiveYear: 2025, targetPercent: 90 } }, as('qc')));
    await ok(t.gql(target, { input: { unitId: d().units.tech.id, effectiveYear: 2025, targetPercent: 50 } }, as('qc')));
    // A later year's target does not judge 2025.
    await ok(t.gql(target, { input: { unitId: d().units.tech.id, effectiveYear: 2026, targetPercent: 99 } }, as('qc')));
    const EVAL = `mutation E($period: String!) { evaluateSatisfactionTargets(period: $period) { from to rewarded { unit { code } rate targetPercent } corrective { unit { code } rate targetPercent outcome documentId documentNumber deadline } } }`;
    const r = (await ok(t.gql(EVAL, { period: '2025-01' }, as('qc')))).evaluateSatisfactionTargets;
    expect(r).toMatchObject({ from: '2025-01-01', to: '2025-01-31', rewarded: [{ unit: { code: 'ST-TS' }, rate: 60, targetPercent: 50 }] });
    expect(r.corrective).toEqual([expect.objectContaining({ unit: { code: 'ST-CS' }, rate: 50, targetPercent: 90, outcome: 'BELOW', documentNumber: expect.stringMatching(/^SAT-/), deadline: '2026-12-02' })]);
    const doc = (await ok(t.gql(`query D($id: ID!) { document(id: $id) { kind status data applicantId } }`, { id: r.corrective[0].documentId }, as('admin')))).document;
    expect(doc).toMatchObject({ kind: 'SATISFACTION_CORRECTIVE', status: 'DRAFT', applicantId: d().people.csHead!.id, data: { period: '2025-01', rate: 50, target: 90, deadline: '2026-12-02' } });
    const [note] = await sql<{ subject: string }>(`select subject from notification where recipient_id = ? and kind = 'SATISFACTION_CORRECTIVE'`, [d().people.csHead!.id]);
    expect(note!.subject).toBe(`${d().units.cs.name} 2025-01: 50% < 90% → 2026-12-02 (${r.corrective[0].documentNumber})`);
    // Evaluating again opens no second action.
    const again = (await ok(t.gql(EVAL, { period: '2025-01' }, as('qc')))).evaluateSatisfactionTargets;
    expect(again.corrective[0].documentId).toBe(r.corrective[0].documentId);
    expect(await sql(`select id from process_document where kind = 'SATISFACTION_CORRECTIVE'`)).toHaveLength(1);
    // A quarter: tech 60% (Jan) + 100% (Mar) + 0% (Apr is Q2) → 5 of 7 in Q1.
    const q1 = (await ok(t.gql(EVAL, { period: '2025-Q1' }, as('qc')))).evaluateSatisfactionTargets;
    expect(q1.rewarded.find((e: { unit: { code: string } }) => e.unit.code === 'ST-TS')).toMatchObject({ rate: 71.43 });
  });

  it.each([
    ['a period that is neither a month nor a quarter', { period: '2025-13' }, 'qc', 'BAD_USER_INPUT'],
    ['without the ManageSurvey right', { period: '2025-01' }, 'manager', 'FORBIDDEN'],
  ] as const)('refuses an evaluation of %s', async (_l, vars, who, code) => {
    expect(codeOf(await t.gql(`mutation E($period: String!) { evaluateSatisfactionTargets(period: $period) { period } }`, vars, as(who)))).toBe(code);
  });
});

describe('declared contract', () => {
  it('the public operations need no login; every other survey operation does', async () => {
    expect(codeOf(await t.gql(`{ surveyTemplates { id } }`))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(REPORT, { from: '2025-01-01', to: '2025-01-31', groupBy: ['UNIT'] }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(OPEN, { token: 'y'.repeat(43) }))).toBe('SURVEY_LINK_INVALID');
  });
});

describe('the monthly figures behind the dashboard (R-SAT-3)', () => {
  it('kept as each form lands, they equal a recount from every form written so far', async () => {
    const kept = await sql(`select month, unit_id, station_id, template_id, forms, satisfied, returned, score_sum, l5, l4, l3, l2, l1, nps_n, promoters, detractors from survey_month_stat order by month, unit_id, station_id, template_id`);
    const recount = await sql(`select month, unit_id, station_id, template_id, count(overall_score) as forms, sum(case when overall_score >= 3 then 1 else 0 end) as satisfied, count(*) as returned,
      coalesce(sum(overall_score), 0) as score_sum, sum(case when overall_score = 5 then 1 else 0 end) as l5, sum(case when overall_score = 4 then 1 else 0 end) as l4,
      sum(case when overall_score = 3 then 1 else 0 end) as l3, sum(case when overall_score = 2 then 1 else 0 end) as l2, sum(case when overall_score = 1 then 1 else 0 end) as l1,
      count(nps) as nps_n, sum(case when nps >= 9 then 1 else 0 end) as promoters, sum(case when nps <= 6 then 1 else 0 end) as detractors
      from survey_response group by month, unit_id, station_id, template_id order by month, unit_id, station_id, template_id`);
    const numbers = (rows: Record<string, unknown>[]) => rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v])));
    expect(kept.length).toBeGreaterThan(3);
    expect(numbers(kept)).toEqual(numbers(recount));
  });

  it('whole months read them; part of a month, an agent’s own reach or another dimension read the forms, to the same figures', async () => {
    const whole = (await ok(t.gql(REPORT, { from: '2025-01-01', to: '2025-01-31', groupBy: ['UNIT'] }, as('admin')))).satisfactionReport;
    // By channel as well, the forms themselves are read; summed over channels, the same units.
    const byChannel = (await ok(t.gql(`query P { satisfactionReport(from: "2025-01-01", to: "2025-01-31", groupBy: [UNIT, CHANNEL]) { rows { unitId forms satisfied } } }`, {}, as('admin')))).satisfactionReport;
    const sum = new Map<string, [number, number]>();
    for (const r of byChannel.rows as { unitId: string; forms: number; satisfied: number }[]) {
      const [f, s] = sum.get(r.unitId) ?? [0, 0];
      sum.set(r.unitId, [f + r.forms, s + r.satisfied]);
    }
    for (const r of whole.rows as { unitId: string; forms: number; satisfied: number }[]) expect(sum.get(r.unitId)).toEqual([r.forms, r.satisfied]);
    // Up to 30 January the form of the 31st is left out.
    const part = (await ok(t.gql(REPORT, { from: '2025-01-01', to: '2025-01-30', groupBy: ['UNIT'], unitId: d().units.tech.id }, as('admin')))).satisfactionReport;
    expect(part.total).toMatchObject({ forms: 4, satisfied: 3 });
  });
});
