import { Alert, Form, InputNumber, Select } from 'antd';
import type { Severity, TicketKind } from '../../../../gql/graphql';
import { ModalForm, type FormModalProps } from '../../../../shared/components';
import { useI18n } from '../../../../shared/i18n';
import { SEVERITIES, TICKET_KINDS } from '../../constants';
import { DurationInput } from './DurationInput';

export interface SlaPolicyValues {
  kind: TicketKind;
  severity: Severity;
  minPriority: number;
  firstResponseMinutes: number;
  updateMinutes: number;
  resolutionMinutes: number;
}

const FIELDS = ['kind', 'severity', 'minPriority', 'firstResponseMinutes', 'updateMinutes', 'resolutionMinutes'] as const;
const TARGETS = [
  ['firstResponseMinutes', 'sd.target.FIRST_RESPONSE'],
  ['updateMinutes', 'sd.target.UPDATE'],
  ['resolutionMinutes', 'sd.target.RESOLUTION'],
] as const;

/**
 * One SLA target (R-SVC-10): kind, severity and customer-priority threshold name it, so they
 * are fixed once it exists; the three targets are business time in hours and minutes.
 */
export function SlaPolicyForm({ mode, ...props }: FormModalProps<SlaPolicyValues> & { mode: 'create' | 'edit'; initialValues?: SlaPolicyValues }) {
  const { t } = useI18n();
  const required = [{ required: true, message: t('common.required') }];
  const editing = mode === 'edit';
  // The API refuses it too; checked here so that the reader sees it in their language at once.
  const notAfterResolution = ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
    validator: (_: unknown, first: number | undefined) =>
      first != null && first > Number(getFieldValue('resolutionMinutes') ?? Infinity) ? Promise.reject(new Error(t('sdSettings.err.afterResolution'))) : Promise.resolve(),
  });
  return (
    <ModalForm<SlaPolicyValues>
      {...props}
      title={t(editing ? 'sdSettings.editPolicy' : 'sdSettings.newPolicy')}
      name="slaPolicy"
      fields={FIELDS}
      notice={<Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('sdSettings.slaNote')} />}
    >
      <Form.Item name="kind" label={t('sd.kind')} rules={required}>
        <Select aria-label={t('sd.kind')} disabled={editing} options={TICKET_KINDS.map((k) => ({ value: k, label: t(`sd.kind.${k}`) }))} />
      </Form.Item>
      <Form.Item name="severity" label={t('sd.severity')} rules={required}>
        <Select aria-label={t('sd.severity')} disabled={editing} options={SEVERITIES.map((s) => ({ value: s, label: t(`sd.severity.${s}`) }))} />
      </Form.Item>
      <Form.Item name="minPriority" label={t('sdSettings.minPriority')} extra={t('sdSettings.minPriorityHint')} rules={required}>
        <InputNumber min={0} precision={0} disabled={editing} style={{ width: 160 }} />
      </Form.Item>
      {TARGETS.map(([name, label]) => (
        <Form.Item key={name} name={name} label={t(label)} rules={name === 'firstResponseMinutes' ? [...required, notAfterResolution] : required} dependencies={name === 'firstResponseMinutes' ? ['resolutionMinutes'] : undefined}>
          <DurationInput label={t(label)} />
        </Form.Item>
      ))}
    </ModalForm>
  );
}
