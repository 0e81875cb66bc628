import { useEffect, useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, Card, Col, Form, Popconfirm, Row, Space, Tooltip, Typography } from 'antd';
import { CloudUploadOutlined, EyeOutlined, UndoOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { TierImpactFieldsFragment } from '../../../gql/graphql';
import { FormAlert, PageError, PageLoading } from '../../../shared/components';
import { errorCode, errorMessage, errorReason, pathIssues } from '../../../shared/apollo';
import { useI18n } from '../../../shared/i18n';
import { PreviewTierChangeDocument, PublishTierChangeDocument, TierRulesDocument } from '../graphql/loyalty.operations';
import { TierRulesForm } from '../components/TierRulesForm';
import { TierImpactTable } from '../components/TierImpactTable';
import { draftKey, draftOf, rulesInput, type Draft } from '../tierDraft';

interface Preview {
  key: string;
  impact: TierImpactFieldsFragment;
}

export default function TierEditorPage() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const client = useApolloClient();
  const rules = useQuery(TierRulesDocument, { fetchPolicy: 'network-only' });
  const [form] = Form.useForm<Draft>();
  const [currentKey, setCurrentKey] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [published, setPublished] = useState<TierImpactFieldsFragment | null>(null);
  const [stale, setStale] = useState(false);
  const [publishTierChange, publishing] = useMutation(PublishTierChangeDocument);

  const loaded = rules.data?.tierRules;

  // The form follows the rules in force whenever they are (re)loaded: on open, after
  // publishing, and when someone else's publication made the draft stale.
  useEffect(() => {
    if (!loaded) return;
    const draft = draftOf(loaded);
    form.resetFields();
    form.setFieldsValue(draft);
    setCurrentKey(draftKey(draft));
    setPreview(null);
  }, [loaded, form]);

  function showFailure(error: unknown) {
    setFailure(error);
    const issues = pathIssues(error, locale);
    // Issues naming a field of a tier (`tiers.3.code`) go under that field on its card.
    form.setFields(issues.filter((i) => i.path.length > 1).map((i) => ({ name: i.path as never, errors: [i.message] })));
  }

  async function runPreview() {
    setFailure(null);
    setPublished(null);
    setStale(false);
    let draft: Draft;
    try {
      draft = { ...form.getFieldsValue(true), ...(await form.validateFields()) } as Draft;
    } catch {
      return;
    }
    setPreviewing(true);
    try {
      const { data } = await client.query({ query: PreviewTierChangeDocument, variables: { input: rulesInput(draft) }, fetchPolicy: 'network-only' });
      if (data) setPreview({ key: draftKey(draft), impact: data.previewTierChange });
    } catch (error) {
      showFailure(error);
    } finally {
      setPreviewing(false);
    }
  }

  async function publish() {
    if (!loaded) return;
    setFailure(null);
    const draft = form.getFieldsValue(true) as Draft;
    try {
      const { data } = await publishTierChange({ variables: { expectedVersion: loaded.version, input: rulesInput(draft) } });
      if (data) {
        setPublished(data.publishTierChange);
        void message.success(t('tiers.published', { n: data.publishTierChange.rulesVersion }));
      }
      await rules.refetch();
    } catch (error) {
      if (errorCode(error) === 'CONFLICT' && errorReason(error) === 'STALE_VERSION') {
        // Someone else published meanwhile: their rules are the ones in force now, so the
        // draft is reloaded from them rather than published over them.
        setStale(true);
        void message.warning(errorMessage(error, locale));
        await rules.refetch();
        return;
      }
      showFailure(error);
    }
  }

  if (rules.loading && !loaded) return <PageLoading />;
  if (rules.error || !loaded) return <PageError error={rules.error} onRetry={() => void rules.refetch()} />;

  const previewIsCurrent = !!preview && preview.key === currentKey;
  const draftTiers = ((form.getFieldValue('tiers') as Draft['tiers'] | undefined) ?? []).map((d) => ({ ...d, code: d.code ?? '' }));

  return (
    <PageContainer
      title={t('tiers.title')}
      subTitle={
        <Space>
          <Typography.Text strong data-testid="rules-version">
            {t('tiers.version', { n: loaded.version })}
          </Typography.Text>
          {loaded.publishedAt ? (
            <Typography.Text type="secondary">{t('tiers.publishedBy', { who: loaded.publishedBy ?? '—', date: dayjs(loaded.publishedAt).format('YYYY-MM-DD HH:mm') })}</Typography.Text>
          ) : null}
        </Space>
      }
      extra={[
        <Button key="reset" icon={<UndoOutlined />} onClick={() => void rules.refetch()}>
          {t('tiers.reset')}
        </Button>,
        <Button key="preview" icon={<EyeOutlined />} loading={previewing} onClick={() => void runPreview()} data-testid="preview-tiers">
          {t('tiers.preview')}
        </Button>,
        <Tooltip key="publish" title={previewIsCurrent ? undefined : t('tiers.publishHint')}>
          <Popconfirm title={t('tiers.confirmPublish')} onConfirm={() => void publish()} disabled={!previewIsCurrent} okText={t('tiers.publish')} cancelText={t('common.cancel')}>
            <Button type="primary" icon={<CloudUploadOutlined />} disabled={!previewIsCurrent} loading={publishing.loading} data-testid="publish-tiers">
              {t('tiers.publish')}
            </Button>
          </Popconfirm>
        </Tooltip>,
      ]}
    >
      {stale ? <Alert type="warning" showIcon closable style={{ marginBottom: 16 }} title={t('tiers.stale')} data-testid="stale-rules" /> : null}
      {published ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="published"
          title={t('tiers.published', { n: published.rulesVersion })}
          description={<TierImpactTable impact={published} tiers={draftTiers} />}
        />
      ) : null}
      <FormAlert error={failure ? errorMessage(failure, locale) : null} />
      <Row gutter={16}>
        <Col xs={24} xl={preview ? 15 : 24}>
          <TierRulesForm form={form} disabled={publishing.loading} onValuesChange={(values) => setCurrentKey(draftKey(values))} />
        </Col>
        {preview ? (
          <Col xs={24} xl={9}>
            <Card title={t('tiers.impact')} size="small" style={{ position: 'sticky', top: 72 }}>
              {previewIsCurrent ? null : <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('tiers.publishHint')} />}
              <TierImpactTable impact={preview.impact} tiers={draftTiers} testId="tier-impact" />
            </Card>
          </Col>
        ) : null}
      </Row>
    </PageContainer>
  );
}
