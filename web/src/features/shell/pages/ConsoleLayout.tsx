import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { App, Button, Drawer, Flex, Grid, Layout, theme } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguageSwitch } from '../../../i18n/LanguageSwitch';
import { PageSpinner } from '../../../shared/components/PageSpinner';
import { Brand } from '../components/Brand';
import { ScopeSwitcher } from '../components/ScopeSwitcher';
import { SideMenu } from '../components/SideMenu';
import { UserMenu } from '../components/UserMenu';
import { canUse } from '../../auth/access';
import { useCurrentUser } from '../../auth/currentUser';

// Its own chunk, after the header shows: the bell's count and the alert stream do not hold up the first page.
const LiveAlerts = lazy(() => import('../../devices/components/LiveAlerts'));

/**
 * The console: side menu (a drawer below `lg`), header with scope, language and user menu, the page.
 * antd's `App` (message, modal) lives here and in the resident layout, so the login page does without it.
 * Printed, only the page is left (`linli-no-print` in styles.css).
 */
export default function ConsoleLayout() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const narrow = Grid.useBreakpoint().lg === false;
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const menuOpen = narrow ? drawerOpen : !collapsed;
  const readsDevices = canUse(useCurrentUser(), 'devices');

  return (
    <App>
      <Layout style={{ minHeight: '100vh' }}>
        {narrow ? (
          <Drawer
            placement="left"
            size={240}
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            title={<Brand />}
            styles={{ body: { padding: 0 } }}
          >
            <SideMenu onNavigate={() => setDrawerOpen(false)} />
          </Drawer>
        ) : (
          <Layout.Sider
            theme="light"
            width={220}
            collapsible
            collapsed={collapsed}
            trigger={null}
            className="linli-no-print"
          >
            <Brand collapsed={collapsed} />
            <SideMenu />
          </Layout.Sider>
        )}
        <Layout style={{ minWidth: 0 }}>
          <Layout.Header
            className="linli-no-print"
            style={{ background: token.colorBgContainer, padding: '0 8px', lineHeight: 'normal' }}
          >
            <Flex align="center" gap="small" style={{ height: '100%' }}>
              <Button
                type="text"
                icon={menuOpen ? <MenuFoldOutlined /> : <MenuUnfoldOutlined />}
                aria-label={t('shell.toggleMenu')}
                aria-expanded={menuOpen}
                onClick={() => (narrow ? setDrawerOpen(true) : setCollapsed(!collapsed))}
                data-testid="menu-toggle"
              />
              <ScopeSwitcher />
              <Flex flex={1} justify="flex-end" align="center" gap="small">
                {readsDevices ? (
                  <Suspense fallback={null}>
                    <LiveAlerts />
                  </Suspense>
                ) : null}
                <LanguageSwitch />
                <UserMenu compact={narrow} />
              </Flex>
            </Flex>
          </Layout.Header>
          <Layout.Content
            className="linli-console-content"
            style={{
              margin: narrow ? 8 : 16,
              padding: narrow ? 12 : 24,
              background: token.colorBgContainer,
              borderRadius: token.borderRadiusLG,
              minWidth: 0,
            }}
          >
            <Suspense fallback={<PageSpinner />}>
              <Outlet />
            </Suspense>
          </Layout.Content>
        </Layout>
      </Layout>
    </App>
  );
}
