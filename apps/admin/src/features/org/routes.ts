import { ApartmentOutlined } from '@ant-design/icons';
import type { FeatureRoute } from '../../shared/routing/types';

export const orgRoutes: FeatureRoute[] = [
  {
    path: '/org',
    permission: 'ReadOrgUnit',
    page: () => import('./pages/OrgChartPage'),
    menu: { label: 'menu.org', icon: ApartmentOutlined, order: 10 },
  },
];
