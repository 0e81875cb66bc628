import { UserOutlined } from '@ant-design/icons';
import type { FeatureRoute } from '../../shared/routing/types';

export const userRoutes: FeatureRoute[] = [
  {
    path: '/users',
    permission: 'ReadUser',
    page: () => import('./pages/UsersPage'),
    menu: { label: 'menu.users', icon: UserOutlined, order: 50 },
  },
];
