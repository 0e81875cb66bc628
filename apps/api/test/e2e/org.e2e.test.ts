import { Permission as P, Scope } from '../../src/common/auth/permissions';
import { startApp, codeOf, type GqlResult, type TestApp } from '../harness/app';
import { auditRecordsOf, dumpTables } from '../harness/rows';
import { buildOrg, type Org } from '../factories/org';
import { role, user } from '../factories/access';
import { dbTarget, openOrm } from '../../src/db/orm';
import { Employee, EmployeeStatus, OrgUnit, Position } from '../../src/modules/org';

/**
 * The org module at the GraphQL level (R-ORG-1..5) and its scoping (R-ACL-1, R-ACL-2) on
 * head office → two regions → two sites each, plus a station with two departments.
 */

const sub = Scope.UNIT_SUBTREE;
let t: TestApp<Org>;
const tokens: Record<'admin' | 'region' | 'station' | 'nobody', string> = { admin: '', region: '', station: '', nobody: '' };

beforeAll(async () => {
  t = await startApp({
    seed: async (em) => {
      const org = await buildOrg(em);
      // R-ACL-2: a regional business dept's manager reaches their own dept's subtree only.
      const regional = role(em, 'regional_manager', '業務部經理', [
        [P.ReadOrgUnit, sub],
        [P.ReadPosition, sub],
        [P.ReadEmployee, sub],
        [P.ManageEmployee, sub],
        [P.ManageOrgUnit, sub],
        [P.ManagePosition, sub],
        [P.RecordAbsence, sub],
      ]);
      await user(em, 'admin@example.cn', '系統管理員', { roles: ['system_admin'] });
      await user(em, 'north@example.cn', '張偉', { employee: org.people.northHead, roles: [{ role: regional, unit: org.units.north }] });
      await user(em, 'station@example.cn', '胡軍', { employee: org.people.stationHead, roles: ['station_manager'] });
      await user(em, 'nobody@example.cn', '無權限');
      return org;
    },
  });
  tokens.admin = (await t.login('admin@example.cn')).token;
  tokens.region = (await t.login('north@example.cn')).token;
  tokens.station = (await t.login('station@example.cn')).token;
  tokens.nobody = (await t.login('nobody@example.cn')).token;
});
afterAll(() => t?.close());

const as = (who: keyof typeof tokens) => ({ token: tokens[who] });
const d = () => t.data;

/** Runs a mutation expected to fail: no data row may change and exactly one audit record is written. */
async function failsCleanly(query: string, variables: Record<string, unknown>, who: keyof typeof tokens, code: string, outcome = code === 'FORBIDDEN' ? 'DENIED' : 'FAILED'): Promise<GqlResult> {
  const before = await dumpTables(t);
  const r = await t.gql(query, variables, as(who));
  expect(r.body.errors?.[0]?.extensions?.code, JSON.stringify(r.body.errors)).toBe(code);
  expect(await dumpTables(t)).toEqual(before);
  const audit = await auditRecordsOf(t, r.requestId);
  expect(audit).toHaveLength(1);
  expect(audit[0]).toMatchObject({ outcome, error_code: code });
  return r;
}

const EMPLOYEE = `query E($id: ID!) { employee(id: $id) { id name employeeNo unit { code } position { code } manager { name } } }`;
const EMPLOYEES = `query L($first: Int, $after: String, $offset: Int, $search: String, $unitId: ID, $positionId: ID, $status: [EmployeeStatus!]) {
  employees(first: $first, after: $after, offset: $offset, search: $search, unitId: $unitId, positionId: $positionId, status: $status) {
    totalCount
    nodes { id employeeNo name unit { code } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;

describe('org chart (R-ORG-1, R-ORG-2, R-ORG-5)', () => {
  it('nests the whole tree and lists the same nodes flat, parents first', async () => {
    const r = await t.gql(
      `{ orgChart { root { code headcount directHeadcount vacancies head { name } children { code headcount children { code headcount } } }
                    nodes { id parentId code depth headcount vacancies positions { title planned filled vacancies } } } }`,
      {},
      as('admin'),
    );
    expect(r.body.errors).toBeUndefined();
    const { root, nodes } = r.body.data.orgChart;
    expect(root).toMatchObject({ code: 'HQ', headcount: 20, directHeadcount: 2, vacancies: 10, head: { name: '王建國' } });
    expect(root.children.map((c: { code: string }) => c.code).sort()).toEqual(['R-N', 'R-S', 'ST']);
    const north = root.children.find((c: { code: string }) => c.code === 'R-N');
    expect(north.headcount).toBe(6);
    expect(north.children.map((c: { code: string; headcount: number }) => [c.code, c.headcount]).sort()).toEqual([
      ['S-BJ', 2],
      ['S-TJ', 2],
    ]);
    expect(nodes).toHaveLength(10);
    const seen = new Set<string>();
    for (const n of nodes) {
      if (n.parentId) expect(seen.has(n.parentId)).toBe(true);
      seen.add(n.id);
    }
    // R-ORG-3: the staff position plans two seats and one is filled.
    const bj = nodes.find((n: { code: string }) => n.code === 'S-BJ');
    expect(bj.positions).toEqual(
      expect.arrayContaining([
        { title: '北京現場主管', planned: 1, filled: 1, vacancies: 0 },
        { title: '北京現場專員', planned: 2, filled: 1, vacancies: 1 },
      ]),
    );
    expect(bj.vacancies).toBe(1);
  });

  it('starts from a given unit', async () => {
    const r = await t.gql(`query C($id: ID) { orgChart(rootId: $id) { root { code headcount vacancies } nodes { code } } }`, { id: d().units.station.id }, as('admin'));
    expect(r.body.data.orgChart.root).toEqual({ code: 'ST', headcount: 6, vacancies: 3 });
    expect(r.body.data.orgChart.nodes.map((n: { code: string }) => n.code)).toEqual(['ST', 'ST-CS', 'ST-TS']);
  });

  it('reads follow a change committed by another replica on the same database', async () => {
    const CHART = `{ orgChart { nodes { code name positions { title filled } } } }`;
    const nodeOf = (r: GqlResult, code: string) => r.body.data.orgChart.nodes.find((n: { code: string }) => n.code === code);
    expect(nodeOf(await t.gql(CHART, {}, as('admin')), 'ST-CS').name).toBe('客服部');
    const other = await openOrm(dbTarget(t.db.databaseUrl, t.db.dataDir));
    try {
      const em = other.em.fork();
      const cs = await em.findOneOrFail(OrgUnit, { id: d().units.cs.id });
      cs.name = '客戶服務部';
      const head = await em.findOneOrFail(Position, { id: d().heads.cs.id });
      head.title = '客服部長';
      await em.flush();
      const after = await t.gql(CHART, {}, as('admin'));
      expect(nodeOf(after, 'ST-CS')).toMatchObject({ name: '客戶服務部', positions: expect.arrayContaining([expect.objectContaining({ title: '客服部長' })]) });
      const listed = await t.gql(`query P($u: ID) { positions(unitId: $u) { title unit { name } } }`, { u: d().units.cs.id }, as('admin'));
      expect(listed.body.data.positions[0]).toEqual({ title: '客服部長', unit: { name: '客戶服務部' } });
      const staff = await em.findOneOrFail(Employee, { id: d().people.csStaff.id });
      staff.status = EmployeeStatus.ON_LEAVE;
      await em.flush();
      const page = await t.gql(`query L($u: ID) { employees(unitId: $u, first: 50) { nodes { id status unit { name } } } }`, { u: d().units.cs.id }, as('admin'));
      expect(page.body.data.employees.nodes.find((n: { id: string }) => n.id === d().people.csStaff.id)).toEqual({ id: d().people.csStaff.id, status: 'ON_LEAVE', unit: { name: '客戶服務部' } });
      cs.name = '客服部';
      head.title = d().heads.cs.title;
      staff.status = EmployeeStatus.ACTIVE;
      await em.flush();
      expect(nodeOf(await t.gql(CHART, {}, as('admin')), 'ST-CS').name).toBe('客服部');
    } finally {
      await other.close(true);
    }
  });

  it('orgUnit gives parent, ancestors, children, head and positions', async () => {
    const r = await t.gql(
      `query U($id: ID!) { orgUnit(id: $id) { code name kind parent { code } ancestors { code } children { code } head { name } positions { code isHead } } }`,
      { id: d().units.beijing.id },
      as('admin'),
    );
    expect(r.body.data.orgUnit).toEqual({
      code: 'S-BJ',
      name: '北京現場',
      kind: 'FIELD_SITE',
      parent: { code: 'R-N' },
      ancestors: [{ code: 'HQ' }, { code: 'R-N' }],
      children: [],
      head: { name: '趙磊' },
      positions: [
        { code: 'P-S-BJ-HEAD', isHead: true },
        { code: 'P-S-BJ-STAFF', isHead: false },
      ],
    });
  });
});

describe('employees', () => {
  it.each([
    ['name', { search: '趙' }, ['趙磊']],
    ['employee number prefix', { search: 'e001' }, ['吳芳', '徐明', '孫麗', '馬超', '朱琳', '胡軍', '郭燕', '何平', '林曉', '高峰']],
    ['unit subtree', { unitId: 'south' }, ['陳靜', '楊帆', '徐明', '孫麗', '馬超', '朱琳']],
    ['position', { positionId: 'csStaff' }, ['林曉']],
    ['status', { status: ['ON_LEAVE'] }, []],
    ['a literal % (no wildcard)', { search: '%' }, []],
    ['a literal _ (no wildcard)', { search: 'E_01' }, []],
  ])('filters by %s', async (_what, args, names) => {
    const vars: Record<string, unknown> = { ...args, first: 50 };
    if (vars.unitId) vars.unitId = d().units[vars.unitId as 'south'].id;
    if (vars.positionId) vars.positionId = d().staff.cs.id;
    const r = await t.gql(EMPLOYEES, vars, as('admin'));
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.employees.nodes.map((n: { name: string }) => n.name).sort()).toEqual([...names].sort());
    expect(r.body.data.employees.totalCount).toBe(names.length);
  });

  it('first/after walks every row once, without gaps or repeats', async () => {
    const ids: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const r: GqlResult = await t.gql(EMPLOYEES, { first: 3, after }, as('admin'));
      const page = r.body.data.employees;
      expect(page.totalCount).toBe(20);
      ids.push(...page.nodes.map((n: { id: string }) => n.id));
      pages++;
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(7);
    expect(ids).toHaveLength(20);
    expect(new Set(ids).size).toBe(20);
  });

  it('offset paging matches the cursor order', async () => {
    const all = (await t.gql(EMPLOYEES, { first: 20 }, as('admin'))).body.data.employees.nodes;
    const r = await t.gql(EMPLOYEES, { first: 5, offset: 5 }, as('admin'));
    expect(r.body.data.employees.nodes).toEqual(all.slice(5, 10));
    expect(r.body.data.employees.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it.each([
    ['page larger than 200', { first: 201 }, 'first'],
    ['empty page', { first: 0 }, 'first'],
    ['negative offset', { offset: -1 }, 'offset'],
    ['offset with after', { offset: 1, after: 'WyJFMDAwMSJd' }, 'offset'],
    ['a forged cursor', { after: 'not-a-cursor' }, 'after'],
  ])('refuses %s with BAD_USER_INPUT', async (_what, vars, field) => {
    const r = await t.gql(EMPLOYEES, vars, as('admin'));
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.body.errors![0]!.extensions!.issues![0]!.field).toBe(field);
  });

  it('employee gives unit, position and manager (R-ORG-5 reporting line)', async () => {
    const r = await t.gql(EMPLOYEE, { id: d().people.beijingStaff.id }, as('admin'));
    expect(r.body.data.employee).toMatchObject({ name: '黃敏', unit: { code: 'S-BJ' }, position: { code: 'P-S-BJ-STAFF' }, manager: { name: '趙磊' } });
  });

  it('R-ORG-3 a listed employee’s position still gives its job description (loaded on demand)', async () => {
    const r = await t.gql(`{ employees(first: 200) { nodes { position { id summary duties } } } }`, {}, as('admin'));
    const listed = r.body.data.employees.nodes.map((n: { position: unknown }) => n.position);
    for (const p of listed.slice(0, 5) as { id: string; summary: string; duties: string[] }[]) {
      const direct = await t.gql(`query P($id: ID!) { position(id: $id) { summary duties } }`, { id: p.id }, as('admin'));
      expect({ summary: p.summary, duties: p.duties }).toEqual(direct.body.data.position);
    }
    expect(r.statements).toBeLessThanOrEqual(3);
  });

  it('an unknown employee is NOT_FOUND', async () => {
    const r = await t.gql(EMPLOYEE, { id: '00000000-0000-7000-8000-000000000000' }, as('admin'));
    expect(codeOf(r)).toBe('NOT_FOUND');
  });
});

describe('positions (R-ORG-3)', () => {
  it('carry a job description with superior and subordinates', async () => {
    const r = await t.gql(
      `query P($id: ID!) { position(id: $id) { title summary duties plannedHeadcount superior { code } subordinates { code } holders { name } unit { code } } }`,
      { id: d().heads.north.id },
      as('admin'),
    );
    expect(r.body.data.position).toEqual({
      title: '華北業務部主管',
      summary: '負責華北業務部的全面工作',
      duties: ['制定工作計劃', '考核下屬'],
      plannedHeadcount: 1,
      superior: { code: 'P-HQ-HEAD' },
      subordinates: [{ code: 'P-R-N-STAFF' }, { code: 'P-S-BJ-HEAD' }, { code: 'P-S-TJ-HEAD' }],
      holders: [{ name: '張偉' }],
      unit: { code: 'R-N' },
    });
  });

  it('lists the positions of a unit subtree', async () => {
    const r = await t.gql(`query P($u: ID) { positions(unitId: $u) { code } }`, { u: d().units.station.id }, as('admin'));
    expect(r.body.data.positions.map((p: { code: string }) => p.code).sort()).toEqual(
      ['P-ST-HEAD', 'P-ST-STAFF', 'P-ST-CS-HEAD', 'P-ST-CS-STAFF', 'P-ST-TS-HEAD', 'P-ST-TS-STAFF'].sort(),
    );
  });
});

describe('R-ACL-1, R-ACL-2: a regional manager reaches their own region only', () => {
  it.each([
    ['own unit', 'northStaff', true],
    ['own subtree (a site below)', 'beijingStaff', true],
    ['sibling region', 'southStaff', false],
    ['sibling region’s site', 'guangzhouStaff', false],
    ['parent unit', 'hqStaff', false],
    ['the station', 'csStaff', false],
  ])('reads an employee of the %s: %s', async (_what, who, visible) => {
    const r = await t.gql(EMPLOYEE, { id: d().people[who]!.id }, as('region'));
    if (visible) expect(r.body.data.employee.id).toBe(d().people[who]!.id);
    else expect(codeOf(r)).toBe('NOT_FOUND');
  });

  it('lists only reachable rows, counted in SQL', async () => {
    const r = await t.gql(EMPLOYEES, { first: 2 }, as('region'));
    expect(r.body.data.employees.totalCount).toBe(6);
    expect(r.body.data.employees.nodes).toHaveLength(2);
    const south = await t.gql(EMPLOYEES, { unitId: d().units.south.id }, as('region'));
    expect(south.body.data.employees).toMatchObject({ totalCount: 0, nodes: [] });
    const hq = await t.gql(EMPLOYEES, { unitId: d().units.hq.id, first: 50 }, as('region'));
    expect(hq.body.data.employees.totalCount).toBe(6);
    expect(new Set(hq.body.data.employees.nodes.map((n: { unit: { code: string } }) => n.unit.code))).toEqual(new Set(['R-N', 'S-BJ', 'S-TJ']));
  });

  it('nested reads stay within reach', async () => {
    const own = await t.gql(`query U($id: ID!) { orgUnit(id: $id) { employees { totalCount } } }`, { id: d().units.north.id }, as('region'));
    expect(own.body.data.orgUnit.employees.totalCount).toBe(6);
    const chart = await t.gql(`{ orgChart { root { code headcount } nodes { code } } }`, {}, as('region'));
    expect(chart.body.data.orgChart.root).toEqual({ code: 'R-N', headcount: 6 });
    expect(chart.body.data.orgChart.nodes).toHaveLength(3);
    for (const unit of ['south', 'hq'] as const) {
      const r = await t.gql(`query U($id: ID!) { orgUnit(id: $id) { code } }`, { id: d().units[unit].id }, as('region'));
      expect(codeOf(r)).toBe('NOT_FOUND');
    }
    // The regional head's manager heads the company, outside the region: not disclosed.
    const head = await t.gql(EMPLOYEE, { id: d().people.northHead.id }, as('region'));
    expect(head.body.data.employee.manager).toBeNull();
    const holders = await t.gql(`query P($id: ID!) { position(id: $id) { holders { name } } }`, { id: d().heads.north.id }, as('region'));
    expect(holders.body.data.position.holders).toEqual([{ name: '張偉' }]);
  });

  it('R-ACL-1 a station manager (ReadPosition everywhere) sees holders only within ReadEmployee reach', async () => {
    const r = await t.gql(`query P($id: ID!) { position(id: $id) { title holders { name } } }`, { id: d().staff.south.id }, as('station'));
    expect(r.body.data.position).toEqual({ title: '華南業務部專員', holders: [] });
  });

  it('R-ACL-1 a unit head outside ReadEmployee reach reads as null; the chart still names every head', async () => {
    const q = `query U($id: ID!) { orgUnit(id: $id) { head { name hireDate } } }`;
    const outside = await t.gql(q, { id: d().units.north.id }, as('station'));
    expect(outside.body.data.orgUnit.head).toBeNull();
    const inside = await t.gql(q, { id: d().units.station.id }, as('station'));
    expect(inside.body.data.orgUnit.head).not.toBeNull();
    const chart = await t.gql(`{ orgChart { nodes { code head { name } } } }`, {}, as('station'));
    const north = chart.body.data.orgChart.nodes.find((n: { code: string }) => n.code === 'R-N');
    expect(north.head).not.toBeNull();
  });

  it.each([
    ['sibling', 'south', 'BAD_USER_INPUT'],
    ['parent', 'hq', 'BAD_USER_INPUT'],
  ])('cannot create a unit under the %s unit', async (_what, parent, code) => {
    const r = await failsCleanly(CREATE_UNIT, { input: { code: 'X-1', name: '新單位', kind: 'FIELD_SITE', parentId: d().units[parent as 'hq'].id } }, 'region', code);
    expect(r.body.errors![0]!.extensions!.issues![0]).toMatchObject({ field: 'parentId', code: 'not_found' });
  });

  it('a station manager who can read every unit is FORBIDDEN to change one outside the station', async () => {
    await failsCleanly(CREATE_UNIT, { input: { code: 'X-2', name: '新單位', kind: 'FIELD_SITE', parentId: d().units.north.id } }, 'station', 'FORBIDDEN');
  });

  it('cannot move an own unit out of reach', async () => {
    const r = await failsCleanly(MOVE_UNIT, { id: d().units.beijing.id, parent: d().units.south.id }, 'region', 'BAD_USER_INPUT');
    expect(r.body.errors![0]!.extensions!.issues![0]!.field).toBe('newParentId');
  });

  it.each([
    ['update', 'mutation M($id: ID!) { updateEmployee(id: $id, input: { name: "改名" }) { id } }'],
    ['deactivate', 'mutation M($id: ID!) { deactivateEmployee(id: $id) { id } }'],
  ])('cannot %s an employee of a sibling region (NOT_FOUND: existence is not disclosed)', async (_what, query) => {
    await failsCleanly(query, { id: d().people.southStaff.id }, 'region', 'NOT_FOUND');
  });

  it('cannot hire into a sibling region', async () => {
    const r = await failsCleanly(CREATE_EMPLOYEE, { input: { employeeNo: 'N-1', name: '新人', unitId: d().units.south.id, positionId: d().staff.south.id, hireDate: '2026-01-05' } }, 'region', 'BAD_USER_INPUT');
    expect(r.body.errors![0]!.extensions!.issues![0]!.field).toBe('unitId');
  });

  it('R-ORG-4 cannot record an absence outside the region', async () => {
    await failsCleanly(RECORD_ABSENCE, { input: { employeeId: d().people.southHead.id, deputyId: d().people.southStaff.id, startsAt: '2026-05-01T00:00:00Z', endsAt: '2026-05-03T00:00:00Z' } }, 'region', 'NOT_FOUND');
  });

  it('a user without rights is FORBIDDEN to read or change, and the attempt is audited as DENIED', async () => {
    const r = await t.gql(EMPLOYEES, {}, as('nobody'));
    expect(codeOf(r)).toBe('FORBIDDEN');
    await failsCleanly(CREATE_UNIT, { input: { code: 'X-3', name: '新單位', kind: 'FIELD_SITE', parentId: d().units.hq.id } }, 'nobody', 'FORBIDDEN', 'DENIED');
  });

  it('within reach the regional manager can hire and edit', async () => {
    const r = await t.gql(CREATE_EMPLOYEE, { input: { employeeNo: 'N-100', name: '錢進', unitId: d().units.tianjin.id, positionId: d().staff.tianjin.id, hireDate: '2026-01-05' } }, as('region'));
    expect(r.body.errors).toBeUndefined();
    const audit = await auditRecordsOf(t, r.requestId);
    expect(audit).toMatchObject([{ outcome: 'ALLOWED', operation: 'createEmployee', target_type: 'Employee', target_id: r.body.data.createEmployee.id }]);
  });
});

const CREATE_UNIT = `mutation M($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id code path: code depth parent { code } } }`;
const MOVE_UNIT = `mutation M($id: ID!, $parent: ID!) { moveOrgUnit(id: $id, newParentId: $parent) { id depth ancestors { code } } }`;
const CREATE_EMPLOYEE = `mutation M($input: CreateEmployeeInput!) { createEmployee(input: $input) { id employeeNo name status unit { code } position { code } } }`;
const RECORD_ABSENCE = `mutation M($input: RecordAbsenceInput!) { recordAbsence(input: $input) { id employee { name } deputy { name } startsAt endsAt } }`;

describe('mutations', () => {
  it('creates, renames, moves and archives units', async () => {
    const created = await t.gql(CREATE_UNIT, { input: { code: 'S-SH', name: '汕頭現場', kind: 'FIELD_SITE', parentId: d().units.south.id } }, as('admin'));
    expect(created.body.data.createOrgUnit).toMatchObject({ code: 'S-SH', depth: 2, parent: { code: 'R-S' } });
    const id = created.body.data.createOrgUnit.id;
    const [audit] = await auditRecordsOf(t, created.requestId);
    expect(audit).toMatchObject({ outcome: 'ALLOWED', operation: 'createOrgUnit', before: null, after: expect.objectContaining({ code: 'S-SH' }) });

    const renamed = await t.gql(`mutation M($id: ID!) { updateOrgUnit(id: $id, input: { name: "汕頭新現場" }) { name } }`, { id }, as('admin'));
    expect(renamed.body.data.updateOrgUnit.name).toBe('汕頭新現場');

    const moved = await t.gql(MOVE_UNIT, { id, parent: d().units.north.id }, as('admin'));
    expect(moved.body.data.moveOrgUnit).toMatchObject({ depth: 2, ancestors: [{ code: 'HQ' }, { code: 'R-N' }] });

    const archived = await t.gql(`mutation M($id: ID!) { archiveOrgUnit(id: $id) { archivedAt } }`, { id }, as('admin'));
    expect(archived.body.data.archiveOrgUnit.archivedAt).toBeTruthy();
  });

  it('moving a unit carries its subtree and its employees', async () => {
    const moved = await t.gql(MOVE_UNIT, { id: d().units.station.id, parent: d().units.south.id }, as('admin'));
    expect(moved.body.data.moveOrgUnit.depth).toBe(2);
    const cs = await t.gql(`query U($id: ID!) { orgUnit(id: $id) { depth ancestors { code } } }`, { id: d().units.cs.id }, as('admin'));
    expect(cs.body.data.orgUnit).toEqual({ depth: 3, ancestors: [{ code: 'HQ' }, { code: 'R-S' }, { code: 'ST' }] });
    const south = await t.gql(EMPLOYEES, { unitId: d().units.south.id, first: 50 }, as('admin'));
    expect(south.body.data.employees.totalCount).toBe(12);
    const back = await t.gql(MOVE_UNIT, { id: d().units.station.id, parent: d().units.hq.id }, as('admin'));
    expect(back.body.data.moveOrgUnit.depth).toBe(1);
  });

  it('archiving a unit with active employees is a CONFLICT', async () => {
    const r = await failsCleanly(`mutation M($id: ID!) { archiveOrgUnit(id: $id) { id } }`, { id: d().units.tianjin.id }, 'admin', 'CONFLICT');
    expect(r.body.errors![0]!.extensions).toMatchObject({ reason: 'HAS_ACTIVE_EMPLOYEES' });
  });

  it('creates, updates, transfers and deactivates an employee', async () => {
    const created = await t.gql(CREATE_EMPLOYEE, { input: { employeeNo: 'e-200', name: ' 鄭爽 ', email: 'Zheng@Example.cn', phone: '+86 137 1234 5678', unitId: d().units.cs.id, positionId: d().staff.cs.id, hireDate: '2026-02-01' } }, as('admin'));
    expect(created.body.data.createEmployee).toMatchObject({ employeeNo: 'E-200', name: '鄭爽', status: 'ACTIVE', unit: { code: 'ST-CS' } });
    const id = created.body.data.createEmployee.id;

    const updated = await t.gql(`mutation M($id: ID!) { updateEmployee(id: $id, input: { name: "鄭小爽", status: ON_LEAVE }) { name status email } }`, { id }, as('admin'));
    expect(updated.body.data.updateEmployee).toEqual({ name: '鄭小爽', status: 'ON_LEAVE', email: 'zheng@example.cn' });

    const moved = await t.gql(`mutation M($id: ID!, $input: TransferEmployeeInput!) { transferEmployee(id: $id, input: $input) { unit { code } position { code } } }`, { id, input: { unitId: d().units.tech.id, positionId: d().staff.tech.id } }, as('admin'));
    expect(moved.body.errors).toBeUndefined();
    expect(moved.body.data.transferEmployee).toEqual({ unit: { code: 'ST-TS' }, position: { code: 'P-ST-TS-STAFF' } });
    const [audit] = await auditRecordsOf(t, moved.requestId);
    expect(audit!.before).toMatchObject({ unit: d().units.cs.id });
    expect(audit!.after).toMatchObject({ unit: d().units.tech.id });

    const gone = await t.gql(`mutation M($id: ID!) { deactivateEmployee(id: $id) { status deactivatedAt } }`, { id }, as('admin'));
    expect(gone.body.data.deactivateEmployee.status).toBe('INACTIVE');
    expect(gone.body.data.deactivateEmployee.deactivatedAt).toBeTruthy();
  });

  it('creates and updates a position with its job description (R-ORG-3)', async () => {
    const created = await t.gql(
      `mutation M($input: CreatePositionInput!) { createPosition(input: $input) { id code superior { code } plannedHeadcount summary duties } }`,
      { input: { code: 'P-ST-CS-LEAD', title: '客服組長', unitId: d().units.cs.id, superiorId: d().heads.cs.id, plannedHeadcount: 2, summary: '帶領客服小組', duties: ['排班', '質檢'] } },
      as('admin'),
    );
    expect(created.body.data.createPosition).toMatchObject({ superior: { code: 'P-ST-CS-HEAD' }, plannedHeadcount: 2, duties: ['排班', '質檢'] });
    const id = created.body.data.createPosition.id;
    const updated = await t.gql(`mutation M($id: ID!) { updatePosition(id: $id, input: { summary: "帶領客服小組並培訓新人", duties: ["排班"] }) { summary duties } }`, { id }, as('admin'));
    expect(updated.body.data.updatePosition).toEqual({ summary: '帶領客服小組並培訓新人', duties: ['排班'] });
    const head = await t.gql(`query P($id: ID!) { position(id: $id) { subordinates { code } } }`, { id: d().heads.cs.id }, as('admin'));
    expect(head.body.data.position.subordinates.map((p: { code: string }) => p.code)).toContain('P-ST-CS-LEAD');
  });

  it('R-ORG-4 records an absence with the deputy who acts; an overlapping one is a CONFLICT', async () => {
    const input = { employeeId: d().people.stationHead.id, deputyId: d().people.stationStaff.id, startsAt: '2026-06-01T00:00:00.000Z', endsAt: '2026-06-05T00:00:00.000Z', reason: '年假' };
    const r = await t.gql(RECORD_ABSENCE, { input }, as('admin'));
    expect(r.body.data.recordAbsence).toMatchObject({ employee: { name: '胡軍' }, deputy: { name: '郭燕' }, startsAt: input.startsAt });
    const absences = await t.gql(`query E($id: ID!) { employee(id: $id) { absences { reason deputy { name } } } }`, { id: input.employeeId }, as('admin'));
    expect(absences.body.data.employee.absences).toEqual([{ reason: '年假', deputy: { name: '郭燕' } }]);
    const overlap = await failsCleanly(RECORD_ABSENCE, { input: { ...input, startsAt: '2026-06-04T00:00:00.000Z', endsAt: '2026-06-08T00:00:00.000Z' } }, 'admin', 'CONFLICT');
    expect(overlap.body.errors![0]!.extensions).toMatchObject({ reason: 'OVERLAPPING_ABSENCE' });
  });

  it('R-ORG-4 the deputy sees whom they act for; an absence not yet over can be withdrawn, a past one cannot', async () => {
    const day = 24 * 3600_000;
    const input = { employeeId: d().people.csHead.id, deputyId: d().people.csStaff.id, startsAt: new Date(Date.now() + day).toISOString(), endsAt: new Date(Date.now() + 3 * day).toISOString(), reason: '外訓' };
    const created = await t.gql(RECORD_ABSENCE.replace('recordAbsence(input: $input) {', 'recordAbsence(input: $input) { id'), { input }, as('admin'));
    const id = created.body.data.recordAbsence.id;
    const deputyQ = `query E($id: ID!) { employee(id: $id) { deputyFor { reason employee { name } } } }`;
    const before = await t.gql(deputyQ, { id: input.deputyId }, as('admin'));
    expect(before.body.data.employee.deputyFor).toEqual([{ reason: '外訓', employee: { name: d().people.csHead.name } }]);
    const cancelled = await t.gql(`mutation C($id: ID!) { cancelAbsence(id: $id) { cancelledAt } }`, { id }, as('admin'));
    expect(cancelled.body.data.cancelAbsence.cancelledAt).not.toBeNull();
    const after = await t.gql(deputyQ, { id: input.deputyId }, as('admin'));
    expect(after.body.data.employee.deputyFor).toEqual([]);
    const past = { ...input, startsAt: '2026-01-05T00:00:00.000Z', endsAt: '2026-01-06T00:00:00.000Z' };
    const old = await t.gql(RECORD_ABSENCE.replace('recordAbsence(input: $input) {', 'recordAbsence(input: $input) { id'), { input: past }, as('admin'));
    const r = await failsCleanly(`mutation C($id: ID!) { cancelAbsence(id: $id) { id } }`, { id: old.body.data.recordAbsence.id }, 'admin', 'CONFLICT');
    expect(r.body.errors![0]!.extensions).toMatchObject({ reason: 'ABSENCE_OVER' });
  });

  it('archives a position nobody holds and refuses one that is held; codes can change but stay unique', async () => {
    const created = await t.gql(`mutation M($input: CreatePositionInput!) { createPosition(input: $input) { id } }`, { input: { code: 'P-TMP-1', title: '臨時崗', unitId: d().units.cs.id } }, as('admin'));
    const id = created.body.data.createPosition.id;
    const recoded = await t.gql(`mutation M($id: ID!) { updatePosition(id: $id, input: { code: "P-TMP-2" }) { code } }`, { id }, as('admin'));
    expect(recoded.body.data.updatePosition.code).toBe('P-TMP-2');
    const dup = await failsCleanly(`mutation M($id: ID!) { updatePosition(id: $id, input: { code: "P-ST-CS-HEAD" }) { code } }`, { id }, 'admin', 'BAD_USER_INPUT');
    expect(dup.body.errors![0]!.extensions!.issues![0]).toMatchObject({ field: 'code', code: 'duplicate' });
    const archived = await t.gql(`mutation M($id: ID!) { archivePosition(id: $id) { archivedAt } }`, { id }, as('admin'));
    expect(archived.body.data.archivePosition.archivedAt).not.toBeNull();
    const list = await t.gql(`query P($u: ID) { positions(unitId: $u) { code } }`, { u: d().units.cs.id }, as('admin'));
    expect(list.body.data.positions.map((p: { code: string }) => p.code)).not.toContain('P-TMP-2');
    const held = await failsCleanly(`mutation M($id: ID!) { archivePosition(id: $id) { id } }`, { id: d().heads.cs.id }, 'admin', 'CONFLICT');
    expect(held.body.errors![0]!.extensions).toMatchObject({ reason: 'HAS_HOLDERS' });
  });

  it('a length issue carries its declared limits; FORBIDDEN names the rights that were missing', async () => {
    const r = await failsCleanly(CREATE_UNIT, { input: { code: 'OK-9', name: '', kind: 'DEPARTMENT', parentId: d().units.hq.id } }, 'admin', 'BAD_USER_INPUT');
    expect(r.body.errors![0]!.extensions!.issues![0]).toMatchObject({ field: 'name', code: 'isLength', limits: [1, 120] });
    const denied = await failsCleanly(CREATE_UNIT, { input: { code: 'X-3', name: '新單位', kind: 'FIELD_SITE', parentId: d().units.north.id } }, 'station', 'FORBIDDEN');
    expect(denied.body.errors![0]!.extensions).toMatchObject({ reason: 'OUT_OF_SCOPE', permissions: ['ManageOrgUnit'] });
  });

  type Case = [string, string, () => Record<string, unknown>, string, string];
  const badInputs: Case[] = [
    ['createOrgUnit: malformed code', CREATE_UNIT, () => ({ input: { code: 'bad code', name: '單位', kind: 'DEPARTMENT', parentId: d().units.hq.id } }), 'code', 'matches'],
    ['createOrgUnit: empty name', CREATE_UNIT, () => ({ input: { code: 'OK-1', name: '', kind: 'DEPARTMENT', parentId: d().units.hq.id } }), 'name', 'isLength'],
    ['createOrgUnit: duplicate code', CREATE_UNIT, () => ({ input: { code: 'HQ', name: '單位', kind: 'DEPARTMENT', parentId: d().units.hq.id } }), 'code', 'duplicate'],
    ['createOrgUnit: a second company', CREATE_UNIT, () => ({ input: { code: 'HQ-2', name: '單位', kind: 'COMPANY', parentId: d().units.hq.id } }), 'kind', 'invalid_kind'],
    ['createOrgUnit: unknown parent', CREATE_UNIT, () => ({ input: { code: 'OK-2', name: '單位', kind: 'DEPARTMENT', parentId: '00000000-0000-7000-8000-000000000000' } }), 'parentId', 'not_found'],
    ['moveOrgUnit: under itself', MOVE_UNIT, () => ({ id: d().units.north.id, parent: d().units.north.id }), 'newParentId', 'cycle'],
    ['moveOrgUnit: under its own site', MOVE_UNIT, () => ({ id: d().units.north.id, parent: d().units.beijing.id }), 'newParentId', 'cycle'],
    ['moveOrgUnit: the root', MOVE_UNIT, () => ({ id: d().units.hq.id, parent: d().units.north.id }), 'id', 'root_immovable'],
    ['createEmployee: duplicate number', CREATE_EMPLOYEE, () => ({ input: { employeeNo: 'E0001', name: '重號', unitId: d().units.cs.id, positionId: d().staff.cs.id, hireDate: '2026-01-05' } }), 'employeeNo', 'duplicate'],
    ['createEmployee: bad email', CREATE_EMPLOYEE, () => ({ input: { employeeNo: 'E-900', name: '信箱', email: 'not-an-email', unitId: d().units.cs.id, positionId: d().staff.cs.id, hireDate: '2026-01-05' } }), 'email', 'isEmail'],
    ['createEmployee: position of another unit', CREATE_EMPLOYEE, () => ({ input: { employeeNo: 'E-901', name: '錯崗', unitId: d().units.cs.id, positionId: d().staff.tech.id, hireDate: '2026-01-05' } }), 'positionId', 'position_outside_unit'],
    ['updateEmployee: INACTIVE by update', `mutation M($id: ID!) { updateEmployee(id: $id, input: { status: INACTIVE }) { id } }`, () => ({ id: d().people.csStaff.id }), 'status', 'use_deactivate'],
    ['updatePosition: reporting cycle', `mutation M($id: ID!, $s: ID) { updatePosition(id: $id, input: { superiorId: $s }) { id } }`, () => ({ id: d().heads.north.id, s: d().heads.beijing.id }), 'superiorId', 'cycle'],
    ['createPosition: negative headcount', `mutation M($input: CreatePositionInput!) { createPosition(input: $input) { id } }`, () => ({ input: { code: 'P-NEG', title: '負數', unitId: d().units.cs.id, plannedHeadcount: -1 } }), 'plannedHeadcount', 'min'],
    ['recordAbsence: ends before it starts', RECORD_ABSENCE, () => ({ input: { employeeId: d().people.csHead.id, deputyId: d().people.csStaff.id, startsAt: '2026-07-05T00:00:00Z', endsAt: '2026-07-01T00:00:00Z' } }), 'endsAt', 'out_of_range'],
    ['R-ORG-4 recordAbsence: own deputy', RECORD_ABSENCE, () => ({ input: { employeeId: d().people.csHead.id, deputyId: d().people.csHead.id, startsAt: '2026-07-01T00:00:00Z', endsAt: '2026-07-05T00:00:00Z' } }), 'deputyId', 'self_deputy'],
  ];
  it.each(badInputs)('%s → BAD_USER_INPUT, nothing written, one audit record', async (_name, query, vars, field, issue) => {
    const r = await failsCleanly(query, vars(), 'admin', 'BAD_USER_INPUT');
    expect(r.body.errors![0]!.extensions!.issues).toEqual(expect.arrayContaining([expect.objectContaining({ field, code: issue })]));
  });
});
