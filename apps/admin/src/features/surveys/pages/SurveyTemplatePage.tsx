import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, Card, Col, Result, Row, Space } from 'antd';
import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { PageError, PageLoading, ToneTag } from '../../../shared/components';
import { errorMessage, errorReason } from '../../../shared/apollo';
import { localiseIssue, useI18n } from '../../../shared/i18n';
import { useViewer } from '../../../app/session';
import { canAccess } from '../../../app/access';
import { SaveSurveyTemplateDocument, SurveyTemplateDocument } from '../graphql/templates.operations';
import { draftInput, draftIssueOf, draftOf, newDraft, textIn, type Draft, type ServerIssue } from '../templates-draft';
import { TemplateEditor } from '../components/templates/TemplateEditor';
import { TemplatePreview } from '../components/templates/TemplatePreview';
import { VersionContents } from '../components/templates/VersionContents';
import { VersionHistory } from '../components/templates/VersionHistory';
import { useLeaveGuard } from '../components/templates/useLeaveGuard';
import { wordIssue } from '../components/templates/wording';

function serverIssues(error: unknown): ServerIssue[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((e) => (e.extensions?.code === 'BAD_USER_INPUT' && Array.isArray(e.extensions.issues) ? (e.extensions.issues as ServerIssue[]) : []));
}

/** The version someone else published while the draft was written, when the API refused it for that (R-SAT-2). */
function publishedMeanwhile(error: unknown): number | null {
  if (errorReason(error) !== 'STALE_VERSION' || !CombinedGraphQLErrors.is(error)) return null;
  const version = error.errors[0]?.extensions?.currentVersion;
  return typeof version === 'number' ? version : null;
}

/**
 * One survey template (R-SAT-2): the editor of its next version, or of a new template at
 * `/survey-templates/new`, with every published version listed and viewable read-only.
 * Without the right to manage surveys the page only shows the version in use.
 */
export default function SurveyTemplatePage() {
  const { id = '' } = useParams();
  const isNew = id === 'new';
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const viewer = useViewer();
  const canManage = canAccess(viewer.permissions, 'ManageSurvey');

  const { data, loading, error, refetch } = useQuery(SurveyTemplateDocument, { variables: { id }, skip: isNew, fetchPolicy: 'cache-and-network' });
  const [save, saving] = useMutation(SaveSurveyTemplateDocument);
  // The last refused publish, with the draft it sent: its issues are worded from that draft.
  const [failure, setFailure] = useState<{ error: unknown; draft: Draft } | null>(null);
  // A publish refused because someone published meanwhile: kept through edits, until the user loads their version.
  const [stale, setStale] = useState<{ error: unknown; version: number } | null>(null);
  const [reloading, setReloading] = useState(false);
  const staleRef = useRef<HTMLDivElement>(null);
  const [dirty, setDirty] = useState(false);
  const guard = useLeaveGuard(dirty && canManage);

  const template = isNew ? null : data?.surveyTemplate;
  const latest = template?.versions[0] ?? null;
  const earlier = useMemo(() => template?.versions.flatMap((v) => v.items) ?? [], [template]);
  const initial = useMemo<Draft | null>(() => (isNew ? newDraft() : latest && template ? draftOf(latest, template.code) : null), [isNew, latest, template]);

  const serverErrors = useMemo(() => {
    const out: Record<string, string> = {};
    if (!failure) return out;
    for (const issue of serverIssues(failure.error)) {
      const path = issue.field.replace(/^input\./, '');
      const mine = draftIssueOf(issue, { draft: failure.draft, earlier });
      const text = mine ? wordIssue(mine, t, locale) : localiseIssue(issue, locale, 'saveSurveyTemplate');
      out[path] = out[path] ? `${out[path]}; ${text}` : text;
    }
    return out;
  }, [failure, earlier, t, locale]);
  const formError = failure && !Object.keys(serverErrors).length ? errorMessage(failure.error, locale) : null;

  // The notice appears far above the publish button: bring it into view and have it read out.
  useEffect(() => {
    if (stale) staleRef.current?.focus();
  }, [stale]);

  async function publish(draft: Draft) {
    setFailure(null);
    try {
      const { data: saved } = await save({ variables: { input: draftInput(draft, template) } });
      const result = saved?.saveSurveyTemplate;
      if (!result) return;
      void message.success(t('surveyTpl.published', { n: result.latestVersion }));
      if (isNew) {
        guard.release();
        void navigate(`/survey-templates/${result.id}`, { replace: true });
      }
    } catch (e) {
      const version = publishedMeanwhile(e);
      // Not refetched here: the editor starts afresh from a newly loaded version, and the draft stays until the user chooses.
      if (version !== null) setStale({ error: e, version });
      else setFailure({ error: e, draft });
    }
  }

  async function loadPublished() {
    setReloading(true);
    try {
      await refetch();
      setStale(null);
      setFailure(null);
    } catch (e) {
      // The notice and the draft stay, so the user can try again.
      void message.error(errorMessage(e, locale));
    } finally {
      setReloading(false);
    }
  }

  if (isNew && !canManage) return <Result status="403" title="403" subTitle={t('surveyTpl.newForbidden')} />;
  if (!isNew && loading && !data) return <PageLoading />;
  // A failed background read keeps the template (and any draft) on screen.
  if (!isNew && !template) return <PageError error={error} onRetry={() => void refetch()} />;

  const isDefault = !!template && data?.surveySettings.defaultTemplate?.id === template.id;
  const title = template ? `${template.code} · ${textIn(template.versions[0]?.title, locale)}` : t('surveyTpl.newTitle');
  const nextVersion = (template?.latestVersion ?? 0) + 1;

  return (
    <PageContainer
      title={title}
      tags={
        template ? (
          <Space size={4}>
            <ToneTag tone="info">{t('surveyTpl.versionN', { n: template.latestVersion })}</ToneTag>
            {isDefault ? <ToneTag tone="success">{t('surveyTpl.default')}</ToneTag> : null}
            {template.active ? null : <ToneTag tone="neutral">{t('surveyTpl.inactive')}</ToneTag>}
          </Space>
        ) : undefined
      }
      extra={
        <Link to="/survey-templates">
          <ArrowLeftOutlined /> {t('surveyTpl.backToList')}
        </Link>
      }
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {stale ? (
          <div ref={staleRef} tabIndex={-1} style={{ outline: 'none' }} data-testid="tpl-stale">
            <Alert
              type="warning"
              showIcon
              role="alert"
              title={errorMessage(stale.error, locale)}
              description={t('surveyTpl.staleHint', { n: stale.version })}
              action={
                <Button icon={<ReloadOutlined />} loading={reloading} onClick={() => void loadPublished()} data-testid="tpl-stale-reload">
                  {t('surveyTpl.staleReload', { n: stale.version })}
                </Button>
              }
            />
          </div>
        ) : null}
        {canManage && initial ? (
          <TemplateEditor
            // A newly published version starts a fresh draft from it.
            key={latest?.id ?? 'new'}
            initial={initial}
            isNew={isNew}
            nextVersion={nextVersion}
            earlier={earlier}
            serverErrors={serverErrors}
            formError={formError}
            saving={saving.loading}
            // Publishing again would be refused the same way until the newer version is loaded.
            publishBlocked={!!stale}
            onEdit={() => setFailure(null)}
            onDirtyChange={setDirty}
            onPublish={(draft) => void publish(draft)}
          />
        ) : null}
        {!canManage && latest ? (
          <>
            <Alert type="info" showIcon title={t('surveyTpl.readOnly')} />
            <Row gutter={16}>
              <Col xs={24} xl={14}>
                <Card size="small" title={t('surveyTpl.versionN', { n: latest.version })}>
                  <VersionContents version={latest} testId="tpl-current-items" />
                </Card>
              </Col>
              <Col xs={24} xl={10}>
                <Card size="small" title={t('surveyTpl.preview')}>
                  <TemplatePreview version={latest} scope="current" />
                </Card>
              </Col>
            </Row>
          </>
        ) : null}
        {template ? (
          <Card size="small" title={t('surveyTpl.history')}>
            <VersionHistory code={template.code} versions={template.versions} latestVersion={template.latestVersion} />
          </Card>
        ) : null}
      </Space>
      {guard.dialog}
    </PageContainer>
  );
}
