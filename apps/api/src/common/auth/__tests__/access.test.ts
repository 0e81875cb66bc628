import { Access } from '../access';
import { reachCondition } from '../scope-filter';
import { Permission as P, Scope } from '../permissions';

/** R-ACL-1: how grants add up to a reach, and the SQL condition built from it. */
describe('Access', () => {
  const north = '/hq/north/';
  const beijing = '/hq/north/bj/';
  const south = '/hq/south/';

  it('a subtree grant reaches its anchor and everything below, nothing beside or above', () => {
    const a = new Access([{ permission: P.ReadEmployee, scope: Scope.UNIT_SUBTREE, unitPath: north }], 'e1');
    expect(a.reaches(P.ReadEmployee, north)).toBe(true);
    expect(a.reaches(P.ReadEmployee, beijing)).toBe(true);
    expect(a.reaches(P.ReadEmployee, south)).toBe(false);
    expect(a.reaches(P.ReadEmployee, '/hq/')).toBe(false);
    expect(a.reaches(P.ManageEmployee, north)).toBe(false);
  });

  it('a path prefix is not a subtree: /hq/north2/ is not under /hq/north/', () => {
    const a = new Access([{ permission: P.ReadEmployee, scope: Scope.UNIT_SUBTREE, unitPath: north }], null);
    expect(a.reaches(P.ReadEmployee, '/hq/north2/')).toBe(false);
  });

  it('the widest grant wins and nested subtrees collapse to the outer one', () => {
    const a = new Access(
      [
        { permission: P.ReadEmployee, scope: Scope.UNIT_SUBTREE, unitPath: beijing },
        { permission: P.ReadEmployee, scope: Scope.UNIT_SUBTREE, unitPath: north },
        { permission: P.ReadEmployee, scope: Scope.OWN },
      ],
      'e1',
    );
    expect(a.reach(P.ReadEmployee)).toEqual({ all: false, own: true, employeeId: 'e1', unitPaths: [north] });
    expect(new Access([...a.grants, { permission: P.ReadEmployee, scope: Scope.ALL }], 'e1').reach(P.ReadEmployee).all).toBe(true);
  });

  it('OWN reaches only the actor’s own record, and nothing without an employee', () => {
    expect(new Access([{ permission: P.ReadEmployeeContact, scope: Scope.OWN }], 'e1').reaches(P.ReadEmployeeContact, south, 'e1')).toBe(true);
    expect(new Access([{ permission: P.ReadEmployeeContact, scope: Scope.OWN }], 'e1').reaches(P.ReadEmployeeContact, south, 'e2')).toBe(false);
    expect(new Access([{ permission: P.ReadEmployeeContact, scope: Scope.OWN }], null).reaches(P.ReadEmployeeContact, south, null)).toBe(false);
  });

  it('assertReaches throws FORBIDDEN', () => {
    const a = new Access([], null);
    expect(() => a.assertReaches(P.ManageOrgUnit, north)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }));
  });
});

describe('reachCondition', () => {
  it('is empty for ALL, null for nothing, and escapes LIKE wildcards in paths', () => {
    expect(reachCondition(new Access([{ permission: P.ReadEmployee, scope: Scope.ALL }], null), P.ReadEmployee, 'unit.path')).toEqual({});
    expect(reachCondition(new Access([], null), P.ReadEmployee, 'unit.path')).toBeNull();
    const odd = new Access([{ permission: P.ReadEmployee, scope: Scope.UNIT_SUBTREE, unitPath: '/a_b%/' }], null);
    expect(reachCondition(odd, P.ReadEmployee, 'unit.path')).toEqual({ unit: { path: { $like: '/a\\_b\\%/%' } } });
  });

  it('ORs subtrees with the own record', () => {
    const a = new Access(
      [
        { permission: P.ReadEmployee, scope: Scope.UNIT_SUBTREE, unitPath: '/x/' },
        { permission: P.ReadEmployee, scope: Scope.OWN },
      ],
      'e9',
    );
    expect(reachCondition(a, P.ReadEmployee, 'unit.path', 'id')).toEqual({ $or: [{ unit: { path: { $like: '/x/%' } } }, { id: 'e9' }] });
  });
});
