import type { Permission, TechnicalStage, TicketActionInput, TicketEventKind, TicketKind, TicketStatus } from '../../gql/graphql';
import { noteTag } from './notes';

/**
 * The steps of a case the console offers, each a small dialog. Several map onto one API
 * action (answering on the spot and promising a reply time are both RESPOND).
 */
export type TicketStep =
  | 'answer'
  | 'promise'
  | 'updateCustomer'
  | 'handOver'
  | 'assignToMe'
  | 'proposeSolution'
  | 'reviseSolution'
  | 'solutionAccepted'
  | 'solutionRefused'
  | 'waitForCustomer'
  | 'resume'
  | 'diagnose'
  | 'fix'
  | 'verify'
  | 'resolve'
  | 'close'
  | 'reopen'
  | 'recheck'
  | 'changeKind'
  | 'triage'
  | 'linkCustomer'
  | 'note';

export interface CaseLike {
  status: TicketStatus;
  kind: TicketKind;
  /** R-SVC-7: where the technical work of the current round stands, as the API keeps it. */
  technicalStage?: TechnicalStage | null;
  assigneeId?: string | null;
  customer?: { id: string } | null;
  timeline: readonly { kind: TicketEventKind; text?: string | null }[];
}

export interface ViewerLike {
  employeeId?: string | null;
  permissions: readonly Permission[];
}

const ACTIVE: ReadonlySet<TicketStatus> = new Set(['OPEN', 'IN_PROGRESS', 'WAITING_CUSTOMER']);
const SOLUTION_EVENTS: ReadonlySet<TicketEventKind> = new Set(['SOLUTION_PROPOSED', 'SOLUTION_ACCEPTED', 'SOLUTION_REFUSED']);

/** Where the proposed solution stands (R-SVC-3: proposed, then revised until the customer accepts). */
export function solutionState(timeline: CaseLike['timeline']): 'none' | 'proposed' | 'refused' | 'accepted' {
  const last = [...timeline].reverse().find((e) => SOLUTION_EVENTS.has(e.kind));
  if (!last) return 'none';
  return last.kind === 'SOLUTION_PROPOSED' ? 'proposed' : last.kind === 'SOLUTION_REFUSED' ? 'refused' : 'accepted';
}

/** Kinds whose cases carry technical work: diagnosis, fix and verification (R-SVC-7). */
export const TECHNICAL_KINDS: ReadonlySet<TicketKind> = new Set(['TECH_SUPPORT', 'RETURN_REPAIR']);

/**
 * R-SVC-7's technical steps in the case's current state: diagnose until the fix passed
 * verification, fix once diagnosed, verify a fix, and re-check when the user is not satisfied
 * after a passed verification (which reopens a resolved case).
 */
function technicalSteps(c: CaseLike, active: boolean): TicketStep[] {
  if (!TECHNICAL_KINDS.has(c.kind)) return [];
  const stage = c.technicalStage ?? null;
  if (!active) return stage === 'VERIFIED' ? ['recheck'] : [];
  const out: TicketStep[] = [];
  if (stage !== 'VERIFIED') out.push('diagnose');
  if (stage && stage !== 'VERIFIED') out.push('fix');
  if (stage === 'FIXED') out.push('verify');
  if (stage === 'VERIFIED') out.push('recheck');
  return out;
}

/**
 * Whether the case may be resolved now (the API's rule, R-SVC-7): a technical support case
 * after a passed verification; a return or repair also when no technical work was started.
 */
export function resolvable(c: CaseLike): boolean {
  const stage = c.technicalStage ?? null;
  if (c.kind === 'TECH_SUPPORT' || (c.kind === 'RETURN_REPAIR' && stage)) return stage === 'VERIFIED';
  return true;
}

/** R-SVC-4: a complaint needing other units has its handling form once; the API refuses a second. */
export function hasHandlingForm(timeline: CaseLike['timeline']): boolean {
  return timeline.some((e) => e.kind === 'NOTE' && noteTag(e.text) === 'NEEDS_OTHER_UNITS');
}

/**
 * The steps a viewer gets on a case in its current state. The API decides every action
 * anyway; this keeps buttons that cannot work off the page.
 */
export function availableSteps(c: CaseLike, viewer: ViewerLike): TicketStep[] {
  if (!viewer.permissions.includes('ManageTicket')) return [];
  const out: TicketStep[] = [];
  const active = ACTIVE.has(c.status);
  if (active) {
    if (c.status !== 'WAITING_CUSTOMER') out.push('answer', 'promise');
    out.push('updateCustomer', 'handOver');
    if (viewer.employeeId && c.assigneeId !== viewer.employeeId) out.push('assignToMe');
    const solution = solutionState(c.timeline);
    if (solution === 'none') out.push('proposeSolution');
    if (solution === 'proposed') out.push('solutionAccepted', 'solutionRefused');
    if (solution === 'refused') out.push('reviseSolution');
    out.push(...technicalSteps(c, true));
    if (c.kind === 'COMPLAINT' && !hasHandlingForm(c.timeline)) out.push('triage');
    out.push(c.status === 'WAITING_CUSTOMER' ? 'resume' : 'waitForCustomer');
    if (resolvable(c)) out.push('resolve');
    out.push('changeKind');
  }
  if (c.status === 'RESOLVED') out.push('close');
  if (!active) {
    const recheck = technicalSteps(c, false);
    out.push(...(recheck.length ? recheck : ['reopen' as const]));
  }
  if (!c.customer) out.push('linkCustomer');
  out.push('note');
  return out;
}

/** What a step's dialog collects; each step uses some of it. */
export interface StepValues {
  text?: string;
  /** ISO instant. */
  promisedAt?: string;
  unitId?: string;
  assigneeId?: string;
  kind?: TicketKind;
  customerId?: string;
  /** VERIFY: whether the fix passed (R-SVC-7). */
  passed?: boolean;
  /** RESOLVE: how to keep it from happening again, beside the summary in `text` (R-SVC-7). */
  improvementProposal?: string;
}

/** The API call a step makes. Triage has its own mutation and is not built here. */
export function stepInput(step: Exclude<TicketStep, 'triage'>, v: StepValues, viewer: ViewerLike): TicketActionInput {
  const text = v.text?.trim() || null;
  switch (step) {
    case 'answer':
      return { action: 'RESPOND', text };
    case 'promise':
      return { action: 'RESPOND', text, promisedAt: v.promisedAt ?? null };
    case 'updateCustomer':
      return { action: 'UPDATE_CUSTOMER', text };
    case 'handOver':
      return { action: 'HAND_OVER', unitId: v.unitId ?? null, assigneeId: v.assigneeId ?? null, text };
    case 'assignToMe':
      return { action: 'ASSIGN', assigneeId: viewer.employeeId ?? null, text };
    case 'proposeSolution':
    case 'reviseSolution':
      return { action: 'PROPOSE_SOLUTION', text };
    case 'solutionAccepted':
      return { action: 'SOLUTION_ACCEPTED', text };
    case 'solutionRefused':
      return { action: 'SOLUTION_REFUSED', text };
    case 'waitForCustomer':
      return { action: 'WAIT_FOR_CUSTOMER', text };
    case 'resume':
      return { action: 'RESUME', text };
    case 'diagnose':
      return { action: 'DIAGNOSE', text };
    case 'fix':
      return { action: 'FIX', text };
    case 'verify':
      return { action: 'VERIFY', passed: v.passed ?? null, text };
    case 'resolve':
      return { action: 'RESOLVE', summary: text, improvementProposal: v.improvementProposal?.trim() || null };
    case 'close':
      return { action: 'CLOSE', text };
    case 'reopen':
      return { action: 'REOPEN', text };
    case 'recheck':
      return { action: 'RECHECK', text };
    case 'changeKind':
      return { action: 'CHANGE_KIND', kind: v.kind ?? null, text };
    case 'linkCustomer':
      return { action: 'LINK_CUSTOMER', customerId: v.customerId ?? null, text };
    case 'note':
      return { action: 'NOTE', text };
  }
}
