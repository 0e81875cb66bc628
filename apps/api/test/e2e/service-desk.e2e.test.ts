import { startApp, codeOf, type GqlResult, type TestApp } from '../harness/app';
import { auditRecordsOf, dumpTables } from '../harness/rows';
import { buildOrg, type Org } from '../factories/org';
import { crmPeople, CRM_USERS, type CrmUser } from '../factories/crm';
import { user } from '../factories/access';
import { systemContext } from '../../src/jobs/system-context';
import { ServiceCalendar } from '../../src/modules/service-desk';
import { addBusinessMinutes, DEFAULT_WEEK } from '../../src/modules/service-desk/business-time';
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';

/**
 * The service desk at the GraphQL level (R-SVC-1…10): one case per contact with one
 * timeline, the flows of R-SVC-2/3/7, follow-up visits into the customer's file, and SLAs
 * counted in business hours across nights, weekends and holidays with an injected clock.
 */

let t: TestApp<Org>;
const tokens = {} as Record<CrmUser, string>;
let callCentre = '';

/** Friday 27 November 2026, 17:30 in Shanghai: half an hour before closing, before a weekend. */
const FRIDAY_1730 = Date.parse('2026-11-27T17:30:00+08:00');

let qc = '';
let owner = '';

beforeAll(async () => {
  t = await startApp({
    seed: async (em) => {
      const org = await crmPeople(em, await buildOrg(em));
      await user(em, 'qc@example.cn', '品管專員', { employee: org.people.hqStaff, roles: ['quality_control'] });
      // Owns a corrective action but holds no right to cases or quality forms.
      await user(em, 'owner@example.cn', '物流專員', { employee: org.people.guangzhouStaff });
      return org;
    },
  });
  t.clock.set(new Date(FRIDAY_1730));
  await signIn();
  const key = await t.gql(
    `mutation K($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
    { input: { name: '呼叫中心', grants: ['OpenTicket', 'ReadTicket', 'ReadCustomer'].map((permission) => ({ permission, scope: 'ALL' })) } },
    as('admin'),
  );
  callCentre = key.body.data.createApiKey.secret;
});
afterAll(() => t?.close());

async function signIn(): Promise<void> {
  for (const u of CRM_USERS) tokens[u] = (await t.login(`${u}@example.cn`)).token;
  qc = (await t.login('qc@example.cn')).token;
  owner = (await t.login('owner@example.cn')).token;
}
/** Sets the clock to a local Shanghai time; tokens are issued again for the new time. */
async function clockAt(local: string): Promise<void> {
  t.clock.set(new Date(`${local}+08:00`));
  await signIn();
}
const as = (who: CrmUser) => ({ token: tokens[who] });
const cc = () => ({ apiKey: callCentre });
const d = () => t.data;

async function ok<T = any>(r: Promise<GqlResult<T>> | GqlResult<T>): Promise<T> {
  const res = await r;
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data as T;
}

const TICKET = `id number kind status severity priority subject customerName contactName contactPhone unitName assigneeName paused
  firstResponseDueAt firstRespondedAt resolutionDueAt nextUpdateDueAt resolvedAt firstResponseBreached resolutionBreached escalationLevel
  technicalStage technicalRound resolutionSummary improvementProposal slaState
  timeline { kind actorName text data }`;
const OPEN = `mutation O($input: OpenTicketInput!) { openTicket(input: $input) { ${TICKET} } }`;
const ACT = `mutation A($id: ID!, $input: TicketActionInput!) { actOnTicket(id: $id, input: $input) { ${TICKET} } }`;
const GET = `query T($id: ID!) { ticket(id: $id) { ${TICKET} } }`;
const QUEUE = `query Q($first: Int, $status: [TicketStatus!], $after: String) { tickets(first: $first, status: $status, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id number customerName unitName assigneeName priority resolutionDueAt firstResponseBreached } } }`;

let seq = 0;
async function customer(extra: Record<string, unknown> = {}): Promise<string> {
  seq++;
  const r = await ok(t.gql(`mutation C($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`, { input: { name: `顧客${seq}`, phones: [`1351111${String(1000 + seq)}`], homeStationId: d().units.station.id, ...extra } }, as('agent')));
  return r.createCustomer.id;
}
const inquiry = (extra: Record<string, unknown> = {}) => ({ kind: 'INQUIRY', channel: 'PHONE', severity: 'MEDIUM', subject: '濾心更換週期', content: '客戶詢問濾心多久換一次', stationId: d().units.station.id, ...extra });
const at = (local: string) => new Date(`${local}+08:00`).toISOString();
/** The notifications that link to a console page, oldest first. */
const notices = (link: string) => t.em().getConnection().execute<{ recipient_id: string; kind: string; subject: string }[]>('select recipient_id, kind, subject from notification where link = ? order by id', [link]);

describe('cases (R-SVC-1)', () => {
  it('a call centre opens a case once per external reference; other content under it is a CONFLICT', async () => {
    const customerId = await customer();
    const input = inquiry({ externalRef: 'CC-778001', customerId });
    const a = await ok(t.gql(OPEN, { input }, cc()));
    const b = await ok(t.gql(OPEN, { input }, cc()));
    expect(b.openTicket.id).toBe(a.openTicket.id);
    expect(a.openTicket).toMatchObject({ number: expect.stringMatching(/^TKT-\d{4}-\d{6}$/), status: 'OPEN', unitName: d().units.station.name, timeline: [{ kind: 'OPENED' }] });
    const r = await t.gql(OPEN, { input: { ...input, content: '別的內容' } }, cc());
    expect(codeOf(r)).toBe('CONFLICT');
    // R-CRM-1: the case once in the customer's file, as facts the console words in the reader's language.
    const file = await ok(t.gql(`query C($id: ID!) { customer(id: $id) { timeline { nodes { kind summary refType refId data } } } }`, { id: customerId }, as('agent')));
    const n = a.openTicket.number;
    expect(file.customer.timeline.nodes.filter((e: { kind: string }) => e.kind === 'TICKET')).toEqual([
      { kind: 'TICKET', summary: `${n} · 濾心更換週期`, refType: 'Ticket', refId: a.openTicket.id, data: { number: n, subject: '濾心更換週期' } },
    ]);
  });

  it.each([
    ['no customer and no contact', {}, 'customerId'],
    ['both a customer and a contact', { customerId: '00000000-0000-7000-8000-000000000000', contactName: '路人' }, 'customerId'],
  ])('refuses a case with %s, changing nothing', async (_l, extra, field) => {
    const before = await dumpTables(t, ['ticket', 'ticket_event']);
    const r = await t.gql(OPEN, { input: inquiry(extra) }, as('agent'));
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.body.errors![0]!.extensions!.issues![0]!.field).toBe(field);
    expect(await dumpTables(t, ['ticket', 'ticket_event'])).toEqual(before);
    expect(await auditRecordsOf(t, r.requestId)).toHaveLength(1);
  });

  it('R-ACL-1, R-ACL-3: another region does not see the case; a walk-in’s number is masked without the contact right', async () => {
    const r = await ok(t.gql(OPEN, { input: inquiry({ contactName: '王先生', contactPhone: '13912345678' }) }, as('agent')));
    const id = r.openTicket.id;
    expect(r.openTicket.contactPhone).toBe('13912345678');
    expect(codeOf(await t.gql(GET, { id }, as('south')))).toBe('NOT_FOUND');
    const q = await ok(t.gql(QUEUE, { first: 200 }, as('south')));
    expect(q.tickets.nodes.some((n: { id: string }) => n.id === id)).toBe(false);
    const masked = await ok(t.gql(GET, { id }, as('viewer')));
    expect(masked.ticket.contactPhone).toBe('***678');
  });

  it('the queue costs one statement per page, two with the count, whatever the page size', async () => {
    for (const first of [10, 50, 200]) {
      const r = await t.gql(QUEUE, { first }, as('agent'));
      expect(r.body.errors).toBeUndefined();
      expect(r.statements).toBe(2);
    }
    // Someone who sees every case gets the same rows without the unit joins behind the count.
    const everyone = await ok(t.gql(QUEUE, { first: 200 }, as('admin')));
    const mine = await ok(t.gql(QUEUE, { first: 200 }, as('agent')));
    expect(everyone.tickets.totalCount).toBeGreaterThanOrEqual(mine.tickets.totalCount);
    expect(everyone.tickets.nodes.every((n: { unitName: string }) => n.unitName)).toBe(true);
    const a = await ok(t.gql(QUEUE, { first: 1 }, as('agent')));
    const b = await ok(t.gql(QUEUE, { first: 1, after: a.tickets.pageInfo.endCursor }, as('agent')));
    expect(b.tickets.nodes[0].id).not.toBe(a.tickets.nodes[0].id);
  });
});

describe('queue filters: severity, assignee, SLA state (R-SVC-10)', () => {
  const FILTERED = `query Q($first: Int, $search: String, $sla: [SlaState!], $severity: [Severity!], $assigneeId: ID, $mine: Boolean, $unitId: ID, $kind: [TicketKind!], $status: [TicketStatus!]) {
    tickets(first: $first, search: $search, sla: $sla, severity: $severity, assigneeId: $assigneeId, mine: $mine, unitId: $unitId, kind: $kind, status: $status) { totalCount nodes { id subject slaState } } }`;
  const cases: Record<'warning' | 'breached' | 'paused' | 'onTrack' | 'resolved', string> = {} as never;
  const filtered = async (vars: Record<string, unknown>, who: CrmUser = 'agent') =>
    (await ok(t.gql(FILTERED, { first: 50, search: 'SLA篩選', ...vars }, as(who)))).tickets.nodes.map((n: { id: string }) => n.id).sort();
  const ids = (...keys: (keyof typeof cases)[]) => keys.map((k) => cases[k]).sort();

  beforeAll(async () => {
    // Monday 7 December; business hours 9:00–12:00 and 13:00–18:00.
    await clockAt('2026-12-07T09:00:00');
    const open = async (extra: Record<string, unknown>) => (await ok(t.gql(OPEN, { input: inquiry({ contactName: '篩選客戶', subject: `SLA篩選 ${++seq}`, ...extra }) }, as('agent')))).openTicket.id as string;
    // First response due 11:00: at 10:40 a sixth of its two hours is left.
    cases.warning = await open({});
    // CRITICAL: first response due 09:30.
    cases.breached = await open({ severity: 'CRITICAL' });
    cases.paused = await open({});
    await ok(t.gql(ACT, { id: cases.paused, input: { action: 'WAIT_FOR_CUSTOMER', text: '等客戶回電' } }, as('agent')));
    cases.resolved = await open({});
    await ok(t.gql(ACT, { id: cases.resolved, input: { action: 'RESOLVE', text: '已答覆' } }, as('agent')));
    await clockAt('2026-12-07T10:30:00');
    // First response due 13:30 (lunch excluded): most of its time left at 10:40.
    cases.onTrack = await open({ assigneeId: d().people.techStaff!.id });
    await clockAt('2026-12-07T10:40:00');
  });

  it('reads each case’s SLA state as the console’s badge does, and filters by it in SQL', async () => {
    const states = (await ok(t.gql(FILTERED, { first: 50, search: 'SLA篩選' }, as('agent')))).tickets.nodes;
    const stateOf = (id: string) => states.find((n: { id: string }) => n.id === id)?.slaState;
    expect([cases.warning, cases.breached, cases.paused, cases.onTrack, cases.resolved].map(stateOf)).toEqual(['WARNING', 'BREACHED', 'PAUSED', 'ON_TRACK', null]);
    expect(await filtered({ sla: ['WARNING'] })).toEqual(ids('warning'));
    expect(await filtered({ sla: ['BREACHED'] })).toEqual(ids('breached'));
    expect(await filtered({ sla: ['PAUSED'] })).toEqual(ids('paused'));
    expect(await filtered({ sla: ['ON_TRACK'] })).toEqual(ids('onTrack'));
    expect(await filtered({ sla: ['WARNING', 'BREACHED'] })).toEqual(ids('warning', 'breached'));
    // Twenty minutes later the warning has become a breach.
    await clockAt('2026-12-07T11:01:00');
    expect(await filtered({ sla: ['BREACHED'] })).toEqual(ids('warning', 'breached'));
    await clockAt('2026-12-07T10:40:00');
  });

  it('filters by severity and by any assignee within reach; mine is the caller’s own', async () => {
    expect(await filtered({ severity: ['CRITICAL'] })).toEqual(ids('breached'));
    expect(await filtered({ severity: ['MEDIUM', 'LOW'] })).toEqual(ids('warning', 'paused', 'resolved', 'onTrack'));
    expect(await filtered({ assigneeId: d().people.techStaff!.id })).toEqual(ids('onTrack'));
    expect(await filtered({ mine: true }, 'viewer')).toEqual(ids('onTrack'));
    // Another region names the assignee and learns nothing: the reach filter comes first (R-ACL-1).
    expect(await filtered({ assigneeId: d().people.techStaff!.id }, 'south')).toEqual([]);
  });

  it('stays within three statements with every filter, whatever the page size', async () => {
    for (const first of [10, 50, 200]) {
      const r = await t.gql(FILTERED, { first, search: 'SLA篩選', sla: ['ON_TRACK', 'WARNING'], severity: ['MEDIUM'], assigneeId: d().people.techStaff!.id, unitId: d().units.station.id, kind: ['INQUIRY'], status: ['OPEN'] }, as('agent'));
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data.tickets.nodes.map((n: { id: string }) => n.id)).toEqual([cases.onTrack]);
      expect(r.statements).toBeLessThanOrEqual(3);
    }
  });

  it.each<[string, Record<string, unknown>, string, string | null]>([
    ['mine and an assignee together', { mine: true, assigneeId: '00000000-0000-7000-8000-000000000000' }, 'BAD_USER_INPUT', 'assigneeId'],
    ['more SLA states than there are', { sla: ['ON_TRACK', 'WARNING', 'BREACHED', 'PAUSED', 'PAUSED'] }, 'BAD_USER_INPUT', 'sla'],
    ['more severities than there are', { severity: ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL', 'LOW'] }, 'BAD_USER_INPUT', 'severity'],
    ['a unit that does not exist', { unitId: '00000000-0000-7000-8000-000000000000' }, 'BAD_USER_INPUT', 'unitId'],
    ['an SLA state that does not exist', { sla: ['LATE'] }, 'BAD_USER_INPUT', null],
  ])('refuses %s', async (_label, vars, code, field) => {
    const r = await t.gql(FILTERED, { first: 10, ...vars }, as('agent'));
    expect(codeOf(r)).toBe(code);
    if (field) expect(r.body.errors![0]!.extensions!.issues![0]!.field).toBe(field);
  });
});

describe('SLAs in business hours (R-SVC-10)', () => {
  it('counts across the evening and the weekend: Friday 17:30 + 120 minutes is Saturday 10:30', async () => {
    await clockAt('2026-11-27T17:30:00');
    const r = await ok(t.gql(OPEN, { input: inquiry({ contactName: '李小姐' }) }, as('agent')));
    expect(r.openTicket.firstResponseDueAt).toBe(at('2026-11-28T10:30:00'));
    // 960 minutes: Fri 30, Sat 180, Mon 480, Tue 9:00–12:00 and 13:00–14:30.
    expect(r.openTicket.resolutionDueAt).toBe(at('2026-12-01T14:30:00'));
  });

  it('skips the station’s holidays', async () => {
    await t.em().insert(ServiceCalendar, { id: crypto.randomUUID(), station: d().units.station.id, week: DEFAULT_WEEK, holidays: ['2026-11-30'], createdAt: new Date(), updatedAt: new Date() } as never);
    await clockAt('2026-11-27T17:30:00');
    const r = await ok(t.gql(OPEN, { input: inquiry({ contactName: '陳先生' }) }, as('agent')));
    expect(r.openTicket.resolutionDueAt).toBe(at('2026-12-02T14:30:00'));
  });

  it('a customer of a priority tier gets the faster targets (R-CRM-2)', async () => {
    await clockAt('2026-11-30T09:00:00');
    const vip = await customer();
    // Publishing a tier every customer qualifies for puts this one in it.
    await ok(t.gql(`mutation P($input: TierRulesInput!) { publishTierChange(input: $input, expectedVersion: 0) { rulesVersion } }`, { input: { windowDays: 365, tiers: [{ code: 'VIP', name: '貴賓', nameZhHans: '贵宾', nameEn: 'VIP', rank: 1, servicePriority: 2 }] } }, as('marketing')));
    const r = await ok(t.gql(OPEN, { input: inquiry({ customerId: vip, stationId: undefined }) }, as('agent')));
    expect(r.openTicket.priority).toBe(2);
    // The station's holiday on the 30th moves the clock to 1 December; VIP first response is 60 minutes.
    expect(r.openTicket.firstResponseDueAt).toBe(at('2026-12-01T10:00:00'));
  });

  it('waiting for the customer stops the clock; resuming moves the due times by the paused business time', async () => {
    await clockAt('2026-12-01T09:00:00');
    const r = await ok(t.gql(OPEN, { input: inquiry({ contactName: '張太太' }) }, as('agent')));
    const due = r.openTicket.resolutionDueAt;
    await ok(t.gql(ACT, { id: r.openTicket.id, input: { action: 'WAIT_FOR_CUSTOMER', text: '等客戶提供購買憑證' } }, as('agent')));
    await clockAt('2026-12-01T11:00:00');
    const resumed = (await ok(t.gql(ACT, { id: r.openTicket.id, input: { action: 'RESUME' } }, as('agent')))).actOnTicket;
    // Two business hours paused: the due time moves two business hours, whatever the wall clock says.
    expect(resumed.resolutionDueAt).toBe(addBusinessMinutes(new Date(due), 120, { week: DEFAULT_WEEK, holidays: ['2026-11-30'], timeZone: 'Asia/Shanghai' }).toISOString());
    expect(resumed.timeline.at(-1)).toMatchObject({ kind: 'RESUMED', data: { pausedBusinessMinutes: 120 } });
  });

  it('the sweep warns, records a breach that stays recorded, and escalates to the unit head then the station manager', async () => {
    await clockAt('2026-12-01T09:00:00');
    const r = await ok(t.gql(OPEN, { input: inquiry({ severity: 'CRITICAL', contactName: '急件', unitId: d().units.cs.id, assigneeId: d().people.csStaff!.id }) }, as('agent')));
    const id = r.openTicket.id;
    const sweep = () => t.em().transactional((tx) => t.app.services.tickets.sweep(systemContext(tx, { services: t.app.services, config: t.app.config, log: t.app.log, now: t.clock.now }, 'sla')));
    // CRITICAL inquiry: first response 30, resolution 240 business minutes.
    // Resolution is due 14:00 (240 business minutes around lunch); a quarter of the time is left from 12:45.
    await clockAt('2026-12-01T12:00:00');
    await sweep();
    let after = (await ok(t.gql(GET, { id }, as('agent')))).ticket;
    expect(after).toMatchObject({ firstResponseBreached: true, resolutionBreached: false, escalationLevel: 1 });
    expect(after.timeline.map((e: { kind: string }) => e.kind)).not.toContain('SLA_WARNED');
    await clockAt('2026-12-01T13:00:00');
    await sweep();
    after = (await ok(t.gql(GET, { id }, as('agent')))).ticket;
    expect(after.timeline.map((e: { kind: string }) => e.kind)).toContain('SLA_WARNED');
    await clockAt('2026-12-01T14:30:00');
    await sweep();
    await sweep();
    after = (await ok(t.gql(GET, { id }, as('agent')))).ticket;
    // Breached, but the station manager is called only a whole target's time (5 hours) later.
    expect(after).toMatchObject({ resolutionBreached: true, escalationLevel: 1 });
    await clockAt('2026-12-01T19:30:00');
    await sweep();
    after = (await ok(t.gql(GET, { id }, as('agent')))).ticket;
    expect(after).toMatchObject({ resolutionBreached: true, escalationLevel: 2 });
    expect(after.timeline.filter((e: { kind: string }) => e.kind === 'ESCALATED').map((e: { text: string }) => e.text)).toEqual([d().people.csHead!.name, d().people.stationHead!.name]);
    // The kind says what happened, for the console to word in the reader's language; the subject only names the case (R-SVC-10).
    const subject = `${r.openTicket.number} 濾心更換週期`;
    expect(await notices(`/tickets/${id}`)).toEqual([
      { recipient_id: d().people.csStaff!.id, kind: 'TICKET_ASSIGNED', subject },
      { recipient_id: d().people.csHead!.id, kind: 'TICKET_ESCALATED', subject },
      { recipient_id: d().people.csStaff!.id, kind: 'TICKET_SLA_WARNING', subject },
      { recipient_id: d().people.stationHead!.id, kind: 'TICKET_ESCALATED', subject },
    ]);
    const resolved = (await ok(t.gql(ACT, { id, input: { action: 'RESOLVE', text: '已更換零件' } }, as('agent')))).actOnTicket;
    expect(resolved).toMatchObject({ status: 'RESOLVED', resolutionBreached: true, firstResponseBreached: true });
  });
});

describe('flows (R-SVC-2, R-SVC-3, R-SVC-7)', () => {
  it('a complaint: answered with a promised time, handed to technical support, a solution refused then accepted, resolved, followed up', async () => {
    await clockAt('2026-12-02T10:00:00');
    const customerId = await customer();
    const opened = (await ok(t.gql(OPEN, { input: { kind: 'COMPLAINT', channel: 'VISIT', severity: 'HIGH', customerId, subject: '淨水器漏水', content: '安裝三天後接頭漏水', product: 'WF-900', stationId: d().units.station.id } }, as('agent')))).openTicket;
    const id = opened.id;
    await ok(t.gql(ACT, { id, input: { action: 'RESPOND', text: '已致電安撫，今日 17:00 前回覆', promisedAt: at('2026-12-02T17:00:00') } }, as('agent')));
    const handed = (await ok(t.gql(ACT, { id, input: { action: 'HAND_OVER', unitId: d().units.tech.id, assigneeId: d().people.techStaff!.id, text: '需技術部到府檢查' } }, as('agent')))).actOnTicket;
    expect(handed).toMatchObject({ unitName: d().units.tech.name, assigneeName: d().people.techStaff!.name, status: 'IN_PROGRESS' });
    await ok(t.gql(ACT, { id, input: { action: 'PROPOSE_SOLUTION', text: '更換接頭' } }, as('viewer')));
    expect(codeOf(await t.gql(ACT, { id, input: { action: 'SOLUTION_REFUSED' } }, as('viewer')))).toBe('BAD_USER_INPUT');
    await ok(t.gql(ACT, { id, input: { action: 'SOLUTION_REFUSED', text: '客戶要求整機更換' } }, as('viewer')));
    await ok(t.gql(ACT, { id, input: { action: 'PROPOSE_SOLUTION', text: '整機更換並延長保固一年' } }, as('viewer')));
    await ok(t.gql(ACT, { id, input: { action: 'SOLUTION_ACCEPTED' } }, as('viewer')));
    const done = (await ok(t.gql(ACT, { id, input: { action: 'RESOLVE', text: '已整機更換；建議改良接頭設計' } }, as('viewer')))).actOnTicket;
    expect(done.timeline.map((e: { kind: string }) => e.kind)).toEqual(['OPENED', 'RESPONDED', 'HANDED_OVER', 'SOLUTION_PROPOSED', 'SOLUTION_REFUSED', 'SOLUTION_PROPOSED', 'SOLUTION_ACCEPTED', 'RESOLVED']);
    const visits = await ok(t.gql(`{ followUpVisits { id status dueAt ticket { id } } }`, {}, as('agent')));
    const visit = visits.followUpVisits.find((v: { ticket: { id: string } }) => v.ticket.id === id);
    expect(visit).toMatchObject({ status: 'DUE' });
    await ok(t.gql(`mutation F($id: ID!, $input: FollowUpInput!) { recordFollowUp(id: $id, input: $input) { status satisfied } }`, { id: visit.id, input: { reached: true, satisfied: true, result: '客戶滿意，新機運作正常' } }, as('agent')));
    // R-CRM-1, R-SVC-7: the case, its resolution and the follow-up visit in the customer's file, as facts.
    const file = await ok(t.gql(`query C($id: ID!) { customer(id: $id) { timeline { nodes { kind summary data } } } }`, { id: customerId }, as('agent')));
    const n = opened.number;
    const nodes = file.customer.timeline.nodes.map(({ kind, summary, data }: { kind: string; summary: string; data: unknown }) => ({ kind, summary, data }));
    expect(nodes).toHaveLength(4);
    expect(nodes).toEqual(
      expect.arrayContaining([
        { kind: 'FOLLOW_UP', summary: `${n} · 客戶滿意，新機運作正常`, data: { number: n, result: '客戶滿意，新機運作正常', reached: true, satisfied: true } },
        { kind: 'TICKET_RESOLVED', summary: `${n} · 已整機更換；建議改良接頭設計`, data: { number: n, summary: '已整機更換；建議改良接頭設計' } },
        { kind: 'TICKET', summary: `${n} · 淨水器漏水`, data: { number: n, subject: '淨水器漏水' } },
      ]),
    );
  });

  it('an inquiry that becomes a complaint keeps its timeline; its targets count from when it was opened', async () => {
    await clockAt('2026-12-02T09:00:00');
    const r = (await ok(t.gql(OPEN, { input: inquiry({ contactName: '周先生' }) }, as('agent')))).openTicket;
    await clockAt('2026-12-02T10:00:00');
    const changed = (await ok(t.gql(ACT, { id: r.id, input: { action: 'CHANGE_KIND', kind: 'COMPLAINT', text: '客戶表示要投訴' } }, as('agent')))).actOnTicket;
    expect(changed.kind).toBe('COMPLAINT');
    expect(changed.timeline.map((e: { kind: string }) => e.kind)).toEqual(['OPENED', 'KIND_CHANGED']);
    // MEDIUM complaint: 1440 business minutes from Wednesday 09:00 = three business days, Friday 18:00.
    expect(changed.resolutionDueAt).toBe(at('2026-12-04T18:00:00'));
  });

  it('R-SVC-7: an unsatisfied customer at the follow-up reopens the case for a re-check, which needs a new passed verification', async () => {
    await clockAt('2026-12-03T09:00:00');
    const r = (await ok(t.gql(OPEN, { input: { ...inquiry({ contactName: '吳小姐' }), kind: 'TECH_SUPPORT' } }, as('agent')))).openTicket;
    for (const input of [
      { action: 'DIAGNOSE', text: '韌體設定錯亂' },
      { action: 'FIX', text: '遠端重設' },
      { action: 'VERIFY', passed: true, text: '遠端確認運作正常' },
      { action: 'RESOLVE', summary: '遠端重設完成' },
    ]) {
      await ok(t.gql(ACT, { id: r.id, input }, as('agent')));
    }
    const visit = (await ok(t.gql(`{ followUpVisits { id ticket { id } } }`, {}, as('agent')))).followUpVisits.find((v: { ticket: { id: string } }) => v.ticket.id === r.id);
    await ok(t.gql(`mutation F($id: ID!, $input: FollowUpInput!) { recordFollowUp(id: $id, input: $input) { status } }`, { id: visit.id, input: { reached: true, satisfied: false, result: '問題又出現' } }, as('agent')));
    const after = (await ok(t.gql(GET, { id: r.id }, as('agent')))).ticket;
    expect(after).toMatchObject({ status: 'IN_PROGRESS', technicalStage: 'RECHECK', technicalRound: 2, resolutionSummary: null });
    expect(after.timeline.at(-1).kind).toBe('REOPENED');
    const again = await t.gql(ACT, { id: r.id, input: { action: 'RESOLVE', summary: '再次重設' } }, as('agent'));
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.body.errors![0]!.extensions!.reason).toBe('NOT_VERIFIED');
  });

  it('a resolved case cannot be acted on until reopened, and closes only when resolved', async () => {
    const r = (await ok(t.gql(OPEN, { input: inquiry({ contactName: '鄭先生' }) }, as('agent')))).openTicket;
    expect(codeOf(await t.gql(ACT, { id: r.id, input: { action: 'CLOSE' } }, as('agent')))).toBe('CONFLICT');
    await ok(t.gql(ACT, { id: r.id, input: { action: 'RESOLVE', text: '已答覆' } }, as('agent')));
    expect(codeOf(await t.gql(ACT, { id: r.id, input: { action: 'RESPOND', text: 'x' } }, as('agent')))).toBe('CONFLICT');
    const closed = (await ok(t.gql(ACT, { id: r.id, input: { action: 'CLOSE' } }, as('agent')))).actOnTicket;
    expect(closed.status).toBe('CLOSED');
  });
});

describe('technical support: diagnose, fix, verify, re-check (R-SVC-7)', () => {
  const techCase = async (extra: Record<string, unknown> = {}) =>
    (await ok(t.gql(OPEN, { input: { ...inquiry({ contactName: '技術客戶', unitId: d().units.tech.id, assigneeId: d().people.techStaff!.id }), kind: 'TECH_SUPPORT', subject: '空氣清淨機異音', ...extra } }, as('agent')))).openTicket.id as string;
  const act = (id: string, input: Record<string, unknown>, who: CrmUser = 'viewer') => t.gql(ACT, { id, input }, as(who));
  const steps = async (id: string, inputs: Record<string, unknown>[]) => {
    let last: any = null;
    for (const input of inputs) last = (await ok(act(id, input))).actOnTicket;
    return last;
  };
  const DIAGNOSE = { action: 'DIAGNOSE', text: '風扇軸承鬆脫' };
  const FIX = { action: 'FIX', text: '更換軸承' };
  const PASSED = { action: 'VERIFY', passed: true, text: '連續運轉 30 分鐘無異音' };
  const FAILED = { action: 'VERIFY', passed: false, text: '仍有輕微異音' };

  it('a failed verification sends the fix back; a passed one lets the technician resolve with a summary and an improvement proposal', async () => {
    await clockAt('2026-12-04T09:00:00');
    const id = await techCase();
    const verified = await steps(id, [DIAGNOSE, FIX, FAILED, { action: 'FIX', text: '更換風扇組' }, PASSED]);
    expect(verified).toMatchObject({ technicalStage: 'VERIFIED', technicalRound: 1, status: 'OPEN' });
    const done = (await ok(act(id, { action: 'RESOLVE', summary: '風扇軸承鬆脫，更換風扇組後正常', improvementProposal: '出廠檢驗加測運轉噪音' }))).actOnTicket;
    expect(done).toMatchObject({ status: 'RESOLVED', resolutionSummary: '風扇軸承鬆脫，更換風扇組後正常', improvementProposal: '出廠檢驗加測運轉噪音', slaState: null });
    expect(done.timeline.map((e: { kind: string }) => e.kind)).toEqual(['OPENED', 'DIAGNOSED', 'FIXED', 'VERIFIED', 'FIXED', 'VERIFIED', 'RESOLVED']);
    expect(done.timeline.filter((e: { kind: string }) => e.kind === 'VERIFIED').map((e: { data: unknown }) => e.data)).toEqual([
      { round: 1, passed: false },
      { round: 1, passed: true },
    ]);
    expect(done.timeline.at(-1)).toMatchObject({ text: '風扇軸承鬆脫，更換風扇組後正常', data: { summary: '風扇軸承鬆脫，更換風扇組後正常', improvementProposal: '出廠檢驗加測運轉噪音' } });
  });

  const PROPOSALS = `query P($year: Int!, $unitId: ID) { improvementProposals(year: $year, unitId: $unitId) { number kind subject summary proposal resolvedAt } }`;
  it('R-SVC-9: the year’s improvement proposals reach the management review, in one statement', async () => {
    const r = await t.gql(PROPOSALS, { year: 2026, unitId: d().units.station.id }, as('manager'));
    expect(r.body.errors).toBeUndefined();
    expect(r.statements).toBe(1);
    expect(r.body.data.improvementProposals).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'TECH_SUPPORT', summary: '風扇軸承鬆脫，更換風扇組後正常', proposal: '出廠檢驗加測運轉噪音' })]));
    expect((await ok(t.gql(PROPOSALS, { year: 2027 }, as('manager')))).improvementProposals).toEqual([]);
  });

  it.each<[string, CrmUser, Record<string, unknown>, string]>([
    ['to someone without ReadServiceReport', 'agent', { year: 2026 }, 'FORBIDDEN'],
    ['for a year out of range', 'manager', { year: 1999 }, 'BAD_USER_INPUT'],
  ])('refuses the improvement proposals %s', async (_label, who, vars, code) => {
    expect(codeOf(await t.gql(PROPOSALS, vars, as(who)))).toBe(code);
  });

  it('a user not satisfied after verification sends the case back to diagnosis and fix; a resolved case reopens', async () => {
    await clockAt('2026-12-04T10:00:00');
    const id = await techCase();
    await steps(id, [DIAGNOSE, FIX, PASSED]);
    const back = (await ok(act(id, { action: 'RECHECK', text: '客戶表示夜間仍有異音' }))).actOnTicket;
    expect(back).toMatchObject({ technicalStage: 'RECHECK', technicalRound: 2, status: 'OPEN' });
    expect(back.timeline.at(-1)).toMatchObject({ kind: 'RECHECKED', data: { round: 2, reopened: false } });
    // Straight back to a fix is allowed: the diagnosis may still hold.
    await steps(id, [{ action: 'FIX', text: '加裝減震墊' }, PASSED, { action: 'RESOLVE', summary: '加裝減震墊後正常' }]);
    const reopened = (await ok(act(id, { action: 'RECHECK', text: '一週後異音再現' }))).actOnTicket;
    expect(reopened).toMatchObject({ status: 'IN_PROGRESS', technicalStage: 'RECHECK', technicalRound: 3, resolutionSummary: null, improvementProposal: null });
    expect(reopened.timeline.at(-1)).toMatchObject({ kind: 'RECHECKED', data: { round: 3, reopened: true } });
    expect(reopened.timeline.filter((e: { kind: string }) => e.kind === 'DIAGNOSED').map((e: { data: unknown }) => e.data)).toEqual([{ round: 1 }]);
  });

  it('a return or repair resolves without technical steps, but once diagnosed only after a passed verification; a case no longer technical resolves freely', async () => {
    const plain = await techCase({ kind: 'RETURN_REPAIR', subject: '退貨' });
    expect((await ok(act(plain, { action: 'RESOLVE', text: '已退款' }))).actOnTicket).toMatchObject({ status: 'RESOLVED', resolutionSummary: '已退款' });
    const repaired = await techCase({ kind: 'RETURN_REPAIR', subject: '維修' });
    await steps(repaired, [DIAGNOSE]);
    expect(codeOf(await act(repaired, { action: 'RESOLVE', summary: '已修好' }))).toBe('CONFLICT');
    await steps(repaired, [FIX, PASSED, { action: 'RESOLVE', summary: '已修好' }]);
    // A case that turns out not to be technical after all resolves as its new kind does.
    const changed = await techCase();
    await steps(changed, [DIAGNOSE, { action: 'CHANGE_KIND', kind: 'INQUIRY', text: '其實是操作詢問' }]);
    expect((await steps(changed, [{ action: 'RESOLVE', summary: '已說明操作方式' }])).status).toBe('RESOLVED');
  });

  type Setup = () => Promise<string>;
  const fresh: Setup = () => techCase();
  const at = (inputs: Record<string, unknown>[]): Setup => async () => {
    const id = await techCase();
    await steps(id, inputs);
    return id;
  };
  const ofKind = (kind: string): Setup => async () => (await ok(t.gql(OPEN, { input: { ...inquiry({ contactName: '非技術' }), kind } }, as('agent')))).openTicket.id;
  it.each<[string, Setup, Record<string, unknown>, CrmUser, string, string]>([
    ['a diagnosis of an inquiry', ofKind('INQUIRY'), DIAGNOSE, 'agent', 'CONFLICT', 'NOT_TECHNICAL'],
    ['a fix of a complaint', ofKind('COMPLAINT'), FIX, 'agent', 'CONFLICT', 'NOT_TECHNICAL'],
    ['a diagnosis without words', fresh, { action: 'DIAGNOSE', text: ' ' }, 'viewer', 'BAD_USER_INPUT', 'text'],
    ['a fix before any diagnosis', fresh, FIX, 'viewer', 'CONFLICT', 'NOT_DIAGNOSED'],
    ['a verification before any fix', at([DIAGNOSE]), PASSED, 'viewer', 'CONFLICT', 'NOT_FIXED'],
    ['a verification that says neither passed nor failed', at([DIAGNOSE, FIX]), { action: 'VERIFY', text: '已測試' }, 'viewer', 'BAD_USER_INPUT', 'passed'],
    ['a second verification of the same fix', at([DIAGNOSE, FIX, FAILED]), PASSED, 'viewer', 'CONFLICT', 'NOT_FIXED'],
    ['resolving without a verification', at([DIAGNOSE, FIX]), { action: 'RESOLVE', summary: '應該好了' }, 'viewer', 'CONFLICT', 'NOT_VERIFIED'],
    ['resolving after a failed verification', at([DIAGNOSE, FIX, FAILED]), { action: 'RESOLVE', summary: '應該好了' }, 'viewer', 'CONFLICT', 'NOT_VERIFIED'],
    ['resolving without a summary', at([DIAGNOSE, FIX, PASSED]), { action: 'RESOLVE', improvementProposal: '加測' }, 'viewer', 'BAD_USER_INPUT', 'summary'],
    ['a new diagnosis after a passed verification, without a re-check', at([DIAGNOSE, FIX, PASSED]), DIAGNOSE, 'viewer', 'CONFLICT', 'ALREADY_VERIFIED'],
    ['a re-check before any passed verification', at([DIAGNOSE, FIX, FAILED]), { action: 'RECHECK', text: '不滿意' }, 'viewer', 'CONFLICT', 'NOT_VERIFIED'],
    ['a diagnosis of a resolved case', at([DIAGNOSE, FIX, PASSED, { action: 'RESOLVE', summary: '完成' }]), DIAGNOSE, 'viewer', 'CONFLICT', 'NOT_OPEN'],
    ['a diagnosis by another region', fresh, DIAGNOSE, 'south', 'NOT_FOUND', ''],
  ])('refuses %s, changing nothing', async (_label, setup, input, who, code, detail) => {
    const id = await setup();
    const before = await dumpTables(t, ['ticket', 'ticket_event', 'follow_up_visit']);
    const r = await act(id, input, who);
    expect(codeOf(r)).toBe(code);
    const ext = r.body.errors![0]!.extensions!;
    if (code === 'CONFLICT') expect(ext.reason).toBe(detail);
    if (code === 'BAD_USER_INPUT') expect(ext.issues![0]!.field).toBe(detail);
    expect(await dumpTables(t, ['ticket', 'ticket_event', 'follow_up_visit'])).toEqual(before);
  });
});

describe('live queue (ticketChanged over WebSocket)', () => {
  function client(connectionParams: Record<string, unknown>): Client {
    return createClient({ url: `${t.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: true });
  }
  /** Collects events for a while; the subscription starts before `during` runs. */
  async function listen(c: Client, during: () => Promise<void>, ms = 1500): Promise<{ events: { number: string; change: string }[]; error: unknown }> {
    const events: { number: string; change: string }[] = [];
    let error: unknown = null;
    const stop = c.subscribe<{ ticketChanged: { number: string; change: string } }>(
      { query: 'subscription { ticketChanged { ticketId number status kind change at } }' },
      { next: (m) => m.data && events.push(m.data.ticketChanged), error: (e) => (error = e), complete: () => undefined },
    );
    await new Promise((r) => setTimeout(r, 300));
    await during();
    await new Promise((r) => setTimeout(r, ms));
    stop();
    await c.dispose();
    return { events, error };
  }

  it('tells subscribers within reach when a case opens or changes, after it is committed, and no one else', async () => {
    let number = '';
    const mine = listen(client({ authorization: `Bearer ${tokens.agent}` }), async () => {
      const r = await ok(t.gql(OPEN, { input: inquiry({ contactName: '即時' }) }, as('agent')));
      number = r.openTicket.number;
      await ok(t.gql(ACT, { id: r.openTicket.id, input: { action: 'NOTE', text: '已記錄' } }, as('agent')));
      // A failed action announces nothing.
      expect(codeOf(await t.gql(ACT, { id: r.openTicket.id, input: { action: 'RESOLVE' } }, as('agent')))).toBe('BAD_USER_INPUT');
    });
    const other = listen(client({ authorization: `Bearer ${tokens.south}` }), async () => undefined, 2500);
    const [a, b] = await Promise.all([mine, other]);
    expect(a.error).toBeNull();
    expect(a.events.filter((e) => e.number === number).map((e) => e.change)).toEqual(['OPENED', 'NOTE']);
    expect(b.events.filter((e) => e.number === number)).toEqual([]);
  });

  it('refuses a connection without a valid credential', async () => {
    const { events, error } = await listen(client({ authorization: 'Bearer not-a-token' }), async () => undefined, 300);
    expect(events).toEqual([]);
    expect(error).not.toBeNull();
  });
});

describe('complaints beyond customer service (R-SVC-4, R-SVC-5, R-SVC-6, R-SVC-10)', () => {
  const REVIEW = `id status rootCause substantiated major responsibleUnit { code } responsibleEmployeeName actions { id kind status ownerName verifiedBy } ticket { number }`;
  const asQc = () => ({ token: qc });
  async function complaint(): Promise<string> {
    const r = await ok(t.gql(OPEN, { input: { ...inquiry({ contactName: '投訴人' }), kind: 'COMPLAINT', severity: 'HIGH', subject: '維修後仍故障' } }, as('agent')));
    return r.openTicket.id;
  }
  const triage = (id: string, triage: string, note = '已向客戶說明') =>
    t.gql(`mutation T($id: ID!, $triage: ComplaintTriage!, $note: String!) { triageComplaint(ticketId: $id, triage: $triage, note: $note) { ${REVIEW} } }`, { id, triage, note }, as('agent'));

  it('triage: ours or not ours is recorded on the case; needing other units opens a handling form for quality control', async () => {
    const a = await complaint();
    expect((await ok(triage(a, 'NOT_OURS', '屬第三方物流責任，已協助聯繫'))).triageComplaint).toBeNull();
    const b = await complaint();
    const form = (await ok(triage(b, 'NEEDS_OTHER_UNITS', '需技術部與品管查明'))).triageComplaint;
    expect(form).toMatchObject({ status: 'OPEN', rootCause: null, actions: [] });
    expect(codeOf(await triage(b, 'NEEDS_OTHER_UNITS'))).toBe('CONFLICT');
    const inquiryId = (await ok(t.gql(OPEN, { input: inquiry({ contactName: '詢問' }) }, as('agent')))).openTicket.id;
    expect(codeOf(await triage(inquiryId, 'NOT_OURS'))).toBe('CONFLICT');
  });

  it('root cause and actions: the owner reports done, someone else verifies, then the form closes', async () => {
    const form = (await ok(triage(await complaint(), 'NEEDS_OTHER_UNITS'))).triageComplaint;
    const close = () => t.gql(`mutation C($id: ID!) { closeComplaintReview(id: $id) { status } }`, { id: form.id }, asQc());
    expect(codeOf(await close())).toBe('CONFLICT');
    await ok(t.gql(`mutation F($id: ID!, $input: ComplaintFindingsInput!) { recordComplaintFindings(id: $id, input: $input) { ${REVIEW} } }`, { id: form.id, input: { rootCause: '零件批次不良', responsibleUnitId: d().units.tech.id, substantiated: true } }, asQc()));
    const action = (await ok(t.gql(`mutation A($id: ID!, $input: CorrectiveActionInput!) { addCorrectiveAction(reviewId: $id, input: $input) { id status } }`, { id: form.id, input: { kind: 'CORRECTIVE', description: '更換同批零件', ownerId: d().people.techStaff!.id, dueOn: '2026-12-31' } }, asQc()))).addCorrectiveAction;
    // R-SVC-5: the owner is told which case, what to do and by when; the kind says it is a corrective action.
    expect(await notices(`/complaints/${form.id}`)).toContainEqual({ recipient_id: d().people.techStaff!.id, kind: 'CORRECTIVE_ACTION', subject: `${form.ticket.number} 更換同批零件 · 2026-12-31` });
    expect(codeOf(await close())).toBe('CONFLICT');
    await ok(t.gql(`mutation D($id: ID!) { completeCorrectiveAction(id: $id, note: "已更換") { status } }`, { id: action.id }, as('viewer')));
    const selfVerify = await t.gql(`mutation V($id: ID!) { verifyCorrectiveAction(id: $id, note: "自己驗證") { status } }`, { id: action.id }, as('viewer'));
    expect(codeOf(selfVerify)).toBe('FORBIDDEN');
    const verified = (await ok(t.gql(`mutation V($id: ID!) { verifyCorrectiveAction(id: $id, note: "回訪確認無再發") { status verifiedBy } }`, { id: action.id }, as('agent')))).verifyCorrectiveAction;
    expect(verified).toMatchObject({ status: 'VERIFIED', verifiedBy: expect.any(String) });
    expect((await ok(close())).closeComplaintReview.status).toBe('CLOSED');
  });

  it('a major quality complaint goes to the general manager', async () => {
    const form = (await ok(triage(await complaint(), 'NEEDS_OTHER_UNITS'))).triageComplaint;
    const r = (await ok(t.gql(`mutation E($id: ID!) { escalateComplaint(id: $id, to: GENERAL_MANAGER, reason: "批量客訴，疑似設計缺陷") { status major } }`, { id: form.id }, asQc()))).escalateComplaint;
    expect(r).toEqual({ status: 'GENERAL_MANAGER', major: true });
    // R-SVC-6: the kind tells a major quality complaint from a joint review; the subject is the case and why.
    expect(await notices(`/complaints/${form.id}`)).toContainEqual({ recipient_id: d().people.hqHead!.id, kind: 'COMPLAINT_MAJOR', subject: `${form.ticket.number} 維修後仍故障 · 批量客訴，疑似設計缺陷` });
  });

  it('R-SVC-10: the third substantiated complaint against one agent within a year calls a penalty review', async () => {
    for (let i = 0; i < 3; i++) {
      const form = (await ok(triage(await complaint(), 'NEEDS_OTHER_UNITS'))).triageComplaint;
      await ok(t.gql(`mutation F($id: ID!, $input: ComplaintFindingsInput!) { recordComplaintFindings(id: $id, input: $input) { id } }`, { id: form.id, input: { rootCause: '服務態度', responsibleUnitId: d().units.cs.id, substantiated: true, responsibleEmployeeId: d().people.csStaff!.id } }, asQc()));
    }
    const head = await t.em().getConnection().execute<{ subject: string }[]>(`select subject from notification where recipient_id = '${d().people.csHead!.id}' and kind = 'PENALTY_REVIEW'`);
    expect(head).toEqual([{ subject: d().people.csStaff!.name }]);
  });
  describe('an action’s owner reads the form and reports their action done there (R-SVC-5, R-ACL-3)', () => {
    const FORM = `query R($id: ID!) { complaintReview(id: $id) { id status rootCause responsibleEmployeeName
      caseSummary { ticketId number subject severity customerName customerVisible readable }
      actions { id ownerId ownerName status } } }`;
    const asOwner = () => ({ token: owner });
    const complete = (id: string, opts: { token: string }) => t.gql(`mutation D($id: ID!) { completeCorrectiveAction(id: $id, note: "已完成") { id status } }`, { id }, opts);
    let form = '';
    let outsiders = '';
    let theirs = '';
    let others = '';

    beforeAll(async () => {
      form = (await ok(triage(await complaint(), 'NEEDS_OTHER_UNITS'))).triageComplaint.id;
      await ok(t.gql(`mutation F($id: ID!, $input: ComplaintFindingsInput!) { recordComplaintFindings(id: $id, input: $input) { id } }`, { id: form, input: { rootCause: '配送包裝不足', responsibleUnitId: d().units.cs.id, substantiated: true, responsibleEmployeeId: d().people.csStaff!.id } }, asQc()));
      const add = async (ownerId: string, description: string) =>
        (await ok(t.gql(`mutation A($id: ID!, $input: CorrectiveActionInput!) { addCorrectiveAction(reviewId: $id, input: $input) { id } }`, { id: form, input: { kind: 'PREVENTIVE', description, ownerId, dueOn: '2026-12-31' } }, asQc()))).addCorrectiveAction.id as string;
      theirs = await add(d().people.guangzhouStaff!.id, '改用加厚紙箱');
      others = await add(d().people.techStaff!.id, '通知技術部檢查');
      // A second form the outside owner has nothing on.
      outsiders = (await ok(triage(await complaint(), 'NEEDS_OTHER_UNITS'))).triageComplaint.id;
    });

    it('an owner outside the case’s reach sees the form with the customer masked, and not the case itself', async () => {
      const r = (await ok(t.gql(FORM, { id: form }, asOwner()))).complaintReview;
      expect(r).toMatchObject({ status: 'OPEN', rootCause: '配送包裝不足', responsibleEmployeeName: null, caseSummary: { customerName: '投**', customerVisible: false, readable: false, subject: '維修後仍故障', severity: 'HIGH' } });
      expect(r.actions.map((a: { ownerId: string }) => a.ownerId)).toEqual([d().people.guangzhouStaff!.id, d().people.techStaff!.id]);
      expect(codeOf(await t.gql(`query R($id: ID!) { complaintReview(id: $id) { ticket { number content } } }`, { id: form }, asOwner()))).toBe('NOT_FOUND');
    });

    it('quality control and an owner who may read the case see the customer as the case shows it', async () => {
      const qcView = (await ok(t.gql(FORM, { id: form }, asQc()))).complaintReview;
      expect(qcView).toMatchObject({ responsibleEmployeeName: d().people.csStaff!.name, caseSummary: { customerName: '投訴人', customerVisible: true, readable: true } });
      const techView = (await ok(t.gql(FORM, { id: form }, as('viewer')))).complaintReview;
      expect(techView).toMatchObject({ responsibleEmployeeName: null, caseSummary: { customerName: '投訴人', customerVisible: true, readable: true } });
    });

    it('the owner reports their own action done', async () => {
      expect((await ok(complete(theirs, asOwner()))).completeCorrectiveAction.status).toBe('DONE');
    });

    it.each<[string, () => Promise<GqlResult>, string]>([
      ['the form of someone who owns none of its actions', () => t.gql(FORM, { id: outsiders }, { token: owner }), 'NOT_FOUND'],
      ['a form by someone with no action and no ReadQuality', () => t.gql(FORM, { id: form }, as('south')), 'NOT_FOUND'],
      ['the list of forms to an owner', () => t.gql(`{ complaintReviews { id } }`, {}, { token: owner }), 'FORBIDDEN'],
      ['completing someone else’s action', () => complete(others, { token: owner }), 'FORBIDDEN'],
      ['completing one’s own action twice', () => complete(theirs, { token: owner }), 'CONFLICT'],
      ['verifying one’s own action', () => t.gql(`mutation V($id: ID!) { verifyCorrectiveAction(id: $id, note: "自己驗證") { status } }`, { id: theirs }, { token: owner }), 'FORBIDDEN'],
      ['changing the findings as an owner', () => t.gql(`mutation C($id: ID!) { closeComplaintReview(id: $id) { status } }`, { id: form }, { token: owner }), 'FORBIDDEN'],
    ])('refuses %s', async (_label, call, code) => {
      const before = await dumpTables(t, ['complaint_review', 'corrective_action']);
      const r = await call();
      expect(codeOf(r)).toBe(code);
      expect(await dumpTables(t, ['complaint_review', 'corrective_action'])).toEqual(before);
    });
  });
});

describe('returns and repairs (R-SVC-8)', () => {
  const ORDER = `id kind status withinWindow exceptionDocumentId charge consentAt`;
  async function returnCase(): Promise<string> {
    const r = await ok(t.gql(OPEN, { input: { ...inquiry({ contactName: '退修客戶' }), kind: 'RETURN_REPAIR', subject: '退貨或維修' } }, as('agent')));
    return r.openTicket.id;
  }
  /** Acts as an employee without a login of their own, through the engine itself. */
  function asEmployee(employeeId: string, name: string) {
    const base = systemContext(t.em(), { services: t.app.services, config: t.app.config, log: t.app.log, now: t.clock.now }, 'test');
    return { ...base, actor: { type: 'USER' as const, id: `test:${employeeId}`, name, employeeId } };
  }

  it('a product shipped within three months with a quality problem is taken back at once', async () => {
    await clockAt('2026-12-03T10:00:00');
    const r = (await ok(t.gql(`mutation R($id: ID!) { startReturn(ticketId: $id, input: { shippedOn: "2026-09-04", qualityProblem: true, reason: "壓縮機異常" }) { ${ORDER} } }`, { id: await returnCase() }, as('agent')))).startReturn;
    expect(r).toMatchObject({ kind: 'RETURN', status: 'RECEIVED', withinWindow: true, exceptionDocumentId: null });
  });

  it('outside the window a return waits for an exception approved through the process engine', async () => {
    await clockAt('2026-12-03T10:00:00');
    const r = (await ok(t.gql(`mutation R($id: ID!) { startReturn(ticketId: $id, input: { shippedOn: "2026-08-01", qualityProblem: true, reason: "客戶長期出差，特例退貨" }) { ${ORDER} } }`, { id: await returnCase() }, as('agent')))).startReturn;
    expect(r).toMatchObject({ status: 'AWAITING_APPROVAL', withinWindow: false });
    const doc = (await ok(t.gql(`query D($id: ID!) { document(id: $id) { kind status steps { key status } } }`, { id: r.exceptionDocumentId }, as('agent')))).document;
    expect(doc).toMatchObject({ kind: 'RETURN_EXCEPTION', status: 'IN_APPROVAL' });
    const p = d().people;
    for (const [who, name] of [[p.csHead!.id, p.csHead!.name], [p.stationHead!.id, p.stationHead!.name]] as const) {
      const ctx = asEmployee(who, name);
      await t.em().transactional((tx) => t.app.services.processes.decide({ ...ctx, em: tx }, r.exceptionDocumentId, 'APPROVE', null));
    }
    const after = await t.em().getConnection().execute<{ status: string }[]>(`select status from repair_order where id = '${r.id}'`);
    expect(after[0]!.status).toBe('RECEIVED');
  });

  it('an out-of-warranty main-component repair starts only with the customer’s consent, then moves step by step', async () => {
    const r = (await ok(t.gql(`mutation R($id: ID!) { startRepair(ticketId: $id, input: { inWarranty: false, mainComponent: true, charge: "1800.00" }) { ${ORDER} } }`, { id: await returnCase() }, as('agent')))).startRepair;
    expect(r).toMatchObject({ kind: 'REPAIR', status: 'AWAITING_CONSENT', charge: '1800.00' });
    const advance = (to: string) => t.gql(`mutation A($id: ID!, $to: RepairStatus!) { advanceRepair(id: $id, to: $to) { status } }`, { id: r.id, to }, as('viewer'));
    expect(codeOf(await advance('REPAIRING'))).toBe('CONFLICT');
    await ok(t.gql(`mutation C($id: ID!) { recordRepairConsent(id: $id, consented: true, note: "客戶簽署維修同意書") { status consentAt } }`, { id: r.id }, as('agent')));
    expect(codeOf(await advance('SHIPPED'))).toBe('CONFLICT');
    for (const to of ['REPAIRING', 'QC_PASSED', 'SHIPPED', 'DELIVERED']) expect((await ok(advance(to))).advanceRepair.status).toBe(to);
  });
});
