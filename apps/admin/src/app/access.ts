import type { Permission } from '../gql/graphql';
import type { FeatureRoute } from '../shared/routing/types';
import { orgRoutes } from '../features/org/routes';
import { employeeRoutes } from '../features/employees/routes';
import { positionRoutes } from '../features/positions/routes';
import { roleRoutes } from '../features/roles/routes';
import { userRoutes } from '../features/users/routes';
import { apiKeyRoutes } from '../features/api-keys/routes';
import { auditRoutes } from '../features/audit/routes';
import { customerRoutes } from '../features/customers/routes';
import { loyaltyRoutes } from '../features/loyalty/routes';
import { processRoutes } from '../features/processes/routes';
import { serviceDeskRoutes } from '../features/service-desk/routes';
import { surveyRoutes } from '../features/surveys/routes';

export const featureRoutes: readonly FeatureRoute[] = [
  ...orgRoutes,
  ...employeeRoutes,
  ...positionRoutes,
  ...roleRoutes,
  ...userRoutes,
  ...apiKeyRoutes,
  ...auditRoutes,
  ...customerRoutes,
  ...loyaltyRoutes,
  ...processRoutes,
  ...serviceDeskRoutes,
  ...surveyRoutes,
];

export function canAccess(held: readonly Permission[], required: FeatureRoute['permission']): boolean {
  if (required === 'Authenticated') return true;
  const any = typeof required === 'string' ? [required] : required;
  return any.some((p) => held.includes(p));
}

/** Menu entries the viewer may open, in menu order. */
export function menuRoutes(held: readonly Permission[]): FeatureRoute[] {
  return featureRoutes
    .filter((r) => r.menu && canAccess(held, r.permission))
    .sort((a, b) => (a.menu?.order ?? 0) - (b.menu?.order ?? 0));
}

/** Where to land after signing in: the first page the viewer may open. */
export function homePath(held: readonly Permission[]): string | null {
  return menuRoutes(held)[0]?.path ?? null;
}
