import { describe, expect, it } from 'vitest';
import { availableActions } from './actions';

describe('buttons on a document', () => {
  const doc = { status: 'IN_APPROVAL' as const, applicantId: 'agent', steps: [{ id: 's1', status: 'OPEN' as const, assigneeId: 'head' }] };

  it('gives the approver the decisions and the applicant only a withdrawal', () => {
    expect(availableActions(doc, { employeeId: 'head', permissions: [] }, new Set())).toEqual(['approve', 'reject', 'return']);
    expect(availableActions(doc, { employeeId: 'agent', permissions: [] }, null)).toEqual(['withdraw', 'void']);
  });

  it('gives a deputy the decisions when the step is in their inbox, and nobody else', () => {
    expect(availableActions(doc, { employeeId: 'deputy', permissions: [] }, new Set(['s1']))).toEqual(['approve', 'reject', 'return']);
    expect(availableActions(doc, { employeeId: 'reader', permissions: ['ReadDocument'] }, new Set())).toEqual([]);
  });

  it('offers 棄審 on approved documents to those with the right', () => {
    const approved = { ...doc, status: 'APPROVED' as const, steps: [] };
    expect(availableActions(approved, { employeeId: 'manager', permissions: ['UnapproveDocument'] }, null)).toEqual(['unapprove']);
    expect(availableActions(approved, { employeeId: 'agent', permissions: [] }, null)).toEqual([]);
  });
});
