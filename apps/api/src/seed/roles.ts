import type { EntityManager } from '@mikro-orm/knex';
import { Permission as P, Scope, allPermissions } from '../common/auth/permissions';
import { Role } from '../modules/access/role.entity';
import { AppSetting } from '../modules/access/session.entity';

type G = [P, Scope];
const all = (...ps: P[]): G[] => ps.map((p) => [p, Scope.ALL]);
const unit = (...ps: P[]): G[] => ps.map((p) => [p, Scope.UNIT_SUBTREE]);
const own = (...ps: P[]): G[] => ps.map((p) => [p, Scope.OWN]);

/** What front-line staff need for the customers of their station (R-CRM-1, R-LOY-2). */
const CUSTOMER_CARE = [
  P.ReadCustomer,
  P.ManageCustomer,
  P.ReadCustomerContact,
  P.RecordPurchase,
  P.ReadPoints,
  P.RedeemPoints,
  P.AdjustPoints,
  P.ReadTicket,
  P.OpenTicket,
  P.ManageTicket,
  // R-SAT-1: surveys of the station's customers, sent to one of them or keyed in from a call.
  P.ReadSurvey,
  P.SendSurvey,
  P.EnterSurveyResponse,
] as const;

export interface RoleSpec {
  code: string;
  name: string;
  nameEn: string;
  description: string;
  grants: G[];
}

/**
 * The roles the regime needs (R-ACL-1, R-ACL-2). Unit-scoped grants reach the subtree of
 * the unit a role is assigned at (by default the holder's own unit).
 */
export const regimeRoles: RoleSpec[] = [
  {
    code: 'system_admin',
    name: '系統管理員',
    nameEn: 'System administrator',
    description: 'Runs the system: every right, everywhere.',
    grants: all(...allPermissions),
  },
  {
    code: 'station_manager',
    name: '站長',
    nameEn: 'Station manager',
    description: 'R-ORG-1: leads the station; manages its units, positions and staff.',
    grants: [
      ...all(P.ReadOrgUnit, P.ReadPosition),
      ...unit(P.ManageOrgUnit, P.ManagePosition, P.ReadEmployee, P.ManageEmployee, P.ReadEmployeeContact, P.RecordAbsence),
      ...unit(...CUSTOMER_CARE, P.ImportCustomers, P.ExportCustomers, P.RefundPurchase, P.ApprovePointsAdjustment, P.ReadCrmReport, P.ManageWinBack),
      ...unit(P.ReadDocument, P.UnapproveDocument, P.VoidDocument, P.ManageBudget),
      ...unit(P.ReadServiceReport, P.ManageServiceSettings),
      ...unit(P.ReadSatisfactionReport),
    ],
  },
  {
    code: 'deputy_station_manager',
    name: '副站長',
    nameEn: 'Deputy station manager',
    description: 'R-ORG-4: acts for the station manager while absent; manages staff of the station.',
    grants: [
      ...all(P.ReadOrgUnit, P.ReadPosition),
      ...unit(P.ReadEmployee, P.ManageEmployee, P.ReadEmployeeContact, P.RecordAbsence),
      ...unit(...CUSTOMER_CARE, P.RefundPurchase, P.ApprovePointsAdjustment, P.ManageWinBack),
      ...unit(P.ReadDocument, P.ReadServiceReport, P.ReadSatisfactionReport),
    ],
  },
  {
    code: 'department_head',
    name: '部門主管',
    nameEn: 'Department head',
    description: 'Heads a department: sees its staff and records their absences, the service figures of its cases (R-SVC-9, R-SVC-10) and its satisfaction results (R-SAT-3).',
    grants: [...all(P.ReadOrgUnit, P.ReadPosition), ...unit(P.ReadEmployee, P.ReadEmployeeContact, P.RecordAbsence, P.ReadDocument, P.ReadServiceReport, P.ReadSurvey, P.ReadSatisfactionReport)],
  },
  {
    code: 'cs_agent',
    name: '客服專員',
    nameEn: 'Customer-service agent',
    description: 'Handles customer contacts; sees colleagues of their department and their own satisfaction scores (R-SAT-6).',
    grants: [...all(P.ReadOrgUnit, P.ReadPosition), ...unit(P.ReadEmployee), ...own(P.ReadEmployeeContact, P.ReadSurvey, P.ReadSatisfactionReport)],
  },
  {
    code: 'technician',
    name: '技術員',
    nameEn: 'Technician',
    description: 'Technical support staff.',
    grants: [...all(P.ReadOrgUnit, P.ReadPosition), ...unit(P.ReadEmployee), ...own(P.ReadEmployeeContact)],
  },
  {
    code: 'customer_service',
    name: '客戶服務',
    nameEn: 'Customer service',
    description: 'R-CRM-1, R-LOY-2: customer files, purchases and points of the station the role is assigned at (assign it at the station).',
    grants: unit(...CUSTOMER_CARE, P.ManageWinBack),
  },
  {
    code: 'customer_viewer',
    name: '客戶檔案查閱',
    nameEn: 'Customer files (read, masked)',
    description: 'R-ACL-3: reads the customer files of the station it is assigned at, contact data masked, and works its service-desk cases (technicians).',
    grants: unit(P.ReadCustomer, P.ReadTicket, P.ManageTicket),
  },
  {
    code: 'quality_control',
    name: '品管',
    nameEn: 'Quality control',
    description: 'R-SVC-4…6, R-SVC-9: complaint handling forms, root causes, corrective and preventive actions, the service reports; R-SAT-2…4: the satisfaction surveys, targets and their evaluation.',
    grants: [...all(P.ReadOrgUnit, P.ReadPosition, P.ReadEmployee, P.ReadTicket, P.ReadQuality, P.ManageQuality, P.ReadCustomer, P.ReadServiceReport, P.ReadSurvey, P.ManageSurvey, P.ReadSatisfactionReport)],
  },
  {
    code: 'business_accountant',
    name: '業務部會計',
    nameEn: 'Business-dept accountant',
    description: 'R-ACL-2: approves its own business dept’s documents and only views other depts’.',
    grants: [...all(P.ReadOrgUnit, P.ReadPosition), ...unit(P.ReadEmployee, P.ReadDocument)],
  },
  {
    code: 'management_accountant',
    name: '業務管理部會計',
    nameEn: 'Management-dept accountant',
    description: 'R-ACL-2: makes cross-dept transfers and approves every dept’s documents.',
    grants: all(P.ReadOrgUnit, P.ReadPosition, P.ReadEmployee, P.ReadDocument, P.UnapproveDocument, P.ManageBudget),
  },
  {
    code: 'marketing_manager',
    name: '市場經理',
    nameEn: 'Marketing manager',
    description: 'Manages membership tiers, the loyalty plan and campaigns (R-CRM-2, R-CRM-3, R-LOY-1).',
    grants: all(P.ReadOrgUnit, P.ReadPosition, P.ReadCustomer, P.ReadCustomerContact, P.ExportCustomers, P.ImportCustomers, P.ManageLoyaltyProgram, P.OverrideTier, P.ReadPoints, P.ReadCrmReport, P.ApprovePointsAdjustment, P.ReadSurvey, P.SendSurvey, P.ReadSatisfactionReport),
  },
  {
    code: 'auditor',
    name: '稽核',
    nameEn: 'Auditor',
    description: 'Reads everything, changes nothing; browses the audit trail (R-ACL-5).',
    grants: all(P.ReadOrgUnit, P.ReadPosition, P.ReadEmployee, P.ReadEmployeeContact, P.ReadRole, P.ReadUser, P.ReadAuditLog, P.ReadCustomer, P.ReadPoints, P.ReadCrmReport, P.ReadDocument, P.ReadTicket, P.ReadQuality, P.ReadServiceReport, P.ReadSurvey, P.ReadSatisfactionReport),
  },
  {
    code: 'integration',
    name: '系統整合',
    nameEn: 'Integration',
    description: 'Template rights for integrations (POS, call centre); API keys carry their own grants.',
    grants: all(P.ReadOrgUnit, P.ReadPosition, P.ReadEmployee, P.ReadCustomer, P.RecordPurchase, P.RefundPurchase, P.ReadPoints, P.EarnPoints, P.RedeemPoints, P.ReadTicket, P.OpenTicket, P.ReadSurvey, P.SendSurvey, P.EnterSurveyResponse),
  },
];

/**
 * Creates the regime's roles that are missing. Existing roles keep what administrators made
 * of them, except that a right the system did not have before (a module added since) is
 * granted to the system roles the regime gives it to; `known_permissions` remembers which
 * rights each database has already seen.
 */
export async function ensureRoles(em: EntityManager): Promise<Map<string, Role>> {
  const existing = await em.find(Role, { code: { $in: regimeRoles.map((r) => r.code) } });
  const byCode = new Map(existing.map((r) => [r.code, r]));
  const seen = await em.findOne(AppSetting, { key: KNOWN });
  const known = new Set<string>(seen ? (JSON.parse(seen.value) as string[]) : FIRST_RELEASE);
  for (const spec of regimeRoles) {
    const role = byCode.get(spec.code);
    if (role) {
      if (!role.system) continue;
      const added = spec.grants.filter(([p]) => !known.has(p) && !role.grants.some((g) => g.permission === p));
      if (added.length) role.grants = [...role.grants, ...added.map(([permission, scope]) => ({ permission, scope }))];
      continue;
    }
    byCode.set(
      spec.code,
      em.create(Role, {
        code: spec.code,
        name: spec.name,
        nameEn: spec.nameEn,
        description: spec.description,
        grants: spec.grants.map(([permission, scope]) => ({ permission, scope })),
        system: true,
      } as never),
    );
  }
  const value = JSON.stringify(allPermissions);
  if (!seen) em.create(AppSetting, { key: KNOWN, value } as never);
  else seen.value = value;
  await em.flush();
  return byCode;
}

const KNOWN = 'known_permissions';

/** The rights of the first release, which kept no list: a database without one has seen these. */
const FIRST_RELEASE: string[] = [
  P.ReadOrgUnit,
  P.ManageOrgUnit,
  P.ReadPosition,
  P.ManagePosition,
  P.ReadEmployee,
  P.ManageEmployee,
  P.ReadEmployeeContact,
  P.RecordAbsence,
  P.ReadRole,
  P.ManageRole,
  P.ReadUser,
  P.ManageUser,
  P.ManageApiKey,
  P.ReadAuditLog,
];
