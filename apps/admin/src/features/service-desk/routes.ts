import { CustomerServiceOutlined, PhoneOutlined, SafetyOutlined } from '@ant-design/icons';
import type { FeatureRoute } from '../../shared/routing/types';

// Paths match the links the API puts in notifications (/tickets/:id, /complaints/:id).
export const serviceDeskRoutes: FeatureRoute[] = [
  {
    path: '/tickets',
    permission: 'ReadTicket',
    page: () => import('./pages/TicketQueuePage'),
    menu: { label: 'sd.menu.queue', icon: CustomerServiceOutlined, order: 74 },
  },
  { path: '/tickets/new', permission: 'OpenTicket', page: () => import('./pages/NewTicketPage') },
  { path: '/tickets/:id', permission: 'ReadTicket', page: () => import('./pages/TicketPage') },
  {
    path: '/follow-ups',
    permission: 'ReadTicket',
    page: () => import('./pages/FollowUpsPage'),
    menu: { label: 'sd.menu.followUps', icon: PhoneOutlined, order: 76 },
  },
  {
    path: '/complaints',
    permission: 'ReadQuality',
    page: () => import('./pages/ComplaintReviewsPage'),
    menu: { label: 'sd.menu.quality', icon: SafetyOutlined, order: 78 },
  },
  { path: '/complaints/:id', permission: 'ReadQuality', page: () => import('./pages/ComplaintReviewPage') },
];
