import { BarChartOutlined, CrownOutlined, GiftOutlined } from '@ant-design/icons';
import type { FeatureRoute } from '../../shared/routing/types';

export const loyaltyRoutes: FeatureRoute[] = [
  {
    path: '/loyalty/tiers',
    permission: 'ManageLoyaltyProgram',
    page: () => import('./pages/TierEditorPage'),
    menu: { label: 'menu.tiers', icon: CrownOutlined, order: 90 },
  },
  {
    path: '/loyalty/dashboard',
    permission: 'ReadCrmReport',
    page: () => import('./pages/LoyaltyDashboardPage'),
    menu: { label: 'menu.loyaltyDashboard', icon: BarChartOutlined, order: 92 },
  },
  {
    path: '/loyalty/program',
    permission: 'ManageLoyaltyProgram',
    page: () => import('./pages/LoyaltyProgramPage'),
    menu: { label: 'menu.loyaltyProgram', icon: GiftOutlined, order: 94 },
  },
];
