import type { Permission, TicketActionInput, TicketEventKind, TicketKind, TicketStatus } from '../../gql/graphql';
import { noteTag, tagged } from './notes';

/**
 * The steps of a case the console offers, each a small dialog. Several map onto one API
 * action (answering on the spot and promising a reply time are both RESPOND); the technical
 * steps of R-SVC-7 are tagged notes.
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

/**
 * How far the technical work has come since the case was last opened again (R-SVC-7):
 * diagnosed, fixed, verified. A re-check starts the round afresh.
 */
export function technicalStage(timeline: CaseLike['timeline']): 'none' | 'diagnosed' | 'fixed' | 'verified' {
  let stage: 'none' | 'diagnosed' | 'fixed' | 'verified' = 'none';
  for (const e of timeline) {
    if (e.kind === 'REOPENED') stage = 'none';
    if (e.kind !== 'NOTE') continue;
    const tag = noteTag(e.text);
    if (tag === 'DIAGNOSIS') stage = 'diagnosed';
    if (tag === 'FIX') stage = 'fixed';
    if (tag === 'VERIFICATION') stage = 'verified';
  }
  return stage;
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
    if (c.kind === 'TECH_SUPPORT') {
      const stage = technicalStage(c.timeline);
      out.push('diagnose');
      if (stage === 'diagnosed' || stage === 'fixed' || stage === 'verified') out.push('fix');
      if (stage === 'fixed' || stage === 'verified') out.push('verify');
    }
    if (c.kind === 'COMPLAINT' && !hasHandlingForm(c.timeline)) out.push('triage');
    out.push(c.status === 'WAITING_CUSTOMER' ? 'resume' : 'waitForCustomer');
    out.push('resolve', 'changeKind');
  }
  if (c.status === 'RESOLVED') out.push('close');
  if (!active) out.push(c.kind === 'TECH_SUPPORT' ? 'recheck' : 'reopen');
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
  /** RESOLVE: the improvement proposal written after the summary (R-SVC-7). */
  improvement?: string;
}

const blank = (s: string | undefined) => !s?.trim();

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
    case 'fix':
    case 'verify': {
      const tag = step === 'diagnose' ? 'DIAGNOSIS' : step === 'fix' ? 'FIX' : 'VERIFICATION';
      // An empty text stays empty, so the API still says the note needs words.
      return { action: 'NOTE', text: text ? tagged(tag, text) : null };
    }
    case 'resolve': {
      const improvement = blank(v.improvement) ? '' : `\n${tagged('IMPROVEMENT', v.improvement!)}`;
      return { action: 'RESOLVE', text: text ? `${text}${improvement}` : null };
    }
    case 'close':
      return { action: 'CLOSE', text };
    case 'reopen':
    case 'recheck':
      return { action: 'REOPEN', text };
    case 'changeKind':
      return { action: 'CHANGE_KIND', kind: v.kind ?? null, text };
    case 'linkCustomer':
      return { action: 'LINK_CUSTOMER', customerId: v.customerId ?? null, text };
    case 'note':
      return { action: 'NOTE', text };
  }
}
