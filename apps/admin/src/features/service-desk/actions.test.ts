import { describe, expect, it } from 'vitest';
import type { Permission } from '../../gql/graphql';
import { availableSteps, resolvable, solutionState, stepInput, type CaseLike } from './actions';

const agent = { employeeId: 'e-agent', permissions: ['ReadTicket', 'ManageTicket'] as Permission[] };
const reader = { employeeId: 'e-auditor', permissions: ['ReadTicket'] as Permission[] };
const ev = (kind: CaseLike['timeline'][number]['kind'], text: string | null = null) => ({ kind, text });
const base = (extra: Partial<CaseLike> = {}): CaseLike => ({
  status: 'OPEN',
  kind: 'COMPLAINT',
  assigneeId: null,
  customer: { id: 'c1' },
  timeline: [ev('OPENED')],
  ...extra,
});

describe('steps allowed per state', () => {
  it('offers nothing to someone who may only read cases', () => {
    expect(availableSteps(base(), reader)).toEqual([]);
  });

  it('an open complaint: reply, hand over, propose a solution, triage (R-SVC-3, R-SVC-4)', () => {
    const steps = availableSteps(base(), agent);
    expect(steps).toEqual(expect.arrayContaining(['answer', 'promise', 'updateCustomer', 'handOver', 'assignToMe', 'proposeSolution', 'triage', 'waitForCustomer', 'resolve', 'changeKind', 'note']));
    expect(steps).not.toContain('close');
    expect(steps).not.toContain('reopen');
    expect(steps).not.toContain('diagnose');
  });

  it('a proposed solution is accepted or refused; a refused one is revised until accepted (R-SVC-3)', () => {
    const proposed = base({ timeline: [ev('OPENED'), ev('SOLUTION_PROPOSED')] });
    expect(availableSteps(proposed, agent)).toEqual(expect.arrayContaining(['solutionAccepted', 'solutionRefused']));
    expect(availableSteps(proposed, agent)).not.toContain('proposeSolution');
    const refused = base({ timeline: [...proposed.timeline, ev('SOLUTION_REFUSED')] });
    expect(availableSteps(refused, agent)).toContain('reviseSolution');
    expect(availableSteps(refused, agent)).not.toContain('solutionAccepted');
    const accepted = base({ timeline: [...refused.timeline, ev('SOLUTION_PROPOSED'), ev('SOLUTION_ACCEPTED')] });
    expect(solutionState(accepted.timeline)).toBe('accepted');
    expect(availableSteps(accepted, agent).filter((s) => s.includes('olution'))).toEqual([]);
  });

  it('waiting for the customer pauses: resume instead of wait, and no reply from here', () => {
    const steps = availableSteps(base({ status: 'WAITING_CUSTOMER' }), agent);
    expect(steps).toContain('resume');
    expect(steps).not.toContain('waitForCustomer');
    expect(steps).not.toContain('answer');
  });

  it('technical support: diagnose, then fix, then verify; resolve only after a passed verification (R-SVC-7)', () => {
    const tech = (technicalStage: CaseLike['technicalStage'], status: CaseLike['status'] = 'IN_PROGRESS') => availableSteps(base({ kind: 'TECH_SUPPORT', status, technicalStage }), agent);
    expect(tech(null)).toContain('diagnose');
    expect(tech(null)).not.toContain('fix');
    expect(tech(null)).not.toContain('resolve');
    expect(tech('DIAGNOSED')).toEqual(expect.arrayContaining(['diagnose', 'fix']));
    expect(tech('DIAGNOSED')).not.toContain('verify');
    expect(tech('FIXED')).toEqual(expect.arrayContaining(['diagnose', 'fix', 'verify']));
    expect(tech('FIXED')).not.toContain('resolve');
    expect(tech('VERIFICATION_FAILED')).toEqual(expect.arrayContaining(['diagnose', 'fix']));
    expect(tech('VERIFICATION_FAILED')).not.toContain('resolve');
    const verified = tech('VERIFIED');
    expect(verified).toEqual(expect.arrayContaining(['recheck', 'resolve']));
    expect(verified).not.toContain('diagnose');
    expect(verified).not.toContain('fix');
    expect(tech('RECHECK')).toEqual(expect.arrayContaining(['diagnose', 'fix']));
  });

  it('a user not satisfied after a passed verification re-checks, even once resolved; otherwise a resolved case reopens (R-SVC-7)', () => {
    const resolved = (technicalStage: CaseLike['technicalStage']) => availableSteps(base({ kind: 'TECH_SUPPORT', status: 'RESOLVED', technicalStage }), agent);
    expect(resolved('VERIFIED')).toEqual(['close', 'recheck', 'note']);
    expect(resolved(null)).toEqual(['close', 'reopen', 'note']);
  });

  it('a return or repair resolves freely until technical work starts on it; other kinds get no technical steps', () => {
    expect(resolvable(base({ kind: 'RETURN_REPAIR' }))).toBe(true);
    expect(resolvable(base({ kind: 'RETURN_REPAIR', technicalStage: 'FIXED' }))).toBe(false);
    expect(resolvable(base({ kind: 'RETURN_REPAIR', technicalStage: 'VERIFIED' }))).toBe(true);
    expect(availableSteps(base({ kind: 'RETURN_REPAIR' }), agent)).toEqual(expect.arrayContaining(['diagnose', 'resolve']));
    for (const kind of ['INQUIRY', 'COMPLAINT'] as const) {
      expect(availableSteps(base({ kind, technicalStage: 'FIXED' }), agent).filter((s) => ['diagnose', 'fix', 'verify', 'recheck'].includes(s))).toEqual([]);
    }
  });

  it('a resolved case closes or reopens, and nothing else but a note', () => {
    expect(availableSteps(base({ status: 'RESOLVED' }), agent)).toEqual(['close', 'reopen', 'note']);
    expect(availableSteps(base({ status: 'CLOSED', customer: null }), agent)).toEqual(['reopen', 'linkCustomer', 'note']);
  });

  it('triage once a handling form exists is not offered again', () => {
    const triaged = base({ timeline: [ev('OPENED'), ev('NOTE', 'NEEDS_OTHER_UNITS: 需品管查明')] });
    expect(availableSteps(triaged, agent)).not.toContain('triage');
    expect(availableSteps(base({ kind: 'INQUIRY' }), agent)).not.toContain('triage');
  });

  it('taking a case is offered to an employee who does not have it yet', () => {
    expect(availableSteps(base({ assigneeId: 'e-agent' }), agent)).not.toContain('assignToMe');
    expect(availableSteps(base(), { ...agent, employeeId: null })).not.toContain('assignToMe');
  });
});

describe('the API call of a step', () => {
  it('answers and promises are both RESPOND; only a promise carries the time', () => {
    expect(stepInput('answer', { text: ' 已說明 ' }, agent)).toEqual({ action: 'RESPOND', text: '已說明' });
    expect(stepInput('promise', { text: '明日回覆', promisedAt: '2026-12-02T09:00:00.000Z' }, agent)).toEqual({ action: 'RESPOND', text: '明日回覆', promisedAt: '2026-12-02T09:00:00.000Z' });
  });

  it('technical steps are the API’s own actions; a verification says whether it passed (R-SVC-7)', () => {
    expect(stepInput('diagnose', { text: ' 軸承鬆脫 ' }, agent)).toEqual({ action: 'DIAGNOSE', text: '軸承鬆脫' });
    expect(stepInput('fix', { text: '更換軸承' }, agent)).toEqual({ action: 'FIX', text: '更換軸承' });
    expect(stepInput('verify', { text: '試機正常', passed: true }, agent)).toEqual({ action: 'VERIFY', passed: true, text: '試機正常' });
    expect(stepInput('verify', { text: '仍有異音', passed: false }, agent)).toEqual({ action: 'VERIFY', passed: false, text: '仍有異音' });
    // Left empty for the API to refuse with its own words.
    expect(stepInput('verify', { text: '  ' }, agent)).toEqual({ action: 'VERIFY', passed: null, text: null });
    expect(stepInput('recheck', { text: '夜間仍有異音' }, agent)).toEqual({ action: 'RECHECK', text: '夜間仍有異音' });
    expect(stepInput('reopen', { text: '誤結' }, agent)).toEqual({ action: 'REOPEN', text: '誤結' });
  });

  it('a resolution carries its summary and improvement proposal as fields of their own', () => {
    expect(stepInput('resolve', { text: '已更換', improvementProposal: ' 出廠加測噪音 ' }, agent)).toEqual({ action: 'RESOLVE', summary: '已更換', improvementProposal: '出廠加測噪音' });
    expect(stepInput('resolve', { text: '已更換', improvementProposal: ' ' }, agent)).toEqual({ action: 'RESOLVE', summary: '已更換', improvementProposal: null });
  });

  it('taking a case assigns it to the viewer; a hand-over names the unit', () => {
    expect(stepInput('assignToMe', {}, agent)).toEqual({ action: 'ASSIGN', assigneeId: 'e-agent', text: null });
    expect(stepInput('handOver', { unitId: 'u-tech', text: '到府檢查' }, agent)).toEqual({ action: 'HAND_OVER', unitId: 'u-tech', assigneeId: null, text: '到府檢查' });
    expect(stepInput('changeKind', { kind: 'COMPLAINT' }, agent)).toEqual({ action: 'CHANGE_KIND', kind: 'COMPLAINT', text: null });
  });
});
