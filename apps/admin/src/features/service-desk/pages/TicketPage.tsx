import { useCallback, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { PageContainer } from '@ant-design/pro-components';
import { App, Button, Card, Col, Descriptions, Row, Space, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import type { RepairStatus } from '../../../gql/graphql';
import { PageError, PageLoading, ToneTag } from '../../../shared/components';
import { errorMessage } from '../../../shared/apollo';
import { useI18n, type MessageKey } from '../../../shared/i18n';
import { useViewer } from '../../../app/session';
import { canAccess } from '../../../app/access';
import { OrgChartDocument, unitOptions } from '../../org';
import { useEmployeeSearch } from '../../employees';
import {
  ActOnTicketDocument,
  AdvanceRepairDocument,
  RecordRepairConsentDocument,
  StartRepairDocument,
  StartReturnDocument,
  TicketDocument,
  TriageComplaintDocument,
} from '../graphql/service-desk.operations';
import { availableSteps, resolvable, stepInput, type StepValues, type TicketStep } from '../actions';
import { SEVERITY_TONE, STATUS_TONE } from '../constants';
import { useCustomerSearch } from '../useCustomerSearch';
import { useDialogs } from '../useDialogs';
import { useTicketChanges, type TicketChange } from '../useTicketChanges';
import { TicketSummary } from '../components/TicketSummary';
import { SlaTargets } from '../components/SlaTargets';
import { TicketTimeline } from '../components/TicketTimeline';
import { TicketStepForm, type DialogStep } from '../components/TicketStepForm';
import { TriageForm, type TriageValues } from '../components/TriageForm';
import { RepairPanel } from '../components/RepairPanel';
import { ConsentForm, RepairForm, ReturnForm, type ConsentValues, type RepairValues, type ReturnValues } from '../components/RepairForms';

/** The buttons of a case, in the order work on it usually goes. */
const GROUPS: { title: MessageKey; steps: readonly TicketStep[] }[] = [
  { title: 'sd.group.reply', steps: ['answer', 'promise', 'updateCustomer', 'waitForCustomer', 'resume'] },
  { title: 'sd.group.handling', steps: ['assignToMe', 'handOver', 'triage', 'changeKind', 'linkCustomer', 'note'] },
  { title: 'sd.group.solution', steps: ['proposeSolution', 'reviseSolution', 'solutionAccepted', 'solutionRefused'] },
  { title: 'sd.group.technical', steps: ['diagnose', 'fix', 'verify', 'recheck'] },
  { title: 'sd.group.closing', steps: ['resolve', 'close', 'reopen'] },
];

type Dialog = { kind: 'step'; step: DialogStep } | { kind: 'triage' } | { kind: 'return' } | { kind: 'repair' } | { kind: 'consent' };

export default function TicketPage() {
  const { id = '' } = useParams();
  const { t, pick, locale } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const viewer = useViewer();
  const can = (p: Parameters<typeof canAccess>[1]) => canAccess(viewer.permissions, p);

  const { data, loading, error, refetch } = useQuery(TicketDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const ticket = data?.ticket;
  // Someone else working the same case: read it again so the buttons match its state.
  const onChanges = useCallback(
    (changes: TicketChange[]) => {
      if (!changes.length || changes.some((c) => c.ticketId === id)) void refetch();
    },
    [id, refetch],
  );
  useTicketChanges(onChanges);

  const { dialog, open: openDialog, perform, formState: dialogState } = useDialogs<Dialog>(refetch);
  const [handOverUnit, setHandOverUnit] = useState<string | null>(null);
  const step = dialog?.kind === 'step' ? dialog.step : null;
  const chart = useQuery(OrgChartDocument, { skip: !can('ReadOrgUnit') });
  const units = useMemo(() => unitOptions(chart.data?.orgChart.nodes ?? [], pick), [chart.data, pick]);
  const employees = useEmployeeSearch({ unitId: handOverUnit, status: ['ACTIVE'], skip: step !== 'handOver' || !handOverUnit || !can('ReadEmployee') });
  const customers = useCustomerSearch(step !== 'linkCustomer' || !can('ReadCustomer'));

  const [act, acting] = useMutation(ActOnTicketDocument);
  const [triage, triaging] = useMutation(TriageComplaintDocument);
  const [startReturn, returning] = useMutation(StartReturnDocument);
  const [startRepair, repairing] = useMutation(StartRepairDocument);
  const [recordConsent, consenting] = useMutation(RecordRepairConsentDocument);
  const [advanceRepair, advancing] = useMutation(AdvanceRepairDocument);

  if (loading && !ticket) return <PageLoading />;
  if (error || !ticket) return <PageError error={error} onRetry={() => void refetch()} />;

  const steps = availableSteps(ticket, viewer);
  const canManage = can('ManageTicket');
  const active = ticket.status !== 'RESOLVED' && ticket.status !== 'CLOSED';

  function open(next: Dialog) {
    setHandOverUnit(null);
    openDialog(next);
  }

  async function advance(to: RepairStatus) {
    if (!ticket?.repair) return;
    try {
      await advanceRepair({ variables: { id: ticket.repair.id, to } });
      void message.success(t('sd.done'));
      void refetch();
    } catch (e) {
      void message.error(errorMessage(e, locale));
      void refetch();
    }
  }

  const stepButton = (s: TicketStep) => (
    <Button
      key={s}
      type={s === 'resolve' ? 'primary' : 'default'}
      data-testid={`step-${s}`}
      onClick={() => open(s === 'triage' ? { kind: 'triage' } : { kind: 'step', step: s })}
    >
      {t(`sd.step.${s}`)}
    </Button>
  );

  return (
    <PageContainer
      title={<span data-testid="ticket-number">{ticket.number}</span>}
      subTitle={ticket.subject}
      onBack={() => void ((window.history.state as { idx?: number } | null)?.idx ? navigate(-1) : navigate('/tickets'))}
      backIcon={<ArrowLeftOutlined aria-label={t('sd.back')} />}
      tags={
        <Space size={4} wrap>
          <span data-testid="ticket-kind">
            <ToneTag tone="info">{t(`sd.kind.${ticket.kind}`)}</ToneTag>
          </span>
          <span data-testid="ticket-status" data-status={ticket.status}>
            <ToneTag tone={STATUS_TONE[ticket.status]}>{t(`sd.status.${ticket.status}`)}</ToneTag>
          </span>
          <ToneTag tone={SEVERITY_TONE[ticket.severity]}>{t(`sd.severity.${ticket.severity}`)}</ToneTag>
        </Space>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Card size="small" title={t('sd.case')}>
              <TicketSummary ticket={ticket} />
            </Card>
            {steps.length ? (
              <Card size="small" title={t('sd.actions')} data-testid="ticket-actions">
                <Space orientation="vertical" size="small" style={{ width: '100%' }}>
                  {GROUPS.map((g) => {
                    const shown = g.steps.filter((s) => steps.includes(s));
                    if (!shown.length) return null;
                    return (
                      <div key={g.title}>
                        <Typography.Text type="secondary">{t(g.title)}</Typography.Text>
                        {g.title === 'sd.group.technical' ? (
                          <Typography.Text type="secondary" data-testid="technical-stage" data-stage={ticket.technicalStage ?? 'none'}>
                            {' · '}
                            {t(`sd.technical.stage.${ticket.technicalStage ?? 'none'}`)}
                            {ticket.technicalRound > 1 ? ` · ${t('sd.detail.round', { n: ticket.technicalRound })}` : ''}
                            {active && !resolvable(ticket) ? ` · ${t('sd.technical.resolveAfterVerification')}` : ''}
                          </Typography.Text>
                        ) : null}
                        <div style={{ marginTop: 4 }}>
                          <Space wrap>{shown.map(stepButton)}</Space>
                        </div>
                      </div>
                    );
                  })}
                </Space>
              </Card>
            ) : null}
            {ticket.resolutionSummary ? (
              <Card size="small" title={t('sd.resolution')} data-testid="resolution">
                <Descriptions column={1} size="small">
                  <Descriptions.Item label={t('sd.field.summary')}>
                    <div style={{ whiteSpace: 'pre-wrap' }} data-testid="resolution-summary">
                      {ticket.resolutionSummary}
                    </div>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('sd.field.improvement')}>
                    <div style={{ whiteSpace: 'pre-wrap' }} data-testid="improvement-proposal">
                      {ticket.improvementProposal ?? '—'}
                    </div>
                  </Descriptions.Item>
                </Descriptions>
              </Card>
            ) : null}
            <Card size="small" title={t('sd.timeline')}>
              <TicketTimeline events={ticket.timeline} />
            </Card>
          </Space>
        </Col>
        <Col xs={24} xl={9}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Card size="small" title={t('sd.sla')}>
              <SlaTargets ticket={ticket} />
            </Card>
            {ticket.kind === 'RETURN_REPAIR' || ticket.repair ? (
              <Card size="small" title={t('sd.repair.title')}>
                <RepairPanel
                  repair={ticket.repair}
                  canManage={canManage}
                  canStart={ticket.status !== 'RESOLVED' && ticket.status !== 'CLOSED'}
                  advancing={advancing.loading}
                  onStartReturn={() => open({ kind: 'return' })}
                  onStartRepair={() => open({ kind: 'repair' })}
                  onConsent={() => open({ kind: 'consent' })}
                  onAdvance={(to) => void advance(to)}
                />
              </Card>
            ) : null}
            {ticket.customer ? (
              <Link to={`/customers/${ticket.customer.id}`}>{t('sd.customerFile')}</Link>
            ) : null}
          </Space>
        </Col>
      </Row>

      {canManage ? (
        <>
          <TicketStepForm
            step={step ?? 'note'}
            open={step !== null}
            currentKind={ticket.kind}
            units={units}
            employees={employees}
            customers={customers}
            onUnitChange={setHandOverUnit}
            loading={acting.loading}
            {...dialogState}
            onSubmit={(v: StepValues) => step && void perform(() => act({ variables: { id, input: stepInput(step, v, viewer) } }))}
          />
          <TriageForm
            open={dialog?.kind === 'triage'}
            loading={triaging.loading}
            {...dialogState}
            onSubmit={(v: TriageValues) =>
              void perform(async () => {
                const { data: triaged } = await triage({ variables: { ticketId: id, triage: v.triage, note: v.note } });
                if (triaged?.triageComplaint && can('ReadQuality')) void navigate(`/complaints/${triaged.triageComplaint.id}`);
              }, v.triage === 'NEEDS_OTHER_UNITS' ? 'sd.triage.formOpened' : 'sd.done')
            }
          />
          <ReturnForm
            open={dialog?.kind === 'return'}
            loading={returning.loading}
            {...dialogState}
            onSubmit={(v: ReturnValues) => void perform(() => startReturn({ variables: { ticketId: id, input: v } }))}
          />
          <RepairForm
            open={dialog?.kind === 'repair'}
            loading={repairing.loading}
            {...dialogState}
            onSubmit={(v: RepairValues) => void perform(() => startRepair({ variables: { ticketId: id, input: { inWarranty: v.inWarranty, mainComponent: v.mainComponent, charge: v.charge ?? null } } }))}
          />
          <ConsentForm
            open={dialog?.kind === 'consent'}
            loading={consenting.loading}
            {...dialogState}
            onSubmit={(v: ConsentValues) => ticket.repair && void perform(() => recordConsent({ variables: { id: ticket.repair!.id, consented: v.consented, note: v.note } }))}
          />
        </>
      ) : null}
    </PageContainer>
  );
}
