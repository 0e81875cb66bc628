import type { EntityManager } from '@mikro-orm/knex';
import { UnitFunction, UnitKind } from '../../src/modules/org/org-unit.entity';
import { employee, position, unit, type Org } from './org';
import { user } from './access';

/**
 * The org fixture with what the regime's flows route to: a finance and a back-office dept
 * at the station, each with a head, and a login for everyone who files or approves.
 */
export async function processPeople(em: EntityManager, org: Org) {
  const finance = unit(em, org.units.station, 'ST-FIN', '財務部', UnitKind.DEPARTMENT, UnitFunction.FINANCE);
  const backOffice = unit(em, org.units.station, 'ST-BO', '後勤部', UnitKind.DEPARTMENT, UnitFunction.BACK_OFFICE);
  const finHeadPos = position(em, finance, 'P-ST-FIN-HEAD', '財務主管', { superior: org.heads.station, isHead: true });
  const boHeadPos = position(em, backOffice, 'P-ST-BO-HEAD', '後勤主管', { superior: org.heads.station, isHead: true });
  const finHead = employee(em, finance, finHeadPos, 'E0901', '趙財', { email: 'fin@example.cn' });
  const boHead = employee(em, backOffice, boHeadPos, 'E0902', '錢勤', { email: 'bo@example.cn' });
  await em.flush();
  finance.head = finHead;
  backOffice.head = boHead;
  await em.flush();
  const p = org.people;
  await user(em, 'admin@example.cn', '系統管理員', { roles: ['system_admin'] });
  await user(em, 'applicant@example.cn', p.csStaff!.name, { employee: p.csStaff });
  await user(em, 'cshead@example.cn', p.csHead!.name, { employee: p.csHead });
  await user(em, 'finance@example.cn', finHead.name, { employee: finHead });
  await user(em, 'backoffice@example.cn', boHead.name, { employee: boHead });
  await user(em, 'manager@example.cn', p.stationHead!.name, { employee: p.stationHead, roles: [{ role: 'station_manager', unit: org.units.station }] });
  await user(em, 'deputy@example.cn', p.stationStaff!.name, { employee: p.stationStaff });
  await user(em, 'tech@example.cn', p.techHead!.name, { employee: p.techHead });
  await user(em, 'north@example.cn', p.northHead!.name, { employee: p.northHead });
  await user(em, 'site@example.cn', p.beijingStaff!.name, { employee: p.beijingStaff });
  await user(em, 'sitehead@example.cn', p.beijingHead!.name, { employee: p.beijingHead });
  return { ...org, finance, backOffice, finHead, boHead };
}

export type ProcessOrg = Awaited<ReturnType<typeof processPeople>>;
export const PROCESS_USERS = ['admin', 'applicant', 'cshead', 'finance', 'backoffice', 'manager', 'deputy', 'tech', 'north', 'site', 'sitehead'] as const;
export type ProcessUser = (typeof PROCESS_USERS)[number];
