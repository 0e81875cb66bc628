import { useMemo } from 'react';
import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ModalForm, SearchSelect, type SearchSource, type FormModalProps } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';

export interface AbsenceValues {
  deputyId: string;
  /** ISO instants, as the API takes them. */
  startsAt: string;
  endsAt: string;
  reason: string;
}

interface Props extends FormModalProps<AbsenceValues> {
  employeeName: string;
  deputies: SearchSource;
}

type RawValues = { deputyId: string; period: [Dayjs, Dayjs]; reason?: string };

const FIELDS = ['deputyId', 'period', 'reason'] as const;

/** Records who acts for an absent person and when (R-ORG-4: 代行職責). */
export function AbsenceForm({ open, employeeName, deputies, errors, formError, loading, onSubmit, onCancel }: Props) {
  const { t } = useI18n();

  // The server names the two ends separately; the form shows one period field.
  const byField = useMemo(() => {
    const { startsAt, endsAt, ...rest } = errors;
    const period = [startsAt, endsAt].filter(Boolean).join('; ');
    return period ? { ...rest, period } : rest;
  }, [errors]);

  return (
    <ModalForm<RawValues>
      open={open}
      title={`${t('employee.recordAbsence')} · ${employeeName}`}
      name="absence"
      fields={FIELDS}
      errors={byField}
      formError={formError}
      loading={loading}
      onSubmit={(raw) =>
        onSubmit({
          deputyId: raw.deputyId,
          startsAt: raw.period[0].second(0).millisecond(0).toISOString(),
          endsAt: raw.period[1].second(0).millisecond(0).toISOString(),
          reason: raw.reason?.trim() ?? '',
        })
      }
      onCancel={onCancel}
    >
      <Form.Item name="deputyId" label={t('employee.deputy')} rules={[{ required: true, message: t('employee.required') }]} extra={t('employee.deputyHint')}>
        <SearchSelect aria-label={t('employee.deputy')} source={deputies} placeholder={t('org.pickEmployee')} />
      </Form.Item>
      <Form.Item name="period" label={t('employee.period')} rules={[{ required: true, message: t('employee.required') }]}>
        <DatePicker.RangePicker
          showTime={{ format: 'HH:mm', defaultValue: [dayjs().hour(9).minute(0), dayjs().hour(18).minute(0)] }}
          format="YYYY-MM-DD HH:mm"
          style={{ width: '100%' }}
          aria-label={t('employee.period')}
        />
      </Form.Item>
      <Form.Item name="reason" label={t('employee.reason')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} />
      </Form.Item>
    </ModalForm>
  );
}
