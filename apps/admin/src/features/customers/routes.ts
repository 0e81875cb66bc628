import { CheckSquareOutlined, ContactsOutlined, UserSwitchOutlined } from '@ant-design/icons';
import type { FeatureRoute } from '../../shared/routing/types';

export const customerRoutes: FeatureRoute[] = [
  {
    path: '/customers',
    permission: 'ReadCustomer',
    page: () => import('./pages/CustomersPage'),
    menu: { label: 'menu.customers', icon: ContactsOutlined, order: 80 },
  },
  { path: '/customers/import', permission: 'ImportCustomers', page: () => import('./pages/CustomerImportPage') },
  { path: '/customers/:id', permission: 'ReadCustomer', page: () => import('./pages/CustomerDetailPage') },
  {
    path: '/win-back',
    permission: 'ManageWinBack',
    page: () => import('./pages/WinBackPage'),
    menu: { label: 'menu.winBack', icon: UserSwitchOutlined, order: 82 },
  },
  {
    path: '/points-adjustments',
    permission: 'ApprovePointsAdjustment',
    page: () => import('./pages/PointsAdjustmentsPage'),
    menu: { label: 'menu.pointsAdjustments', icon: CheckSquareOutlined, order: 84 },
  },
];
