import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, useLocation, type RouteObject } from 'react-router';
// From its own file: the shared index would pull every shared component into the first download.
import { PageLoading } from '../shared/components/PageState';
import { publicSurveyPage } from '../features/surveys/routes';
import { featureRoutes } from './access';
import { useSession } from './session';

// Everything behind sign-in is lazy: the first download holds only the providers, the
// router and the spinner, so the login page appears fast on a station's slow line.
const LoginPage = lazy(() => import('../features/auth/pages/LoginPage'));
// A customer's survey link: public, outside the shell and its session guard.
const SurveyPage = lazy(publicSurveyPage);
const AppLayout = lazy(() => import('./layout').then((m) => ({ default: m.AppLayout })));
const Guarded = lazy(() => import('./pages').then((m) => ({ default: m.Guarded })));
const Home = lazy(() => import('./pages').then((m) => ({ default: m.Home })));
const NotFound = lazy(() => import('./pages').then((m) => ({ default: m.NotFound })));

const suspended = (node: ReactNode) => <Suspense fallback={<PageLoading />}>{node}</Suspense>;

function RequireSession({ children }: { children: ReactNode }) {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'restoring') return <PageLoading />;
  if (state.status === 'anonymous') {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search, expired: state.expired }} />;
  }
  return children;
}

function LoginRoute() {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'restoring') return <PageLoading />;
  if (state.status === 'signedIn') {
    const from = (location.state as { from?: string } | null)?.from;
    return <Navigate to={from && from !== '/login' ? from : '/'} replace />;
  }
  return suspended(<LoginPage />);
}

const pageRoutes: RouteObject[] = featureRoutes.map((route) => {
  const Page = lazy(route.page);
  return { path: route.path, element: suspended(<Guarded route={route} Page={Page} />) };
});

export const router = createBrowserRouter([
  { path: '/login', element: <LoginRoute /> },
  { path: '/s/:token', element: suspended(<SurveyPage />) },
  {
    path: '/',
    element: <RequireSession>{suspended(<AppLayout />)}</RequireSession>,
    children: [{ index: true, element: suspended(<Home />) }, ...pageRoutes, { path: '*', element: suspended(<NotFound />) }],
  },
]);
