import { TeamOutlined } from '@ant-design/icons';
import type { FeatureRoute } from '../../shared/routing/types';

export const employeeRoutes: FeatureRoute[] = [
  {
    path: '/employees',
    permission: 'ReadEmployee',
    page: () => import('./pages/EmployeesPage'),
    menu: { label: 'menu.employees', icon: TeamOutlined, order: 20 },
  },
  { path: '/employees/:id', permission: 'ReadEmployee', page: () => import('./pages/EmployeeDetailPage') },
];
