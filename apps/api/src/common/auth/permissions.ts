import { registerEnumType } from 'type-graphql';

/**
 * Every right in the system, named `<Verb><Resource>` (R-ACL-1). Roles hold these with a
 * scope; later modules add their own members here so there is one list to audit.
 */
export enum Permission {
  ReadOrgUnit = 'ReadOrgUnit',
  ManageOrgUnit = 'ManageOrgUnit',
  ReadPosition = 'ReadPosition',
  ManagePosition = 'ManagePosition',
  ReadEmployee = 'ReadEmployee',
  ManageEmployee = 'ManageEmployee',
  ReadEmployeeContact = 'ReadEmployeeContact',
  RecordAbsence = 'RecordAbsence',
  ReadRole = 'ReadRole',
  ManageRole = 'ManageRole',
  ReadUser = 'ReadUser',
  ManageUser = 'ManageUser',
  ManageApiKey = 'ManageApiKey',
  ReadAuditLog = 'ReadAuditLog',
  ReadCustomer = 'ReadCustomer',
  ManageCustomer = 'ManageCustomer',
  /** R-ACL-3: without it, phone, email, address and birthday are masked. */
  ReadCustomerContact = 'ReadCustomerContact',
  ImportCustomers = 'ImportCustomers',
  ExportCustomers = 'ExportCustomers',
  RecordPurchase = 'RecordPurchase',
  RefundPurchase = 'RefundPurchase',
  OverrideTier = 'OverrideTier',
  ManageLoyaltyProgram = 'ManageLoyaltyProgram',
  ReadPoints = 'ReadPoints',
  EarnPoints = 'EarnPoints',
  RedeemPoints = 'RedeemPoints',
  AdjustPoints = 'AdjustPoints',
  ApprovePointsAdjustment = 'ApprovePointsAdjustment',
  ReadCrmReport = 'ReadCrmReport',
  ManageWinBack = 'ManageWinBack',
  /** Documents of others within reach (one's own and those one acts on need no right). */
  ReadDocument = 'ReadDocument',
  /** 棄審 (R-FLOW-2). */
  UnapproveDocument = 'UnapproveDocument',
  VoidDocument = 'VoidDocument',
  ManageProcessDefinition = 'ManageProcessDefinition',
  ManageBudget = 'ManageBudget',
  /** Integrations filing documents for an employee. */
  SubmitOnBehalf = 'SubmitOnBehalf',
  /** Service-desk cases within reach (by responsible unit or station; OWN: assigned to one). */
  ReadTicket = 'ReadTicket',
  OpenTicket = 'OpenTicket',
  ManageTicket = 'ManageTicket',
  /** Quality control: complaint handling forms and corrective actions (R-SVC-4, R-SVC-5). */
  ReadQuality = 'ReadQuality',
  ManageQuality = 'ManageQuality',
  /** Service-desk reports within reach: monthly repairs, the annual complaint analysis, SLA attainment, per-agent figures (R-SVC-9, R-SVC-10). */
  ReadServiceReport = 'ReadServiceReport',
  /** Stations' business calendars within reach; with ALL scope also the company-wide SLA targets (R-SVC-10). */
  ManageServiceSettings = 'ManageServiceSettings',
  /** Satisfaction surveys (R-SAT-1…6): templates, invitations and returned forms within reach (by unit or station; OWN: one's own cases). */
  ReadSurvey = 'ReadSurvey',
  /** Templates, trigger settings, unit targets and their evaluation (R-SAT-2, R-SAT-4). */
  ManageSurvey = 'ManageSurvey',
  /** Sends surveys to customers: one, a list, a CRM filter or a random sample (R-SAT-1). */
  SendSurvey = 'SendSurvey',
  /** Staff key in phone and interview surveys (R-SAT-1). */
  EnterSurveyResponse = 'EnterSurveyResponse',
  /** Satisfaction rates by unit, station, agent, item and month, and their export (R-SAT-3, R-SAT-6). */
  ReadSatisfactionReport = 'ReadSatisfactionReport',
}

/** R-ACL-1: a grant reaches the holder's own records, their unit's subtree, or everything. */
export enum Scope {
  OWN = 'OWN',
  UNIT_SUBTREE = 'UNIT_SUBTREE',
  ALL = 'ALL',
}

export const scopeRank: Record<Scope, number> = { OWN: 0, UNIT_SUBTREE: 1, ALL: 2 };

registerEnumType(Permission, { name: 'Permission', description: 'A right, granted through roles (R-ACL-1).' });
registerEnumType(Scope, { name: 'Scope', description: 'How far a granted right reaches (R-ACL-1).' });

export const allPermissions = Object.values(Permission);
