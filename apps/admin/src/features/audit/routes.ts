import { AuditOutlined } from '@ant-design/icons';
import type { FeatureRoute } from '../../shared/routing/types';

export const auditRoutes: FeatureRoute[] = [
  {
    path: '/audit',
    permission: 'ReadAuditLog',
    page: () => import('./pages/AuditLogPage'),
    menu: { label: 'menu.audit', icon: AuditOutlined, order: 70 },
  },
];
