import type { Config } from './config';
import type { TokenSigner } from './common/auth/tokens';
import { OrgUnitService, PositionService, EmployeeService } from './modules/org';
import { AuthService, AccessAdminService } from './modules/access';
import { AuditService } from './modules/audit';
import { CareService, CustomerFileService, CustomerService, PurchaseService, TierService } from './modules/crm';
import { LoyaltyService } from './modules/loyalty';
import { EventBus } from './common/events';
import { BudgetService, DefinitionService, ProcessService } from './modules/processes';
import { NotificationService } from './modules/notifications';
import { ComplaintService, RepairService, ServiceReportService, ServiceSettingsService, SlaService, TicketService } from './modules/service-desk';
import { SatisfactionService, SurveyResponseService, SurveyService, SurveyTemplateService } from './modules/surveys';

/** One instance of each service per process; every method takes the request context first. */
export function createServices(config: Config, signer: TokenSigner) {
  const orgUnits = new OrgUnitService();
  const events = new EventBus();
  const customers = new CustomerService();
  const tiers = new TierService(customers);
  const notifications = new NotificationService();
  const definitions = new DefinitionService();
  const sla = new SlaService();
  const tickets = new TicketService(customers, sla, notifications);
  const surveyTemplates = new SurveyTemplateService();
  const surveys = new SurveyService(surveyTemplates, customers, notifications, events);
  return {
    surveyTemplates,
    surveys,
    surveyResponses: new SurveyResponseService(surveyTemplates, surveys, customers),
    satisfaction: new SatisfactionService(surveys),
    sla,
    tickets,
    complaints: new ComplaintService(tickets, notifications),
    repairs: new RepairService(tickets, events),
    serviceReports: new ServiceReportService(),
    serviceSettings: new ServiceSettingsService(),
    notifications,
    definitions,
    processes: new ProcessService(definitions, notifications),
    budgets: new BudgetService(),
    events,
    customers,
    tiers,
    purchases: new PurchaseService(customers, tiers, events),
    care: new CareService(customers, tiers),
    customerFiles: new CustomerFileService(customers),
    loyalty: new LoyaltyService(customers, events),
    orgUnits,
    positions: new PositionService(orgUnits),
    employees: new EmployeeService(orgUnits),
    auth: new AuthService(config, signer),
    accessAdmin: new AccessAdminService(),
    audit: new AuditService(),
  };
}

export type Services = ReturnType<typeof createServices>;
