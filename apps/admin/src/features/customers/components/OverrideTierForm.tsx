import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { TierBadgeFragment } from '../../../gql/graphql';
import { ModalForm, tierName, type FormModalProps } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';

export interface OverrideValues {
  /** '' holds the customer at no tier. */
  tierId: string;
  reason: string;
  expiresAt: string | null;
}

interface Props extends FormModalProps<OverrideValues> {
  tiers: readonly TierBadgeFragment[];
}

type Raw = Omit<OverrideValues, 'expiresAt'> & { expiresAt?: Dayjs | null };

const FIELDS = ['tierId', 'reason', 'expiresAt'] as const;
const NO_TIER = '';

export function OverrideTierForm({ tiers, onSubmit, ...props }: Props) {
  const { t, locale } = useI18n();
  return (
    <ModalForm<Raw>
      {...props}
      title={t('tierStatus.override')}
      name="override"
      fields={FIELDS}
      onSubmit={(raw) => onSubmit({ tierId: raw.tierId, reason: raw.reason.trim(), expiresAt: raw.expiresAt ? raw.expiresAt.endOf('day').toISOString() : null })}
    >
      <Form.Item name="tierId" label={t('tierStatus.overrideTier')} rules={[{ required: true, message: t('common.required') }]}>
        <Select
          aria-label={t('tierStatus.overrideTier')}
          options={[...tiers.map((tier) => ({ value: tier.id, label: tierName(tier, locale) })), { value: NO_TIER, label: t('tierStatus.overrideNoTier') }]}
        />
      </Form.Item>
      <Form.Item name="reason" label={t('tierStatus.reason')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input.TextArea rows={2} maxLength={300} />
      </Form.Item>
      <Form.Item name="expiresAt" label={t('tierStatus.expiresAt')}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day') || d.isAfter(dayjs().add(2, 'year'))} />
      </Form.Item>
    </ModalForm>
  );
}
