import { createElement, lazy, Suspense, useMemo, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { ProLayout } from '@ant-design/pro-components';
import { Dropdown } from 'antd';
import { KeyOutlined, LogoutOutlined } from '@ant-design/icons';
import { LanguageSwitch } from '../shared/components';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { useI18n } from '../shared/i18n';
import { menuRoutes } from './access';
import { useSession, useViewer } from './session';

// Rarely opened, so its form stays out of the shell's download until asked for.
const ChangePasswordDialog = lazy(() => import('../features/auth/pages/ChangePasswordDialog'));

export function AppLayout() {
  const viewer = useViewer();
  const { signOut } = useSession();
  const { t } = useI18n();
  const location = useLocation();
  // Mounted on first use and kept, so the dialog can play its closing animation.
  const [passwordDialog, setPasswordDialog] = useState<'closed' | 'open' | 'never'>('never');

  const route = useMemo(
    () => ({
      path: '/',
      routes: menuRoutes(viewer.permissions).map((r) => ({
        path: r.path,
        name: t(r.menu!.label),
        icon: createElement(r.menu!.icon),
      })),
    }),
    [viewer.permissions, t],
  );

  return (
    <ProLayout
      title="Stationhub"
      logo={false}
      layout="mix"
      fixSiderbar
      route={route}
      location={{ pathname: location.pathname }}
      menu={{ locale: false }}
      menuItemRender={(item, dom) => (item.path ? <Link to={item.path}>{dom}</Link> : dom)}
      actionsRender={() => [<NotificationBell key="bell" />, <LanguageSwitch key="lang" />]}
      avatarProps={{
        title: viewer.user?.displayName ?? viewer.name,
        size: 'small',
        render: (_props, dom) => (
          <Dropdown
            menu={{
              items: [
                ...(viewer.user ? [{ key: 'password', icon: <KeyOutlined />, label: t('password.changeMine') }] : []),
                { key: 'logout', icon: <LogoutOutlined />, label: t('app.logout') },
              ],
              onClick: ({ key }) => (key === 'password' ? setPasswordDialog('open') : void signOut()),
            }}
          >
            <span data-testid="user-menu">{dom}</span>
          </Dropdown>
        ),
      }}
    >
      <Outlet />
      {passwordDialog === 'never' ? null : (
        <Suspense fallback={null}>
          <ChangePasswordDialog open={passwordDialog === 'open'} onClose={() => setPasswordDialog('closed')} />
        </Suspense>
      )}
    </ProLayout>
  );
}
