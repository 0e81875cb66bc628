import { Badge } from 'antd';
import type { LiveStatus } from '../../../shared/apollo';
import { useI18n } from '../../../shared/i18n';

/** Whether the list is following changes live or catching up after a dropped connection. */
export function LiveIndicator({ status }: { status: LiveStatus }) {
  const { t } = useI18n();
  const up = status === 'connected';
  return (
    <span data-testid="live-status" data-status={status} role="status" aria-live="polite">
      <Badge status={up ? 'success' : 'default'} text={t(up ? 'sd.live.on' : 'sd.live.connecting')} />
    </span>
  );
}
