import { Form, Input, InputNumber } from 'antd';
import { ModalForm, type FormModalProps } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';

export interface PointsValues {
  points: number;
  reason: string;
}

interface Props extends FormModalProps<PointsValues> {
  /** Redeeming takes a positive number; an adjustment may go either way but not be zero. */
  mode: 'redeem' | 'adjust';
  balance: number;
}

const FIELDS = ['points', 'reason'] as const;

export function PointsForm({ mode, balance, onSubmit, ...props }: Props) {
  const { t } = useI18n();
  const redeem = mode === 'redeem';
  return (
    <ModalForm<PointsValues>
      {...props}
      title={t(redeem ? 'points.redeem' : 'points.requestAdjustment')}
      name={redeem ? 'redeem' : 'adjust'}
      fields={FIELDS}
      onSubmit={(v) => onSubmit({ points: v.points, reason: v.reason.trim() })}
    >
      <Form.Item
        name="points"
        label={t(redeem ? 'points.redeemAmount' : 'points.adjustAmount')}
        extra={redeem ? `${t('points.balance')}: ${balance}` : t('points.adjustHint')}
        rules={[
          { required: true, message: t('common.required') },
          { validator: (_, v?: number) => (v === 0 ? Promise.reject(new Error(t('points.notZero'))) : Promise.resolve()) },
        ]}
      >
        <InputNumber precision={0} min={redeem ? 1 : undefined} max={redeem ? balance : undefined} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="reason" label={t('points.reason')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input maxLength={300} />
      </Form.Item>
    </ModalForm>
  );
}
