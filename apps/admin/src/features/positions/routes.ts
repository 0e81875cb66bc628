import { IdcardOutlined } from '@ant-design/icons';
import type { FeatureRoute } from '../../shared/routing/types';

export const positionRoutes: FeatureRoute[] = [
  {
    path: '/positions',
    permission: 'ReadPosition',
    page: () => import('./pages/PositionsPage'),
    menu: { label: 'menu.positions', icon: IdcardOutlined, order: 30 },
  },
];
