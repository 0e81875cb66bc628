import type { Ctx } from '../../context';
import { Employee, EmployeeStatus } from './employee.entity';
import type { OrgUnit } from './org-unit.entity';

/** The active head of a unit (R-ORG-1), or null; processes, SLAs and complaints route to this person. */
export async function unitHead(ctx: Ctx, unit: OrgUnit | null | undefined): Promise<Employee | null> {
  const id = unit?.head ? (typeof unit.head === 'string' ? unit.head : unit.head.id) : null;
  return id ? ctx.em.findOne(Employee, { id, status: { $ne: EmployeeStatus.INACTIVE } }) : null;
}
