import type {
  ComplaintReviewStatus,
  CorrectiveActionStatus,
  FollowUpStatus,
  RepairStatus,
  Severity,
  TicketChannel,
  TicketKind,
  TicketStatus,
} from '../../gql/graphql';
import type { Tone } from '../../shared/components';

export const TICKET_KINDS: readonly TicketKind[] = ['INQUIRY', 'COMPLAINT', 'TECH_SUPPORT', 'RETURN_REPAIR'];
export const TICKET_STATUSES: readonly TicketStatus[] = ['OPEN', 'IN_PROGRESS', 'WAITING_CUSTOMER', 'RESOLVED', 'CLOSED'];
export const SEVERITIES: readonly Severity[] = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
export const CHANNELS: readonly TicketChannel[] = ['PHONE', 'EMAIL', 'ONLINE', 'VISIT'];
/** The queue opens on the cases still being worked. */
export const ACTIVE_STATUSES: readonly TicketStatus[] = ['OPEN', 'IN_PROGRESS', 'WAITING_CUSTOMER'];

export const STATUS_TONE: Record<TicketStatus, Tone> = {
  OPEN: 'info',
  IN_PROGRESS: 'warning',
  WAITING_CUSTOMER: 'neutral',
  RESOLVED: 'success',
  CLOSED: 'neutral',
};

export const SEVERITY_TONE: Record<Severity, Tone> = { LOW: 'neutral', MEDIUM: 'info', HIGH: 'warning', CRITICAL: 'danger' };

/** R-SVC-8: the order a repair moves in; the API refuses a skipped step. */
export const REPAIR_NEXT: Partial<Record<RepairStatus, RepairStatus>> = {
  RECEIVED: 'REPAIRING',
  REPAIRING: 'QC_PASSED',
  QC_PASSED: 'SHIPPED',
  SHIPPED: 'DELIVERED',
};
export const REPAIR_STEPS: readonly RepairStatus[] = ['RECEIVED', 'REPAIRING', 'QC_PASSED', 'SHIPPED', 'DELIVERED'];

export const REPAIR_TONE: Record<RepairStatus, Tone> = {
  AWAITING_APPROVAL: 'warning',
  AWAITING_CONSENT: 'warning',
  RECEIVED: 'info',
  REPAIRING: 'info',
  QC_PASSED: 'info',
  SHIPPED: 'info',
  DELIVERED: 'success',
  REFUSED: 'danger',
};

export const REVIEW_STATUSES: readonly ComplaintReviewStatus[] = ['OPEN', 'JOINT_REVIEW', 'GENERAL_MANAGER', 'CLOSED'];
export const REVIEW_TONE: Record<ComplaintReviewStatus, Tone> = { OPEN: 'info', JOINT_REVIEW: 'warning', GENERAL_MANAGER: 'danger', CLOSED: 'neutral' };
export const ACTION_TONE: Record<CorrectiveActionStatus, Tone> = { OPEN: 'info', DONE: 'warning', VERIFIED: 'success' };
export const FOLLOW_UP_TONE: Record<FollowUpStatus, Tone> = { DUE: 'warning', DONE: 'success', UNREACHABLE: 'neutral' };
