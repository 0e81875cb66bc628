import { startApp, codeOf, type GqlOptions, type TestApp } from '../harness/app';
import { auditCount, auditRecordsOf, dumpTables } from '../harness/rows';
import { buildOrg, type Org } from '../factories/org';
import { user } from '../factories/access';

/** R-ACL-5: every mutation attempt leaves exactly one record; the trail is read-only. */

let t: TestApp<Org>;
const tok = { admin: '', auditor: '', agent: '' };
let adminId = '';

beforeAll(async () => {
  t = await startApp({
    seed: async (em) => {
      const org = await buildOrg(em);
      await user(em, 'admin@example.cn', '系統管理員', { roles: ['system_admin'] });
      await user(em, 'auditor@example.cn', '稽核員', { roles: ['auditor'] });
      await user(em, 'agent@example.cn', '林曉', { employee: org.people.csStaff, roles: ['cs_agent'] });
      return org;
    },
  });
  tok.admin = (await t.login('admin@example.cn')).token;
  tok.auditor = (await t.login('auditor@example.cn')).token;
  tok.agent = (await t.login('agent@example.cn')).token;
  adminId = (await t.gql('{ me { id } }', {}, { token: tok.admin })).body.data.me.id;
});
afterAll(() => t?.close());

const RENAME = 'mutation R($id: ID!, $name: String!) { updateOrgUnit(id: $id, input: { name: $name }) { name } }';

describe('R-ACL-5 one record per mutation attempt', () => {
  it.each([
    ['allowed', () => ({ token: tok.admin }), '客戶服務部', 'ALLOWED', null, 'USER'],
    ['failed (bad input)', () => ({ token: tok.admin }), '', 'FAILED', 'BAD_USER_INPUT', 'USER'],
    ['denied (no right)', () => ({ token: tok.agent }), '客服一部', 'DENIED', 'FORBIDDEN', 'USER'],
    ['denied (anonymous)', () => ({}), '客服二部', 'DENIED', 'UNAUTHENTICATED', 'ANONYMOUS'],
  ] as [string, () => GqlOptions, string, string, string | null, string][])('%s', async (_what, who, name, outcome, errorCode, actorType) => {
    const count = await auditCount(t);
    const before = await dumpTables(t);
    const r = await t.gql(RENAME, { id: t.data.units.cs.id, name }, who());
    expect(r.requestId).toMatch(/^[\w.-]+$/);
    expect(await auditCount(t)).toBe(count + 1);
    const [record] = await auditRecordsOf(t, r.requestId);
    expect(record).toMatchObject({ operation: 'updateOrgUnit', outcome, error_code: errorCode, actor_type: actorType, request_id: r.requestId });
    if (outcome === 'ALLOWED') {
      expect(record).toMatchObject({ actor_id: adminId, target_type: 'OrgUnit', target_id: t.data.units.cs.id });
      expect(record!.before).toMatchObject({ name: '客服部' });
      expect(record!.after).toMatchObject({ name: '客戶服務部' });
    } else {
      expect(codeOf(r)).toBe(errorCode);
      expect(record!.after).toBeNull();
      expect(await dumpTables(t)).toEqual(before);
    }
  });

  it('a caller-supplied x-request-id is kept and recorded', async () => {
    const r = await t.gql(RENAME, { id: t.data.units.cs.id, name: '客服部' }, { token: tok.admin, headers: { 'x-request-id': 'trace-abc.123' } });
    expect(r.requestId).toBe('trace-abc.123');
    expect(await auditRecordsOf(t, 'trace-abc.123')).toHaveLength(1);
  });

  it('a failed sign-in is recorded against the account, without the password', async () => {
    const r = await t.gql('mutation { login(input: { email: "agent@example.cn", password: "guess-guess" }) { accessToken } }');
    const [record] = await auditRecordsOf(t, r.requestId);
    expect(record).toMatchObject({ operation: 'login', outcome: 'DENIED', error_code: 'UNAUTHENTICATED', target_type: 'User' });
    expect(JSON.stringify(record)).not.toContain('guess-guess');
  });

  it('a query writes no record', async () => {
    const count = await auditCount(t);
    await t.gql('{ orgChart { root { code } } }', {}, { token: tok.admin });
    expect(await auditCount(t)).toBe(count);
  });
});

describe('browsing the trail', () => {
  const BROWSE = `query A($operation: String, $outcome: AuditOutcome, $actorId: ID, $targetId: ID, $first: Int, $after: String) {
    auditRecords(operation: $operation, outcome: $outcome, actorId: $actorId, targetId: $targetId, first: $first, after: $after) {
      totalCount nodes { id at operation outcome errorCode actorId actorName actorType targetType targetId before after requestId }
      pageInfo { hasNextPage endCursor }
    }
  }`;

  it('the auditor filters by operation, outcome, actor and target', async () => {
    const byOutcome = await t.gql(BROWSE, { operation: 'updateOrgUnit', outcome: 'DENIED' }, { token: tok.auditor });
    expect(byOutcome.body.data.auditRecords.totalCount).toBe(2);
    expect(byOutcome.body.data.auditRecords.nodes.every((n: { outcome: string }) => n.outcome === 'DENIED')).toBe(true);
    const byActor = await t.gql(BROWSE, { actorId: adminId, targetId: t.data.units.cs.id, outcome: 'ALLOWED' }, { token: tok.auditor });
    expect(byActor.body.data.auditRecords.totalCount).toBe(2);
    expect(byActor.body.data.auditRecords.nodes[0]).toMatchObject({ actorName: '系統管理員', actorType: 'USER', targetType: 'OrgUnit' });
  });

  it('pages newest first without repeats', async () => {
    const all = await t.gql(BROWSE, { first: 200 }, { token: tok.auditor });
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await t.gql(BROWSE, { first: 2, after }, { token: tok.auditor })).body.data.auditRecords;
      ids.push(...page.nodes.map((n: { id: string }) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(ids).toEqual(all.body.data.auditRecords.nodes.map((n: { id: string }) => n.id));
    const times = all.body.data.auditRecords.nodes.map((n: { at: string }) => n.at);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it.each([
    ['a user without ReadAuditLog', () => ({ token: tok.agent }), 'FORBIDDEN'],
    ['an anonymous caller', () => ({}), 'UNAUTHENTICATED'],
  ] as [string, () => GqlOptions, string][])('%s is refused', async (_what, who, code) => {
    const r = await t.gql(BROWSE, {}, who());
    expect(codeOf(r)).toBe(code);
    expect(r.body.data).toBeNull();
  });

  it('no mutation edits or deletes audit records', async () => {
    const r = await t.gql('{ __schema { mutationType { fields { name } } } }', {}, { token: tok.admin });
    const names: string[] = r.body.data.__schema.mutationType.fields.map((f: { name: string }) => f.name);
    expect(names.length).toBeGreaterThan(10);
    expect(names.filter((n) => /audit/i.test(n))).toEqual([]);
  });

  it('R-ACL-5 the database refuses to update or delete an audit record, whoever asks', async () => {
    const conn = t.em().getConnection();
    const before = await auditCount(t);
    await expect(conn.execute(`update audit_record set operation = 'tampered'`)).rejects.toThrow(/append-only/);
    await expect(conn.execute('delete from audit_record')).rejects.toThrow(/append-only/);
    expect(await auditCount(t)).toBe(before);
    const [row] = await conn.execute<{ n: number | string }[]>(`select count(*) as n from audit_record where operation = 'tampered'`);
    expect(Number(row!.n)).toBe(0);
  });
});
