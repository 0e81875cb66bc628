import { CommentOutlined, DashboardOutlined, FormOutlined, PhoneOutlined, SettingOutlined } from '@ant-design/icons';
import type { FeatureRoute } from '../../shared/routing/types';
import { pagesWithMessages } from '../../shared/i18n';

const page = pagesWithMessages(() =>
  Promise.all([import('./messages'), import('./labels-messages'), import('./dashboard-messages'), import('./responses-messages'), import('./templates-messages'), import('./settings-messages')]).then(
    ([customer, labels, dashboard, responses, templates, settings]) => ({
      // The staff's entry form shows the customer's questions too.
      ...customer.surveyMessages,
      ...labels.surveyLabelMessages,
      ...dashboard.dashboardMessages,
      ...responses.responseMessages,
      ...templates.templateMessages,
      ...settings.settingsMessages,
    }),
  ),
);

/** The customer's page needs only its own strings, not the console's. */
export const publicSurveyPage = pagesWithMessages(() => import('./messages').then((m) => m.surveyMessages))(() => import('./pages/SurveyPage'));

// R-SAT-1…6: the satisfaction dashboard, the forms behind it, phone and interview entry,
// the templates (R-SAT-2) and the triggers, quiet period and unit targets (R-SAT-1, R-SAT-4).
export const surveyRoutes: FeatureRoute[] = [
  {
    path: '/satisfaction',
    permission: 'ReadSatisfactionReport',
    page: page(() => import('./pages/SatisfactionDashboardPage')),
    menu: { label: 'menu.satisfaction', icon: DashboardOutlined, order: 80 },
  },
  {
    path: '/survey-responses',
    permission: 'ReadSurvey',
    page: page(() => import('./pages/SurveyResponsesPage')),
    menu: { label: 'menu.surveyResponses', icon: CommentOutlined, order: 81 },
  },
  { path: '/survey-responses/:id', permission: 'ReadSurvey', page: page(() => import('./pages/SurveyResponsePage')) },
  {
    path: '/survey-calls',
    permission: 'EnterSurveyResponse',
    page: page(() => import('./pages/SurveyCallsPage')),
    menu: { label: 'menu.surveyCalls', icon: PhoneOutlined, order: 82 },
  },
  {
    path: '/survey-templates',
    permission: ['ReadSurvey', 'ManageSurvey'],
    page: page(() => import('./pages/SurveyTemplatesPage')),
    menu: { label: 'menu.surveyTemplates', icon: FormOutlined, order: 83 },
  },
  { path: '/survey-templates/:id', permission: ['ReadSurvey', 'ManageSurvey'], page: page(() => import('./pages/SurveyTemplatePage')) },
  {
    path: '/survey-settings',
    permission: ['ManageSurvey', 'SendSurvey'],
    page: page(() => import('./pages/SurveySettingsPage')),
    menu: { label: 'menu.surveySettings', icon: SettingOutlined, order: 84 },
  },
];
