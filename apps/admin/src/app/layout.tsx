import { createElement, useMemo } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { ProLayout } from '@ant-design/pro-components';
import { Dropdown } from 'antd';
import { LogoutOutlined } from '@ant-design/icons';
import { LanguageSwitch } from '../shared/components';
import { useI18n } from '../shared/i18n';
import { menuRoutes } from './access';
import { useSession, useViewer } from './session';

export function AppLayout() {
  const viewer = useViewer();
  const { signOut } = useSession();
  const { t } = useI18n();
  const location = useLocation();

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
      actionsRender={() => [<LanguageSwitch key="lang" />]}
      avatarProps={{
        title: viewer.user?.displayName ?? viewer.name,
        size: 'small',
        render: (_props, dom) => (
          <Dropdown
            menu={{
              items: [{ key: 'logout', icon: <LogoutOutlined />, label: t('app.logout') }],
              onClick: () => void signOut(),
            }}
          >
            <span data-testid="user-menu">{dom}</span>
          </Dropdown>
        ),
      }}
    >
      <Outlet />
    </ProLayout>
  );
}
