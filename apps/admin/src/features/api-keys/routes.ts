import { KeyOutlined } from '@ant-design/icons';
import type { FeatureRoute } from '../../shared/routing/types';

export const apiKeyRoutes: FeatureRoute[] = [
  {
    path: '/api-keys',
    permission: 'ManageApiKey',
    page: () => import('./pages/ApiKeysPage'),
    menu: { label: 'menu.apiKeys', icon: KeyOutlined, order: 60 },
  },
];
