import { describe, expect, it } from 'vitest';
import type { Permission } from '../../gql/graphql';
import { actionAbilities, readsAsOwner, type ActionLike } from './quality';

const qc = { employeeId: 'e-qc', permissions: ['ReadQuality', 'ManageQuality', 'ReadTicket'] as Permission[] };
const agent = { employeeId: 'e-agent', permissions: ['ReadTicket', 'ManageTicket'] as Permission[] };
const owner = { employeeId: 'e-owner', permissions: [] as Permission[] };
const action = (extra: Partial<ActionLike> = {}): ActionLike => ({ status: 'OPEN', ownerId: 'e-owner', ...extra });

describe('corrective actions on a complaint form (R-SVC-5)', () => {
  it('the owner reports their own action done and nothing else', () => {
    expect(actionAbilities(action(), owner, true)).toEqual({ mine: true, complete: true, verify: false });
    expect(actionAbilities(action({ ownerId: 'e-other' }), owner, true)).toEqual({ mine: false, complete: false, verify: false });
    expect(actionAbilities(action({ status: 'DONE' }), owner, true)).toEqual({ mine: true, complete: false, verify: false });
  });

  it('quality control reports any action done; customer service or quality control verify, never the owner', () => {
    expect(actionAbilities(action(), qc, true).complete).toBe(true);
    expect(actionAbilities(action({ status: 'DONE' }), qc, true).verify).toBe(true);
    expect(actionAbilities(action({ status: 'DONE' }), agent, true).verify).toBe(true);
    expect(actionAbilities(action({ status: 'DONE', ownerId: 'e-qc' }), qc, true).verify).toBe(false);
    expect(actionAbilities(action(), agent, true).complete).toBe(false);
  });

  it('a closed form offers nothing', () => {
    expect(actionAbilities(action(), owner, false)).toEqual({ mine: true, complete: false, verify: false });
    expect(actionAbilities(action({ status: 'DONE' }), qc, false).verify).toBe(false);
  });

  it('someone without ReadQuality reads the form as an action owner (R-ACL-3: the customer masked)', () => {
    expect(readsAsOwner(owner)).toBe(true);
    expect(readsAsOwner(agent)).toBe(true);
    expect(readsAsOwner(qc)).toBe(false);
  });
});
