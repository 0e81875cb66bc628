import type { AuditOutcome, EmployeeStatus, Scope, UserStatus } from '../../gql/graphql';
import type { Tone } from '../components/ToneTag';

export const EMPLOYEE_STATUS_TONE: Record<EmployeeStatus, Tone> = { ACTIVE: 'success', ON_LEAVE: 'warning', INACTIVE: 'neutral' };
export const USER_STATUS_TONE: Record<UserStatus, Tone> = { ACTIVE: 'success', DISABLED: 'neutral' };
export const OUTCOME_TONE: Record<AuditOutcome, Tone> = { ALLOWED: 'success', DENIED: 'danger', FAILED: 'warning' };
export const SCOPE_TONE: Record<Scope, Tone> = { ALL: 'info', UNIT_SUBTREE: 'success', OWN: 'neutral' };
