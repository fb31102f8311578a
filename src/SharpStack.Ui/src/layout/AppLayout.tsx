import { CloudServerOutlined, LockOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Flex, Layout, Menu, Spin, theme, Typography } from 'antd';
import { Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { Preferences } from '../components/Preferences';
import { ChangePasswordDialog } from '../dialogs/ChangePasswordDialog';
import { NAV_ITEMS, navGroupOf, selectedNav, type NavItem } from './navigation';
import { ProjectSwitcher, useCurrentProject } from './ProjectSwitcher';

/** The frame of every logged-in page: menu on the left (only what the role may use), header on top. */
export function AppLayout() {
  const { t } = useTranslation();
  const { session, can, logout } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);
  const [changingPassword, setChangingPassword] = useState(false);
  const { token } = theme.useToken();
  const project = useCurrentProject();

  const rootAdmin = session?.type === '1';
  type MenuEntry = { key: string; icon: ReactNode; label: string; children?: MenuEntry[] };
  const toItems = (list: NavItem[]): MenuEntry[] =>
    list.flatMap((i): MenuEntry[] => {
      if (i.rootAdminOnly && !rootAdmin) return [];
      if (i.children) {
        const children = toItems(i.children);
        return children.length > 0 ? [{ key: i.path, icon: i.icon, label: t(i.labelKey), children }] : [];
      }
      return !i.api || can(i.api) ? [{ key: i.path, icon: i.icon, label: t(i.labelKey) }] : [];
    });
  const items = toItems(NAV_ITEMS);
  const selected = selectedNav(location.pathname);
  const group = navGroupOf(selected);
  const who = session ? `${session.username} (${t(`accountType.${session.type}`, { defaultValue: session.type })})` : '';

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} width={220} theme="dark">
        <Flex align="center" gap={8} style={{ height: 64, padding: '0 20px', color: '#fff', overflow: 'hidden' }}>
          <CloudServerOutlined style={{ fontSize: 22 }} />
          {!collapsed && <span style={{ fontSize: 18, fontWeight: 600, whiteSpace: 'nowrap' }}>{t('app.name')}</span>}
        </Flex>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[selected]}
          defaultOpenKeys={group ? [group] : []}
          items={items}
          onClick={({ key }) => navigate(key)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            padding: '0 24px',
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'flex-end',
            gap: 8,
          }}
        >
          <ProjectSwitcher />
          <Preferences />
          <Dropdown
            menu={{
              items: [
                { key: 'who', label: t('nav.loggedInAs', { user: who }), disabled: true },
                { type: 'divider' },
                ...(can('updateUser') ? [{ key: 'password', icon: <LockOutlined />, label: t('nav.changePassword') }] : []),
                { key: 'logout', icon: <LogoutOutlined />, label: t('nav.logout') },
              ],
              onClick: ({ key }) => {
                if (key === 'password') setChangingPassword(true);
                if (key === 'logout') void logout().then(() => navigate('/login'));
              },
            }}
          >
            <Button type="text" icon={<UserOutlined />}>
              <Typography.Text>{session?.username}</Typography.Text>
            </Button>
          </Dropdown>
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>
          {/* A new project shows its own resources: the page starts over. */}
          <Suspense key={project?.id ?? 'default'} fallback={<Spin style={{ display: 'block', marginTop: 80 }} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
      {changingPassword && (
        <ChangePasswordDialog
          onClose={(changed) => {
            setChangingPassword(false);
            // The server ended every session of the user: log in again with the new password.
            if (changed) void logout('passwordChanged').then(() => navigate('/login'));
          }}
        />
      )}
    </Layout>
  );
}
