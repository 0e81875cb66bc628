import { startApp, type TestApp } from '../harness/app';
import { buildOrg, manyEmployees, type Org } from '../factories/org';
import { user } from '../factories/access';

/**
 * SQL statements per operation, pinned (DESIGN rule 10): a relation resolved row by row
 * makes a page's count grow with its size, which these budgets catch.
 */

let t: TestApp<Org>;
let token = '';

beforeAll(async () => {
  t = await startApp({
    seed: async (em) => {
      const org = await buildOrg(em);
      await manyEmployees(em, org, 300);
      await user(em, 'admin@example.cn', '系統管理員', { roles: ['system_admin'] });
      return org;
    },
  });
  token = (await t.login('admin@example.cn')).token;
});
afterAll(() => t?.close());

async function statementsOf(operation: string, query: string, variables: Record<string, unknown> = {}): Promise<{ statements: number; data: any }> {
  const r = await t.gql(query, variables, { token });
  expect(r.body.errors, `${operation} failed`).toBeUndefined();
  expect(Number.isFinite(r.statements), `${operation}: no x-sql-statements header`).toBe(true);
  return { statements: r.statements, data: r.body.data };
}

const PAGE = `query P($first: Int) { employees(first: $first) { totalCount nodes { id name employeeNo unit { id code name } position { id title } } } }`;

describe('statement budgets', () => {
  it('me: 0 (the access token carries everything)', async () => {
    const { statements } = await statementsOf('me', '{ me { id name permissions grants { permission scope unitId } } }');
    expect(statements, 'me').toBe(0);
  });

  it('orgChart, the whole tree with heads and seats: ≤ 2', async () => {
    const { statements, data } = await statementsOf(
      'orgChart',
      '{ orgChart { root { code headcount } nodes { id code headcount vacancies head { name } positions { title filled vacancies } children { code } } } }',
    );
    expect(data.orgChart.root.headcount).toBe(320);
    expect(statements, 'orgChart').toBeLessThanOrEqual(2);
  });

  it.each([10, 50, 200])('employees, a page of %i with unit, position and totalCount: ≤ 3', async (size) => {
    const { statements, data } = await statementsOf(`employees(first: ${size})`, PAGE, { first: size });
    expect(data.employees.nodes).toHaveLength(size);
    expect(data.employees.totalCount).toBe(320);
    expect(statements, `employees(first: ${size})`).toBeLessThanOrEqual(3);
  });

  it('employees: the count does not grow with the page', async () => {
    const small = await statementsOf('employees(first: 10)', PAGE, { first: 10 });
    const large = await statementsOf('employees(first: 200)', PAGE, { first: 200 });
    expect(large.statements, 'employees(first: 200) vs first: 10').toBe(small.statements);
  });

  it('employee with unit, position and manager: ≤ 4', async () => {
    const { statements, data } = await statementsOf(
      'employee',
      'query E($id: ID!) { employee(id: $id) { name unit { code } position { title superior { title } } manager { name } } }',
      { id: t.data.people.beijingStaff.id },
    );
    expect(data.employee.manager.name).toBe('趙磊');
    expect(statements, 'employee').toBeLessThanOrEqual(4);
  });

  it('positions with holders and subordinates: fixed, whatever their number', async () => {
    const { statements } = await statementsOf('positions', '{ positions { title unit { code } superior { title } subordinates { title } holders { name } } }');
    expect(statements, 'positions').toBeLessThanOrEqual(4);
  });
});
