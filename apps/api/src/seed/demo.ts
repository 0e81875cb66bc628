import type { EntityManager } from '@mikro-orm/knex';
import { OrgUnit } from '../modules/org/org-unit.entity';
import { Position } from '../modules/org/position.entity';
import { Employee, EmployeeStatus } from '../modules/org/employee.entity';
import { Absence } from '../modules/org/absence.entity';
import { User, UserRole } from '../modules/access/user.entity';
import { hashPassword } from '../modules/access/auth.service';
import { ensureRoles } from './roles';
import { seedDemoCrm } from './demo-crm';
import { seedDemoProcesses } from './demo-processes';
import { seedDemoServiceDesk } from './demo-service-desk';
import { seedDemoSurveys } from './demo-surveys';
import { createLogger } from '../logger';
import type { Services } from '../services';
import type { Config } from '../config';
import { demoEmployees, demoKeyPeople, demoPositions, demoUnits, type DemoUnit } from './demo-data';

type KeyPerson = keyof typeof demoKeyPeople;

/** Station staff whose work needs the station's customer files (R-CRM-1, R-ACL-3). */
const STATION_CUSTOMER_ROLES: Record<string, string> = {
  department_head: 'customer_service',
  cs_agent: 'customer_service',
  technician: 'customer_viewer',
};

/** One login per seeded role, listed in the README and printed at start. */
export const demoLogins = {
  password: 'Demo-2026-station',
  users: [
    { email: 'admin@stationhub.example', role: 'system_admin', name: '系統管理員', employee: null },
    { email: 'manager@stationhub.example', role: 'station_manager', name: '站長', employee: 'stationManager' },
    { email: 'deputy@stationhub.example', role: 'deputy_station_manager', name: '副站長', employee: 'deputy1' },
    { email: 'cs.head@stationhub.example', role: 'department_head', name: '客服部主管', employee: 'csHead' },
    { email: 'agent@stationhub.example', role: 'cs_agent', name: '客服專員', employee: 'csAgent' },
    { email: 'tech@stationhub.example', role: 'technician', name: '技術員', employee: 'technician' },
    { email: 'bd.accountant@stationhub.example', role: 'business_accountant', name: '業務部會計', employee: 'businessDeptAccountant' },
    { email: 'mgmt.accountant@stationhub.example', role: 'management_accountant', name: '業務管理部會計', employee: 'managementAccountant' },
    { email: 'finance@stationhub.example', role: 'department_head', name: '財務部主管', employee: null, headOf: 'HQ-FIN' },
    { email: 'quality@stationhub.example', role: 'quality_control', name: '品管專員', employee: null },
    { email: 'marketing@stationhub.example', role: 'marketing_manager', name: '市場經理', employee: null },
    { email: 'auditor@stationhub.example', role: 'auditor', name: '稽核', employee: null },
    { email: 'integration@stationhub.example', role: 'integration', name: '系統整合', employee: null },
  ] as { email: string; role: string; name: string; employee: KeyPerson | null; headOf?: string }[],
};

/** Seeds the demo company once: on a database that has no unit yet. */
export async function seedDemo(em: EntityManager, services: Services, config: Config): Promise<boolean> {
  if (await em.count(OrgUnit, {})) return false;
  const roles = await ensureRoles(em);
  const units = new Map<string, OrgUnit>();
  demoUnits.forEach((u: DemoUnit, i) => {
    const parent = u.parentCode ? units.get(u.parentCode)! : null;
    const unit = em.create(OrgUnit, {
      code: u.code,
      name: u.name,
      nameEn: u.nameEn,
      kind: u.kind,
      function: u.function ?? null,
      parent,
      depth: parent ? parent.depth + 1 : 0,
      path: '',
      sortOrder: i,
    } as never);
    unit.path = `${parent?.path ?? '/'}${unit.id}/`;
    units.set(u.code, unit);
  });
  const positions = new Map<string, Position>();
  for (const p of demoPositions) {
    positions.set(
      p.code,
      em.create(Position, {
        code: p.code,
        title: p.title,
        titleEn: p.titleEn,
        unit: units.get(p.unitCode)!,
        superior: p.superiorCode ? positions.get(p.superiorCode)! : null,
        plannedHeadcount: p.plannedHeadcount,
        isHead: p.isHead,
        summary: p.summary,
        duties: p.duties,
      } as never),
    );
  }
  const employees = new Map<string, Employee>();
  const heads: [OrgUnit, Employee][] = [];
  for (const e of demoEmployees()) {
    const employee = em.create(Employee, {
      employeeNo: e.employeeNo,
      name: e.name,
      email: e.email,
      phone: e.phone,
      unit: units.get(e.unitCode)!,
      position: positions.get(e.positionCode)!,
      hireDate: e.hireDate,
      status: e.status as EmployeeStatus,
      deactivatedAt: e.status === 'INACTIVE' ? new Date('2026-06-30T09:00:00Z') : null,
    } as never);
    employees.set(e.employeeNo, employee);
    const position = positions.get(e.positionCode)!;
    const unit = units.get(e.unitCode)!;
    if (position.isHead && e.status !== 'INACTIVE' && !heads.some(([u]) => u === unit)) heads.push([unit, employee]);
  }
  // Heads are set once units and employees exist: unit → head → employee → unit is a cycle
  // that one unit of work cannot order.
  await em.flush();
  for (const [unit, head] of heads) unit.head = head;
  // R-ORG-4: the station manager is away this week; the first deputy acts.
  const now = Date.now();
  em.create(Absence, {
    employee: employees.get(demoKeyPeople.stationManager)!,
    deputy: employees.get(demoKeyPeople.deputy1)!,
    startsAt: new Date(now - 24 * 3600_000),
    endsAt: new Date(now + 5 * 24 * 3600_000),
    reason: '年度休假',
  } as never);
  const passwordHash = await hashPassword(demoLogins.password);
  for (const l of demoLogins.users) {
    const linked = l.employee ? employees.get(demoKeyPeople[l.employee])! : l.headOf ? (heads.find(([u]) => u.code === l.headOf)?.[1] ?? null) : null;
    const user = em.create(User, {
      email: l.email,
      displayName: linked?.name ?? l.name,
      passwordHash,
      employee: linked,
      locale: 'zh-Hant',
    } as never);
    em.create(UserRole, { user, role: roles.get(l.role)!, unit: null } as never);
    // Customer files belong to the station, so the customer roles are assigned at it.
    const customerRole = STATION_CUSTOMER_ROLES[l.role];
    if (customerRole) em.create(UserRole, { user, role: roles.get(customerRole)!, unit: units.get('ST-TPE')! } as never);
  }
  await em.flush();
  const log = createLogger(config.logLevel);
  await seedDemoCrm(em.fork(), { services, config, log });
  await seedDemoProcesses(em.fork(), { services, config, log });
  await seedDemoServiceDesk(em.fork(), { services, config, log });
  await seedDemoSurveys(em.fork(), { services, config, log });
  return true;
}
