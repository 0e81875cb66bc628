import { startApp, codeOf, LOGIN, randomIp, TEST_PASSWORD, type TestApp } from '../harness/app';
import { buildOrg, type Org } from '../factories/org';
import { user } from '../factories/access';

/** Sign-in, sessions, API keys, roles and users (R-ACL-1). */

const MAX_FAILURES = 3;
const LOCK_SECONDS = 600;
const ACCESS_TTL = 900;
let t: TestApp<Org>;
let admin = '';

beforeAll(async () => {
  t = await startApp({
    config: { loginMaxFailures: MAX_FAILURES, loginLockSeconds: LOCK_SECONDS, accessTokenTtlSeconds: ACCESS_TTL },
    seed: async (em) => {
      const org = await buildOrg(em);
      await user(em, 'admin@example.cn', '系統管理員', { roles: ['system_admin'] });
      await user(em, 'agent@example.cn', '林曉', { employee: org.people.csStaff, roles: ['cs_agent'] });
      for (const name of ['lock', 'refresh', 'reuse', 'logout', 'expiry', 'password', 'disable']) await user(em, `${name}@example.cn`, name);
      return org;
    },
  });
  admin = (await t.login('admin@example.cn')).token;
});
afterAll(() => t?.close());

const login = (email: string, password: string, ip = randomIp()) => t.gql(LOGIN, { input: { email, password } }, { headers: { 'x-forwarded-for': ip } });
const ME = '{ me { actorType id name permissions grants { permission scope unitId } } }';
const REFRESH = 'mutation { refreshSession { accessToken } }';

describe('login', () => {
  it('signs in and sets an HttpOnly, SameSite=Strict refresh cookie scoped to /graphql', async () => {
    const r = await login('admin@example.cn', TEST_PASSWORD);
    expect(r.body.data.login.user.email).toBe('admin@example.cn');
    const cookie = r.headers.getSetCookie().find((c) => c.startsWith('sh_refresh='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/graphql/);
    const me = await t.gql(ME, {}, { token: r.body.data.login.accessToken });
    expect(me.body.data.me).toMatchObject({ actorType: 'USER', name: '系統管理員' });
  });

  it('a wrong password and an unknown email fail the same way', async () => {
    const wrong = await login('agent@example.cn', 'not-the-password');
    const unknown = await login('nobody@example.cn', 'not-the-password');
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
    expect(wrong.body.errors![0]!.message).toBe(unknown.body.errors![0]!.message);
    expect(wrong.setCookie).toBeNull();
  });

  it(`locks the account after ${MAX_FAILURES} failures, even for the right password, until the lock ends`, async () => {
    for (let i = 0; i < MAX_FAILURES; i++) expect(codeOf(await login('lock@example.cn', 'wrong-password'))).toBe('UNAUTHENTICATED');
    const locked = await login('lock@example.cn', TEST_PASSWORD);
    expect(codeOf(locked)).toBe('UNAUTHENTICATED');
    const users = await t.gql('{ users(search: "lock@") { nodes { lockedUntil } } }', {}, { token: admin });
    expect(users.body.data.users.nodes[0].lockedUntil).toBeTruthy();
    t.clock.advance(LOCK_SECONDS + 1);
    try {
      expect((await login('lock@example.cn', TEST_PASSWORD)).body.data?.login).toBeTruthy();
    } finally {
      t.clock.advance(-(LOCK_SECONDS + 1));
    }
  });

  it('throttles many attempts from one address', async () => {
    const ip = randomIp();
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 21; i++) codes.push(codeOf(await login('unknown@example.cn', 'x', ip)));
    expect(codes.slice(0, 20).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(codes[20]).toBe('RATE_LIMITED');
  });
});

describe('sessions', () => {
  it('refresh rotates the cookie and gives a working access token', async () => {
    const { cookie } = await t.login('refresh@example.cn');
    const r = await t.gql(REFRESH, {}, { cookie });
    expect(r.body.errors).toBeUndefined();
    expect(r.setCookie).toMatch(/^sh_refresh=.+/);
    expect(r.setCookie).not.toBe(cookie);
    const me = await t.gql(ME, {}, { token: r.body.data.refreshSession.accessToken });
    expect(me.body.data.me.name).toBe('refresh');
    const again = await t.gql(REFRESH, {}, { cookie: r.setCookie! });
    expect(again.body.errors).toBeUndefined();
  });

  it('reusing a rotated refresh token ends the session: the newest token stops working too', async () => {
    const { cookie: first } = await t.login('reuse@example.cn');
    const rotated = await t.gql(REFRESH, {}, { cookie: first });
    const newest = rotated.setCookie!;
    const reuse = await t.gql(REFRESH, {}, { cookie: first });
    expect(codeOf(reuse)).toBe('UNAUTHENTICATED');
    expect(reuse.setCookie).toBe('sh_refresh=');
    expect(codeOf(await t.gql(REFRESH, {}, { cookie: newest }))).toBe('UNAUTHENTICATED');
  });

  it('without a cookie there is nothing to refresh', async () => {
    expect(codeOf(await t.gql(REFRESH))).toBe('UNAUTHENTICATED');
  });

  it('logout ends the session and clears the cookie', async () => {
    const { token, cookie } = await t.login('logout@example.cn');
    const r = await t.gql('mutation { logout }', {}, { token, cookie });
    expect(r.body.data.logout).toBe(true);
    expect(r.setCookie).toBe('sh_refresh=');
    expect(codeOf(await t.gql(REFRESH, {}, { cookie }))).toBe('UNAUTHENTICATED');
  });

  it('an access token expires after its lifetime', async () => {
    const { token } = await t.login('expiry@example.cn');
    expect((await t.gql(ME, {}, { token })).body.data.me).toBeTruthy();
    t.clock.advance(ACCESS_TTL + 1);
    try {
      const r = await t.gql(ME, {}, { token });
      expect(codeOf(r)).toBe('UNAUTHENTICATED');
      expect(r.body.errors![0]!.message).toMatch(/expired/);
    } finally {
      t.clock.advance(-(ACCESS_TTL + 1));
    }
  });

  it.each([
    ['a forged token', { authorization: 'Bearer abc.def' }],
    ['an unknown scheme', { authorization: 'Basic YWRtaW46YWRtaW4=' }],
    ['an unknown API key', { 'x-api-key': 'shk_nope' }],
  ])('%s is UNAUTHENTICATED on protected fields', async (_what, headers) => {
    expect(codeOf(await t.gql(ME, {}, { headers }))).toBe('UNAUTHENTICATED');
  });
});

const CREATE_KEY = `mutation K($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id name prefix grants { permission scope } unit { code } } } }`;
const EMPLOYEE_COUNT = '{ employees { totalCount } }';

describe('API keys', () => {
  let orgKey = { id: '', secret: '' };
  let regionKey = { id: '', secret: '' };

  beforeAll(async () => {
    const a = await t.gql(CREATE_KEY, { input: { name: 'POS 對接', grants: [{ permission: 'ReadOrgUnit', scope: 'ALL' }] } }, { token: admin });
    orgKey = { id: a.body.data.createApiKey.apiKey.id, secret: a.body.data.createApiKey.secret };
    const b = await t.gql(CREATE_KEY, { input: { name: '華北呼叫中心', unitId: t.data.units.north.id, grants: [{ permission: 'ReadEmployee', scope: 'UNIT_SUBTREE' }] } }, { token: admin });
    regionKey = { id: b.body.data.createApiKey.apiKey.id, secret: b.body.data.createApiKey.secret };
  });

  it('the secret is shown once, at creation; listings show only its prefix', async () => {
    expect(orgKey.secret).toMatch(/^shk_/);
    const list = await t.gql('{ apiKeys { id name prefix } }', {}, { token: admin });
    const listed = list.body.data.apiKeys.find((k: { id: string }) => k.id === orgKey.id);
    expect(orgKey.secret.startsWith(listed.prefix)).toBe(true);
    expect(JSON.stringify(list.body)).not.toContain(orgKey.secret);
  });

  it.each([['authorization' as const], ['x-api-key' as const]])('works with the %s header', async (header) => {
    const r = await t.gql(ME, {}, { apiKey: orgKey.secret, apiKeyHeader: header });
    expect(r.body.data.me).toMatchObject({ actorType: 'API_KEY', id: orgKey.id, permissions: ['ReadOrgUnit'] });
  });

  it('is limited to its grants: no ReadEmployee means FORBIDDEN', async () => {
    expect((await t.gql('{ orgChart { root { code } } }', {}, { apiKey: orgKey.secret })).body.data.orgChart.root.code).toBe('HQ');
    expect(codeOf(await t.gql(EMPLOYEE_COUNT, {}, { apiKey: orgKey.secret }))).toBe('FORBIDDEN');
  });

  it('is limited to its scope: a UNIT_SUBTREE key sees its unit’s subtree only', async () => {
    const r = await t.gql(EMPLOYEE_COUNT, {}, { apiKey: regionKey.secret });
    expect(r.body.data.employees.totalCount).toBe(6);
  });

  it('records when it was last used', async () => {
    let lastUsedAt: string | null = null;
    for (let i = 0; i < 50 && !lastUsedAt; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      const list = await t.gql('{ apiKeys { id lastUsedAt } }', {}, { token: admin });
      lastUsedAt = list.body.data.apiKeys.find((k: { id: string }) => k.id === orgKey.id).lastUsedAt;
    }
    expect(lastUsedAt).toBeTruthy();
  });

  it('a revoked key is UNAUTHENTICATED', async () => {
    const r = await t.gql('mutation R($id: ID!) { revokeApiKey(id: $id) { revokedAt } }', { id: regionKey.id }, { token: admin });
    expect(r.body.data.revokeApiKey.revokedAt).toBeTruthy();
    expect(codeOf(await t.gql(EMPLOYEE_COUNT, {}, { apiKey: regionKey.secret }))).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['UNIT_SUBTREE without an anchor unit', { name: 'k', grants: [{ permission: 'ReadEmployee', scope: 'UNIT_SUBTREE' }] }, 'unitId'],
    ['an expiry in the past', { name: 'k', grants: [], expiresAt: '2000-01-01T00:00:00Z' }, 'expiresAt'],
    ['an empty name', { name: '', grants: [] }, 'name'],
  ])('refuses %s', async (_what, input, field) => {
    const r = await t.gql(CREATE_KEY, { input }, { token: admin });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.body.errors![0]!.extensions!.issues![0]!.field).toBe(field);
  });

  it('only a holder of ManageApiKey may create one', async () => {
    const { token } = await t.login('agent@example.cn');
    expect(codeOf(await t.gql(CREATE_KEY, { input: { name: 'k', grants: [] } }, { token }))).toBe('FORBIDDEN');
  });
});

describe('roles and users', () => {
  const ROLE = `mutation C($input: RoleInput!) { createRole(input: $input) { id code system grants { permission scope } } }`;

  it('creates, updates and deletes a role; grants are normalised to the widest scope', async () => {
    const c = await t.gql(ROLE, { input: { code: 'shift_lead', name: '值班長', grants: [{ permission: 'ReadEmployee', scope: 'OWN' }, { permission: 'ReadEmployee', scope: 'UNIT_SUBTREE' }] } }, { token: admin });
    expect(c.body.data.createRole).toMatchObject({ code: 'shift_lead', system: false, grants: [{ permission: 'ReadEmployee', scope: 'UNIT_SUBTREE' }] });
    const id = c.body.data.createRole.id;
    const u = await t.gql(`mutation U($id: ID!, $input: RoleInput!) { updateRole(id: $id, input: $input) { name grants { permission } } }`, { id, input: { code: 'shift_lead', name: '值班主管', grants: [{ permission: 'ReadOrgUnit', scope: 'ALL' }] } }, { token: admin });
    expect(u.body.data.updateRole).toEqual({ name: '值班主管', grants: [{ permission: 'ReadOrgUnit' }] });
    const roles = await t.gql('{ roles { code } }', {}, { token: admin });
    expect(roles.body.data.roles.map((r: { code: string }) => r.code)).toContain('shift_lead');
    const d = await t.gql('mutation D($id: ID!) { deleteRole(id: $id) }', { id }, { token: admin });
    expect(d.body.data.deleteRole).toBe(true);
  });

  it('a regime role cannot be deleted', async () => {
    const roles = await t.gql('{ roles { id code } }', {}, { token: admin });
    const auditor = roles.body.data.roles.find((r: { code: string }) => r.code === 'auditor');
    const r = await t.gql('mutation D($id: ID!) { deleteRole(id: $id) }', { id: auditor.id }, { token: admin });
    expect(codeOf(r)).toBe('CONFLICT');
  });

  it('creates a user, assigns a role anchored at a unit, then revokes it', async () => {
    const c = await t.gql(
      `mutation C($input: CreateUserInput!) { createUser(input: $input) { id email status } }`,
      { input: { email: 'New.User@Example.cn', displayName: '新同事', password: 'Long-enough-1', employeeId: t.data.people.southStaff.id } },
      { token: admin },
    );
    expect(c.body.data.createUser).toMatchObject({ email: 'new.user@example.cn', status: 'ACTIVE' });
    const userId = c.body.data.createUser.id;
    const roles = await t.gql('{ roles { id code } }', {}, { token: admin });
    const head = roles.body.data.roles.find((r: { code: string }) => r.code === 'department_head');
    const a = await t.gql(`mutation A($u: ID!, $r: ID!, $unit: ID) { assignRole(userId: $u, roleId: $r, unitId: $unit) { id role { code } unit { code } } }`, { u: userId, r: head.id, unit: t.data.units.south.id }, { token: admin });
    expect(a.body.data.assignRole).toMatchObject({ role: { code: 'department_head' }, unit: { code: 'R-S' } });
    const twice = await t.gql(`mutation A($u: ID!, $r: ID!, $unit: ID) { assignRole(userId: $u, roleId: $r, unitId: $unit) { id } }`, { u: userId, r: head.id, unit: t.data.units.south.id }, { token: admin });
    expect(codeOf(twice)).toBe('CONFLICT');

    const { token } = await t.login('new.user@example.cn', 'Long-enough-1');
    expect((await t.gql(EMPLOYEE_COUNT, {}, { token })).body.data.employees.totalCount).toBe(6);

    const detail = await t.gql(`query U($id: ID!) { user(id: $id) { roles { id } employee { name } } }`, { id: userId }, { token: admin });
    expect(detail.body.data.user.employee.name).toBe('楊帆');
    const revoke = await t.gql('mutation R($id: ID!) { revokeRole(userRoleId: $id) }', { id: detail.body.data.user.roles[0].id }, { token: admin });
    expect(revoke.body.data.revokeRole).toBe(true);
    const { token: fresh } = await t.login('new.user@example.cn', 'Long-enough-1');
    expect(codeOf(await t.gql(EMPLOYEE_COUNT, {}, { token: fresh }))).toBe('FORBIDDEN');
  });

  it('lists users with search and paging', async () => {
    const r = await t.gql('{ users(search: "example.cn", first: 3) { totalCount nodes { email } pageInfo { hasNextPage } } }', {}, { token: admin });
    expect(r.body.data.users.totalCount).toBeGreaterThanOrEqual(9);
    expect(r.body.data.users.nodes).toHaveLength(3);
    expect(r.body.data.users.pageInfo.hasNextPage).toBe(true);
  });

  it('disabling a user ends their sessions and sign-ins', async () => {
    const { cookie } = await t.login('disable@example.cn');
    const users = await t.gql('{ users(search: "disable@") { nodes { id } } }', {}, { token: admin });
    const id = users.body.data.users.nodes[0].id;
    const r = await t.gql('mutation U($id: ID!) { updateUser(id: $id, input: { status: DISABLED }) { status } }', { id }, { token: admin });
    expect(r.body.data.updateUser.status).toBe('DISABLED');
    expect(codeOf(await t.gql(REFRESH, {}, { cookie }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await login('disable@example.cn', TEST_PASSWORD))).toBe('UNAUTHENTICATED');
  });

  it('changeMyPassword needs the current password and then the new one signs in; other sessions end, this one stays', async () => {
    const { token, cookie } = await t.login('password@example.cn');
    const elsewhere = await t.login('password@example.cn');
    const CHANGE = 'mutation C($input: ChangePasswordInput!) { changeMyPassword(input: $input) }';
    const wrong = await t.gql(CHANGE, { input: { currentPassword: 'wrong-one-here', newPassword: 'Brand-new-pass-1' } }, { token });
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.body.errors![0]!.extensions!.issues![0]!.field).toBe('currentPassword');
    const short = await t.gql(CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: 'short' } }, { token });
    expect(short.body.errors![0]!.extensions!.issues![0]!.field).toBe('newPassword');
    const ok = await t.gql(CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: 'Brand-new-pass-1' } }, { token });
    expect(ok.body.data.changeMyPassword).toBe(true);
    expect(codeOf(await t.gql(REFRESH, {}, { cookie: elsewhere.cookie }))).toBe('UNAUTHENTICATED');
    expect((await t.gql(REFRESH, {}, { cookie })).body.data.refreshSession.accessToken).toBeTruthy();
    expect(codeOf(await login('password@example.cn', TEST_PASSWORD))).toBe('UNAUTHENTICATED');
    expect((await login('password@example.cn', 'Brand-new-pass-1')).body.data.login).toBeTruthy();
  });

  it('an API key has no password to change', async () => {
    const c = await t.gql(CREATE_KEY, { input: { name: 'k2', grants: [] } }, { token: admin });
    const r = await t.gql('mutation { changeMyPassword(input: { currentPassword: "x", newPassword: "Long-enough-1" }) }', {}, { apiKey: c.body.data.createApiKey.secret });
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
  });
});
