import type { ReactNode } from 'react';
import { Alert, Form, Input } from 'antd';
import { ModalForm, type FormModalProps } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';

const FIELDS = ['reason'] as const;

export interface ReasonValues {
  reason: string;
}

interface Props extends FormModalProps<ReasonValues> {
  title: ReactNode;
  /** The form's id prefix (`refund_reason`), for tests and labels. */
  name: string;
  label?: string;
  /** What the action does, shown above the field. */
  warning?: string;
  /** A decision note may be left empty; a reason for a change may not. */
  optional?: boolean;
  okText?: string;
}

/** A confirmation that asks for one line of text: a refund's reason, an approver's note. */
export function ReasonForm({ label, warning, optional, onSubmit, ...props }: Props) {
  const { t } = useI18n();
  return (
    <ModalForm<ReasonValues>
      {...props}
      fields={FIELDS}
      notice={warning ? <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={warning} /> : null}
      onSubmit={(v) => onSubmit({ reason: (v.reason ?? '').trim() })}
    >
      <Form.Item name="reason" label={label ?? t('common.reason')} rules={optional ? [] : [{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input.TextArea rows={3} maxLength={300} showCount />
      </Form.Item>
    </ModalForm>
  );
}
