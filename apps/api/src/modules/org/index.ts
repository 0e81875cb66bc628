export { OrgUnit, UnitKind, UnitFunction } from './org-unit.entity';
export { Position } from './position.entity';
export { Employee, EmployeeStatus } from './employee.entity';
export { Absence } from './absence.entity';
export { OrgUnitService } from './org-unit.service';
export { PositionService } from './position.service';
export { EmployeeService } from './employee.service';
export { OrgUnitResolver, PositionResolver, EmployeeResolver, AbsenceResolver } from './org.resolver';
export { OrgVersionBump } from './org-snapshot';
