export { Ticket, TicketEvent, TicketKind, TicketStatus, TicketChannel, Severity, SlaPolicy, ServiceCalendar, FollowUpVisit } from './ticket.entity';
export { TicketService } from './ticket.service';
export { TicketResolved, RepairDelivered, FollowUpRecorded } from './service-desk.events';
export { SlaService } from './sla.service';
export { TicketResolver, FollowUpResolver } from './service-desk.resolver';
export { ComplaintService } from './complaint.service';
export { ComplaintResolver, CorrectiveActionResolver } from './complaint.resolver';
export { RepairService } from './repair.service';
export { RepairResolver, TicketRepairResolver } from './repair.resolver';
export { ServiceReportService } from './report.service';
export { ServiceReportResolver } from './report.resolver';
export { ServiceSettingsService } from './settings.service';
export { ServiceSettingsResolver } from './settings.resolver';

import { Ticket, TicketEvent, SlaPolicy, ServiceCalendar, FollowUpVisit } from './ticket.entity';
import { ComplaintReview, CorrectiveAction } from './complaint.entity';
import { RepairOrder } from './repair.entity';

export const serviceDeskEntities = [Ticket, TicketEvent, SlaPolicy, ServiceCalendar, FollowUpVisit, ComplaintReview, CorrectiveAction, RepairOrder];
