import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, Card, Descriptions, Popconfirm, Space } from 'antd';
import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import type { CorrectiveActionFieldsFragment } from '../../../gql/graphql';
import { PageError, PageLoading, ToneTag } from '../../../shared/components';
import { errorMessage } from '../../../shared/apollo';
import { useI18n } from '../../../shared/i18n';
import { useViewer } from '../../../app/session';
import { canAccess } from '../../../app/access';
import { OrgChartDocument, unitOptions } from '../../org';
import { useEmployeeSearch } from '../../employees';
import {
  AddCorrectiveActionDocument,
  CloseComplaintReviewDocument,
  ComplaintReviewDocument,
  CompleteCorrectiveActionDocument,
  EscalateComplaintDocument,
  RecordComplaintFindingsDocument,
  VerifyCorrectiveActionDocument,
} from '../graphql/service-desk.operations';
import { REVIEW_TONE, SEVERITY_TONE } from '../constants';
import { minute } from '../../../shared/dates';
import { actionAbilities, readsAsOwner } from '../quality';
import { useDialogs } from '../useDialogs';
import { CorrectiveActions } from '../components/CorrectiveActions';
import {
  CorrectiveActionForm,
  EscalateForm,
  FindingsForm,
  NoteForm,
  type ActionValues,
  type EscalateValues,
  type FindingsValues,
  type NoteValues,
} from '../components/ComplaintForms';

type Dialog =
  | { kind: 'findings' }
  | { kind: 'action' }
  | { kind: 'escalate' }
  | { kind: 'complete'; action: CorrectiveActionFieldsFragment }
  | { kind: 'verify'; action: CorrectiveActionFieldsFragment };

/**
 * One complaint handling form (R-SVC-4…6): quality control records the root cause and the
 * responsible unit, the unit's corrective and preventive actions are done and their effect
 * verified by someone else, unclear or major cases are escalated, and the form is closed.
 * The owner of an action, sent here by its notification, reads the form without ReadQuality
 * (the customer masked, R-ACL-3) and reports their own action done; nothing else is offered.
 */
export default function ComplaintReviewPage() {
  const { id = '' } = useParams();
  const { t, pick, locale } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const viewer = useViewer();
  const can = (p: Parameters<typeof canAccess>[1]) => canAccess(viewer.permissions, p);
  const canManage = can('ManageQuality');
  const asOwner = readsAsOwner(viewer);

  const { data, loading, error, refetch } = useQuery(ComplaintReviewDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const review = data?.complaintReview;
  const { dialog, open: openDialog, perform, formState: dialogState } = useDialogs<Dialog>(refetch);
  const [unitId, setUnitId] = useState<string | null>(null);
  const chart = useQuery(OrgChartDocument, { skip: !canManage || !can('ReadOrgUnit') });
  const units = useMemo(() => unitOptions(chart.data?.orgChart.nodes ?? [], pick), [chart.data, pick]);
  const findingsUnit = unitId ?? review?.responsibleUnit?.id ?? null;
  const employees = useEmployeeSearch({
    preferUnitId: findingsUnit,
    status: ['ACTIVE'],
    skip: !canManage || !can('ReadEmployee') || (dialog?.kind !== 'findings' && dialog?.kind !== 'action'),
  });
  const findingsValues = useMemo<Partial<FindingsValues> | undefined>(
    () =>
      review
        ? {
            rootCause: review.rootCause ?? undefined,
            responsibleUnitId: review.responsibleUnit?.id,
            substantiated: review.substantiated ?? undefined,
            major: review.major,
          }
        : undefined,
    [review],
  );

  const [recordFindings, recording] = useMutation(RecordComplaintFindingsDocument);
  const [addAction, adding] = useMutation(AddCorrectiveActionDocument);
  const [completeAction, completing] = useMutation(CompleteCorrectiveActionDocument);
  const [verifyAction, verifying] = useMutation(VerifyCorrectiveActionDocument);
  const [escalate, escalating] = useMutation(EscalateComplaintDocument);
  const [close, closing] = useMutation(CloseComplaintReviewDocument);

  if (loading && !review) return <PageLoading />;
  if (error || !review) return <PageError error={error} onRetry={() => void refetch()} />;

  const open = review.status !== 'CLOSED';

  function show(next: Dialog) {
    setUnitId(null);
    openDialog(next);
  }

  async function closeForm() {
    try {
      await close({ variables: { id } });
      void message.success(t('qc.closed'));
      void refetch();
    } catch (e) {
      void message.error(errorMessage(e, locale));
    }
  }

  const verifyingNote = dialog?.kind === 'verify';
  const complaint = review.caseSummary;

  return (
    <PageContainer
      title={<span data-testid="review-number">{complaint.number}</span>}
      subTitle={complaint.subject}
      onBack={() => void ((window.history.state as { idx?: number } | null)?.idx ? navigate(-1) : navigate('/complaints'))}
      backIcon={<ArrowLeftOutlined aria-label={t('sd.back')} />}
      tags={
        <Space size={4}>
          <span data-testid="review-status" data-status={review.status}>
            <ToneTag tone={REVIEW_TONE[review.status]}>{t(`qc.status.${review.status}`)}</ToneTag>
          </span>
          {review.major ? <ToneTag tone="danger">{t('qc.majorTag')}</ToneTag> : null}
        </Space>
      }
      extra={
        canManage && open
          ? [
              <Button key="escalate" onClick={() => show({ kind: 'escalate' })} data-testid="escalate-review">
                {t('qc.escalate')}
              </Button>,
              <Popconfirm key="close" title={t('qc.closeConfirm')} okText={t('qc.close')} cancelText={t('common.cancel')} onConfirm={() => closeForm()}>
                <Button type="primary" loading={closing.loading} data-testid="close-review">
                  {t('qc.close')}
                </Button>
              </Popconfirm>,
            ]
          : []
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {asOwner ? <Alert type="info" showIcon title={t('qc.ownerNotice')} data-testid="owner-notice" /> : null}
        {review.status === 'JOINT_REVIEW' || review.status === 'GENERAL_MANAGER' ? <Alert type="warning" showIcon title={t(`qc.escalated.${review.status}`)} /> : null}
        <Card size="small" title={t('qc.complaint')}>
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label={t('sd.number')}>
              {complaint.readable ? <Link to={`/tickets/${complaint.ticketId}`}>{complaint.number}</Link> : complaint.number}
            </Descriptions.Item>
            <Descriptions.Item label={t('sd.customer')}>
              <span data-testid="review-customer" data-masked={complaint.customerVisible ? undefined : 'true'}>
                {complaint.customerName ?? '—'}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('sd.severity')}>
              <ToneTag tone={SEVERITY_TONE[complaint.severity]}>{t(`sd.severity.${complaint.severity}`)}</ToneTag>
            </Descriptions.Item>
            {complaint.product ? <Descriptions.Item label={t('sd.product')}>{complaint.product}</Descriptions.Item> : null}
            <Descriptions.Item label={t('qc.createdAt')}>{minute(review.createdAt)}</Descriptions.Item>
            {review.closedAt ? <Descriptions.Item label={t('qc.closedAt')}>{minute(review.closedAt)}</Descriptions.Item> : null}
          </Descriptions>
        </Card>
        <Card
          size="small"
          title={t('qc.findings.title')}
          extra={
            canManage && open ? (
              <Button size="small" onClick={() => show({ kind: 'findings' })} data-testid="record-findings">
                {t(review.rootCause ? 'qc.findings.edit' : 'qc.findings.record')}
              </Button>
            ) : null
          }
        >
          <Descriptions column={1} size="small" data-testid="findings">
            <Descriptions.Item label={t('qc.rootCause')}>
              <div style={{ whiteSpace: 'pre-wrap' }}>{review.rootCause ?? t('qc.noFindings')}</div>
            </Descriptions.Item>
            <Descriptions.Item label={t('qc.responsibleUnit')}>{review.responsibleUnit ? pick(review.responsibleUnit.name, review.responsibleUnit.nameEn) : '—'}</Descriptions.Item>
            <Descriptions.Item label={t('qc.substantiated')}>
              {review.substantiated == null ? '—' : t(review.substantiated ? 'qc.substantiated.yes' : 'qc.substantiated.no')}
            </Descriptions.Item>
            {asOwner ? null : <Descriptions.Item label={t('qc.responsibleEmployee')}>{review.responsibleEmployeeName ?? '—'}</Descriptions.Item>}
          </Descriptions>
        </Card>
        <Card
          size="small"
          title={t('qc.actions')}
          extra={
            canManage && open ? (
              <Button size="small" icon={<PlusOutlined />} onClick={() => show({ kind: 'action' })} data-testid="add-action">
                {t('qc.action.add')}
              </Button>
            ) : null
          }
        >
          <CorrectiveActions
            actions={review.actions}
            abilities={(a) => actionAbilities(a, viewer, open)}
            onComplete={(action) => show({ kind: 'complete', action })}
            onVerify={(action) => show({ kind: 'verify', action })}
          />
        </Card>
      </Space>

      {canManage ? (
        <>
          <FindingsForm
            open={dialog?.kind === 'findings'}
            initialValues={findingsValues}
            units={units}
            employees={employees}
            onUnitChange={setUnitId}
            loading={recording.loading}
            {...dialogState}
            onSubmit={(v: FindingsValues) =>
              void perform(() =>
                recordFindings({
                  variables: {
                    id,
                    input: { rootCause: v.rootCause.trim(), responsibleUnitId: v.responsibleUnitId, substantiated: v.substantiated, responsibleEmployeeId: v.responsibleEmployeeId ?? null, major: v.major },
                  },
                }),
              )
            }
          />
          <CorrectiveActionForm
            open={dialog?.kind === 'action'}
            employees={employees}
            loading={adding.loading}
            {...dialogState}
            onSubmit={(v: ActionValues) => void perform(() => addAction({ variables: { reviewId: id, input: { ...v, description: v.description.trim() } } }))}
          />
          <EscalateForm
            open={dialog?.kind === 'escalate'}
            loading={escalating.loading}
            {...dialogState}
            onSubmit={(v: EscalateValues) => void perform(() => escalate({ variables: { id, to: v.to, reason: v.reason.trim() } }), 'qc.escalatedDone')}
          />
        </>
      ) : null}
      {/* One dialog for both notes: two forms with one name would repeat their field ids. */}
      <NoteForm
        open={dialog?.kind === 'complete' || dialog?.kind === 'verify'}
        title={t(verifyingNote ? 'qc.action.verify' : 'qc.action.complete')}
        label={t(verifyingNote ? 'qc.action.verificationNote' : 'qc.action.doneNote')}
        required={verifyingNote}
        loading={completing.loading || verifying.loading}
        {...dialogState}
        onSubmit={(v: NoteValues) => {
          if (dialog?.kind !== 'complete' && dialog?.kind !== 'verify') return;
          const variables = { id: dialog.action.id, note: v.note?.trim() ?? '' };
          void perform(() => (dialog.kind === 'verify' ? verifyAction({ variables }) : completeAction({ variables })));
        }}
      />
    </PageContainer>
  );
}
