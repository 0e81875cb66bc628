import { useMemo } from 'react';
import { DatePicker, Form, Input, Radio, Switch, TreeSelect } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ComplaintReviewStatus, CorrectiveActionKind } from '../../../gql/graphql';
import { ModalForm, SearchSelect, type FormModalProps, type SearchSource } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';
import type { UnitOption } from '../../org';

export interface FindingsValues {
  rootCause: string;
  responsibleUnitId: string;
  substantiated: boolean;
  responsibleEmployeeId?: string | null;
  major: boolean;
}

export interface ActionValues {
  kind: CorrectiveActionKind;
  description: string;
  ownerId: string;
  /** YYYY-MM-DD */
  dueOn: string;
}

export interface NoteValues {
  note?: string;
}

export interface EscalateValues {
  to: Extract<ComplaintReviewStatus, 'JOINT_REVIEW' | 'GENERAL_MANAGER'>;
  reason: string;
}

const FINDINGS_FIELDS = ['rootCause', 'responsibleUnitId', 'substantiated', 'responsibleEmployeeId', 'major'] as const;
const ACTION_FIELDS = ['kind', 'description', 'ownerId', 'dueOn'] as const;
const NOTE_FIELDS = ['note'] as const;
const ESCALATE_FIELDS = ['to', 'reason'] as const;

interface FindingsProps extends FormModalProps<FindingsValues> {
  initialValues?: Partial<FindingsValues>;
  units: UnitOption[];
  employees: SearchSource;
  onUnitChange: (unitId: string | null) => void;
}

/** R-SVC-4: quality control's root cause and the responsible unit; substantiated against a person counts toward R-SVC-10's penalty review. */
export function FindingsForm({ units, employees, onUnitChange, ...props }: FindingsProps) {
  const { t } = useI18n();
  const required = [{ required: true, message: t('common.required') }];
  return (
    <ModalForm<FindingsValues>
      {...props}
      title={t('qc.findings.title')}
      name="findings"
      fields={FINDINGS_FIELDS}
      width={600}
      onValuesChange={(changed) => {
        if ('responsibleUnitId' in changed) onUnitChange(changed.responsibleUnitId ?? null);
      }}
    >
      <Form.Item name="rootCause" label={t('qc.rootCause')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} />
      </Form.Item>
      <Form.Item name="responsibleUnitId" label={t('qc.responsibleUnit')} rules={required}>
        <TreeSelect treeData={units} showSearch treeNodeFilterProp="path" aria-label={t('qc.responsibleUnit')} />
      </Form.Item>
      <Form.Item name="substantiated" label={t('qc.substantiated')} rules={required}>
        <Radio.Group
          options={[
            { value: true, label: t('qc.substantiated.yes') },
            { value: false, label: t('qc.substantiated.no') },
          ]}
        />
      </Form.Item>
      <Form.Item name="responsibleEmployeeId" label={t('qc.responsibleEmployee')} extra={t('qc.responsibleEmployeeHint')}>
        <SearchSelect source={employees} allowClear aria-label={t('qc.responsibleEmployee')} />
      </Form.Item>
      <Form.Item name="major" label={t('qc.major')} valuePropName="checked" extra={t('qc.majorHint')}>
        <Switch />
      </Form.Item>
    </ModalForm>
  );
}

/** R-SVC-5: a corrective or preventive action with its owner and deadline. */
export function CorrectiveActionForm({ employees, ...props }: FormModalProps<ActionValues> & { employees: SearchSource }) {
  const { t } = useI18n();
  const required = [{ required: true, message: t('common.required') }];
  const initial = useMemo(() => ({ kind: 'CORRECTIVE' as const }), []);
  return (
    <ModalForm<Omit<ActionValues, 'dueOn'> & { dueOn: Dayjs }>
      {...props}
      initialValues={initial}
      title={t('qc.action.add')}
      name="correctiveAction"
      fields={ACTION_FIELDS}
      width={560}
      onSubmit={(v) => props.onSubmit({ ...v, dueOn: v.dueOn.format('YYYY-MM-DD') })}
    >
      <Form.Item name="kind" label={t('qc.action.kind')} rules={required}>
        <Radio.Group
          options={(['CORRECTIVE', 'PREVENTIVE'] as const).map((k) => ({ value: k, label: t(`qc.action.kind.${k}`) }))}
        />
      </Form.Item>
      <Form.Item name="description" label={t('qc.action.description')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} />
      </Form.Item>
      <Form.Item name="ownerId" label={t('qc.action.owner')} rules={required}>
        <SearchSelect source={employees} allowClear aria-label={t('qc.action.owner')} />
      </Form.Item>
      <Form.Item name="dueOn" label={t('qc.action.dueOn')} rules={required}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
      </Form.Item>
    </ModalForm>
  );
}

/** A short note: how an action was done, or how its effect was checked. */
export function NoteForm({ title, label, required, ...props }: FormModalProps<NoteValues> & { title: string; label: string; required: boolean }) {
  const { t } = useI18n();
  return (
    <ModalForm<NoteValues> {...props} title={title} okText={title} name="actionNote" fields={NOTE_FIELDS}>
      <Form.Item name="note" label={label} rules={required ? [{ required: true, whitespace: true, message: t('common.required') }] : []}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
      </Form.Item>
    </ModalForm>
  );
}

/** R-SVC-6: to a joint review called by the sales manager, or to the general manager for a major quality complaint. */
export function EscalateForm(props: FormModalProps<EscalateValues>) {
  const { t } = useI18n();
  return (
    <ModalForm<EscalateValues> {...props} title={t('qc.escalate')} okText={t('qc.escalate')} name="escalate" fields={ESCALATE_FIELDS}>
      <Form.Item name="to" label={t('qc.escalate.to')} rules={[{ required: true, message: t('common.required') }]}>
        <Radio.Group
          options={(['JOINT_REVIEW', 'GENERAL_MANAGER'] as const).map((s) => ({ value: s, label: t(`qc.status.${s}`) }))}
        />
      </Form.Item>
      <Form.Item name="reason" label={t('common.reason')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
      </Form.Item>
    </ModalForm>
  );
}
