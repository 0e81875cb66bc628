import type { Config } from './config';
import type { TokenSigner } from './common/auth/tokens';
import { OrgUnitService, PositionService, EmployeeService } from './modules/org';
import { AuthService, AccessAdminService } from './modules/access';
import { AuditService } from './modules/audit';

/** One instance of each service per process; every method takes the request context first. */
export function createServices(config: Config, signer: TokenSigner) {
  const orgUnits = new OrgUnitService();
  return {
    orgUnits,
    positions: new PositionService(orgUnits),
    employees: new EmployeeService(orgUnits),
    auth: new AuthService(config, signer),
    accessAdmin: new AccessAdminService(),
    audit: new AuditService(),
  };
}

export type Services = ReturnType<typeof createServices>;
