import { ClockCircleOutlined, ExclamationCircleOutlined, PauseCircleOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { ToneTag } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';
import { useNow } from '../clock';
import { SLA_TONE, slaReading, slaText, type SlaClock } from '../sla';

/** Time left to a case's next SLA target, counting down on screen; paused while waiting for the customer (R-SVC-10). */
export function SlaBadge({ clock }: { clock: SlaClock }) {
  const { t } = useI18n();
  const now = useNow();
  const reading = slaReading(clock, now);
  const icon =
    reading.state === 'paused' ? <PauseCircleOutlined /> : reading.state === 'breached' || reading.state === 'missed' ? <ExclamationCircleOutlined /> : <ClockCircleOutlined />;
  return (
    <span data-testid="sla-badge" data-sla={reading.state}>
      <ToneTag tone={SLA_TONE[reading.state]} title={reading.dueAt ? t('sd.sla.dueAt', { at: dayjs(reading.dueAt).format('YYYY-MM-DD HH:mm') }) : undefined}>
        {icon} {slaText(reading, t)}
      </ToneTag>
    </span>
  );
}
