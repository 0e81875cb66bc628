import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { PageContainer } from '@ant-design/pro-components';
import { App, Card, Empty, Form, Select, type UploadFile } from 'antd';
import { PageError, PageLoading } from '../../../shared/components';
import { errorMessage } from '../../../shared/apollo';
import { useServerErrors } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { downloadInlineFile, fileToBase64 } from '../../../shared/download';
import {
  AttachmentDocument,
  AttachToDocumentDocument,
  CreateDocumentDocument,
  DocumentDocument,
  PreviewApproversDocument,
  ProcessDefinitionsDocument,
  SubmitDocumentDocument,
  UpdateDocumentDocument,
} from '../graphql/processes.operations';
import { inForce } from '../definitions';
import { toDocumentData, toFormValues, type FormValues } from '../fields';
import { kindLabel } from '../labels';
import { DocumentForm, type PreviewRow } from '../components/DocumentForm';
import type { AttachmentItem } from '../components/DocumentDetails';

const NO_KEYS: readonly string[] = [];

/** New document (`/documents/new?kind=…`) or a draft to change (`/documents/:id/edit`). */
export default function DocumentFormPage() {
  const { id } = useParams();
  const [search, setSearch] = useSearchParams();
  const { t, pick, locale } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [form] = Form.useForm<FormValues>();

  const existing = useQuery(DocumentDocument, { variables: { id: id ?? '' }, skip: !id, fetchPolicy: 'network-only' });
  const doc = existing.data?.document;
  const kind = doc?.kind ?? search.get('kind') ?? undefined;
  const current = useQuery(ProcessDefinitionsDocument, { variables: {} });
  // A draft keeps the version it was started under; fields may differ in the version in force.
  const versions = useQuery(ProcessDefinitionsDocument, { variables: { kind: doc?.kind, allVersions: true }, skip: !doc });

  const kinds = useMemo(() => inForce(current.data?.processDefinitions ?? [], new Date()), [current.data]);
  const definition = useMemo(() => {
    if (doc) return versions.data?.processDefinitions.find((d) => d.version === doc.definitionVersion) ?? null;
    return kinds.find((d) => d.kind === kind) ?? null;
  }, [doc, versions.data, kinds, kind]);
  const fields = useMemo(() => definition?.fields ?? [], [definition]);
  const fieldKeys = useMemo(() => (definition ? definition.fields.map((f) => f.key) : NO_KEYS), [definition]);
  const lockedKeys = useMemo(() => new Set(doc && doc.round > 0 ? fields.filter((f) => f.immutable).map((f) => f.key) : []), [doc, fields]);

  // The draft this page writes to: the one being edited, or the one the first save created.
  const [draftId, setDraftId] = useState<string | null>(id ?? null);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [preview, setPreview] = useState<PreviewRow[] | null>(null);
  const [previewStale, setPreviewStale] = useState(false);
  const [previewing, setPreviewing] = useState(false);
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);
  const serverErrors = useServerErrors();

  const [createDocument] = useMutation(CreateDocumentDocument);
  const [updateDocument] = useMutation(UpdateDocumentDocument);
  const [attach] = useMutation(AttachToDocumentDocument);
  const [submitDocument] = useMutation(SubmitDocumentDocument);

  // Keyed by ids: a query delivering the same records again must not wipe what is typed.
  const formKey = `${doc?.id ?? ''}:${definition?.id ?? ''}`;
  useEffect(() => {
    form.resetFields();
    if (doc && definition) form.setFieldsValue(toFormValues(definition.fields, doc.data));
    setPreview(null);
    // formKey stands for doc and definition.
  }, [form, formKey]);

  /** Writes the draft and uploads the files not yet sent; returns the draft's id. */
  async function save(values: FormValues): Promise<string> {
    const data = toDocumentData(fields, values);
    let target = draftId;
    if (target) {
      await updateDocument({ variables: { id: target, data } });
    } else {
      const { data: created } = await createDocument({ variables: { kind: kind!, data } });
      target = created!.createDocument.id;
      setDraftId(target);
    }
    let left = files;
    for (const file of files) {
      if (!file.originFileObj) continue;
      const contentBase64 = await fileToBase64(file.originFileObj);
      await attach({ variables: { documentId: target, file: { fileName: file.name, mimeType: file.type || 'application/octet-stream', contentBase64 } } });
      // Sent files leave the list at once, so a retry after a failure does not send them twice.
      left = left.filter((f) => f.uid !== file.uid);
      setFiles(left);
    }
    return target;
  }

  async function run(which: 'save' | 'submit', values: FormValues) {
    serverErrors.clear();
    setBusy(which);
    try {
      const target = await save(values);
      if (which === 'submit') await submitDocument({ variables: { id: target } });
      void message.success(t(which === 'submit' ? 'document.done.SUBMITTED' : 'document.done.SAVED'));
      void navigate(`/documents/${target}`);
    } catch (e) {
      serverErrors.capture(e);
    } finally {
      setBusy(null);
    }
  }

  async function runPreview(values: FormValues) {
    if (!kind) return;
    setPreviewing(true);
    try {
      const { data } = await client.query({ query: PreviewApproversDocument, variables: { kind, data: toDocumentData(fields, values) }, fetchPolicy: 'network-only' });
      const byKey = new Map(definition?.steps.map((s) => [s.key, s]) ?? []);
      setPreview(
        (data?.previewApprovers ?? []).map((p) => ({
          key: p.key,
          name: pick(p.name, byKey.get(p.key)?.nameEn),
          applies: p.applies,
          approverName: p.approver?.name ?? null,
        })),
      );
      setPreviewStale(false);
    } catch (e) {
      void message.error(errorMessage(e, locale));
    } finally {
      setPreviewing(false);
    }
  }

  async function download(a: AttachmentItem) {
    try {
      const { data } = await client.query({ query: AttachmentDocument, variables: { id: a.id }, fetchPolicy: 'network-only' });
      if (data) downloadInlineFile(data.attachment);
    } catch (e) {
      void message.error(errorMessage(e, locale));
    }
  }

  if ((id && existing.loading && !doc) || (current.loading && !current.data)) return <PageLoading />;
  if (existing.error || current.error) return <PageError error={existing.error ?? current.error} onRetry={() => void (existing.error ? existing.refetch() : current.refetch())} />;

  const kindName = kind ? kindLabel(kind, t, definition, pick) : '';
  const title = doc ? t('document.editOf', { number: doc.number }) : kind ? t('document.newOf', { kind: kindName }) : t('document.new');

  return (
    <PageContainer title={title}>
      {!doc && !draftId ? (
        <Card size="small" style={{ marginBottom: 16 }}>
          <label htmlFor="document-kind" style={{ display: 'block', marginBottom: 8 }}>
            {t('document.pickKind')}
          </label>
          <Select
            id="document-kind"
            style={{ width: 320, maxWidth: '100%' }}
            value={kind}
            placeholder={t('document.pickKindPlaceholder')}
            data-testid="pick-kind"
            options={kinds.map((d) => ({ value: d.kind, label: kindLabel(d.kind, t, d, pick) }))}
            onChange={(value: string) => setSearch({ kind: value }, { replace: true })}
          />
        </Card>
      ) : null}
      {definition ? (
        <Card>
          <DocumentForm
            form={form}
            fields={fields}
            fieldKeys={fieldKeys}
            lockedKeys={lockedKeys}
            errors={serverErrors.errors}
            formError={serverErrors.formError}
            files={files}
            onFilesChange={setFiles}
            attachments={doc?.attachments ?? []}
            onDownload={(a) => void download(a)}
            preview={preview}
            previewStale={previewStale}
            previewing={previewing}
            onPreview={(v) => void runPreview(v)}
            saving={busy === 'save'}
            submitting={busy === 'submit'}
            onSave={(v) => void run('save', v)}
            onSubmit={(v) => void run('submit', v)}
            onValuesChange={() => preview && setPreviewStale(true)}
          />
        </Card>
      ) : kind && !versions.loading ? (
        <Empty description={t('document.unknownKind', { kind })} />
      ) : null}
    </PageContainer>
  );
}
