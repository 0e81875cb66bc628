import type { DocumentStatus, Permission, StepStatus } from '../../gql/graphql';

export type DocumentAction = 'approve' | 'reject' | 'return' | 'edit' | 'submit' | 'withdraw' | 'void' | 'unapprove';

interface DocumentLike {
  status: DocumentStatus;
  applicantId: string;
  steps: readonly { id: string; status: StepStatus; assigneeId?: string | null }[];
}

interface ViewerLike {
  employeeId?: string | null;
  permissions: readonly Permission[];
}

/**
 * The buttons a viewer gets on a document. The server decides every action anyway; this only
 * keeps buttons away from people who certainly cannot use them.
 *
 * `inboxStepIds` are the open steps the viewer's inbox holds, which include those of people
 * they deputise for (R-ORG-4); null when that is unknown (still loading, or failed), and then
 * an employee who is not the applicant gets the decision buttons and the server has the last word.
 */
export function availableActions(doc: DocumentLike, viewer: ViewerLike, inboxStepIds: ReadonlySet<string> | null): DocumentAction[] {
  const me = viewer.employeeId ?? null;
  const mine = !!me && me === doc.applicantId;
  const out: DocumentAction[] = [];
  const open = doc.status === 'IN_APPROVAL' ? doc.steps.find((s) => s.status === 'OPEN') : undefined;
  if (open && me && !mine && (open.assigneeId === me || inboxStepIds === null || inboxStepIds.has(open.id))) {
    out.push('approve', 'reject', 'return');
  }
  if (mine && doc.status === 'DRAFT') out.push('edit', 'submit');
  if (mine && doc.status === 'IN_APPROVAL') out.push('withdraw');
  const voidable = doc.status === 'IN_APPROVAL' || doc.status === 'REJECTED' || doc.status === 'WITHDRAWN';
  if (voidable && (mine || viewer.permissions.includes('VoidDocument'))) out.push('void');
  if (doc.status === 'APPROVED' && viewer.permissions.includes('UnapproveDocument')) out.push('unapprove');
  return out;
}
