import { useMemo } from 'react';
import { Alert, DatePicker, Form, Input, Radio, Select, TreeSelect } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { TicketKind } from '../../../gql/graphql';
import { ModalForm, SearchSelect, type FormModalProps, type SearchSource } from '../../../shared/components';
import { useI18n, type MessageKey } from '../../../shared/i18n';
import type { UnitOption } from '../../org';
import type { StepValues, TicketStep } from '../actions';
import { TICKET_KINDS } from '../constants';

/** The steps this dialog records; triage has its own. */
export type DialogStep = Exclude<TicketStep, 'triage'>;

interface RawValues {
  text?: string;
  promisedAt?: Dayjs | null;
  unitId?: string;
  assigneeId?: string;
  kind?: TicketKind;
  customerId?: string;
  passed?: boolean;
  improvementProposal?: string;
}

/** Steps whose words the API requires (it says so too; asking here saves a round trip). */
const TEXT_REQUIRED: ReadonlySet<DialogStep> = new Set([
  'answer',
  'promise',
  'updateCustomer',
  'proposeSolution',
  'reviseSolution',
  'solutionRefused',
  'diagnose',
  'fix',
  'verify',
  'resolve',
  'reopen',
  'recheck',
  'note',
]);

/** What the text field holds for each step. */
const TEXT_LABEL: Record<DialogStep, MessageKey> = {
  answer: 'sd.field.answer',
  promise: 'sd.field.toldCustomer',
  updateCustomer: 'sd.field.toldCustomer',
  handOver: 'sd.field.handOverNote',
  assignToMe: 'sd.field.note',
  proposeSolution: 'sd.field.solution',
  reviseSolution: 'sd.field.revisedSolution',
  solutionAccepted: 'sd.field.note',
  solutionRefused: 'sd.field.refusal',
  waitForCustomer: 'sd.field.waitingFor',
  resume: 'sd.field.note',
  diagnose: 'sd.field.diagnosis',
  fix: 'sd.field.fix',
  verify: 'sd.field.verification',
  resolve: 'sd.field.summary',
  close: 'sd.field.note',
  reopen: 'sd.field.reopenReason',
  recheck: 'sd.field.recheckReason',
  changeKind: 'sd.field.note',
  linkCustomer: 'sd.field.note',
  note: 'sd.field.note',
};

/** A short line under the title on what the step does to the case, where it is not obvious. */
const HINT: Partial<Record<DialogStep, MessageKey>> = {
  promise: 'sd.hint.promise',
  waitForCustomer: 'sd.hint.waitForCustomer',
  resume: 'sd.hint.resume',
  resolve: 'sd.hint.resolve',
  recheck: 'sd.hint.recheck',
  verify: 'sd.hint.verify',
  changeKind: 'sd.hint.changeKind',
  handOver: 'sd.hint.handOver',
};

const FIELDS = ['text', 'promisedAt', 'unitId', 'assigneeId', 'kind', 'customerId', 'passed', 'improvementProposal'] as const;

interface Props extends FormModalProps<StepValues> {
  step: DialogStep;
  currentKind: TicketKind;
  units: UnitOption[];
  /** Employees of the unit picked for a hand-over (within the viewer's reach). */
  employees: SearchSource;
  customers: SearchSource;
  /** A hand-over's unit changes which employees are offered. */
  onUnitChange?: (unitId: string | null) => void;
}

/** One step of a case, as a small dialog (R-SVC-2, R-SVC-3, R-SVC-7). */
export function TicketStepForm({ step, currentKind, units, employees, customers, onUnitChange, ...props }: Props) {
  const { t } = useI18n();
  const required = [{ required: true, message: t('common.required') }];
  const textRules = TEXT_REQUIRED.has(step) ? [{ required: true, whitespace: true, message: t('common.required') }] : [];
  const hint = HINT[step];
  const initialValues = useMemo<Partial<RawValues> | undefined>(() => (step === 'changeKind' ? { kind: currentKind === 'INQUIRY' ? 'COMPLAINT' : undefined } : undefined), [step, currentKind]);
  return (
    <ModalForm<RawValues>
      open={props.open}
      title={t(`sd.step.${step}`)}
      okText={t(`sd.step.${step}`)}
      name="ticketStep"
      fields={FIELDS}
      initialValues={initialValues}
      errors={props.errors}
      formError={props.formError}
      loading={props.loading}
      width={560}
      notice={hint ? <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t(hint)} /> : null}
      onValuesChange={(changed) => {
        if ('unitId' in changed) onUnitChange?.(changed.unitId ?? null);
      }}
      onSubmit={(raw) => props.onSubmit({ ...raw, promisedAt: raw.promisedAt ? raw.promisedAt.toISOString() : undefined })}
      onCancel={props.onCancel}
    >
      {step === 'changeKind' ? (
        <Form.Item name="kind" label={t('sd.field.newKind')} rules={required}>
          <Select<TicketKind>
            aria-label={t('sd.field.newKind')}
            options={TICKET_KINDS.filter((k) => k !== currentKind).map((k) => ({ value: k, label: t(`sd.kind.${k}`) }))}
          />
        </Form.Item>
      ) : null}
      {step === 'handOver' ? (
        <>
          <Form.Item name="unitId" label={t('sd.field.toUnit')} rules={required}>
            <TreeSelect treeData={units} showSearch treeNodeFilterProp="path" aria-label={t('sd.field.toUnit')} />
          </Form.Item>
          <Form.Item name="assigneeId" label={t('sd.field.toEmployee')} extra={t('sd.field.toEmployeeHint')}>
            <SearchSelect source={employees} allowClear aria-label={t('sd.field.toEmployee')} />
          </Form.Item>
        </>
      ) : null}
      {step === 'linkCustomer' ? (
        <Form.Item name="customerId" label={t('sd.new.customerFile')} rules={required}>
          <SearchSelect source={customers} allowClear aria-label={t('sd.new.customerFile')} />
        </Form.Item>
      ) : null}
      {step === 'verify' ? (
        <Form.Item name="passed" label={t('sd.field.passed')} rules={required}>
          <Radio.Group
            options={[
              { value: true, label: t('sd.field.passed.yes') },
              { value: false, label: t('sd.field.passed.no') },
            ]}
          />
        </Form.Item>
      ) : null}
      {step === 'promise' ? (
        <Form.Item name="promisedAt" label={t('sd.promisedAt')} rules={required}>
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
            disabledDate={(d) => d.isBefore(dayjs(), 'day')}
          />
        </Form.Item>
      ) : null}
      <Form.Item name="text" label={t(TEXT_LABEL[step])} rules={textRules}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} />
      </Form.Item>
      {step === 'resolve' ? (
        <Form.Item name="improvementProposal" label={t('sd.field.improvement')} extra={t('sd.field.improvementHint')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      ) : null}
    </ModalForm>
  );
}
