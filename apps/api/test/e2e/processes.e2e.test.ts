import { startApp, codeOf, type GqlResult, type TestApp } from '../harness/app';
import { auditRecordsOf, dumpTables } from '../harness/rows';
import { testDialect } from '../harness/db';
import { buildOrg } from '../factories/org';
import { processPeople, PROCESS_USERS, type ProcessOrg, type ProcessUser } from '../factories/processes';
import { systemContext } from '../../src/jobs/system-context';

/**
 * The approval engine at the GraphQL level (R-FLOW-1…8, R-ORG-4): routing from the org
 * chart, conditions, deputies, self-approval, locking and 棄審, voiding, versions, time
 * limits, and the race of two approvals on PostgreSQL.
 */

let t: TestApp<ProcessOrg>;
const tokens = {} as Record<ProcessUser, string>;

beforeAll(async () => {
  t = await startApp({ seed: async (em) => processPeople(em, await buildOrg(em)) });
  await signInAll();
});
afterAll(() => t?.close());

async function signInAll(): Promise<void> {
  for (const u of PROCESS_USERS) tokens[u] = (await t.login(`${u}@example.cn`)).token;
}
const as = (who: ProcessUser) => ({ token: tokens[who] });
const d = () => t.data;

async function ok<T = any>(r: Promise<GqlResult<T>> | GqlResult<T>): Promise<T> {
  const res = await r;
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data as T;
}

const DOC = `id number status kind definitionVersion locked currentStep facts applicantName
  steps { id index key name status assigneeName decidedByName actingForName comment dueAt }
  history { action stepIndex actorName actingForName comment } attachments { fileName size }`;
const CLAIM = `mutation C($input: ExpenseClaimInput!) { submitExpenseClaim(input: $input) { ${DOC} } }`;
const GET = `query D($id: ID!) { document(id: $id) { ${DOC} } }`;
const APPROVE = `mutation A($id: ID!, $c: String) { approveStep(documentId: $id, comment: $c) { ${DOC} } }`;
const REJECT = `mutation R($id: ID!, $c: String!) { rejectStep(documentId: $id, comment: $c) { ${DOC} } }`;
const RETURN = `mutation R($id: ID!, $c: String!) { returnStep(documentId: $id, comment: $c) { ${DOC} } }`;
const CREATE = `mutation C($kind: String!, $data: JSONObject!) { createDocument(kind: $kind, data: $data) { ${DOC} } }`;
const SUBMIT = `mutation S($id: ID!) { submitDocument(id: $id) { ${DOC} } }`;
const UPDATE = `mutation U($id: ID!, $data: JSONObject!) { updateDocument(id: $id, data: $data) { ${DOC} } }`;
const TASKS = `query T($kind: String) { myTasks(kind: $kind, first: 50) { totalCount nodes { id name document { id number } } } myTaskCounts { kind open overdue } }`;

const today = () => t.clock.now().toISOString().slice(0, 10);
const claim = (amount: string, extra: Record<string, unknown> = {}) => ({ date: today(), place: '上海', reason: '客戶拜訪交通費', amount, category: 'TRAVEL', ...extra });

async function setBudget(amount: string, category = 'TRAVEL') {
  await ok(t.gql(`mutation B($input: BudgetInput!) { setBudget(input: $input) { id } }`, { input: { unitId: d().units.cs.id, year: Number(today().slice(0, 4)), category, amount } }, as('manager')));
}

describe('expense claims (R-FLOW-3)', () => {
  it('head of the applicant’s unit, then finance; finance rejects with a reason the applicant sees', async () => {
    await setBudget('10000.00');
    const submitted = await ok(t.gql(CLAIM, { input: { ...claim('800.00'), invoices: [{ fileName: '發票.pdf', mimeType: 'application/pdf', contentBase64: Buffer.from('%PDF-1.4 invoice').toString('base64') }] } }, as('applicant')));
    const doc = submitted.submitExpenseClaim;
    expect(doc).toMatchObject({ status: 'IN_APPROVAL', definitionVersion: 1, currentStep: 0, facts: { overBudget: false }, attachments: [{ fileName: '發票.pdf' }] });
    expect(doc.number).toMatch(/^EXP-\d{4}-\d{6}$/);
    expect(doc.steps.map((s: { status: string }) => s.status)).toEqual(['OPEN', 'WAITING', 'SKIPPED']);
    expect(doc.steps[0].assigneeName).toBe(d().people.csHead!.name);
    // The history reads in the order things happened, the engine's own steps unattributed.
    expect(doc.history.map((h: { action: string; actorName: string | null }) => [h.action, h.actorName])).toEqual([
      ['CREATED', d().people.csStaff!.name],
      ['SUBMITTED', d().people.csStaff!.name],
      ['STEP_SKIPPED', null],
      ['STEP_OPENED', null],
    ]);

    const inbox = await ok(t.gql(TASKS, { kind: 'EXPENSE_CLAIM' }, as('cshead')));
    expect(inbox.myTasks.nodes.map((n: { document: { id: string } }) => n.document.id)).toContain(doc.id);
    const page = await t.gql(`{ myTasks(first: 50) { totalCount nodes { id name dueAt overdue document { id number title kind applicantName } } } }`, {}, as('cshead'));
    // The inbox costs the same few statements whatever its size: whom the caller deputises for,
    // the page (steps with their documents and applicants), the count.
    expect(page.body.errors).toBeUndefined();
    expect(page.body.data.myTasks.nodes.find((n: { document: { id: string } }) => n.document.id === doc.id).document.applicantName).toBeTruthy();
    expect(page.statements).toBeLessThanOrEqual(3);
    expect(codeOf(await t.gql(APPROVE, { id: doc.id }, as('finance')))).toBe('FORBIDDEN');

    const step1 = await ok(t.gql(APPROVE, { id: doc.id, c: '同意' }, as('cshead')));
    expect(step1.approveStep.steps[1]).toMatchObject({ status: 'OPEN', assigneeName: '趙財' });

    const noReason = await t.gql(REJECT, { id: doc.id, c: '  ' }, as('finance'));
    expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
    await ok(t.gql(REJECT, { id: doc.id, c: '發票抬頭錯誤，請重開' }, as('finance')));
    const seen = await ok(t.gql(GET, { id: doc.id }, as('applicant')));
    expect(seen.document.status).toBe('REJECTED');
    expect(seen.document.history.at(-1)).toMatchObject({ action: 'REJECTED', actorName: '趙財', comment: '發票抬頭錯誤，請重開' });
    const notes = await ok(t.gql(`{ myNotifications(first: 10) { nodes { kind subject } } unreadNotificationCount }`, {}, as('applicant')));
    // The kind says what happened, for the console to word in the reader's language; the subject is the document and the reason.
    const [{ title }] = await t.em().getConnection().execute<{ title: string }[]>('select title from process_document where id = ?', [doc.id]);
    expect(notes.myNotifications.nodes[0]).toEqual({ kind: 'DOCUMENT_REJECTED', subject: `${doc.number} ${title} · 發票抬頭錯誤，請重開` });
    const worded = await ok(t.gql(`{ myNotifications(first: 1) { nodes { zhHant: kindLabel zhHans: kindLabel(language: ZH_HANS) en: kindLabel(language: EN) } } }`, {}, as('applicant')));
    expect(worded.myNotifications.nodes[0]).toEqual({ zhHant: '申請被駁回', zhHans: '申请被驳回', en: 'Document rejected' });
    // By email, the subject says what happened in the recipient's console language, and links to the document.
    const mails: { to: string; subject: string; body: string }[] = [];
    t.app.services.notifications.useTransport({ send: async (m) => void mails.push(m) });
    await t.app.services.notifications.deliver(systemContext(t.em(), { services: t.app.services, config: t.app.config, log: t.app.log, now: t.clock.now }, 'email-outbox'));
    const rejected = mails.find((m) => m.subject.endsWith('發票抬頭錯誤，請重開'));
    expect(rejected).toMatchObject({ subject: `申請被駁回: ${doc.number} ${title} · 發票抬頭錯誤，請重開`, body: expect.stringContaining(`/documents/${doc.id}`) });
  });

  it('over budget adds the station manager; approval books the budget and 棄審 gives it back', async () => {
    await setBudget('1000.00', 'MEALS');
    const a = (await ok(t.gql(CLAIM, { input: claim('700.00', { category: 'MEALS' }) }, as('applicant')))).submitExpenseClaim;
    await ok(t.gql(APPROVE, { id: a.id }, as('cshead')));
    const approved = (await ok(t.gql(APPROVE, { id: a.id }, as('finance')))).approveStep;
    expect(approved).toMatchObject({ status: 'APPROVED', locked: true });
    const budgets = async () => (await ok(t.gql(`query B($y: Int!) { budgets(year: $y) { category amount consumed } }`, { y: Number(today().slice(0, 4)) }, as('manager')))).budgets;
    expect((await budgets()).find((b: { category: string }) => b.category === 'MEALS')).toMatchObject({ consumed: '700.00' });

    const b = (await ok(t.gql(CLAIM, { input: claim('400.00', { category: 'MEALS' }) }, as('applicant')))).submitExpenseClaim;
    expect(b.facts).toMatchObject({ overBudget: true, budgetRemaining: 30000 });
    expect(b.steps.map((s: { status: string }) => s.status)).toEqual(['OPEN', 'WAITING', 'WAITING']);
    await ok(t.gql(APPROVE, { id: b.id }, as('cshead')));
    await ok(t.gql(APPROVE, { id: b.id }, as('finance')));
    const last = (await ok(t.gql(APPROVE, { id: b.id }, as('manager')))).approveStep;
    expect(last.status).toBe('APPROVED');
    expect((await budgets()).find((x: { category: string }) => x.category === 'MEALS')).toMatchObject({ consumed: '1100.00' });

    // Approved documents are locked (R-FLOW-2).
    const locked = await t.gql(UPDATE, { id: b.id, data: { amount: '1.00' } }, as('applicant'));
    expect(codeOf(locked)).toBe('CONFLICT');
    expect(locked.body.errors![0]!.extensions!.reason).toBe('LOCKED');
    expect(codeOf(await t.gql(`mutation U($id: ID!) { unapproveDocument(id: $id, reason: "x") { id } }`, { id: b.id }, as('applicant')))).toBe('FORBIDDEN');
    const un = await t.gql(`mutation U($id: ID!) { unapproveDocument(id: $id, reason: "金額有誤，退回修改") { status history { action comment } } }`, { id: b.id }, as('manager'));
    expect(un.body.data.unapproveDocument.status).toBe('DRAFT');
    const [audit] = await auditRecordsOf(t, un.requestId);
    expect(audit).toMatchObject({ operation: 'unapproveDocument', outcome: 'ALLOWED' });
    expect((await budgets()).find((x: { category: string }) => x.category === 'MEALS')).toMatchObject({ consumed: '700.00' });
  });

  it('nobody approves their own claim: a head’s claim goes to the head above, and acting on one’s own document is refused', async () => {
    const doc = (await ok(t.gql(CLAIM, { input: claim('50.00') }, as('cshead')))).submitExpenseClaim;
    expect(doc.steps[0].assigneeName).toBe(d().people.stationHead!.name);
    const self = await t.gql(APPROVE, { id: doc.id }, as('cshead'));
    expect(codeOf(self)).toBe('FORBIDDEN');
  });

  it('R-ORG-4: while the approver is away their deputy is told, sees the task and acts, and the record says for whom', async () => {
    const now = t.clock.now().getTime();
    await ok(t.gql(`mutation A($input: RecordAbsenceInput!) { recordAbsence(input: $input) { id } }`, { input: { employeeId: d().people.csHead!.id, deputyId: d().people.stationStaff!.id, startsAt: new Date(now - 3600_000).toISOString(), endsAt: new Date(now + 86_400_000).toISOString(), reason: '外訓' } }, as('admin')));
    const doc = (await ok(t.gql(CLAIM, { input: claim('60.00') }, as('applicant')))).submitExpenseClaim;
    // The deputy's copy says so in its kind, so the console can word it in the reader's language.
    const told = await t.em().getConnection().execute<{ recipient_id: string; kind: string; subject: string }[]>('select recipient_id, kind, subject from notification where link = ? order by kind', [`/documents/${doc.id}`]);
    expect(told.map((n) => [n.recipient_id, n.kind])).toEqual([
      [d().people.csHead!.id, 'TASK_ASSIGNED'],
      [d().people.stationStaff!.id, 'TASK_ASSIGNED_AS_DEPUTY'],
    ]);
    expect(told[1]!.subject).toBe(told[0]!.subject);
    expect(told[0]!.subject).toMatch(new RegExp(`^${doc.number} .+ · ${doc.steps[0].name}$`));
    const inbox = await ok(t.gql(TASKS, {}, as('deputy')));
    expect(inbox.myTasks.nodes.map((n: { document: { id: string } }) => n.document.id)).toContain(doc.id);
    const r = await ok(t.gql(APPROVE, { id: doc.id, c: '代簽' }, as('deputy')));
    expect(r.approveStep.steps[0]).toMatchObject({ status: 'APPROVED', decidedByName: d().people.stationStaff!.name, actingForName: d().people.csHead!.name });
    expect(r.approveStep.history.find((h: { action: string }) => h.action === 'APPROVED')).toMatchObject({ actorName: d().people.stationStaff!.name, actingForName: d().people.csHead!.name });
    await t.em().getConnection().execute(`update absence set cancelled_at = ${testDialect() === 'postgresql' ? 'now()' : String(Date.now())}`);
  });

  it('a failed action changes nothing and leaves one audit record', async () => {
    const doc = (await ok(t.gql(CLAIM, { input: claim('70.00') }, as('applicant')))).submitExpenseClaim;
    const before = await dumpTables(t, ['process_document', 'process_step', 'process_action', 'budget', 'notification']);
    const r = await t.gql(REJECT, { id: doc.id, c: '' }, as('cshead'));
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(await dumpTables(t, ['process_document', 'process_step', 'process_action', 'budget', 'notification'])).toEqual(before);
    expect(await auditRecordsOf(t, r.requestId)).toHaveLength(1);
  });

  it.each([
    ['a missing place', { place: '' }, 'place'],
    ['an unknown category', { category: 'GIFTS' }, 'data.category'],
  ])('refuses a claim with %s', async (_l, patch, field) => {
    const r = await t.gql(CLAIM, { input: claim('10.00', patch) }, as('applicant'));
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.body.errors![0]!.extensions!.issues!.map((i) => i.field)).toContain(field);
  });
});

describe('definitions are versioned data (R-FLOW-1)', () => {
  it('publishing a new version never changes documents already on their way', async () => {
    const running = (await ok(t.gql(CLAIM, { input: claim('20.00') }, as('applicant')))).submitExpenseClaim;
    const defs = await ok(t.gql(`{ processDefinitions(kind: "EXPENSE_CLAIM") { version name nameEn fields { key label type required immutable choices } steps { key name nameEn approver { kind code unitKind unitFunction } conditions { field op value } timeLimitHours } } }`, {}, as('admin')));
    const v1 = defs.processDefinitions[0];
    const input = { kind: 'EXPENSE_CLAIM', name: v1.name, nameEn: v1.nameEn, fields: v1.fields, steps: v1.steps.filter((s: { key: string }) => s.key !== 'unit_head'), note: '主管審批取消' };
    const published = await ok(t.gql(`mutation P($input: ProcessDefinitionInput!) { publishProcessDefinition(input: $input) { version } }`, { input }, as('admin')));
    expect(published.publishProcessDefinition.version).toBe(2);
    const fresh = (await ok(t.gql(CLAIM, { input: claim('21.00') }, as('applicant')))).submitExpenseClaim;
    expect(fresh).toMatchObject({ definitionVersion: 2 });
    expect(fresh.steps[0]).toMatchObject({ key: 'finance', status: 'OPEN' });
    const old = (await ok(t.gql(GET, { id: running.id }, as('applicant')))).document;
    expect(old).toMatchObject({ definitionVersion: 1 });
    expect(old.steps[0]).toMatchObject({ key: 'unit_head', status: 'OPEN' });
    expect(codeOf(await t.gql(`mutation P($input: ProcessDefinitionInput!) { publishProcessDefinition(input: $input) { version } }`, { input }, as('manager')))).toBe('FORBIDDEN');
    // Back to the regime's flow for the rest of the suite.
    await ok(t.gql(`mutation P($input: ProcessDefinitionInput!) { publishProcessDefinition(input: $input) { version } }`, { input: { ...input, steps: v1.steps, note: null } }, as('admin')));
  });

  it('refuses a definition whose conditions name no field or fact', async () => {
    const r = await t.gql(
      `mutation P($input: ProcessDefinitionInput!) { publishProcessDefinition(input: $input) { version } }`,
      { input: { kind: 'PURCHASE_REQUEST', name: 'x', fields: [{ key: 'item', label: '品名', type: 'TEXT' }], steps: [{ key: 'a', name: 'A', approver: { kind: 'POSITION' }, conditions: [{ field: 'nope', op: 'EQ', value: 1 }], timeLimitHours: 0 }] } },
      as('admin'),
    );
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.body.errors![0]!.extensions!.issues!.map((i) => i.field)).toEqual(expect.arrayContaining(['steps.0.approver.code', 'steps.0.conditions.0.field', 'steps.0.timeLimitHours']));
  });

  it('previews who a sample document would go to', async () => {
    const r = await ok(t.gql(`query P($data: JSONObject!) { previewApprovers(kind: "PURCHASE_REQUEST", data: $data) { key applies approver { name } } }`, { data: { item: '伺服器', quantity: 2, neededBy: today(), estimatedAmount: '80000.00' } }, as('applicant')));
    expect(r.previewApprovers).toEqual([
      { key: 'unit_head', applies: true, approver: { name: d().people.csHead!.name } },
      { key: 'logistics', applies: true, approver: { name: '錢勤' } },
      { key: 'leadership', applies: true, approver: { name: d().people.stationHead!.name } },
    ]);
  });
});

describe('immutable fields and voiding (R-FLOW-2)', () => {
  it('a returned document keeps its immutable fields; voiding re-creates it as a new draft', async () => {
    const draft = (await ok(t.gql(CREATE, { kind: 'EQUIPMENT_SCRAP', data: { equipmentName: '空氣清淨機', purchaseDate: '2019-05-01', reason: '主機板故障', disposal: 'SCRAP' } }, as('tech')))).createDocument;
    await ok(t.gql(SUBMIT, { id: draft.id }, as('tech')));
    const returned = (await ok(t.gql(RETURN, { id: draft.id, c: '請補型號' }, as('manager')))).returnStep;
    expect(returned.status).toBe('DRAFT');
    const bad = await t.gql(UPDATE, { id: draft.id, data: { equipmentName: '淨水器' } }, as('tech'));
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.body.errors![0]!.extensions!.issues![0]).toMatchObject({ field: 'data.equipmentName', code: 'immutable' });
    await ok(t.gql(UPDATE, { id: draft.id, data: { model: 'AC-110' } }, as('tech')));
    const copy = (await ok(t.gql(`mutation V($id: ID!) { voidDocument(id: $id, reason: "設備名稱填錯") { ${DOC} } }`, { id: draft.id }, as('tech')))).voidDocument;
    expect(copy).toMatchObject({ status: 'DRAFT', kind: 'EQUIPMENT_SCRAP' });
    expect((await ok(t.gql(GET, { id: draft.id }, as('tech')))).document.status).toBe('VOIDED');
    const again = (await ok(t.gql(UPDATE, { id: copy.id, data: { equipmentName: '淨水器' } }, as('tech')))).updateDocument;
    expect(again.status).toBe('DRAFT');
  });
});

describe('the regime’s other flows', () => {
  it('R-FLOW-4 equipment scrap: unit head → technical appraisal → finance → station manager', async () => {
    const doc = (await ok(t.gql(CREATE, { kind: 'EQUIPMENT_SCRAP', data: { equipmentName: '熱水器', purchaseDate: '2015-01-01', reason: '漏電', disposal: 'SALE' } }, as('applicant')))).createDocument;
    const s = (await ok(t.gql(SUBMIT, { id: doc.id }, as('applicant')))).submitDocument;
    expect(s.steps.map((x: { key: string }) => x.key)).toEqual(['unit_head', 'appraisal', 'finance', 'station_manager']);
    for (const who of ['cshead', 'tech', 'finance', 'manager'] as const) await ok(t.gql(APPROVE, { id: doc.id }, as(who)));
    expect((await ok(t.gql(GET, { id: doc.id }, as('applicant')))).document.status).toBe('APPROVED');
  });

  it('R-FLOW-7 freight: a hired vehicle within 10% of the reference price approves itself, recorded so', async () => {
    const doc = (await ok(t.gql(CREATE, { kind: 'FREIGHT', data: { mode: 'HIRED_VEHICLE', shipmentRef: 'SH-1', amount: '1080.00', referencePrice: '1000.00' } }, as('site')))).createDocument;
    const s = (await ok(t.gql(SUBMIT, { id: doc.id }, as('site')))).submitDocument;
    expect(s.status).toBe('APPROVED');
    expect(s.history.map((h: { action: string }) => h.action)).toContain('AUTO_APPROVED');
    expect(s.history.find((h: { action: string }) => h.action === 'AUTO_APPROVED').comment).toContain('8% over');
  });

  it.each([
    ['a hired vehicle 15% over', { mode: 'HIRED_VEHICLE', amount: '1150.00', referencePrice: '1000.00' }, 'business_dept', 'north'],
    ['air freight', { mode: 'AIR', amount: '300.00' }, 'business_dept', 'north'],
    ['express up to 200', { mode: 'EXPRESS', amount: '150.00' }, 'site', 'sitehead'],
    ['express over 200', { mode: 'EXPRESS', amount: '250.00' }, 'business_dept', 'north'],
  ])('R-FLOW-7 freight: %s goes to the right approver', async (_l, data, key, who) => {
    const doc = (await ok(t.gql(CREATE, { kind: 'FREIGHT', data: { shipmentRef: 'SH-2', ...data } }, as('site')))).createDocument;
    const s = (await ok(t.gql(SUBMIT, { id: doc.id }, as('site')))).submitDocument;
    const open = s.steps.find((x: { status: string }) => x.status === 'OPEN');
    expect(open.key).toBe(key);
    await ok(t.gql(APPROVE, { id: doc.id }, as(who as ProcessUser)));
  });

  it('R-FLOW-8 staff materials: valuable items take the extra approval', async () => {
    const plain = (await ok(t.gql(CREATE, { kind: 'STAFF_MATERIAL_REQUEST', data: { itemName: '原子筆', quantity: 10, purpose: '櫃台' } }, as('applicant')))).createDocument;
    const valuable = (await ok(t.gql(CREATE, { kind: 'STAFF_MATERIAL_REQUEST', data: { itemName: '筆記型電腦', quantity: 1, purpose: '外勤', valuable: true } }, as('applicant')))).createDocument;
    const a = (await ok(t.gql(SUBMIT, { id: plain.id }, as('applicant')))).submitDocument;
    const b = (await ok(t.gql(SUBMIT, { id: valuable.id }, as('applicant')))).submitDocument;
    expect(a.steps.map((s: { status: string }) => s.status)).toEqual(['OPEN', 'SKIPPED', 'WAITING']);
    expect(b.steps.map((s: { status: string }) => s.status)).toEqual(['OPEN', 'WAITING', 'WAITING']);
  });

  it('R-FLOW-5 a purchase over the threshold needs leadership; the applicant can withdraw it', async () => {
    const doc = (await ok(t.gql(CREATE, { kind: 'PURCHASE_REQUEST', data: { item: '車輛', quantity: 1, neededBy: today(), estimatedAmount: '120000.00' } }, as('applicant')))).createDocument;
    const s = (await ok(t.gql(SUBMIT, { id: doc.id }, as('applicant')))).submitDocument;
    expect(s.steps.map((x: { status: string }) => x.status)).toEqual(['OPEN', 'WAITING', 'WAITING']);
    const w = await ok(t.gql(`mutation W($id: ID!) { withdrawDocument(id: $id, reason: "改用租賃") { status steps { status } } }`, { id: doc.id }, as('applicant')));
    expect(w.withdrawDocument).toMatchObject({ status: 'WITHDRAWN', steps: [{ status: 'CANCELLED' }, { status: 'CANCELLED' }, { status: 'CANCELLED' }] });
  });
});

describe('time limits (R-FLOW-1)', () => {
  it('reminds at three quarters of the limit, then escalates to the approver’s superior', async () => {
    const doc = (await ok(t.gql(CLAIM, { input: claim('30.00') }, as('applicant')))).submitExpenseClaim;
    const run = () => t.em().transactional((tx) => t.app.services.processes.escalate(systemContext(tx, { services: t.app.services, config: t.app.config, log: t.app.log, now: t.clock.now }, 'test')));
    const actions = async () => {
      await signInAll();
      return (await ok(t.gql(GET, { id: doc.id }, as('applicant')))).document.history.map((h: { action: string }) => h.action);
    };
    t.clock.advance(37 * 3600);
    expect((await run()).reminded).toBeGreaterThanOrEqual(1);
    await run();
    expect((await actions()).filter((a: string) => a === 'REMINDED')).toHaveLength(1);
    expect(await actions()).not.toContain('ESCALATED');
    t.clock.advance(12 * 3600);
    expect((await run()).escalated).toBeGreaterThanOrEqual(1);
    await signInAll();
    const after = (await ok(t.gql(GET, { id: doc.id }, as('applicant')))).document;
    expect(after.steps[0]).toMatchObject({ status: 'OPEN', assigneeName: d().people.stationHead!.name });
    expect(after.history.map((h: { action: string }) => h.action)).toEqual(expect.arrayContaining(['REMINDED', 'ESCALATED']));
    const inbox = await ok(t.gql(TASKS, {}, as('manager')));
    expect(inbox.myTasks.nodes.map((n: { document: { id: string } }) => n.document.id)).toContain(doc.id);
    await ok(t.gql(APPROVE, { id: doc.id }, as('manager')));
  });
});

describe.runIf(testDialect() === 'postgresql')('concurrent approvals on PostgreSQL', () => {
  it('two approvals of one step at the same moment: exactly one wins, the other gets a CONFLICT', async () => {
    const doc = (await ok(t.gql(CLAIM, { input: claim('40.00') }, as('applicant')))).submitExpenseClaim;
    const approve = `mutation A($id: ID!, $step: ID!) { approveStep(documentId: $id, stepId: $step) { id } }`;
    const results = await Promise.all(Array.from({ length: 8 }, () => t.gql(approve, { id: doc.id, step: doc.steps[0].id }, as('cshead'))));
    expect(results.filter((r) => !r.body.errors)).toHaveLength(1);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(7);
    const after = (await ok(t.gql(GET, { id: doc.id }, as('applicant')))).document;
    expect(after.history.filter((h: { action: string }) => h.action === 'APPROVED')).toHaveLength(1);
    expect(after.steps[1]).toMatchObject({ status: 'OPEN' });
  });
});
