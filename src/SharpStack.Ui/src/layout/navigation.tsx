import {
  ApartmentOutlined,
  BellOutlined,
  DashboardOutlined,
  SafetyOutlined,
  SettingOutlined,
  SyncOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

export interface NavItem {
  path: string;
  labelKey: string;
  icon: ReactNode;
  /** The list command the page needs; the item shows only when the user's role may call it. */
  api?: string;
}

export const NAV_ITEMS: NavItem[] = [
  { path: '/', labelKey: 'nav.dashboard', icon: <DashboardOutlined /> },
  { path: '/domains', labelKey: 'nav.domains', icon: <ApartmentOutlined />, api: 'listDomains' },
  { path: '/accounts', labelKey: 'nav.accounts', icon: <TeamOutlined />, api: 'listAccounts' },
  { path: '/users', labelKey: 'nav.users', icon: <UserOutlined />, api: 'listUsers' },
  { path: '/roles', labelKey: 'nav.roles', icon: <SafetyOutlined />, api: 'listRoles' },
  { path: '/events', labelKey: 'nav.events', icon: <BellOutlined />, api: 'listEvents' },
  { path: '/jobs', labelKey: 'nav.jobs', icon: <SyncOutlined />, api: 'listAsyncJobs' },
  { path: '/settings', labelKey: 'nav.settings', icon: <SettingOutlined />, api: 'listConfigurations' },
];

/** The menu entry a location belongs to: /roles/abc → /roles. */
export function selectedNav(pathname: string): string {
  const match = NAV_ITEMS.filter((i) => i.path !== '/' && (pathname === i.path || pathname.startsWith(i.path + '/')));
  return match.length > 0 ? match[0].path : '/';
}
