import type { EntityManager } from '@mikro-orm/knex';
import type { Org } from './org';
import { user } from './access';
import { role } from './access';
import { Permission as P, Scope } from '../../src/common/auth/permissions';

/**
 * The people of the CRM suites on the org fixture: station customer service (contact data
 * visible), a station colleague who may only read files (masked, R-ACL-3), customer service
 * of another region (out of scope, R-ACL-1), marketing, and the station manager who
 * approves point adjustments.
 */
export async function crmPeople(em: EntityManager, org: Org) {
  // A technician's view: customer files masked, and the service-desk cases they work.
  const viewer = role(em, 'viewer_test', '客戶檔案查閱', [
    [P.ReadCustomer, Scope.UNIT_SUBTREE],
    [P.ReadPoints, Scope.UNIT_SUBTREE],
    [P.ReadTicket, Scope.UNIT_SUBTREE],
    [P.ManageTicket, Scope.UNIT_SUBTREE],
  ]);
  await user(em, 'admin@example.cn', '系統管理員', { roles: ['system_admin'] });
  await user(em, 'agent@example.cn', '何平', { employee: org.people.csStaff, roles: [{ role: 'customer_service', unit: org.units.station }] });
  await user(em, 'viewer@example.cn', '高峰', { employee: org.people.techStaff, roles: [{ role: viewer, unit: org.units.station }] });
  await user(em, 'south@example.cn', '陳靜', { employee: org.people.southHead, roles: [{ role: 'customer_service', unit: org.units.south }] });
  await user(em, 'marketing@example.cn', '市場經理', { roles: ['marketing_manager'] });
  await user(em, 'manager@example.cn', '胡軍', { employee: org.people.stationHead, roles: [{ role: 'station_manager', unit: org.units.station }] });
  return org;
}

export const CRM_USERS = ['admin', 'agent', 'viewer', 'south', 'marketing', 'manager'] as const;
export type CrmUser = (typeof CRM_USERS)[number];

/** Tier rules used across the suites: SILVER on two purchases, GOLD on spend and frequency within 90 days of the last purchase. */
export const TIER_RULES = {
  windowDays: 365,
  tiers: [
    { code: 'SILVER', name: '銀卡', nameZhHans: '银卡', nameEn: 'Silver', rank: 1, minWindowPurchases: 2, pointsMultiplier: 1, graceDays: 30 },
    { code: 'GOLD', name: '金卡', nameZhHans: '金卡', nameEn: 'Gold', rank: 2, minWindowSpend: '5000.00', minWindowPurchases: 3, maxDaysSinceLastPurchase: 90, pointsMultiplier: 1.5, servicePriority: 1, birthdayBonusPoints: 88, graceDays: 30 },
  ],
};
