import { Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { Navigate } from 'react-router';
import { Button, Result } from 'antd';
import { PageLoading } from '../shared/components';
import { useI18n } from '../shared/i18n';
import type { FeatureRoute } from '../shared/routing/types';
import { canAccess, homePath } from './access';
import { useSession } from './session';

// Pages of the signed-in shell. They load with the layout, after sign-in, keeping antd's
// Result illustrations and ProLayout out of the first download.

function Forbidden() {
  const { t } = useI18n();
  return <Result status="403" title="403" subTitle={t('app.forbidden')} />;
}

export function Guarded({ route, Page }: { route: FeatureRoute; Page: LazyExoticComponent<ComponentType> }) {
  const { state } = useSession();
  if (state.status !== 'signedIn') return null;
  if (!canAccess(state.viewer.permissions, route.permission)) return <Forbidden />;
  return (
    <Suspense fallback={<PageLoading />}>
      <Page />
    </Suspense>
  );
}

export function Home() {
  const { state } = useSession();
  if (state.status !== 'signedIn') return null;
  const home = homePath(state.viewer.permissions);
  return home ? <Navigate to={home} replace /> : <Forbidden />;
}

export function NotFound() {
  const { t } = useI18n();
  return <Result status="404" title="404" subTitle={t('app.notFound')} extra={<Button href="/">{t('app.backHome')}</Button>} />;
}
