import type { Permission, Scope } from '../../gql/graphql';

// Listed by hand because codegen emits enums as string unions (no runtime values); the
// Record type makes a permission added to the schema a compile error here.
const PERMISSION_SET: Record<Permission, true> = {
  ReadOrgUnit: true,
  ManageOrgUnit: true,
  ReadPosition: true,
  ManagePosition: true,
  ReadEmployee: true,
  ReadEmployeeContact: true,
  ManageEmployee: true,
  RecordAbsence: true,
  ReadRole: true,
  ManageRole: true,
  ReadUser: true,
  ManageUser: true,
  ManageApiKey: true,
  ReadAuditLog: true,
  ReadCustomer: true,
  ReadCustomerContact: true,
  ManageCustomer: true,
  ImportCustomers: true,
  ExportCustomers: true,
  RecordPurchase: true,
  RefundPurchase: true,
  OverrideTier: true,
  ManageLoyaltyProgram: true,
  ReadPoints: true,
  EarnPoints: true,
  RedeemPoints: true,
  AdjustPoints: true,
  ApprovePointsAdjustment: true,
  ReadCrmReport: true,
  ManageWinBack: true,
  ReadDocument: true,
  UnapproveDocument: true,
  VoidDocument: true,
  SubmitOnBehalf: true,
  ManageProcessDefinition: true,
  ManageBudget: true,
  ReadTicket: true,
  OpenTicket: true,
  ManageTicket: true,
  ReadQuality: true,
  ManageQuality: true,
  ReadServiceReport: true,
  ManageServiceSettings: true,
  ReadSurvey: true,
  ManageSurvey: true,
  SendSurvey: true,
  EnterSurveyResponse: true,
  ReadSatisfactionReport: true,
};
export const PERMISSIONS = Object.keys(PERMISSION_SET) as Permission[];

export const SCOPES: readonly Scope[] = ['OWN', 'UNIT_SUBTREE', 'ALL'];

/** The server's minimum password length, shown as a hint; the server alone enforces it. */
export const PASSWORD_MIN = 10;
