import { Button, DatePicker, Empty, Flex, Typography } from 'antd';
import { CloseOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { ToneTag } from '../../../../shared/components';
import { useI18n } from '../../../../shared/i18n';
import { addHoliday, holidayField, removeHoliday } from './calendar';

interface Props {
  holidays: readonly string[];
  /** Worded problems keyed by the API's field names (`holidays[2]`), by position in `holidays`. */
  errors: Readonly<Record<string, string>>;
  onChange: (holidays: string[]) => void;
  disabled?: boolean;
}

/** A station's closed dates: picked from a calendar, each removable; SLA clocks skip them. */
export function HolidayEditor({ holidays, errors, onChange, disabled }: Props) {
  const { t } = useI18n();
  return (
    <Flex vertical gap={12}>
      <DatePicker
        id="holidays_new"
        aria-label={t('sdSettings.addHoliday')}
        placeholder={t('sdSettings.addHoliday')}
        value={null as Dayjs | null}
        disabled={disabled}
        disabledDate={(d: Dayjs) => holidays.includes(d.format('YYYY-MM-DD'))}
        onChange={(d: Dayjs | null) => d && onChange(addHoliday(holidays, d.format('YYYY-MM-DD')))}
        style={{ width: 220 }}
      />
      {holidays.length ? (
        <Flex wrap gap={8} role="list" aria-label={t('sdSettings.holidays')}>
          {holidays.map((date, i) => {
            const error = errors[holidayField(i)];
            return (
              <div key={date} role="listitem" data-testid={`holiday-${date}`}>
                <ToneTag tone={error ? 'danger' : 'neutral'}>
                  {date} {dayjs(date).isValid() ? dayjs(date).format('ddd') : ''}
                  <Button
                    type="text"
                    size="small"
                    icon={<CloseOutlined />}
                    aria-label={t('sdSettings.removeHoliday', { date })}
                    disabled={disabled}
                    onClick={() => onChange(removeHoliday(holidays, date))}
                  />
                </ToneTag>
                {error ? (
                  <Typography.Text type="danger" style={{ display: 'block', fontSize: 12 }}>
                    {error}
                  </Typography.Text>
                ) : null}
              </div>
            );
          })}
        </Flex>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sdSettings.noHolidays')} />
      )}
    </Flex>
  );
}
