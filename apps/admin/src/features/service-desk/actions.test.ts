import { describe, expect, it } from 'vitest';
import type { Permission } from '../../gql/graphql';
import { availableSteps, solutionState, stepInput, technicalStage, type CaseLike } from './actions';

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

  it('technical support: diagnose, then fix, then verify; a re-check starts again (R-SVC-7)', () => {
    const tech = (timeline: CaseLike['timeline']) => availableSteps(base({ kind: 'TECH_SUPPORT', status: 'IN_PROGRESS', timeline }), agent);
    expect(tech([ev('OPENED')])).toContain('diagnose');
    expect(tech([ev('OPENED')])).not.toContain('fix');
    const diagnosed = [ev('OPENED'), ev('NOTE', 'DIAGNOSIS: 風扇軸承鬆脫')];
    expect(tech(diagnosed)).toContain('fix');
    expect(tech(diagnosed)).not.toContain('verify');
    const fixed = [...diagnosed, ev('NOTE', 'FIX: 更換軸承')];
    expect(tech(fixed)).toEqual(expect.arrayContaining(['diagnose', 'fix', 'verify']));
    expect(technicalStage([...fixed, ev('RESOLVED'), ev('REOPENED')])).toBe('none');
    expect(availableSteps(base({ kind: 'TECH_SUPPORT', status: 'RESOLVED', timeline: fixed }), agent)).toContain('recheck');
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

  it('technical steps are tagged notes; an empty one stays empty for the API to refuse', () => {
    expect(stepInput('diagnose', { text: '軸承鬆脫' }, agent)).toEqual({ action: 'NOTE', text: 'DIAGNOSIS: 軸承鬆脫' });
    expect(stepInput('verify', { text: '  ' }, agent)).toEqual({ action: 'NOTE', text: null });
  });

  it('a resolution carries its improvement proposal on a line of its own', () => {
    expect(stepInput('resolve', { text: '已更換', improvement: '出廠加測噪音' }, agent)).toEqual({ action: 'RESOLVE', text: '已更換\nIMPROVEMENT: 出廠加測噪音' });
    expect(stepInput('resolve', { text: '已更換', improvement: ' ' }, agent)).toEqual({ action: 'RESOLVE', text: '已更換' });
  });

  it('taking a case assigns it to the viewer; a hand-over names the unit', () => {
    expect(stepInput('assignToMe', {}, agent)).toEqual({ action: 'ASSIGN', assigneeId: 'e-agent', text: null });
    expect(stepInput('handOver', { unitId: 'u-tech', text: '到府檢查' }, agent)).toEqual({ action: 'HAND_OVER', unitId: 'u-tech', assigneeId: null, text: '到府檢查' });
    expect(stepInput('changeKind', { kind: 'COMPLAINT' }, agent)).toEqual({ action: 'CHANGE_KIND', kind: 'COMPLAINT', text: null });
  });
});
