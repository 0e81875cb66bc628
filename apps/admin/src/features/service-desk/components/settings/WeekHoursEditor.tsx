import { useMemo } from 'react';
import { Button, Col, Flex, Row, Select, Switch, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useI18n } from '../../../../shared/i18n';
import {
  addInterval,
  dayField,
  formatMinutes,
  intervalField,
  removeInterval,
  setBound,
  timeChoices,
  toggleClosed,
  WEEKDAY_ORDER,
  type DayDraft,
  type IntervalDraft,
  type WeekDraft,
  type Weekday,
} from './calendar';

interface Props {
  week: WeekDraft;
  /** Worded problems keyed by the API's field names (`week[6][1]`, `week[6]`, `week`). */
  errors: Readonly<Record<string, string>>;
  onChange: (weekday: number, day: DayDraft) => void;
  disabled?: boolean;
}

const errorId = (weekday: number, index: number) => `hours_${weekday}_${index}_error`;

/** The times offered, every quarter of an hour; odd times already saved stay selectable. */
const STEP = 15;

/**
 * A station's opening hours, Monday first: per weekday open or closed and its list of
 * from–to intervals. Problems the API names stand under the interval or day they are about.
 */
export function WeekHoursEditor({ week, errors, onChange, disabled }: Props) {
  const { t } = useI18n();
  const choices = useMemo(() => {
    const times = timeChoices(STEP, week.flatMap((day) => day.flatMap((iv) => [iv.from, iv.to])));
    return times.map((m) => ({ value: m, label: formatMinutes(m) }));
  }, [week]);

  const bound = (weekday: Weekday, day: DayDraft, index: number, which: keyof IntervalDraft, n: number, invalid: boolean) => (
    <Select<number>
      status={invalid ? 'error' : undefined}
      aria-invalid={invalid || undefined}
      aria-describedby={invalid ? errorId(weekday, index) : undefined}
      id={`hours_${weekday}_${index}_${which}`}
      aria-label={t(which === 'from' ? 'sdSettings.from' : 'sdSettings.to', { day: t(`sdSettings.day.${weekday}`), n })}
      showSearch={{ filterOption: (input, option) => String(option?.label ?? '').startsWith(input.trim()) }}
      value={day[index]![which] ?? undefined}
      options={choices}
      disabled={disabled}
      onChange={(m) => onChange(weekday, setBound(day, index, which, m))}
      style={{ width: 96 }}
    />
  );

  return (
    <>
      {WEEKDAY_ORDER.map((weekday) => {
        const day = week[weekday] ?? [];
        const name = t(`sdSettings.day.${weekday}`);
        const dayError = errors[dayField(weekday)];
        return (
          <Row key={weekday} gutter={[12, 4]} role="group" aria-label={name} data-testid={`hours-day-${weekday}`} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
            <Col flex="96px">
              <Typography.Text strong>{name}</Typography.Text>
            </Col>
            <Col flex="120px">
              {/* The state in words beside the switch: text inside an off switch is too pale to read. */}
              <Flex gap={8} align="center">
                <Switch
                  checked={day.length > 0}
                  aria-label={`${name}: ${t('sdSettings.open')}`}
                  disabled={disabled}
                  onChange={() => onChange(weekday, toggleClosed(day))}
                  data-testid={`hours-open-${weekday}`}
                />
                <Typography.Text type={day.length ? undefined : 'secondary'}>{t(day.length ? 'sdSettings.open' : 'sdSettings.closed')}</Typography.Text>
              </Flex>
            </Col>
            <Col flex="auto">
              {day.map((_, index) => {
                const n = index + 1;
                const error = errors[intervalField(weekday, index)];
                return (
                  <div key={index} style={{ marginBottom: 8 }} data-testid={`interval-${weekday}-${index}`}>
                    <Flex gap={8} align="center">
                      {bound(weekday, day, index, 'from', n, !!error)}
                      <span aria-hidden>–</span>
                      {bound(weekday, day, index, 'to', n, !!error)}
                      <Button
                        type="text"
                        icon={<DeleteOutlined />}
                        aria-label={t('sdSettings.removeInterval', { day: name, n })}
                        disabled={disabled}
                        onClick={() => onChange(weekday, removeInterval(day, index))}
                      />
                    </Flex>
                    {error ? (
                      <Typography.Text type="danger" role="alert" id={errorId(weekday, index)} style={{ display: 'block' }} data-testid="interval-error">
                        {error}
                      </Typography.Text>
                    ) : null}
                  </div>
                );
              })}
              {dayError ? (
                <Typography.Text type="danger" role="alert" style={{ display: 'block', marginBottom: 8 }} data-testid={`day-error-${weekday}`}>
                  {dayError}
                </Typography.Text>
              ) : null}
              {day.length ? (
                <Button size="small" type="dashed" icon={<PlusOutlined />} disabled={disabled} onClick={() => onChange(weekday, addInterval(day))} data-testid={`add-interval-${weekday}`}>
                  {t('sdSettings.addInterval')}
                </Button>
              ) : null}
            </Col>
          </Row>
        );
      })}
    </>
  );
}
