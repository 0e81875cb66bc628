import { Flex, InputNumber } from 'antd';
import { useI18n } from '../../../../shared/i18n';
import { joinMinutes, splitMinutes } from './duration';

interface Props {
  /** Set by Form.Item: the label's `htmlFor` points at the hours. */
  id?: string;
  value?: number;
  onChange?: (minutes: number) => void;
  /** What the duration is of, to name each of the two boxes. */
  label: string;
  disabled?: boolean;
}

/** Business minutes typed as hours and minutes; the form holds whole minutes, as the API does. */
export function DurationInput({ id, value, onChange, label, disabled }: Props) {
  const { t } = useI18n();
  const { hours, minutes } = splitMinutes(value ?? 0);
  const parts = [
    { key: 'hours', id, value: hours, max: undefined, suffix: t('sdSettings.h'), name: t('sdSettings.hoursOf', { what: label }), join: (h: number) => joinMinutes({ hours: h, minutes }) },
    { key: 'minutes', id: id && `${id}_minutes`, value: minutes, max: 59, suffix: t('sdSettings.m'), name: t('sdSettings.minutesOf', { what: label }), join: (m: number) => joinMinutes({ hours, minutes: m }) },
  ];
  return (
    <Flex gap={8}>
      {parts.map((part) => (
        <InputNumber<number>
          key={part.key}
          id={part.id}
          min={0}
          max={part.max}
          precision={0}
          value={part.value}
          suffix={part.suffix}
          aria-label={part.name}
          disabled={disabled}
          onChange={(v) => onChange?.(part.join(v ?? 0))}
          style={{ width: 120 }}
        />
      ))}
    </Flex>
  );
}
