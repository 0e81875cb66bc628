import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { FeatureRoute } from '../../shared/routing/types';

export const roleRoutes: FeatureRoute[] = [
  {
    path: '/roles',
    permission: 'ReadRole',
    page: () => import('./pages/RolesPage'),
    menu: { label: 'menu.roles', icon: SafetyCertificateOutlined, order: 40 },
  },
];
