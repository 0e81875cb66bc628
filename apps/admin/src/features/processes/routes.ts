import { ApartmentOutlined, FileTextOutlined, FundOutlined, InboxOutlined } from '@ant-design/icons';
import type { FeatureRoute } from '../../shared/routing/types';
import { pagesWithMessages } from '../../shared/i18n';

const page = pagesWithMessages(() => import('./messages').then((m) => m.processMessages));

// The inbox and one's own documents need no right: every employee files and decides
// documents, and the server decides per document who may see or act on it (R-FLOW-1).
export const processRoutes: FeatureRoute[] = [
  {
    path: '/inbox',
    permission: 'Authenticated',
    page: page(() => import('./pages/InboxPage')),
    menu: { label: 'process.menu.inbox', icon: InboxOutlined, order: 1 },
  },
  {
    path: '/documents',
    permission: 'Authenticated',
    page: page(() => import('./pages/MyDocumentsPage')),
    menu: { label: 'process.menu.myDocuments', icon: FileTextOutlined, order: 2 },
  },
  { path: '/documents/new', permission: 'Authenticated', page: page(() => import('./pages/DocumentFormPage')) },
  { path: '/documents/:id/edit', permission: 'Authenticated', page: page(() => import('./pages/DocumentFormPage')) },
  { path: '/documents/:id', permission: 'Authenticated', page: page(() => import('./pages/DocumentPage')) },
  {
    path: '/process-definitions',
    permission: 'ManageProcessDefinition',
    page: page(() => import('./pages/ProcessDefinitionsPage')),
    menu: { label: 'process.menu.definitions', icon: ApartmentOutlined, order: 96 },
  },
  {
    path: '/budgets',
    permission: ['ReadDocument', 'ManageBudget'],
    page: page(() => import('./pages/BudgetsPage')),
    menu: { label: 'process.menu.budgets', icon: FundOutlined, order: 95 },
  },
  { path: '/process-definitions/:kind', permission: 'ManageProcessDefinition', page: page(() => import('./pages/ProcessDefinitionPage')) },
];
