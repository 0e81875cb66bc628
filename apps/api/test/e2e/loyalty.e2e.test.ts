import { startApp, codeOf, type GqlResult, type TestApp } from '../harness/app';
import { auditRecordsOf, dumpTables } from '../harness/rows';
import { testDialect } from '../harness/db';
import { buildOrg, type Org } from '../factories/org';
import { crmPeople, CRM_USERS, TIER_RULES, type CrmUser } from '../factories/crm';

/**
 * The points ledger at the GraphQL level (R-LOY-1, R-LOY-2): earning rules, lots that
 * expire, redemptions that never overdraw or apply twice — also under concurrent requests
 * on PostgreSQL, where SQLite's serialised writes cannot hide a race.
 */

let t: TestApp<Org>;
const tokens = {} as Record<CrmUser, string>;
let posKey = '';

beforeAll(async () => {
  t = await startApp({ seed: async (em) => crmPeople(em, await buildOrg(em)) });
  for (const u of CRM_USERS) tokens[u] = (await t.login(`${u}@example.cn`)).token;
  const key = await t.gql(
    `mutation K($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
    { input: { name: '會員網站', grants: ['ReadCustomer', 'RecordPurchase', 'RefundPurchase', 'ReadPoints', 'EarnPoints', 'RedeemPoints'].map((permission) => ({ permission, scope: 'ALL' })) } },
    as('admin'),
  );
  posKey = key.body.data.createApiKey.secret;
  await ok(t.gql(`mutation P($input: TierRulesInput!) { publishTierChange(input: $input, expectedVersion: 0) { rulesVersion } }`, { input: TIER_RULES }, as('marketing')));
});
afterAll(() => t?.close());

function as(who: CrmUser) {
  return { token: tokens[who] };
}
const pos = () => ({ apiKey: posKey });

async function ok<T = any>(r: Promise<GqlResult<T>> | GqlResult<T>): Promise<T> {
  const res = await r;
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data as T;
}

async function advanceDays(days: number): Promise<void> {
  t.clock.advance(days * 86_400);
  for (const u of CRM_USERS) tokens[u] = (await t.login(`${u}@example.cn`)).token;
}

const EARN = `mutation E($input: EarnPointsInput!) { earnPoints(input: $input) { id kind points balanceAfter } }`;
const REDEEM = `mutation R($input: RedeemPointsInput!) { redeemPoints(input: $input) { id kind points balanceAfter } }`;
const RECORD = `mutation P($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id pointsEarned } }`;
const POINTS = `query P($id: ID!) { customer(id: $id) { points { balance debt lots { points remaining expiresAt } } pointsLedger(first: 200) { totalCount nodes { kind points balanceAfter reason source } } } }`;

/** R-LOY-2 in the customer's file (R-CRM-1): each change but an earning, as facts the console words in the reader's language. */
async function pointsTimeline(id: string): Promise<{ summary: string; data: unknown }[]> {
  const r = await ok(t.gql(`query C($id: ID!) { customer(id: $id) { timeline { nodes { kind summary data } } } }`, { id }, as('agent')));
  return r.customer.timeline.nodes.filter((n: { kind: string }) => n.kind === 'POINTS').map(({ summary, data }: { summary: string; data: unknown }) => ({ summary, data }));
}

let seq = 0;
async function customer(extra: Record<string, unknown> = {}): Promise<string> {
  seq++;
  const r = await ok(t.gql(`mutation C($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`, { input: { name: `會員${seq}`, phones: [`1360000${String(1000 + seq)}`], homeStationId: t.data.units.station.id, ...extra } }, as('agent')));
  return r.createCustomer.id;
}
const key = (label: string) => `${label}-${seq}-${Math.random().toString(36).slice(2, 10)}`;
const earn = (customerId: string, points: number, idempotencyKey = key('earn')) => t.gql(EARN, { input: { customerId, points, reason: '活動贈點', idempotencyKey } }, pos());
const redeem = (customerId: string, points: number, idempotencyKey = key('redeem')) => t.gql(REDEEM, { input: { customerId, points, reason: '兌換', idempotencyKey } }, pos());

/** R-LOY-2: the balance equals the ledger's sum and the lots' remainders, and is never negative. */
async function invariants(customerId?: string): Promise<void> {
  const conn = t.em().getConnection();
  const where = customerId ? `where a.customer_id = '${customerId}'` : '';
  const rows = await conn.execute<{ balance: number; ledger: number | null; lots: number | null }[]>(
    `select a.balance, (select sum(points) from points_entry e where e.customer_id = a.customer_id) as ledger, (select sum(remaining) from points_lot l where l.customer_id = a.customer_id) as lots from points_account a ${where}`,
  );
  for (const r of rows) {
    expect(Number(r.balance)).toBeGreaterThanOrEqual(0);
    expect(Number(r.ledger ?? 0)).toBe(Number(r.balance));
    expect(Number(r.lots ?? 0)).toBe(Number(r.balance));
  }
}

describe('earning (R-LOY-1)', () => {
  it('a purchase earns floor(amount × points per unit × tier multiplier), plus the bonus rules that apply', async () => {
    await ok(t.gql(`mutation { updateLoyaltyProgram(input: { pointsPerCurrencyUnit: 0.1, lotExpiryDays: 365 }) { pointsPerCurrencyUnit rounding } }`, {}, as('marketing')));
    await ok(t.gql(`mutation { saveBonusRule(input: { code: "WELCOME", name: "首購禮", kind: FIRST_PURCHASE, fixedPoints: 100 }) { id } }`, {}, as('marketing')));
    const id = await customer();
    const at = () => t.clock.now().toISOString();
    const first = await ok(t.gql(RECORD, { input: { externalOrderId: `L-${seq}-1`, customerId: id, stationCode: 'ST', amount: '1234.56', occurredAt: at() } }, pos()));
    // 1234.56 × 0.1 = 123.456 → 123, plus the first-purchase 100.
    expect(first.recordPurchase.pointsEarned).toBe(223);
    const second = await ok(t.gql(RECORD, { input: { externalOrderId: `L-${seq}-2`, customerId: id, stationCode: 'ST', amount: '99.99', occurredAt: at() } }, pos()));
    expect(second.recordPurchase.pointsEarned).toBe(9);
    // Two purchases make SILVER (×1); a third with enough spend makes GOLD, whose ×1.5 applies from the next purchase.
    await ok(t.gql(RECORD, { input: { externalOrderId: `L-${seq}-3`, customerId: id, stationCode: 'ST', amount: '5000', occurredAt: at() } }, pos()));
    const gold = await ok(t.gql(RECORD, { input: { externalOrderId: `L-${seq}-4`, customerId: id, stationCode: 'ST', amount: '1000', occurredAt: at() } }, pos()));
    expect(gold.recordPurchase.pointsEarned).toBe(150);
    await invariants(id);
  });

  it('the tier birthday gift comes once a year, with the first purchase of the birthday month', async () => {
    const month = t.clock.now().toISOString().slice(5, 7);
    const id = await customer({ birthday: `1990-${month}-15` });
    await ok(t.gql(`mutation O($input: OverrideTierInput!) { overrideTier(input: $input) { id } }`, { input: { customerId: id, tierId: (await ok(t.gql('{ tiers { id code } }', {}, as('marketing')))).tiers.find((x: { code: string }) => x.code === 'GOLD').id, reason: '生日測試' } }, as('marketing')));
    const r1 = await ok(t.gql(RECORD, { input: { externalOrderId: `B-${seq}-1`, customerId: id, stationCode: 'ST', amount: '10', occurredAt: t.clock.now().toISOString() } }, pos()));
    const r2 = await ok(t.gql(RECORD, { input: { externalOrderId: `B-${seq}-2`, customerId: id, stationCode: 'ST', amount: '10', occurredAt: t.clock.now().toISOString() } }, pos()));
    // 10 × 0.1 × 1.5 = 1.5 → 1 point each; the GOLD gift of 88 and the welcome bonus once.
    expect(r1.recordPurchase.pointsEarned).toBe(1 + 100 + 88);
    expect(r2.recordPurchase.pointsEarned).toBe(1);
  });
});

describe('redeeming (R-LOY-2)', () => {
  it('never overdraws: a redemption above the balance is a CONFLICT and changes nothing', async () => {
    const id = await customer();
    await ok(earn(id, 30));
    const before = await dumpTables(t);
    const r = await redeem(id, 31);
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.body.errors![0]!.extensions).toMatchObject({ reason: 'INSUFFICIENT_POINTS', balance: 30, requested: 31 });
    expect(await dumpTables(t)).toEqual(before);
    expect(await auditRecordsOf(t, r.requestId)).toMatchObject([{ outcome: 'FAILED', error_code: 'CONFLICT' }]);
  });

  it('an idempotency key applies once: a retry returns the first entry; other content under it is a CONFLICT', async () => {
    const id = await customer();
    const k = key('once');
    const a = await ok(earn(id, 40, k));
    const b = await ok(earn(id, 40, k));
    expect(b.earnPoints).toEqual(a.earnPoints);
    expect(codeOf(await earn(id, 41, k))).toBe('CONFLICT');
    expect(codeOf(await redeem(id, 40, k))).toBe('CONFLICT');
    const p = await ok(t.gql(POINTS, { id }, as('agent')));
    expect(p.customer.points.balance).toBe(40);
  });

  it('draws the soonest-expiring lots first', async () => {
    const id = await customer();
    await ok(earn(id, 10));
    await advanceDays(30);
    await ok(earn(id, 20));
    await ok(redeem(id, 15));
    const p = await ok(t.gql(POINTS, { id }, as('agent')));
    expect(p.customer.points.lots.map((l: { remaining: number }) => l.remaining)).toEqual([15]);
    expect(await pointsTimeline(id)).toEqual([{ summary: '-15 · 兌換', data: { entry: 'REDEEM', points: -15, reason: '兌換' } }]);
    await invariants(id);
  });

  it('expiry takes lots past their date; running it twice changes nothing more', async () => {
    const id = await customer();
    await ok(earn(id, 25));
    await advanceDays(366);
    const first = await ok(t.gql('mutation { runPointsExpiry { customers points } }', {}, as('marketing')));
    expect(first.runPointsExpiry.points).toBeGreaterThanOrEqual(25);
    const second = await ok(t.gql('mutation { runPointsExpiry { customers points } }', {}, as('marketing')));
    expect(second.runPointsExpiry).toEqual({ customers: 0, points: 0 });
    const p = await ok(t.gql(POINTS, { id }, as('agent')));
    expect(p.customer.points.balance).toBe(0);
    expect(p.customer.pointsLedger.nodes[0]).toMatchObject({ kind: 'EXPIRE', points: -25, source: 'EXPIRY' });
    expect(await pointsTimeline(id)).toEqual([{ summary: '-25', data: { entry: 'EXPIRE', points: -25 } }]);
    await invariants();
  });

  it('a change first expires the lots past their date, then applies to what is left', async () => {
    const id = await customer();
    await ok(earn(id, 10));
    await advanceDays(366);
    const e = await ok(earn(id, 5));
    expect(e.earnPoints.balanceAfter).toBe(5);
    const r = await redeem(id, 6);
    expect(r.body.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'INSUFFICIENT_POINTS', balance: 5, requested: 6 });
    const p = await ok(t.gql(POINTS, { id }, as('agent')));
    expect(p.customer.pointsLedger.nodes.map((n: { kind: string; points: number }) => [n.kind, n.points])).toEqual([
      ['EARN', 5],
      ['EXPIRE', -10],
      ['EARN', 10],
    ]);
    await invariants(id);
  });

  it('the daily jobs run once a day across replicas: a second tick the same day does nothing', async () => {
    const id = await customer();
    await ok(earn(id, 12));
    await advanceDays(400);
    await t.app.scheduler.tick();
    let p = await ok(t.gql(POINTS, { id }, as('agent')));
    expect(p.customer.points.balance).toBe(0);
    const entries = p.customer.pointsLedger.totalCount;
    await ok(earn(id, 5));
    t.clock.advance(60);
    await t.app.scheduler.tick();
    const claims = await t.em().getConnection().execute<{ key: string }[]>(`select key from app_setting where key like 'job:%'`);
    expect(claims.filter((c) => c.key.startsWith('job:points-expiry:'))).toHaveLength(1);
    p = await ok(t.gql(POINTS, { id }, as('agent')));
    expect(p.customer.pointsLedger.totalCount).toBe(entries + 1);
  });

  it('other modules award bonus points for their occasions once per occasion (a completed survey)', async () => {
    const id = await customer();
    await ok(t.gql(`mutation { saveBonusRule(input: { code: "SURVEY", name: "完成調查", kind: SURVEY_COMPLETED, fixedPoints: 30 }) { id } }`, {}, as('marketing')));
    const { systemContext } = await import('../../src/jobs/system-context');
    const em = t.em();
    const ctx = systemContext(em, { services: t.app.services, config: t.app.config, log: t.app.log, now: t.clock.now }, 'surveys');
    const award = () => em.transactional((tx) => t.app.services.loyalty.awardOccasion({ ...ctx, em: tx }, 'SURVEY_COMPLETED' as never, id, 'survey-response-1'));
    expect(await award()).toBe(30);
    expect(await award()).toBe(0);
    const p = await ok(t.gql(POINTS, { id }, as('agent')));
    expect(p.customer.points.balance).toBe(30);
    expect(p.customer.pointsLedger.nodes[0]).toMatchObject({ kind: 'EARN', source: 'BONUS:SURVEY' });
  });

  it('a refund takes back exactly what its purchase earned; points already spent are owed, never overdrawn', async () => {
    const id = await customer();
    const p1 = await ok(t.gql(RECORD, { input: { externalOrderId: `R-${seq}-1`, customerId: id, stationCode: 'ST', amount: '500', occurredAt: t.clock.now().toISOString() } }, pos()));
    const earned = p1.recordPurchase.pointsEarned;
    await ok(redeem(id, earned - 20));
    await ok(t.gql(`mutation R($input: RefundPurchaseInput!) { refundPurchase(input: $input) { status } }`, { input: { externalOrderId: `R-${seq}-1`, reason: '退貨' } }, pos()));
    let p = await ok(t.gql(POINTS, { id }, as('agent')));
    expect(p.customer.points).toMatchObject({ balance: 0, debt: earned - 20 });
    await ok(earn(id, earned));
    p = await ok(t.gql(POINTS, { id }, as('agent')));
    expect(p.customer.points).toMatchObject({ balance: 20, debt: 0 });
    const reversed = p.customer.pointsLedger.nodes.filter((n: { kind: string }) => n.kind === 'REVERSE').reduce((s: number, n: { points: number }) => s + n.points, 0);
    expect(reversed).toBe(-earned);
    await invariants(id);
  });

  it('a manual adjustment applies only when someone else approves it', async () => {
    const id = await customer();
    const req = await ok(t.gql(`mutation A($input: RequestPointsAdjustmentInput!) { requestPointsAdjustment(input: $input) { id status } }`, { input: { customerId: id, points: 120, reason: '客訴補償' } }, as('agent')));
    expect((await ok(t.gql(POINTS, { id }, as('agent')))).customer.points.balance).toBe(0);
    const decide = `mutation D($input: DecidePointsAdjustmentInput!) { decidePointsAdjustment(input: $input) { status decidedBy } }`;
    expect(codeOf(await t.gql(decide, { input: { id: req.requestPointsAdjustment.id, approve: true } }, as('agent')))).toBe('FORBIDDEN');
    const done = await ok(t.gql(decide, { input: { id: req.requestPointsAdjustment.id, approve: true } }, as('manager')));
    expect(done.decidePointsAdjustment).toMatchObject({ status: 'APPROVED', decidedBy: '胡軍' });
    const p = await ok(t.gql(POINTS, { id }, as('agent')));
    expect(p.customer.points.balance).toBe(120);
    expect(p.customer.pointsLedger.nodes[0]).toMatchObject({ kind: 'ADJUST', points: 120, reason: '客訴補償' });
    expect(await pointsTimeline(id)).toEqual([{ summary: '120 · 客訴補償', data: { entry: 'ADJUST', points: 120, reason: '客訴補償' } }]);
    expect(codeOf(await t.gql(decide, { input: { id: req.requestPointsAdjustment.id, approve: false } }, as('manager')))).toBe('CONFLICT');
  });

  it('the ledger is append-only in the database itself', async () => {
    const conn = t.em().getConnection();
    await expect(conn.execute(`update points_entry set points = points + 1`)).rejects.toThrow(/append-only/);
    await expect(conn.execute(`delete from points_entry`)).rejects.toThrow(/append-only/);
  });

  it('earning and redeeming cost a fixed handful of statements, however many lots the customer holds', async () => {
    const id = await customer();
    for (let i = 0; i < 3; i++) await ok(earn(id, 10));
    const e = await earn(id, 10);
    const r = await redeem(id, 25);
    expect(r.body.data.redeemPoints.balanceAfter).toBe(15);
    // PostgreSQL: BEGIN, the locking read (with the key, due lots and the first lots to draw),
    // one statement writing every row, the audit record, COMMIT. SQLite writes each table
    // with its own statement (no round trips to save there).
    const pg = testDialect() === 'postgresql';
    expect(e.statements).toBe(pg ? 5 : 7);
    expect(r.statements).toBe(pg ? 5 : 9);
    await invariants(id);
  });

  it('a redemption larger than the first page of lots draws the soonest-expiring ones across pages (R-LOY-2)', async () => {
    const id = await customer();
    for (let i = 0; i < 105; i++) {
      await ok(earn(id, 1));
      t.clock.advance(1);
    }
    await ok(earn(id, 50));
    await ok(redeem(id, 103));
    const p = await ok(t.gql(POINTS, { id }, as('agent')));
    // The two 1-point lots earned last and the 50-point lot are left, soonest-expiring first.
    expect(p.customer.points.lots.map((l: { remaining: number }) => l.remaining)).toEqual([1, 1, 50]);
    await invariants(id);
  });

  it('a balance lookup is one statement, and out of reach for another region', async () => {
    const id = await customer();
    const r = await t.gql(`query B($id: ID!) { pointsBalance(customerId: $id) }`, { id }, pos());
    expect(r.body.data.pointsBalance).toBe(0);
    expect(r.statements).toBe(1);
    expect(codeOf(await t.gql(`query B($id: ID!) { pointsBalance(customerId: $id) }`, { id }, as('south')))).toBe('NOT_FOUND');
  });
});

describe.runIf(testDialect() === 'postgresql')('under concurrent requests on PostgreSQL (R-LOY-2)', () => {
  it('200 concurrent 1-point redemptions against a balance of 50: exactly 50 succeed and the balance ends at 0', async () => {
    const id = await customer();
    await ok(earn(id, 50));
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => redeem(id, 1, `race-${id}-${i}`)));
    const succeeded = results.filter((r) => !r.body.errors).length;
    const refused = results.filter((r) => codeOf(r) === 'CONFLICT').length;
    expect(succeeded).toBe(50);
    expect(refused).toBe(150);
    const p = await ok(t.gql(POINTS, { id }, as('agent')));
    expect(p.customer.points.balance).toBe(0);
    await invariants(id);
  });

  it('50 concurrent earnPoints with one idempotency key apply once', async () => {
    const id = await customer();
    const k = key('same');
    const results = await Promise.all(Array.from({ length: 50 }, () => earn(id, 7, k)));
    expect(results.every((r) => !r.body.errors)).toBe(true);
    expect(new Set(results.map((r) => r.body.data.earnPoints.id)).size).toBe(1);
    const p = await ok(t.gql(POINTS, { id }, as('agent')));
    expect(p.customer.points.balance).toBe(7);
    expect(p.customer.pointsLedger.totalCount).toBe(1);
    await invariants(id);
  });
});
