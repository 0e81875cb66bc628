import type { Knex } from '@mikro-orm/knex';
import { registerEnumType } from 'type-graphql';
import { TicketStatus, type Ticket } from './ticket.entity';

/**
 * Where a case still being worked stands against its next SLA target now (R-SVC-10), the
 * way the console's badge reads it: the soonest of the first response (until answered), the
 * next update to the customer (after it) and the resolution.
 */
export enum SlaState {
  ON_TRACK = 'ON_TRACK',
  /** The last quarter of the next target's time, counted from the opening: the share the sweep warns at. */
  WARNING = 'WARNING',
  /** The next target's due time has passed (whether or not the sweep has recorded it yet). */
  BREACHED = 'BREACHED',
  /** Waiting for the customer: the clock stands still. */
  PAUSED = 'PAUSED',
}
registerEnumType(SlaState, {
  name: 'SlaState',
  description:
    'R-SVC-10, now, against the next target (first response, next update or resolution): ON_TRACK; WARNING in its last quarter counted from the opening; BREACHED past it; PAUSED while waiting for the customer. Resolved and closed cases, and cases without targets, have none.',
});

const ACTIVE = [TicketStatus.OPEN, TicketStatus.IN_PROGRESS, TicketStatus.WAITING_CUSTOMER];
/** Literal, so the queue's partial index (whose predicate is this list) can serve the filter. */
const ACTIVE_SQL = `t.status in (${ACTIVE.map((s) => `'${s}'`).join(', ')})`;

/** The case's next due time in SQL, portable: SQLite's two-argument min() and PostgreSQL's least() treat nulls differently. */
const CONTACT_DUE = '(case when t.first_responded_at is null then t.first_response_due_at else t.next_update_due_at end)';
const NEXT_DUE = `(case when ${CONTACT_DUE} is null then t.resolution_due_at when t.resolution_due_at is null or ${CONTACT_DUE} < t.resolution_due_at then ${CONTACT_DUE} else t.resolution_due_at end)`;
/** Time left ≤ a quarter of the span from the opening, multiplied out so neither dialect divides. */
const LAST_QUARTER = `(${NEXT_DUE} > t.opened_at and 4 * (${NEXT_DUE} - ?) <= ${NEXT_DUE} - t.opened_at)`;

/**
 * Restricts a query on cases (`t`) to those whose SLA state now is one of `states`. `now` is
 * the database's form of the instant (epoch milliseconds on SQLite, a timestamp on PostgreSQL).
 */
export function whereSlaState(q: Knex.QueryBuilder, states: readonly SlaState[], now: Date | number): void {
  const wanted = new Set(states);
  q.whereRaw(ACTIVE_SQL).whereRaw(`${NEXT_DUE} is not null`);
  q.where((w) => {
    if (wanted.has(SlaState.PAUSED)) w.orWhereRaw('t.paused_at is not null');
    if (wanted.has(SlaState.BREACHED)) w.orWhereRaw(`t.paused_at is null and ${NEXT_DUE} < ?`, [now]);
    if (wanted.has(SlaState.WARNING)) w.orWhereRaw(`t.paused_at is null and ${NEXT_DUE} >= ? and ${LAST_QUARTER}`, [now, now]);
    if (wanted.has(SlaState.ON_TRACK)) w.orWhereRaw(`t.paused_at is null and ${NEXT_DUE} >= ? and not ${LAST_QUARTER}`, [now, now]);
  });
}

type Clock = Pick<Ticket, 'status' | 'openedAt' | 'pausedAt' | 'firstResponseDueAt' | 'firstRespondedAt' | 'nextUpdateDueAt' | 'resolutionDueAt'>;

const ms = (d: Date | string | null | undefined): number | null => (d == null ? null : new Date(d).getTime());

/** The same reading as `whereSlaState`, for one case already loaded; null when it has none. */
export function slaStateOf(t: Clock, now: Date): SlaState | null {
  if (!ACTIVE.includes(t.status)) return null;
  const contact = ms(t.firstRespondedAt) == null ? ms(t.firstResponseDueAt) : ms(t.nextUpdateDueAt);
  const resolution = ms(t.resolutionDueAt);
  const next = contact == null ? resolution : resolution == null || contact < resolution ? contact : resolution;
  if (next == null) return null;
  if (t.pausedAt) return SlaState.PAUSED;
  const at = now.getTime();
  if (next < at) return SlaState.BREACHED;
  const opened = ms(t.openedAt)!;
  return next > opened && 4 * (next - at) <= next - opened ? SlaState.WARNING : SlaState.ON_TRACK;
}
