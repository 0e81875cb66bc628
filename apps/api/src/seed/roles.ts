import type { EntityManager } from '@mikro-orm/knex';
import { Permission as P, Scope, allPermissions } from '../common/auth/permissions';
import { Role } from '../modules/access/role.entity';

type G = [P, Scope];
const all = (...ps: P[]): G[] => ps.map((p) => [p, Scope.ALL]);
const unit = (...ps: P[]): G[] => ps.map((p) => [p, Scope.UNIT_SUBTREE]);
const own = (...ps: P[]): G[] => ps.map((p) => [p, Scope.OWN]);

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
    ],
  },
  {
    code: 'deputy_station_manager',
    name: '副站長',
    nameEn: 'Deputy station manager',
    description: 'R-ORG-4: acts for the station manager while absent; manages staff of the station.',
    grants: [...all(P.ReadOrgUnit, P.ReadPosition), ...unit(P.ReadEmployee, P.ManageEmployee, P.ReadEmployeeContact, P.RecordAbsence)],
  },
  {
    code: 'department_head',
    name: '部門主管',
    nameEn: 'Department head',
    description: 'Heads a department: sees its staff and records their absences.',
    grants: [...all(P.ReadOrgUnit, P.ReadPosition), ...unit(P.ReadEmployee, P.ReadEmployeeContact, P.RecordAbsence)],
  },
  {
    code: 'cs_agent',
    name: '客服專員',
    nameEn: 'Customer-service agent',
    description: 'Handles customer contacts; sees colleagues of their department.',
    grants: [...all(P.ReadOrgUnit, P.ReadPosition), ...unit(P.ReadEmployee), ...own(P.ReadEmployeeContact)],
  },
  {
    code: 'technician',
    name: '技術員',
    nameEn: 'Technician',
    description: 'Technical support staff.',
    grants: [...all(P.ReadOrgUnit, P.ReadPosition), ...unit(P.ReadEmployee), ...own(P.ReadEmployeeContact)],
  },
  {
    code: 'business_accountant',
    name: '業務部會計',
    nameEn: 'Business-dept accountant',
    description: 'R-ACL-2: approves its own business dept’s documents and only views other depts’.',
    grants: [...all(P.ReadOrgUnit, P.ReadPosition), ...unit(P.ReadEmployee)],
  },
  {
    code: 'management_accountant',
    name: '業務管理部會計',
    nameEn: 'Management-dept accountant',
    description: 'R-ACL-2: makes cross-dept transfers and approves every dept’s documents.',
    grants: all(P.ReadOrgUnit, P.ReadPosition, P.ReadEmployee),
  },
  {
    code: 'marketing_manager',
    name: '市場經理',
    nameEn: 'Marketing manager',
    description: 'Manages membership tiers and campaigns (R-CRM-2, R-CRM-3).',
    grants: all(P.ReadOrgUnit, P.ReadPosition),
  },
  {
    code: 'auditor',
    name: '稽核',
    nameEn: 'Auditor',
    description: 'Reads everything, changes nothing; browses the audit trail (R-ACL-5).',
    grants: all(P.ReadOrgUnit, P.ReadPosition, P.ReadEmployee, P.ReadEmployeeContact, P.ReadRole, P.ReadUser, P.ReadAuditLog),
  },
  {
    code: 'integration',
    name: '系統整合',
    nameEn: 'Integration',
    description: 'Template rights for integrations (POS, call centre); API keys carry their own grants.',
    grants: all(P.ReadOrgUnit, P.ReadPosition, P.ReadEmployee),
  },
];

/** Creates the regime's roles that are missing; never touches roles that exist. */
export async function ensureRoles(em: EntityManager): Promise<Map<string, Role>> {
  const existing = await em.find(Role, { code: { $in: regimeRoles.map((r) => r.code) } });
  const byCode = new Map(existing.map((r) => [r.code, r]));
  for (const spec of regimeRoles) {
    if (byCode.has(spec.code)) continue;
    const role = em.create(Role, {
      code: spec.code,
      name: spec.name,
      nameEn: spec.nameEn,
      description: spec.description,
      grants: spec.grants.map(([permission, scope]) => ({ permission, scope })),
      system: true,
    } as never);
    byCode.set(spec.code, role);
  }
  await em.flush();
  return byCode;
}
