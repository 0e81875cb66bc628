import type { DocumentActionKind, DocumentStatus, StepStatus } from '../../gql/graphql';
import type { MessageKey, Translate } from '../../shared/i18n';
import type { Tone } from '../../shared/components';

export const DOCUMENT_STATUS_TONE: Record<DocumentStatus, Tone> = {
  DRAFT: 'neutral',
  IN_APPROVAL: 'info',
  APPROVED: 'success',
  REJECTED: 'danger',
  WITHDRAWN: 'neutral',
  VOIDED: 'neutral',
};

export const DOCUMENT_STATUSES: readonly DocumentStatus[] = ['DRAFT', 'IN_APPROVAL', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'VOIDED'];

/** How antd's Steps draws a step of the engine. */
export function stepDisplay(status: StepStatus): 'wait' | 'process' | 'finish' | 'error' {
  switch (status) {
    case 'APPROVED':
      return 'finish';
    case 'OPEN':
      return 'process';
    case 'REJECTED':
    case 'RETURNED':
      return 'error';
    default:
      return 'wait';
  }
}

/** An entry of a document's history, as the API returns it. */
export interface HistoryEntry {
  action: DocumentActionKind;
  actorName?: string | null;
  actingForName?: string | null;
  stepIndex?: number | null;
  comment?: string | null;
}

const KNOWN = new Set<DocumentActionKind>([
  'CREATED',
  'UPDATED',
  'SUBMITTED',
  'STEP_OPENED',
  'STEP_SKIPPED',
  'APPROVED',
  'AUTO_APPROVED',
  'REJECTED',
  'RETURNED',
  'WITHDRAWN',
  'UNAPPROVED',
  'VOIDED',
  'REMINDED',
  'ESCALATED',
]);

/** "A" or, when a deputy acted (R-ORG-4), "A 代 B"; the engine when nobody did. */
export function actorLabel(entry: Pick<HistoryEntry, 'actorName' | 'actingForName'>, t: Translate): string {
  if (!entry.actorName) return t('document.engine');
  return entry.actingForName ? t('document.actingFor', { actor: entry.actorName, for: entry.actingForName }) : entry.actorName;
}

/**
 * One line of the history timeline: who did what to which step. STEP_OPENED carries the
 * approver's name in its comment, so that line names them instead of repeating a comment.
 */
export function historyLabel(entry: HistoryEntry, stepNames: readonly string[], t: Translate): string {
  const actor = actorLabel(entry, t);
  const step = entry.stepIndex != null ? (stepNames[entry.stepIndex] ?? `#${entry.stepIndex + 1}`) : t('document.history.anyStep');
  if (!KNOWN.has(entry.action)) return t('document.history.other', { actor, action: entry.action });
  const key = `document.history.${entry.action}` as MessageKey;
  return t(key, { actor, step, approver: entry.comment || t('document.history.nobody') });
}

/** The comment worth showing under a history line (STEP_OPENED's is the approver, already named). */
export function historyComment(entry: HistoryEntry): string | null {
  if (entry.action === 'STEP_OPENED') return null;
  return entry.comment?.trim() ? entry.comment : null;
}

/** Tone of a history dot: green for yes, red for no, grey for the engine's bookkeeping. */
export function historyTone(action: DocumentActionKind): 'green' | 'red' | 'blue' | 'gray' {
  switch (action) {
    case 'APPROVED':
    case 'AUTO_APPROVED':
      return 'green';
    case 'REJECTED':
    case 'RETURNED':
    case 'VOIDED':
    case 'UNAPPROVED':
    case 'ESCALATED':
      return 'red';
    case 'SUBMITTED':
    case 'CREATED':
    case 'WITHDRAWN':
      return 'blue';
    default:
      return 'gray';
  }
}
