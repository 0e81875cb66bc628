import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, Card, Col, Popconfirm, Row, Space, Tooltip } from 'antd';
import { ArrowLeftOutlined, LockOutlined } from '@ant-design/icons';
import { PageError, PageLoading, ToneTag } from '../../../shared/components';
import { errorMessage, errorReason } from '../../../shared/apollo';
import { useServerErrors } from '../../../shared/hooks';
import { useI18n, type MessageKey } from '../../../shared/i18n';
import { downloadInlineFile } from '../../../shared/download';
import { useViewer } from '../../../app/session';
import {
  ApproveStepDocument,
  AttachmentDocument,
  DocumentDocument,
  MyTasksDocument,
  ProcessDefinitionsDocument,
  RejectStepDocument,
  ReturnStepDocument,
  SubmitDocumentDocument,
  UnapproveDocumentDocument,
  VoidDocumentDocument,
  WithdrawDocumentDocument,
} from '../graphql/processes.operations';
import { availableActions, type DocumentAction } from '../actions';
import { DOCUMENT_STATUS_TONE } from '../history';
import { kindLabel } from '../labels';
import { AttachmentList, DocumentFacts, DocumentFields, type AttachmentItem } from '../components/DocumentDetails';
import { DocumentHistory, DocumentSteps } from '../components/DocumentProgress';
import { DecisionForm, type DecisionAction, type DecisionValues } from '../components/DecisionForm';
import { minute } from '../../../shared/dates';

const DONE: Record<DecisionAction | 'submit', MessageKey> = {
  approve: 'document.done.APPROVED',
  reject: 'document.done.REJECTED',
  return: 'document.done.RETURNED',
  withdraw: 'document.done.WITHDRAWN',
  void: 'document.done.VOIDED',
  unapprove: 'document.done.UNAPPROVED',
  submit: 'document.done.SUBMITTED',
};

/** The server calls the dialog's one field `comment` on decisions and `reason` elsewhere. */
function decisionErrors(errors: Record<string, string>): Record<string, string> {
  if (!errors.reason) return errors;
  const { reason, ...rest } = errors;
  return { ...rest, comment: reason };
}

// Enough to cover any real inbox; a longer one leaves the decision buttons to the server.
const INBOX_PROBE = 200;

export default function DocumentPage() {
  const { id = '' } = useParams();
  const { t, pick, locale } = useI18n();
  const { message } = App.useApp();
  const viewer = useViewer();
  const navigate = useNavigate();
  const client = useApolloClient();

  const { data, loading, error, refetch } = useQuery(DocumentDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const doc = data?.document;
  const definitions = useQuery(ProcessDefinitionsDocument, { variables: { kind: doc?.kind, allVersions: true }, skip: !doc });
  const decidable = !!doc && doc.status === 'IN_APPROVAL' && !!viewer.employeeId && doc.applicantId !== viewer.employeeId;
  const inbox = useQuery(MyTasksDocument, { variables: { kind: doc?.kind, first: INBOX_PROBE }, skip: !decidable, fetchPolicy: 'network-only' });

  const [dialog, setDialog] = useState<DecisionAction | null>(null);
  const [downloading, setDownloading] = useState<string | null>(null);
  const serverErrors = useServerErrors();
  const [approve, approving] = useMutation(ApproveStepDocument);
  const [reject, rejecting] = useMutation(RejectStepDocument);
  const [returnStep, returning] = useMutation(ReturnStepDocument);
  const [withdraw, withdrawing] = useMutation(WithdrawDocumentDocument);
  const [voidDocument, voiding] = useMutation(VoidDocumentDocument);
  const [unapprove, unapproving] = useMutation(UnapproveDocumentDocument);
  const [submit, submitting] = useMutation(SubmitDocumentDocument);
  const busy = approving.loading || rejecting.loading || returning.loading || withdrawing.loading || voiding.loading || unapproving.loading;

  const definition = useMemo(
    () => definitions.data?.processDefinitions.find((d) => d.version === doc?.definitionVersion) ?? null,
    [definitions.data, doc?.definitionVersion],
  );
  const inboxSteps = useMemo(() => {
    const page = inbox.data?.myTasks;
    if (!page || page.totalCount > page.nodes.length) return null;
    return new Set(page.nodes.map((n) => n.id));
  }, [inbox.data]);

  if (loading && !doc) return <PageLoading />;
  if (error || !doc) return <PageError error={error} onRetry={() => void refetch()} />;

  const openStep = doc.steps.find((s) => s.status === 'OPEN');
  const actions = availableActions(doc, viewer, decidable ? inboxSteps : new Set());
  const can = (a: DocumentAction) => actions.includes(a);
  // Steps are named in Chinese on the document; the definition also knows their English names.
  const stepName = (index: number, name: string) => pick(name, definition?.steps[index]?.nameEn);
  const stepNames: string[] = definition?.steps.map((s) => pick(s.name, s.nameEn)) ?? [];
  for (const s of doc.steps) stepNames[s.index] = stepName(s.index, s.name);
  const lastDecision = [...doc.history].reverse().find((h) => h.action === 'REJECTED' || h.action === 'RETURNED');

  async function decide(values: DecisionValues) {
    if (!dialog) return;
    const comment = values.comment?.trim() ?? '';
    serverErrors.clear();
    try {
      // The step shown goes with the decision: if someone decided it meanwhile the server
      // refuses (STEP_ALREADY_DECIDED) rather than deciding the next step unseen.
      const stepId = openStep?.id ?? null;
      if (dialog === 'approve') await approve({ variables: { documentId: id, stepId, comment: comment || null } });
      if (dialog === 'reject') await reject({ variables: { documentId: id, stepId, comment } });
      if (dialog === 'return') await returnStep({ variables: { documentId: id, stepId, comment } });
      if (dialog === 'withdraw') await withdraw({ variables: { id, reason: comment || null } });
      if (dialog === 'unapprove') await unapprove({ variables: { id, reason: comment } });
      if (dialog === 'void') {
        const { data: voided } = await voidDocument({ variables: { id, reason: comment } });
        void message.success(t(DONE.void));
        setDialog(null);
        if (voided) void navigate(`/documents/${voided.voidDocument.id}`);
        return;
      }
      void message.success(t(DONE[dialog]));
      setDialog(null);
      void refetch();
      void inbox.refetch();
    } catch (e) {
      if (errorReason(e) === 'STEP_ALREADY_DECIDED' || errorReason(e) === 'NOT_IN_APPROVAL') {
        // Nothing to retry in the dialog: show why and what the document looks like now.
        setDialog(null);
        void message.error(errorMessage(e, locale));
        void refetch();
        return;
      }
      serverErrors.capture(e);
    }
  }

  async function submitDraft() {
    try {
      await submit({ variables: { id } });
      void message.success(t(DONE.submit));
      void refetch();
    } catch (e) {
      void message.error(errorMessage(e, locale));
    }
  }

  async function download(a: AttachmentItem) {
    setDownloading(a.id);
    try {
      const { data: file } = await client.query({ query: AttachmentDocument, variables: { id: a.id }, fetchPolicy: 'network-only' });
      if (file) downloadInlineFile(file.attachment);
    } catch (e) {
      void message.error(errorMessage(e, locale));
    } finally {
      setDownloading(null);
    }
  }

  function open(action: DecisionAction) {
    serverErrors.clear();
    setDialog(action);
  }

  const kindName = kindLabel(doc.kind, t, definition, pick);
  const decisionButtons = (
    <Space wrap>
      {can('approve') ? (
        <Button type="primary" data-testid="approve" onClick={() => open('approve')}>
          {t('document.action.approve')}
        </Button>
      ) : null}
      {can('return') ? (
        <Button data-testid="return" onClick={() => open('return')}>
          {t('document.action.return')}
        </Button>
      ) : null}
      {can('reject') ? (
        <Button danger data-testid="reject" onClick={() => open('reject')}>
          {t('document.action.reject')}
        </Button>
      ) : null}
      {can('edit') ? (
        <Button data-testid="edit" onClick={() => void navigate(`/documents/${doc.id}/edit`)}>
          {t('document.action.edit')}
        </Button>
      ) : null}
      {can('submit') ? (
        <Popconfirm title={t('document.action.submitConfirm')} okText={t('document.action.submit')} cancelText={t('common.cancel')} onConfirm={() => submitDraft()}>
          <Button type="primary" data-testid="submit" loading={submitting.loading}>
            {t('document.action.submit')}
          </Button>
        </Popconfirm>
      ) : null}
      {can('withdraw') ? (
        <Button data-testid="withdraw" onClick={() => open('withdraw')}>
          {t('document.action.withdraw')}
        </Button>
      ) : null}
      {can('void') ? (
        <Button danger data-testid="void" onClick={() => open('void')}>
          {t('document.action.void')}
        </Button>
      ) : null}
      {can('unapprove') ? (
        <Button danger data-testid="unapprove" onClick={() => open('unapprove')}>
          {t('document.action.unapprove')}
        </Button>
      ) : null}
    </Space>
  );

  return (
    <PageContainer
      title={<span data-testid="document-number">{doc.number}</span>}
      subTitle={doc.title}
      onBack={() => void ((window.history.state as { idx?: number } | null)?.idx ? navigate(-1) : navigate('/documents'))}
      backIcon={<ArrowLeftOutlined aria-label={t('document.back')} />}
      tags={
        <Space size={4}>
          <ToneTag tone="info">{kindName}</ToneTag>
          <span data-testid="document-status">
            <ToneTag tone={DOCUMENT_STATUS_TONE[doc.status]}>{t(`process.status.${doc.status}`)}</ToneTag>
          </span>
          {doc.locked ? (
            <Tooltip title={t('document.locked')}>
              <LockOutlined aria-label={t('document.locked')} data-testid="document-locked" />
            </Tooltip>
          ) : null}
          <ToneTag tone="neutral">{t('document.version', { n: doc.definitionVersion })}</ToneTag>
        </Space>
      }
      extra={decisionButtons}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {can('approve') && openStep ? <Alert type="info" showIcon title={`${t('document.yourTurn')}: ${openStep.name}`} /> : null}
        {lastDecision?.comment && (doc.status === 'REJECTED' || doc.status === 'DRAFT') ? (
          <Alert
            type={lastDecision.action === 'REJECTED' ? 'error' : 'warning'}
            showIcon
            data-testid="decision-reason"
            title={t(lastDecision.action === 'REJECTED' ? 'document.rejectedReason' : 'document.returnedReason', { reason: lastDecision.comment })}
            description={lastDecision.actorName ? `${lastDecision.actorName} · ${minute(lastDecision.at)}` : undefined}
          />
        ) : null}
        {doc.replacesId ? (
          <Alert type="info" showIcon title={<Link to={`/documents/${doc.replacesId}`}>{t('document.replaces')}</Link>} />
        ) : null}
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={15}>
            <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
              <Card title={t('document.fields')} size="small">
                <DocumentFields fields={definition?.fields ?? []} data={doc.data} />
              </Card>
              {Object.keys(doc.facts).length ? (
                <Card title={t('document.facts')} size="small">
                  <DocumentFacts facts={doc.facts} />
                </Card>
              ) : null}
              <Card title={t('document.attachments')} size="small">
                <AttachmentList attachments={doc.attachments} downloading={downloading} onDownload={(a) => void download(a)} />
              </Card>
              <Card size="small">
                <Space wrap size="large">
                  <span>{`${t('document.applicant')}: ${doc.applicantName}`}</span>
                  <span>{`${t('document.unit')}: ${pick(doc.unit.name, doc.unit.nameEn)}`}</span>
                  <span>{`${t('document.createdAt')}: ${minute(doc.createdAt)}`}</span>
                  {doc.submittedAt ? <span>{`${t('document.submittedAt')}: ${minute(doc.submittedAt)}`}</span> : null}
                  {doc.decidedAt ? <span>{`${t('document.decidedAt')}: ${minute(doc.decidedAt)}`}</span> : null}
                  {doc.round > 1 ? <span>{t('document.round', { n: doc.round })}</span> : null}
                </Space>
              </Card>
            </Space>
          </Col>
          <Col xs={24} xl={9}>
            <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
              <Card title={t('document.steps')} size="small">
                <DocumentSteps steps={doc.steps.map((s) => ({ ...s, name: stepName(s.index, s.name) }))} />
              </Card>
              <Card title={t('document.history')} size="small">
                <DocumentHistory history={doc.history} stepNames={stepNames} />
              </Card>
            </Space>
          </Col>
        </Row>
      </Space>
      <DecisionForm
        action={dialog ?? 'approve'}
        open={dialog !== null}
        loading={busy}
        errors={decisionErrors(serverErrors.errors)}
        formError={serverErrors.formError}
        onSubmit={(v) => void decide(v)}
        onCancel={() => setDialog(null)}
      />
    </PageContainer>
  );
}
