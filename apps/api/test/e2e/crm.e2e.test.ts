import { startApp, codeOf, type GqlResult, type TestApp } from '../harness/app';
import { auditRecordsOf, dumpTables } from '../harness/rows';
import { buildOrg, type Org } from '../factories/org';
import { crmPeople, CRM_USERS, TIER_RULES, type CrmUser } from '../factories/crm';
import { readTable } from '../../src/modules/crm/import/tabular';

/**
 * The CRM module at the GraphQL level: customer files (R-CRM-1) and who sees what of them
 * (R-ACL-1, R-ACL-3), purchases posted by a POS, tiers managed by marketing (R-CRM-2), and
 * member care (R-CRM-3, R-CRM-4).
 */

let t: TestApp<Org>;
const tokens = {} as Record<CrmUser, string>;
let posKey = '';

beforeAll(async () => {
  t = await startApp({ seed: async (em) => crmPeople(em, await buildOrg(em)) });
  for (const u of CRM_USERS) tokens[u] = (await t.login(`${u}@example.cn`)).token;
  const key = await t.gql(
    `mutation K($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
    {
      input: {
        name: 'POS 上海',
        grants: ['ReadCustomer', 'ReadCustomerContact', 'RecordPurchase', 'RefundPurchase', 'ReadPoints', 'EarnPoints', 'RedeemPoints'].map((permission) => ({ permission, scope: 'ALL' })),
      },
    },
    as('admin'),
  );
  posKey = key.body.data.createApiKey.secret;
});
afterAll(() => t?.close());

/** Moves the clock; access tokens live 15 minutes, so everyone signs in again. */
async function advanceDays(days: number): Promise<void> {
  t.clock.advance(days * 86_400);
  for (const u of CRM_USERS) tokens[u] = (await t.login(`${u}@example.cn`)).token;
}

function as(who: CrmUser) {
  return { token: tokens[who] };
}
const pos = () => ({ apiKey: posKey });
const d = () => t.data;

/** A customer's timeline entries of one kind, newest first: the facts the console words in the reader's language. */
async function entries(customerId: string, kind: string): Promise<{ summary: string; refType: string | null; data: Record<string, unknown> | null }[]> {
  const r = await ok(t.gql(TIMELINE, { id: customerId }, as('agent')));
  return r.customer.timeline.nodes.filter((n: { kind: string }) => n.kind === kind).map(({ summary, refType, data }: { summary: string; refType: string | null; data: Record<string, unknown> | null }) => ({ summary, refType, data }));
}

async function ok<T = any>(r: Promise<GqlResult<T>> | GqlResult<T>): Promise<T> {
  const res = await r;
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data as T;
}

async function failsCleanly(query: string, variables: Record<string, unknown>, who: CrmUser | 'pos', code: string): Promise<GqlResult> {
  const before = await dumpTables(t);
  const r = await t.gql(query, variables, who === 'pos' ? pos() : as(who));
  expect(codeOf(r), JSON.stringify(r.body.errors)).toBe(code);
  expect(await dumpTables(t)).toEqual(before);
  expect(await auditRecordsOf(t, r.requestId)).toHaveLength(1);
  return r;
}

const CREATE = `mutation C($input: CreateCustomerInput!) { createCustomer(input: $input) { id code name phones email birthday address contactVisible homeStation { code } } }`;
const UPDATE = `mutation U($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id name phones tags } }`;
const CUSTOMER = `query C($id: ID!) { customer(id: $id) { id code name phones email birthday address contactVisible tier { code } lifetimeSpend purchaseCount points { balance debt } } }`;
const CUSTOMERS = `query L($first: Int, $after: String, $offset: Int, $filter: CustomerFilter, $orderBy: CustomerOrder) {
  customers(first: $first, after: $after, offset: $offset, filter: $filter, orderBy: $orderBy) { totalCount pageInfo { hasNextPage endCursor } nodes { id code name phones email contactVisible tier { code } } } }`;
const RECORD = `mutation P($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id externalOrderId amount pointsEarned status customer { code } } }`;
const REFUND = `mutation R($input: RefundPurchaseInput!) { refundPurchase(input: $input) { id status } }`;
const PUBLISH = `mutation P($input: TierRulesInput!, $v: Int!) { publishTierChange(input: $input, expectedVersion: $v) { rulesVersion customers upgrades downgrades rows { code current projected up down } } }`;
const PREVIEW = `query P($input: TierRulesInput!) { previewTierChange(input: $input) { rulesVersion customers upgrades downgrades unchanged rows { code current projected up down } } }`;
const TIMELINE = `query C($id: ID!) { customer(id: $id) { timeline { nodes { kind summary refType data } } } }`;
const TIER = `query T($id: ID!) { customer(id: $id) { tier { code } tierStatus { tier { code } qualifiedTier { code } figures { windowSpend windowPurchases daysSinceLastPurchase } nextTier { code } missingForNext graceEndsAt overridden } tierHistory { reason fromTier { code } toTier { code } note figures { windowSpend windowPurchases lifetimeSpend } } } }`;

let seq = 0;
async function newCustomer(extra: Record<string, unknown> = {}, who: CrmUser = 'agent'): Promise<{ id: string; code: string }> {
  seq++;
  const data = await ok(
    t.gql(CREATE, { input: { name: `客戶${seq}`, phones: [`+86 139 1234 ${String(1000 + seq)}`], homeStationId: d().units.station.id, ...extra } }, as(who)),
  );
  return data.createCustomer;
}

function purchase(customerId: string, externalOrderId: string, amount: string, extra: Record<string, unknown> = {}) {
  return { externalOrderId, customerId, stationId: d().units.station.id, amount, occurredAt: t.clock.now().toISOString(), items: [{ sku: 'WF-220', name: '淨水器濾心', quantity: 1, unitPrice: amount }], ...extra };
}

describe('customer files (R-CRM-1)', () => {
  it('customer service opens a file at their station with contact data, tags and preferences', async () => {
    const r = await ok(
      t.gql(
        CREATE,
        {
          input: {
            name: '陳大文',
            phones: ['0912-345-678', '+886 2 2345 6789'],
            email: 'Chan@Example.TW',
            birthday: '1985-03-02',
            address: '台北市中山區南京東路二段1號',
            preferredLanguage: 'ZH_HANT',
            preferredChannel: 'LINE',
            tags: ['VIP', '家庭', 'VIP'],
            preferences: '平日下午到府',
            marketingConsent: true,
            homeStationId: d().units.station.id,
          },
        },
        as('agent'),
      ),
    );
    expect(r.createCustomer).toMatchObject({ code: expect.stringMatching(/^C\d{7}$/), phones: ['0912345678', '+886223456789'], email: 'chan@example.tw', contactVisible: true, homeStation: { code: 'ST' } });
    const tl = await ok(t.gql(`query C($id: ID!) { customer(id: $id) { tags } }`, { id: r.createCustomer.id }, as('agent')));
    expect(tl.customer.tags).toEqual(['VIP', '家庭']);
    // R-CRM-1: the file's history starts with where it was opened, as facts rather than a sentence.
    const station = d().units.station;
    expect(await entries(r.createCustomer.id, 'CUSTOMER_CREATED')).toEqual([
      { summary: station.name, refType: null, data: { via: 'CONSOLE', station: { name: station.name, nameEn: station.nameEn ?? null } } },
    ]);
  });

  it.each([
    ['a phone that is not one', { phones: ['12ab'] }, 'phones.0', 'invalid_phone'],
    ['an email that is not one', { email: 'nope' }, 'email', undefined],
    ['a birthday in the future', { birthday: '2999-01-01' }, 'birthday', 'out_of_range'],
    ['an unknown station', { homeStationId: '00000000-0000-7000-8000-000000000000' }, 'homeStationId', 'not_found'],
    ['a name too long', { name: '長'.repeat(81) }, 'name', undefined],
  ])('refuses %s, changing nothing', async (_label, extra, field, issueCode) => {
    const r = await failsCleanly(CREATE, { input: { name: '測試', phones: [], homeStationId: d().units.station.id, ...extra } }, 'agent', 'BAD_USER_INPUT');
    const issue = r.body.errors![0]!.extensions!.issues!.find((i) => i.field === field);
    expect(issue, JSON.stringify(r.body.errors)).toBeDefined();
    if (issueCode) expect(issue!.code).toBe(issueCode);
  });

  it('a number belongs to one file: a second customer with it is refused', async () => {
    const first = await newCustomer();
    const again = await t.gql(`query C($id: ID!) { customer(id: $id) { phones } }`, { id: first.id }, as('agent'));
    const phone = again.body.data.customer.phones[0];
    const r = await failsCleanly(CREATE, { input: { name: '重複', phones: [phone], homeStationId: d().units.station.id } }, 'agent', 'BAD_USER_INPUT');
    expect(r.body.errors![0]!.extensions!.issues![0]).toMatchObject({ field: 'phones.0', code: 'duplicate' });
    expect(r.body.errors![0]!.message).not.toContain(phone);
  });

  it('R-ACL-1: a file is out of reach for customer service of another region, and a station outside reach is refused', async () => {
    const c = await newCustomer();
    expect(codeOf(await t.gql(CUSTOMER, { id: c.id }, as('south')))).toBe('NOT_FOUND');
    const list = await ok(t.gql(CUSTOMERS, { first: 200 }, as('south')));
    expect(list.customers.nodes.some((n: { id: string }) => n.id === c.id)).toBe(false);
    await failsCleanly(CREATE, { input: { name: '越權', phones: [], homeStationId: d().units.station.id } }, 'south', 'FORBIDDEN');
  });

  it('pages by cursor and by offset with a total, and refuses an offset past 10,000', async () => {
    const a = await ok(t.gql(CUSTOMERS, { first: 2 }, as('admin')));
    const b = await ok(t.gql(CUSTOMERS, { first: 2, after: a.customers.pageInfo.endCursor }, as('admin')));
    const c = await ok(t.gql(CUSTOMERS, { first: 2, offset: 2 }, as('admin')));
    expect(b.customers.nodes.map((n: { id: string }) => n.id)).toEqual(c.customers.nodes.map((n: { id: string }) => n.id));
    const deep = await t.gql(CUSTOMERS, { first: 2, offset: 10_001 }, as('admin'));
    expect(codeOf(deep)).toBe('BAD_USER_INPUT');
    expect(deep.body.errors![0]!.extensions!.issues![0]).toMatchObject({ field: 'offset', limits: [0, 10_000] });
  });

  it('a filtered page costs at most 2 statements, whatever its size', async () => {
    for (const first of [5, 50]) {
      const filter = { tags: ['VIP'], marketingConsent: true, spendMin: '0', search: '客' };
      const r = await t.gql(CUSTOMERS.replace('totalCount ', ''), { first, filter, orderBy: 'LIFETIME_SPEND_DESC' }, as('agent'));
      expect(r.body.errors).toBeUndefined();
      expect(r.statements).toBe(1);
      const counted = await t.gql(CUSTOMERS, { first, filter }, as('agent'));
      expect(counted.statements).toBe(2);
      // Points of every row on the page come in two more, not two per row.
      const withPoints = await t.gql(CUSTOMERS.replace('totalCount ', '').replace('tier { code }', 'tier { code } points { balance lots { remaining } }'), { first }, as('agent'));
      expect(withPoints.body.errors).toBeUndefined();
      expect(withPoints.body.data.customers.nodes.length).toBeGreaterThan(1);
      expect(withPoints.statements).toBe(3);
    }
  });
});

describe('personal data is masked without ReadCustomerContact (R-ACL-3)', () => {
  let c: { id: string; code: string };
  beforeAll(async () => {
    c = await newCustomer({ phones: ['13912345678'], email: 'wang@example.cn', birthday: '1990-05-06', address: '上海市浦東新區世紀大道100號' });
  });

  it('in details, lists and search results', async () => {
    const seen = await ok(t.gql(CUSTOMER, { id: c.id }, as('viewer')));
    expect(seen.customer).toMatchObject({ phones: ['***678'], email: 'w***@example.cn', birthday: '****-**-**', address: '上海市***', contactVisible: false });
    const plain = await ok(t.gql(CUSTOMER, { id: c.id }, as('agent')));
    expect(plain.customer).toMatchObject({ phones: ['13912345678'], email: 'wang@example.cn', birthday: '1990-05-06', contactVisible: true });
    const list = await ok(t.gql(CUSTOMERS, { first: 200 }, as('viewer')));
    const row = list.customers.nodes.find((n: { id: string }) => n.id === c.id);
    expect(row.phones).toEqual(['***678']);
  });

  it('searching by phone is no oracle: refused with the filter, and the search box matches no numbers', async () => {
    expect(codeOf(await t.gql(CUSTOMERS, { filter: { phone: '13912345678' } }, as('viewer')))).toBe('FORBIDDEN');
    const blind = await ok(t.gql(CUSTOMERS, { filter: { search: '12345678' } }, as('viewer')));
    expect(blind.customers.totalCount).toBe(0);
    const found = await ok(t.gql(CUSTOMERS, { filter: { search: '12345678' } }, as('agent')));
    expect(found.customers.nodes.map((n: { id: string }) => n.id)).toContain(c.id);
    const byPhone = await ok(t.gql(CUSTOMERS, { filter: { phone: '139-1234-5678' } }, as('agent')));
    expect(byPhone.customers.nodes.map((n: { id: string }) => n.id)).toEqual([c.id]);
  });

  it('contact data cannot be overwritten blind, and audit diffs hold it masked', async () => {
    await failsCleanly(UPDATE, { id: c.id, input: { phones: ['13800000000'] } }, 'viewer', 'FORBIDDEN');
    const r = await t.gql(UPDATE, { id: c.id, input: { phones: ['13912345678', '021-5555-1234'], tags: ['常客'] } }, as('agent'));
    expect(r.body.errors).toBeUndefined();
    const [audit] = await auditRecordsOf(t, r.requestId);
    const text = JSON.stringify(audit);
    expect(text).not.toContain('13912345678');
    expect(text).not.toContain('wang@example.cn');
    expect((audit!.after as { phones: string[] }).phones).toEqual(['***678', '***234']);
  });

  it('exports mask per row as the screen does', async () => {
    const r = await ok(t.gql(`mutation E($input: ExportCustomersInput!) { exportCustomers(input: $input) { fileName mimeType contentBase64 rowCount } }`, { input: { format: 'XLSX', language: 'ZH_HANT', filter: { search: c.code } } }, as('marketing')));
    expect(r.exportCustomers.rowCount).toBe(1);
    const sheet = await readTable('x.xlsx', Buffer.from(r.exportCustomers.contentBase64, 'base64'));
    expect(sheet.headers.slice(0, 3)).toEqual(['客戶編號', '姓名', '電話']);
    expect(sheet.rows[0]!.slice(0, 3)).toEqual([c.code, expect.any(String), '13912345678; 02155551234']);
  });
});

describe('purchases from a point of sale', () => {
  it('the same order posted twice records once and returns the first result; other content is a CONFLICT', async () => {
    const c = await newCustomer();
    const input = purchase(c.id, 'POS-1001', '1200.50');
    const first = await ok(t.gql(RECORD, { input }, pos()));
    const again = await ok(t.gql(RECORD, { input }, pos()));
    expect(again.recordPurchase).toEqual(first.recordPurchase);
    const file = await ok(t.gql(CUSTOMER, { id: c.id }, as('agent')));
    expect(file.customer).toMatchObject({ purchaseCount: 1, lifetimeSpend: '1200.50' });
    // R-CRM-1: one purchase record in the file, however often the POS posted it.
    expect(await entries(c.id, 'PURCHASE')).toEqual([
      {
        summary: `1200.50 · ${d().units.station.name}`,
        refType: 'Purchase',
        data: { externalOrderId: 'POS-1001', amount: '1200.50', items: 1, points: first.recordPurchase.pointsEarned, station: { name: d().units.station.name, nameEn: d().units.station.nameEn ?? null } },
      },
    ]);
    const r = await failsCleanly(RECORD, { input: { ...input, amount: '999.00' } }, 'pos', 'CONFLICT');
    expect(r.body.errors![0]!.extensions!.reason).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('finds the customer by phone, and needs the contact right to do so', async () => {
    const c = await newCustomer({ phones: ['13700001111'] });
    const r = await ok(t.gql(RECORD, { input: { ...purchase('', 'POS-1002', '50'), customerId: null, customerPhone: '137-0000-1111' } }, pos()));
    expect(r.recordPurchase.customer.code).toBe(c.code);
    const unknown = await t.gql(RECORD, { input: { ...purchase('', 'POS-1003', '50'), customerId: null, customerPhone: '13799999999' } }, pos());
    expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['no customer', { customerId: null }, 'customerId'],
    ['a zero amount', { amount: '0' }, 'amount'],
    ['a sale in the future', { occurredAt: '2999-01-01T00:00:00Z' }, 'occurredAt'],
    ['both station forms', { stationCode: 'ST' }, 'stationId'],
  ])('refuses %s, changing nothing', async (_l, extra, field) => {
    const c = await newCustomer();
    const r = await failsCleanly(RECORD, { input: { ...purchase(c.id, `POS-BAD-${seq}`, '10'), ...extra } }, 'pos', 'BAD_USER_INPUT');
    expect(r.body.errors![0]!.extensions!.issues!.map((i) => i.field)).toContain(field);
  });

  it('refuses money with more than two decimals', async () => {
    const c = await newCustomer();
    const r = await t.gql(RECORD, { input: purchase(c.id, 'POS-CENTS', '10.005') }, pos());
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
  });

  it('a refund reverses the purchase once; refunding again changes nothing', async () => {
    const c = await newCustomer();
    await ok(t.gql(RECORD, { input: purchase(c.id, 'POS-2001', '300') }, pos()));
    const r1 = await ok(t.gql(REFUND, { input: { externalOrderId: 'POS-2001', reason: '退貨' } }, pos()));
    const r2 = await ok(t.gql(REFUND, { input: { externalOrderId: 'POS-2001', reason: '退貨' } }, pos()));
    expect(r1.refundPurchase).toEqual(r2.refundPurchase);
    expect(r1.refundPurchase.status).toBe('REFUNDED');
    const file = await ok(t.gql(CUSTOMER, { id: c.id }, as('agent')));
    expect(file.customer).toMatchObject({ purchaseCount: 0, lifetimeSpend: '0.00', points: { balance: 0, debt: 0 } });
    expect(await entries(c.id, 'REFUND')).toEqual([{ summary: '300.00 · POS-2001 · 退貨', refType: 'Purchase', data: { externalOrderId: 'POS-2001', amount: '300.00', reason: '退貨' } }]);
  });
});

describe('tiers managed by marketing (R-CRM-2)', () => {
  let version = 0;

  it('marketing previews the impact on the real customers, changing nothing, then publishes', async () => {
    const a = await newCustomer();
    await ok(t.gql(RECORD, { input: purchase(a.id, 'POS-T-1', '100') }, pos()));
    await ok(t.gql(RECORD, { input: purchase(a.id, 'POS-T-2', '100') }, pos()));
    const before = await dumpTables(t);
    const preview = await ok(t.gql(PREVIEW, { input: TIER_RULES }, as('marketing')));
    expect(await dumpTables(t)).toEqual(before);
    const silver = preview.previewTierChange.rows.find((r: { code: string }) => r.code === 'SILVER');
    expect(silver.up).toBeGreaterThanOrEqual(1);
    expect(preview.previewTierChange.upgrades).toBe(silver.up + preview.previewTierChange.rows.find((r: { code: string }) => r.code === 'GOLD').up);
    const published = await ok(t.gql(PUBLISH, { input: TIER_RULES, v: 0 }, as('marketing')));
    expect(published.publishTierChange.rulesVersion).toBe(1);
    expect(published.publishTierChange.upgrades).toBe(preview.previewTierChange.upgrades);
    version = 1;
    const tier = await ok(t.gql(TIER, { id: a.id }, as('agent')));
    expect(tier.customer.tier.code).toBe('SILVER');
    expect(tier.customer.tierHistory[0]).toMatchObject({ reason: 'RULES_PUBLISHED', toTier: { code: 'SILVER' }, figures: { windowPurchases: 2 } });
    // The timeline names the tiers in all their languages, so each reader sees theirs.
    expect(await entries(a.id, 'TIER_CHANGE')).toEqual([{ summary: '— → SILVER', refType: 'TierChange', data: { change: 'RULES_PUBLISHED', from: null, to: { code: 'SILVER', name: '銀卡', nameZhHans: '银卡', nameEn: 'Silver' } } }]);
  });

  it('a publish based on stale rules is a CONFLICT, and staff may not publish', async () => {
    const r = await failsCleanly(PUBLISH, { input: TIER_RULES, v: 0 }, 'marketing', 'CONFLICT');
    expect(r.body.errors![0]!.extensions).toMatchObject({ reason: 'STALE_VERSION', currentVersion: version });
    await failsCleanly(PUBLISH, { input: TIER_RULES, v: version }, 'agent', 'FORBIDDEN');
  });

  it.each([
    ['duplicate ranks', { tiers: [TIER_RULES.tiers[0], { ...TIER_RULES.tiers[1], rank: 1 }] }, 'tiers.1.rank'],
    ['a tier above rank 1 with no criteria', { tiers: [TIER_RULES.tiers[0], { code: 'X', name: 'X', nameZhHans: 'X', nameEn: 'X', rank: 2 }] }, 'tiers.1'],
    ['a bad colour', { tiers: [{ ...TIER_RULES.tiers[0], color: 'red' }] }, 'tiers.0.color'],
  ])('refuses rules with %s', async (_l, patch, field) => {
    const r = await failsCleanly(PUBLISH, { input: { ...TIER_RULES, ...patch }, v: version }, 'marketing', 'BAD_USER_INPUT');
    expect(r.body.errors![0]!.extensions!.issues!.map((i) => i.field)).toContain(field);
  });

  it('a purchase that qualifies upgrades at once, and the history says why', async () => {
    const c = await newCustomer();
    for (const [i, amount] of ['2000', '2000', '1500'].entries()) await ok(t.gql(RECORD, { input: purchase(c.id, `POS-G-${i}`, amount) }, pos()));
    const r = await ok(t.gql(TIER, { id: c.id }, as('agent')));
    expect(r.customer.tier.code).toBe('GOLD');
    expect(r.customer.tierHistory[0]).toMatchObject({ reason: 'PURCHASE_QUALIFIED', fromTier: { code: 'SILVER' }, toTier: { code: 'GOLD' }, figures: { windowSpend: '5500.00', windowPurchases: 3 } });
    expect(r.customer.tierStatus).toMatchObject({ qualifiedTier: { code: 'GOLD' }, nextTier: null, overridden: false });
  });

  it('downgrades only after the grace period, never on a purchase day', async () => {
    const c = await newCustomer();
    for (const [i, amount] of ['3000', '3000', '3000'].entries()) await ok(t.gql(RECORD, { input: purchase(c.id, `POS-D-${i}`, amount) }, pos()));
    const tierOf = async () => (await ok(t.gql(TIER, { id: c.id }, as('agent')))).customer;
    expect((await tierOf()).tier.code).toBe('GOLD');
    await advanceDays(100);
    await ok(t.gql('mutation { runTierEvaluation { downgrades } }', {}, as('marketing')));
    const inGrace = await tierOf();
    expect(inGrace.tier.code).toBe('GOLD');
    expect(inGrace.tierStatus.graceEndsAt).not.toBeNull();
    await advanceDays(31);
    await ok(t.gql('mutation { runTierEvaluation { downgrades } }', {}, as('marketing')));
    const after = await tierOf();
    expect(after.tier.code).toBe('SILVER');
    expect(after.tierHistory[0]).toMatchObject({ reason: 'EVALUATION_DOWNGRADE', fromTier: { code: 'GOLD' }, toTier: { code: 'SILVER' } });
    const again = await ok(t.gql('mutation { runTierEvaluation { upgrades downgrades } }', {}, as('marketing')));
    expect(again.runTierEvaluation).toMatchObject({ upgrades: 0, downgrades: 0 });
  });

  it('a customer who buys on the day evaluation would downgrade them keeps the tier that day', async () => {
    const c = await newCustomer();
    for (const [i, amount] of ['3000', '3000', '3000'].entries()) await ok(t.gql(RECORD, { input: purchase(c.id, `POS-K-${i}`, amount) }, pos()));
    await advanceDays(100);
    await ok(t.gql('mutation { runTierEvaluation { downgrades } }', {}, as('marketing')));
    await advanceDays(31);
    // A small purchase today does not requalify (the window spend is old) but protects today.
    await ok(t.gql(RECORD, { input: purchase(c.id, 'POS-K-today', '1') }, pos()));
    await ok(t.gql('mutation { runTierEvaluation { downgrades } }', {}, as('marketing')));
    expect((await ok(t.gql(TIER, { id: c.id }, as('agent')))).customer.tier.code).toBe('GOLD');
  });

  it('an override holds a tier with a reason until it expires', async () => {
    const c = await newCustomer();
    const tiers = await ok(t.gql('{ tiers { id code } }', {}, as('marketing')));
    const gold = tiers.tiers.find((x: { code: string }) => x.code === 'GOLD').id;
    const expiresAt = new Date(t.clock.now().getTime() + 10 * 86_400_000).toISOString();
    await ok(t.gql(`mutation O($input: OverrideTierInput!) { overrideTier(input: $input) { id } }`, { input: { customerId: c.id, tierId: gold, reason: '企業合作客戶', expiresAt } }, as('marketing')));
    await ok(t.gql('mutation { runTierEvaluation { downgrades } }', {}, as('marketing')));
    let r = await ok(t.gql(TIER, { id: c.id }, as('agent')));
    expect(r.customer.tier.code).toBe('GOLD');
    expect(r.customer.tierStatus.overridden).toBe(true);
    expect(r.customer.tierHistory[0]).toMatchObject({ reason: 'OVERRIDE', note: '企業合作客戶' });
    await advanceDays(11);
    await ok(t.gql('mutation { runTierEvaluation { downgrades } }', {}, as('marketing')));
    r = await ok(t.gql(TIER, { id: c.id }, as('agent')));
    expect(r.customer.tier).toBeNull();
    expect(r.customer.tierHistory[0]).toMatchObject({ reason: 'OVERRIDE_ENDED', fromTier: { code: 'GOLD' }, toTier: null });
    const goldTier = { code: 'GOLD', name: '金卡', nameZhHans: '金卡', nameEn: 'Gold' };
    expect((await entries(c.id, 'TIER_CHANGE')).map((e) => e.data)).toEqual([
      { change: 'OVERRIDE_ENDED', from: goldTier, to: null },
      { change: 'OVERRIDE', from: null, to: goldTier, by: '市場經理', reason: '企業合作客戶' },
    ]);
  });

  it('filters by tier and tags together: any of the tags, within the tiers, with the count', async () => {
    const tiers = await ok(t.gql('{ tiers { id code } }', {}, as('marketing')));
    const gold = tiers.tiers.find((x: { code: string }) => x.code === 'GOLD').id;
    const made: Record<string, string> = {};
    // 戊's only tag ends in "VIP: its stored list (["非\"VIP"]) holds the text "VIP" in quotes,
    // which the SQLite filter must not take for the tag VIP.
    for (const [name, tags, tiered] of [['標籤篩選甲', ['VIP', '家庭'], true], ['標籤篩選乙', ['家庭'], true], ['標籤篩選丙', ['VIP'], false], ['標籤篩選丁', ['常客'], true], ['標籤篩選戊', ['非"VIP'], true]] as const) {
      const c = await newCustomer({ name, tags });
      made[name] = c.id;
      if (tiered) await ok(t.gql(`mutation O($input: OverrideTierInput!) { overrideTier(input: $input) { id } }`, { input: { customerId: c.id, tierId: gold, reason: '篩選測試' } }, as('marketing')));
    }
    const names = async (filter: Record<string, unknown>) => {
      const r = await ok(t.gql(CUSTOMERS, { first: 50, filter: { search: '標籤篩選', ...filter } }, as('agent')));
      expect(r.customers.totalCount).toBe(r.customers.nodes.length);
      return r.customers.nodes.map((n: { name: string }) => n.name).sort();
    };
    expect(await names({ tierIds: [gold], tags: ['VIP', '常客'] })).toEqual(['標籤篩選丁', '標籤篩選甲']);
    expect(await names({ tierIds: [gold], tags: ['家庭'] })).toEqual(['標籤篩選乙', '標籤篩選甲']);
    expect(await names({ noTier: true, tags: ['VIP'] })).toEqual(['標籤篩選丙']);
    expect(await names({ tags: ['VIP'] })).toEqual(['標籤篩選丙', '標籤篩選甲']);
    expect(await names({ tierIds: [gold], tags: ['沒有'] })).toEqual([]);
    // A changed tag list is what the next search finds.
    await ok(t.gql(UPDATE, { id: made['標籤篩選乙'], input: { tags: ['VIP'] } }, as('agent')));
    expect(await names({ tierIds: [gold], tags: ['VIP'] })).toEqual(['標籤篩選乙', '標籤篩選甲']);
  });

  it('an override ended by hand returns the customer to the tier they earn, and their file says by whom and why', async () => {
    const c = await newCustomer();
    const tiers = await ok(t.gql('{ tiers { id code } }', {}, as('marketing')));
    const gold = tiers.tiers.find((x: { code: string }) => x.code === 'GOLD').id;
    await ok(t.gql(`mutation O($input: OverrideTierInput!) { overrideTier(input: $input) { id } }`, { input: { customerId: c.id, tierId: gold, reason: '試用合作方案' } }, as('marketing')));
    const cleared = await ok(t.gql(`mutation C($id: ID!, $reason: String!) { clearTierOverride(customerId: $id, reason: $reason) { tier { code } } }`, { id: c.id, reason: '合作取消' }, as('marketing')));
    expect(cleared.clearTierOverride.tier).toBeNull();
    const goldTier = { code: 'GOLD', name: '金卡', nameZhHans: '金卡', nameEn: 'Gold' };
    expect((await entries(c.id, 'TIER_CHANGE'))[0]!.data).toEqual({ change: 'OVERRIDE_ENDED', from: goldTier, to: null, by: '市場經理', reason: '合作取消' });
    // Nothing to end a second time: refused, and nothing written.
    const before = await dumpTables(t, ['tier_change', 'customer_event']);
    const again = await t.gql(`mutation C($id: ID!, $reason: String!) { clearTierOverride(customerId: $id, reason: $reason) { id } }`, { id: c.id, reason: '再次取消' }, as('marketing'));
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.body.errors![0]!.extensions!.reason).toBe('NO_OVERRIDE');
    expect(await dumpTables(t, ['tier_change', 'customer_event'])).toEqual(before);
  });
});

describe('member care (R-CRM-3, R-CRM-4)', () => {
  it('lists birthdays in a period, wrapping the year end, for those who may see birthdays', async () => {
    const dec = await newCustomer({ birthday: '1980-12-30' });
    const jan = await newCustomer({ birthday: '1975-01-02' });
    const r = await ok(t.gql(`query B { birthdayCustomers(from: "2026-12-28", to: "2027-01-03", first: 200) { nodes { id birthday } } }`, {}, as('agent')));
    const ids = r.birthdayCustomers.nodes.map((n: { id: string }) => n.id);
    expect(ids).toEqual(expect.arrayContaining([dec.id, jan.id]));
    expect(codeOf(await t.gql(`query B { birthdayCustomers(from: "2026-12-28", to: "2027-01-03") { totalCount } }`, {}, as('viewer')))).toBe('FORBIDDEN');
  });

  it('opens win-back tasks for lost customers once, and a purchase wins them back', async () => {
    const c = await newCustomer();
    await ok(t.gql(RECORD, { input: purchase(c.id, 'POS-L-1', '80') }, pos()));
    await advanceDays(200);
    const created = await ok(t.gql(`mutation { createWinBackTasks(input: { days: 180 }) }`, {}, as('agent')));
    expect(created.createWinBackTasks).toBeGreaterThanOrEqual(1);
    const twice = await ok(t.gql(`mutation { createWinBackTasks(input: { days: 180 }) }`, {}, as('agent')));
    expect(twice.createWinBackTasks).toBe(0);
    const tasks = await ok(t.gql(`{ winBackTasks(first: 200, status: [OPEN]) { nodes { id status customer { id } } } }`, {}, as('agent')));
    expect(tasks.winBackTasks.nodes.some((n: { customer: { id: string } }) => n.customer.id === c.id)).toBe(true);
    await ok(t.gql(RECORD, { input: purchase(c.id, 'POS-L-2', '80') }, pos()));
    const after = await ok(t.gql(`{ winBackTasks(first: 200, status: [WON_BACK]) { nodes { customer { id } closedAt } } }`, {}, as('agent')));
    expect(after.winBackTasks.nodes.some((n: { customer: { id: string } }) => n.customer.id === c.id)).toBe(true);
  });

  it('reports retention per station and month and the tier distribution', async () => {
    const r = await ok(t.gql(`{ retention(months: 3) { stationId month base retained rate } tierDistribution { tier { code } customers } }`, {}, as('manager')));
    expect(r.retention.length).toBeGreaterThan(0);
    for (const row of r.retention) expect(row.retained).toBeLessThanOrEqual(row.base);
    expect(r.tierDistribution.reduce((s: number, x: { customers: number }) => s + x.customers, 0)).toBeGreaterThan(0);
    expect(codeOf(await t.gql(`{ retention { month } }`, {}, as('agent')))).toBe('FORBIDDEN');
  });
});

describe('import and export of customer files', () => {
  const big5 = (text: string) => Buffer.from(new TextEncoderBig5().encode(text));

  it('previews a Big5 CSV with per-row errors, imports the good rows, and offers an error file', async () => {
    const csv = '姓名,電話,生日,標籤\r\n林小美,0933111222,1988/7/9,常客\r\n王大明,abc,1970/1/1,\r\n張三,0933444555,不是日期,\r\n';
    const content = big5(csv);
    const preview = await ok(
      t.gql(
        `mutation P($input: CustomerImportInput!) { previewCustomerImport(input: $input) { id encoding totalRows validRows errorRows issues { row column code } sample { name phones birthday } errorFile { fileName contentBase64 } } }`,
        { input: { fileName: '客戶.csv', contentBase64: content.toString('base64'), defaultStationId: d().units.station.id } },
        as('manager'),
      ),
    );
    const p = preview.previewCustomerImport;
    expect(p).toMatchObject({ encoding: 'BIG5', totalRows: 3, validRows: 1, errorRows: 2 });
    expect(p.issues).toEqual(expect.arrayContaining([expect.objectContaining({ row: 3, column: '電話', code: 'invalid_phone' }), expect.objectContaining({ row: 4, column: '生日' })]));
    expect(p.sample[0]).toMatchObject({ name: '林小美', phones: ['0933111222'], birthday: '1988-07-09' });
    expect(Buffer.from(p.errorFile.contentBase64, 'base64').toString('utf8')).toContain('王大明');
    const run = await ok(t.gql(`mutation R($id: ID!) { runCustomerImport(id: $id) { status processedRows createdCount } }`, { id: p.id }, as('manager')));
    expect(run.runCustomerImport).toMatchObject({ status: 'DONE', processedRows: 1, createdCount: 1 });
    const found = await ok(t.gql(CUSTOMERS, { filter: { search: '林小美' } }, as('manager')));
    expect(found.customers.totalCount).toBe(1);
    expect(await entries(found.customers.nodes[0].id, 'CUSTOMER_CREATED')).toEqual([{ summary: '客戶.csv', refType: null, data: { via: 'IMPORT', fileName: '客戶.csv' } }]);
  });

  it('refuses a file that is not a table, with advice', async () => {
    const r = await t.gql(`mutation P($input: CustomerImportInput!) { previewCustomerImport(input: $input) { id } }`, { input: { fileName: 'old.xls', contentBase64: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]).toString('base64'), defaultStationId: d().units.station.id } }, as('manager'));
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.body.errors![0]!.extensions!.issues![0]!.code).toBe('unsupported_format');
  });
});

/** Big5 bytes for a test file: Node decodes Big5 but cannot encode it, so invert its decoder once. */
class TextEncoderBig5 {
  private static table: Map<string, number[]> | null = null;
  encode(text: string): Uint8Array {
    const table = (TextEncoderBig5.table ??= build());
    const out: number[] = [];
    for (const ch of text) {
      if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
      else out.push(...table.get(ch)!);
    }
    return Uint8Array.from(out);
    function build() {
      const dec = new TextDecoder('big5');
      const m = new Map<string, number[]>();
      for (let a = 0xa1; a <= 0xf9; a++)
        for (let b = 0x40; b <= 0xfe; b++) {
          if (b > 0x7e && b < 0xa1) continue;
          const s = dec.decode(Uint8Array.from([a, b]));
          if (s.length === 1 && !m.has(s)) m.set(s, [a, b]);
        }
      return m;
    }
  }
}
