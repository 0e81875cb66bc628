import { Alert, Form, Input } from 'antd';
import { ModalForm, type FormModalProps } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';
import type { DocumentAction } from '../actions';

export interface DecisionValues {
  comment?: string;
}

/** Actions that need words from the person: a reason to reject, void or 棄審, what to change on a return. */
const REQUIRED: ReadonlySet<DocumentAction> = new Set(['reject', 'return', 'void', 'unapprove']);
const FIELDS = ['comment'] as const;

const TITLES = {
  approve: 'document.action.approve',
  reject: 'document.action.reject',
  return: 'document.action.return',
  withdraw: 'document.action.withdraw',
  void: 'document.action.void',
  unapprove: 'document.action.unapprove',
} as const;

export type DecisionAction = keyof typeof TITLES;

export function DecisionForm({ action, ...props }: FormModalProps<DecisionValues> & { action: DecisionAction }) {
  const { t } = useI18n();
  const required = REQUIRED.has(action);
  const isComment = action === 'approve' || action === 'return';
  const label = isComment ? t('document.action.comment') : t('document.action.reason');
  const hint = action === 'void' ? t('document.action.voidHint') : action === 'unapprove' ? t('document.action.unapproveHint') : null;
  return (
    <ModalForm<DecisionValues>
      {...props}
      title={t(TITLES[action])}
      name="decision"
      okText={t(TITLES[action])}
      fields={FIELDS}
      notice={hint ? <Alert type="info" showIcon style={{ marginBottom: 16 }} title={hint} /> : null}
    >
      <Form.Item
        name="comment"
        label={label}
        rules={required ? [{ required: true, whitespace: true, message: action === 'return' ? t('document.action.commentRequired') : t('document.action.reasonRequired') }] : []}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
      </Form.Item>
    </ModalForm>
  );
}
