import { CustomerServiceOutlined, LineChartOutlined, PhoneOutlined, SafetyOutlined, ScheduleOutlined } from '@ant-design/icons';
import type { FeatureRoute } from '../../shared/routing/types';
import { pagesWithMessages } from '../../shared/i18n';

const page = pagesWithMessages(() =>
  Promise.all([import('./messages'), import('./report-messages')]).then(([desk, reports]) => ({ ...desk.serviceDeskMessages, ...reports.serviceReportMessages })),
);

// Paths match the links the API puts in notifications (/tickets/:id, /complaints/:id).
export const serviceDeskRoutes: FeatureRoute[] = [
  {
    path: '/tickets',
    permission: 'ReadTicket',
    page: page(() => import('./pages/TicketQueuePage')),
    menu: { label: 'sd.menu.queue', icon: CustomerServiceOutlined, order: 74 },
  },
  { path: '/tickets/new', permission: 'OpenTicket', page: page(() => import('./pages/NewTicketPage')) },
  { path: '/tickets/:id', permission: 'ReadTicket', page: page(() => import('./pages/TicketPage')) },
  {
    path: '/follow-ups',
    permission: 'ReadTicket',
    page: page(() => import('./pages/FollowUpsPage')),
    menu: { label: 'sd.menu.followUps', icon: PhoneOutlined, order: 75 },
  },
  {
    path: '/complaints',
    permission: 'ReadQuality',
    page: page(() => import('./pages/ComplaintReviewsPage')),
    menu: { label: 'sd.menu.quality', icon: SafetyOutlined, order: 76 },
  },
  // An action's owner, told of it with this link, reads the form without ReadQuality (R-SVC-5); the API decides.
  { path: '/complaints/:id', permission: 'Authenticated', page: page(() => import('./pages/ComplaintReviewPage')) },
  // R-SVC-9, R-SVC-10: the figures for the management review, and what the SLA clocks count.
  {
    path: '/service-reports',
    permission: 'ReadServiceReport',
    page: page(() => import('./pages/ReportsPage')),
    menu: { label: 'sdReport.menu', icon: LineChartOutlined, order: 77 },
  },
  {
    path: '/service-settings',
    permission: 'ManageServiceSettings',
    page: page(() => import('./pages/SettingsPage')),
    menu: { label: 'sdSettings.menu', icon: ScheduleOutlined, order: 78 },
  },
];
