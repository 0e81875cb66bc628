import type { Ticket, FollowUpVisit } from './ticket.entity';
import type { RepairOrder } from './repair.entity';

/** A case was resolved (R-SVC-3, R-SVC-7); surveys ask the customer afterwards (R-SAT-1). */
export class TicketResolved {
  constructor(readonly ticket: Ticket) {}
}

/** A repaired product is back with the customer (R-SVC-8); surveys ask how the repair went (R-SAT-1). */
export class RepairDelivered {
  constructor(
    readonly repair: RepairOrder,
    readonly ticket: Ticket,
  ) {}
}

/** A follow-up visit (回訪) was recorded (R-SVC-3); a reached customer is asked about the visit (R-SAT-1). */
export class FollowUpRecorded {
  constructor(
    readonly visit: FollowUpVisit,
    readonly ticket: Ticket,
  ) {}
}
