import { Form, Input, Radio } from 'antd';
import { ModalForm, type FormModalProps } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';

export type FollowUpOutcome = 'satisfied' | 'unsatisfied' | 'unreachable';

export interface FollowUpValues {
  outcome: FollowUpOutcome;
  result: string;
}

const FIELDS = ['outcome', 'result', 'reached', 'satisfied'] as const;
const OUTCOMES: readonly FollowUpOutcome[] = ['satisfied', 'unsatisfied', 'unreachable'];

/** The follow-up visit (回訪, R-SVC-3): the customer satisfied or not, or not reached, and what they said. */
export function FollowUpForm({ caseLabel, ...props }: FormModalProps<FollowUpValues> & { caseLabel: string }) {
  const { t } = useI18n();
  return (
    <ModalForm<FollowUpValues> {...props} title={t('sd.followUp.record', { case: caseLabel })} name="followUp" fields={FIELDS} width={520}>
      <Form.Item name="outcome" label={t('sd.followUp.outcome')} rules={[{ required: true, message: t('common.required') }]}>
        <Radio.Group options={OUTCOMES.map((o) => ({ value: o, label: t(`sd.followUp.${o}`) }))} />
      </Form.Item>
      <Form.Item
        name="result"
        label={t('sd.followUp.result')}
        extra={t('sd.followUp.resultHint')}
        rules={[{ required: true, whitespace: true, message: t('common.required') }]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
      </Form.Item>
    </ModalForm>
  );
}

/** The API's form of an outcome: reached or not, and if reached, satisfied or not. */
export function followUpInput(v: FollowUpValues): { reached: boolean; satisfied: boolean | null; result: string } {
  const reached = v.outcome !== 'unreachable';
  return { reached, satisfied: reached ? v.outcome === 'satisfied' : null, result: v.result.trim() };
}
