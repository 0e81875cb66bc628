import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { PageContainer } from '@ant-design/pro-components';
import { App, Button, Card, Collapse, Empty, Form } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { PageError, PageLoading, ToneTag } from '../../../shared/components';
import { errorCode, errorMessage, pathIssues } from '../../../shared/apollo';
import { useI18n } from '../../../shared/i18n';
import { ProcessDefinitionsDocument, PublishProcessDefinitionDocument } from '../graphql/processes.operations';
import { definitionToForm, formToDefinitionInput, inForce, type DefinitionFormValues } from '../definitions';
import { kindLabel } from '../labels';
import { DefinitionEditor } from '../components/DefinitionEditor';
import { DefinitionView } from '../components/DefinitionView';
import { minute } from '../../../shared/dates';

export default function ProcessDefinitionPage() {
  const { kind = '' } = useParams();
  const { t, pick, locale } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<DefinitionFormValues>();
  const [editing, setEditing] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);

  const { data, loading, error, refetch } = useQuery(ProcessDefinitionsDocument, { variables: { kind, allVersions: true }, fetchPolicy: 'cache-and-network' });
  const [publish, publishing] = useMutation(PublishProcessDefinitionDocument);

  const versions = useMemo(() => [...(data?.processDefinitions ?? [])].sort((a, b) => b.version - a.version), [data]);
  const current = useMemo(() => inForce(versions, new Date())[0] ?? null, [versions]);
  const latest = versions[0] ?? null;

  if (loading && !data) return <PageLoading />;
  if (error && !data) return <PageError error={error} onRetry={() => void refetch()} />;
  if (!latest) return <Empty description={t('document.unknownKind', { kind })} />;

  function startEditing() {
    // The next version starts from the newest one, scheduled or not, so nothing published is lost.
    form.resetFields();
    form.setFieldsValue(definitionToForm(latest!));
    setFormError(null);
    setEditing(true);
  }

  async function onPublish(values: DefinitionFormValues) {
    setFormError(null);
    try {
      const { data: published } = await publish({ variables: { input: formToDefinitionInput(kind, values) } });
      void message.success(t('process.def.published', { n: published?.publishProcessDefinition.version ?? '' }));
      setEditing(false);
      void refetch();
    } catch (e) {
      const issues = pathIssues(e, locale);
      if (errorCode(e) === 'BAD_USER_INPUT' && issues.length) {
        form.setFields(issues.map((i) => ({ name: i.path as never, errors: [i.message] })));
        setFormError(errorMessage(e, locale));
      } else {
        setFormError(errorMessage(e, locale));
      }
    }
  }

  const older = versions.filter((v) => v.id !== current?.id);

  return (
    <PageContainer
      title={kindLabel(kind, t, latest, pick)}
      tags={current ? <ToneTag tone="success">{`${t('process.def.current')} ${t('process.def.versionN', { n: current.version })}`}</ToneTag> : undefined}
      extra={
        editing ? null : (
          <Button type="primary" icon={<EditOutlined />} onClick={startEditing} data-testid="edit-definition">
            {t('process.def.edit')}
          </Button>
        )
      }
    >
      {editing ? (
        <Card title={t('process.def.versionN', { n: latest.version + 1 })} style={{ marginBottom: 16 }}>
          <DefinitionEditor form={form} formError={formError} publishing={publishing.loading} onPublish={(v) => void onPublish(v)} onCancel={() => setEditing(false)} />
        </Card>
      ) : null}
      {current ? (
        <Card title={`${t('process.def.current')} · ${t('process.def.versionN', { n: current.version })}`} style={{ marginBottom: 16 }}>
          <DefinitionView definition={current} />
        </Card>
      ) : null}
      {older.length ? (
        <Card title={t('process.def.history')} extra={t('process.def.readOnly')}>
          <Collapse
            items={older.map((v) => ({
              key: v.id,
              label: `${t('process.def.versionN', { n: v.version })} · ${minute(v.effectiveFrom)}${v.note ? ` · ${v.note}` : ''}${
                Date.parse(v.effectiveFrom) > Date.now() ? ` · ${t('process.def.scheduled')}` : ''
              }`,
              children: <DefinitionView definition={v} />,
            }))}
          />
        </Card>
      ) : null}
    </PageContainer>
  );
}
