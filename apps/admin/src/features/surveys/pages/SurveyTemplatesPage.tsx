import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, Card, Space, Switch, Table, Tooltip, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { SurveyTemplatesQuery } from '../../../gql/graphql';
import { PageError, ToneTag } from '../../../shared/components';
import { errorMessage } from '../../../shared/apollo';
import { useI18n } from '../../../shared/i18n';
import { useViewer } from '../../../app/session';
import { canAccess } from '../../../app/access';
import { SetSurveyTemplateActiveDocument, SurveyTemplatesDocument } from '../graphql/templates.operations';
import { textIn } from '../templates-draft';

type Template = SurveyTemplatesQuery['surveyTemplates'][number];

/**
 * The survey templates (R-SAT-2): each with the version in use and whether it is still sent.
 * Inactive ones are listed on request (`?inactive=1`, so the choice survives a reload); the
 * template the triggers send is marked and cannot be switched off here.
 */
export default function SurveyTemplatesPage() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const viewer = useViewer();
  const canManage = canAccess(viewer.permissions, 'ManageSurvey');
  const [params, setParams] = useSearchParams();
  const includeInactive = params.get('inactive') === '1';
  const { data, previousData, loading, error, refetch } = useQuery(SurveyTemplatesDocument, { variables: { includeInactive }, fetchPolicy: 'cache-and-network' });
  const shown = data ?? previousData;
  const [setActive] = useMutation(SetSurveyTemplateActiveDocument);
  const [toggling, setToggling] = useState<string | null>(null);
  const defaultId = shown?.surveySettings.defaultTemplate?.id;

  async function toggle(template: Template, active: boolean) {
    setToggling(template.id);
    try {
      await setActive({ variables: { id: template.id, active } });
      void message.success(t(active ? 'surveyTpl.activated' : 'surveyTpl.deactivated', { code: template.code }));
      // Without the inactive ones listed, a template switched off leaves the list.
      if (!includeInactive) void refetch();
    } catch (e) {
      // DEFAULT_TEMPLATE among them: the shared catalogue names the template from the error.
      void message.error(errorMessage(e, locale));
    } finally {
      setToggling(null);
    }
  }

  if (error && !shown) return <PageError error={error} onRetry={() => void refetch()} />;

  const columns: TableColumnsType<Template> = [
    {
      title: t('surveyTpl.code'),
      key: 'code',
      render: (_, tpl) => (
        <Link to={`/survey-templates/${tpl.id}`} data-testid={`tpl-link-${tpl.code}`}>
          {tpl.code}
        </Link>
      ),
    },
    {
      title: t('surveyTpl.name'),
      key: 'title',
      render: (_, tpl) => (
        <Space size={4} wrap>
          {textIn(tpl.title, locale)}
          {tpl.id === defaultId ? <ToneTag tone="success">{t('surveyTpl.default')}</ToneTag> : null}
          {tpl.active ? null : <ToneTag tone="neutral">{t('surveyTpl.inactive')}</ToneTag>}
        </Space>
      ),
    },
    { title: t('surveyTpl.currentVersion'), key: 'version', render: (_, tpl) => t('surveyTpl.versionN', { n: tpl.latestVersion }) },
    { title: t('surveyTpl.itemCount'), key: 'items', align: 'right', render: (_, tpl) => tpl.current.items.length },
    { title: t('surveyTpl.updatedAt'), key: 'updatedAt', render: (_, tpl) => dayjs(tpl.updatedAt).format('YYYY-MM-DD HH:mm') },
    {
      title: t('surveyTpl.active'),
      key: 'active',
      render: (_, tpl) => {
        const isDefault = tpl.id === defaultId;
        const label = t('surveyTpl.activeOf', { code: tpl.code });
        if (!canManage) return tpl.active ? t('common.yes') : t('common.no');
        const control = (
          <Switch
            checked={tpl.active}
            // The triggers send the default: it is switched off by choosing another one first.
            disabled={isDefault && tpl.active}
            loading={toggling === tpl.id}
            aria-label={label}
            onChange={(next) => void toggle(tpl, next)}
            data-testid={`tpl-active-${tpl.code}`}
          />
        );
        return isDefault && tpl.active ? <Tooltip title={t('surveyTpl.defaultHint')}>{control}</Tooltip> : control;
      },
    },
  ];

  return (
    <PageContainer
      title={t('surveyTpl.title')}
      extra={
        <Space wrap>
          <Space size={8}>
            <Switch
              id="tpl-show-inactive"
              checked={includeInactive}
              onChange={(on) => setParams(on ? { inactive: '1' } : {}, { replace: true })}
              data-testid="tpl-show-inactive"
            />
            <label htmlFor="tpl-show-inactive">{t('surveyTpl.showInactive')}</label>
          </Space>
          {canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/survey-templates/new')} data-testid="tpl-new">
              {t('surveyTpl.new')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Alert type="info" showIcon title={t('surveyTpl.listNote')} />
        <Card>
          <Table<Template>
            rowKey="id"
            columns={columns}
            dataSource={shown?.surveyTemplates ?? []}
            loading={loading && !shown}
            pagination={false}
            locale={{ emptyText: t('surveyTpl.empty') }}
            data-testid="tpl-table"
          />
        </Card>
      </Space>
    </PageContainer>
  );
}
