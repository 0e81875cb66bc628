export { Ticket, TicketEvent, TicketKind, TicketStatus, TicketChannel, Severity, SlaPolicy, ServiceCalendar, FollowUpVisit } from './ticket.entity';
export { TicketService } from './ticket.service';
export { SlaService } from './sla.service';
export { TicketResolver, FollowUpResolver } from './service-desk.resolver';
export { ComplaintService } from './complaint.service';
export { ComplaintResolver, CorrectiveActionResolver } from './complaint.resolver';

import { Ticket, TicketEvent, SlaPolicy, ServiceCalendar, FollowUpVisit } from './ticket.entity';
import { ComplaintReview, CorrectiveAction } from './complaint.entity';

export const serviceDeskEntities = [Ticket, TicketEvent, SlaPolicy, ServiceCalendar, FollowUpVisit, ComplaintReview, CorrectiveAction];
