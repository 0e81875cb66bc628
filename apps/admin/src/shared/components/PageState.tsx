import { Button, Result, Spin } from 'antd';
import { useI18n } from '../i18n';
import { errorCode, errorMessage } from '../apollo';

export function PageLoading() {
  const { t } = useI18n();
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: 64 }} role="status" aria-live="polite">
      <Spin description={t('app.loading')} />
    </div>
  );
}

/** A failed page load; FORBIDDEN gets its own wording because retrying will not help. */
export function PageError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, locale } = useI18n();
  if (errorCode(error) === 'FORBIDDEN') return <Result status="403" title="403" subTitle={t('app.forbidden')} />;
  return (
    <Result
      status="error"
      title={t('app.error')}
      subTitle={errorMessage(error, locale)}
      extra={onRetry ? <Button onClick={onRetry}>{t('app.retry')}</Button> : undefined}
    />
  );
}
