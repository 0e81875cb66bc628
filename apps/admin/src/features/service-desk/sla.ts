import type { SlaState as QueueSlaState, TicketStatus } from '../../gql/graphql';
import type { Translate } from '../../shared/i18n';
import type { Tone } from '../../shared/components';

/** The SLA targets of a case (R-SVC-10): the first reply, the next update to the customer, the resolution. */
export type SlaTarget = 'FIRST_RESPONSE' | 'UPDATE' | 'RESOLUTION';

/**
 * Where a case stands against its next target: in time, in its last quarter (the share the
 * API's sweep warns at), past it, paused while waiting for the customer, or finished.
 */
export type SlaState = 'ok' | 'warning' | 'breached' | 'paused' | 'met' | 'missed' | 'none';

/** The clock fields of a case, as the API sends them. */
export interface SlaClock {
  status: TicketStatus;
  openedAt: string;
  paused: boolean;
  firstResponseDueAt?: string | null;
  firstRespondedAt?: string | null;
  firstResponseBreached: boolean;
  nextUpdateDueAt?: string | null;
  resolutionDueAt?: string | null;
  resolutionBreached: boolean;
}

export interface SlaReading {
  state: SlaState;
  target: SlaTarget | null;
  dueAt: string | null;
  /** Wall-clock time to the due time; negative once it has passed. */
  msLeft: number | null;
}

const WARN_SHARE = 4;

function finished(status: TicketStatus): boolean {
  return status === 'RESOLVED' || status === 'CLOSED';
}

/** The targets still ahead of a case, each with its due time. */
export function pendingTargets(c: SlaClock): { target: SlaTarget; dueAt: string }[] {
  if (finished(c.status)) return [];
  const out: { target: SlaTarget; dueAt: string }[] = [];
  if (!c.firstRespondedAt && c.firstResponseDueAt) out.push({ target: 'FIRST_RESPONSE', dueAt: c.firstResponseDueAt });
  if (c.firstRespondedAt && c.nextUpdateDueAt) out.push({ target: 'UPDATE', dueAt: c.nextUpdateDueAt });
  if (c.resolutionDueAt) out.push({ target: 'RESOLUTION', dueAt: c.resolutionDueAt });
  return out;
}

/**
 * The soonest target still ahead and how much time is left to it, counted on the client from
 * the due time the API gives (the API already counted business hours into that time).
 */
export function slaReading(c: SlaClock, now: number): SlaReading {
  if (finished(c.status)) {
    const missed = c.firstResponseBreached || c.resolutionBreached;
    return { state: missed ? 'missed' : 'met', target: null, dueAt: null, msLeft: null };
  }
  const next = pendingTargets(c).sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt))[0];
  if (!next) return { state: 'none', target: null, dueAt: null, msLeft: null };
  const due = Date.parse(next.dueAt);
  const msLeft = due - now;
  // R-SVC-10: the clock stands still while the case waits for the customer; resuming moves the due times.
  if (c.paused) return { state: 'paused', target: next.target, dueAt: next.dueAt, msLeft };
  if (msLeft < 0) return { state: 'breached', target: next.target, dueAt: next.dueAt, msLeft };
  const span = due - Date.parse(c.openedAt);
  const state = span > 0 && msLeft <= span / WARN_SHARE ? 'warning' : 'ok';
  return { state, target: next.target, dueAt: next.dueAt, msLeft };
}

/**
 * The queue's SLA filter (the API's SlaState) for a badge state: the API reads the same due
 * times the same way (soonest target, last quarter from the opening, paused while waiting), so
 * filtering by a state lists the cases whose badge shows it. Finished cases have none.
 */
export const QUEUE_SLA_STATE: Readonly<Partial<Record<SlaState, QueueSlaState>>> = { ok: 'ON_TRACK', warning: 'WARNING', breached: 'BREACHED', paused: 'PAUSED' };
export const QUEUE_SLA_STATES: readonly QueueSlaState[] = ['ON_TRACK', 'WARNING', 'BREACHED', 'PAUSED'];

export const SLA_TONE: Record<SlaState, Tone> = {
  ok: 'success',
  warning: 'warning',
  breached: 'danger',
  paused: 'neutral',
  met: 'success',
  missed: 'danger',
  none: 'neutral',
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A span as the largest two units that matter: days and hours, hours and minutes, or minutes and seconds. */
export function formatDuration(ms: number, t: Translate): string {
  const abs = Math.abs(ms);
  if (abs >= DAY) return t('sd.duration.dh', { d: Math.floor(abs / DAY), h: Math.floor((abs % DAY) / HOUR) });
  if (abs >= HOUR) return t('sd.duration.hm', { h: Math.floor(abs / HOUR), m: Math.floor((abs % HOUR) / MINUTE) });
  return t('sd.duration.ms', { m: Math.floor(abs / MINUTE), s: String(Math.floor((abs % MINUTE) / 1000)).padStart(2, '0') });
}

/** The badge's words: "First reply in 1 h 05 m", "Resolution 12 m overdue", "Paused". */
export function slaText(r: SlaReading, t: Translate): string {
  switch (r.state) {
    case 'met':
      return t('sd.sla.met');
    case 'missed':
      return t('sd.sla.missed');
    case 'none':
      return t('sd.sla.none');
    case 'paused':
      return t('sd.sla.paused');
    case 'breached':
      return t('sd.sla.overdue', { target: t(`sd.target.${r.target!}`), time: formatDuration(r.msLeft!, t) });
    default:
      return t('sd.sla.left', { target: t(`sd.target.${r.target!}`), time: formatDuration(r.msLeft!, t) });
  }
}
