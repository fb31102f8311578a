import {
  AlertOutlined,
  CameraOutlined,
  CompassOutlined,
  GatewayOutlined,
  HistoryOutlined,
  AppstoreOutlined,
  BranchesOutlined,
  AimOutlined,
  PartitionOutlined,
  ShareAltOutlined,
  CodeSandboxOutlined,
  InboxOutlined,
  NodeIndexOutlined,
  ApartmentOutlined,
  BlockOutlined,
  ClusterOutlined,
  LockOutlined,
  SafetyCertificateOutlined,
  CloudServerOutlined,
  DatabaseOutlined,
  DeploymentUnitOutlined,
  ContainerOutlined,
  FileImageOutlined,
  KeyOutlined,
  LaptopOutlined,
  PictureOutlined,
  ProfileOutlined,
  ProjectOutlined,
  GlobalOutlined,
  HddOutlined,
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
  /** A group (e.g. Infrastructure): shown when one of its children is. */
  children?: NavItem[];
  /** Only for root admins (account type 1), whatever the role's APIs. */
  rootAdminOnly?: boolean;
}

export const NAV_ITEMS: NavItem[] = [
  { path: '/', labelKey: 'nav.dashboard', icon: <DashboardOutlined /> },
  {
    path: 'compute',
    labelKey: 'nav.compute',
    icon: <LaptopOutlined />,
    children: [
      { path: '/compute/instances', labelKey: 'nav.instances', icon: <CodeSandboxOutlined />, api: 'listVirtualMachines' },
      { path: '/compute/ssh-keypairs', labelKey: 'nav.sshKeyPairs', icon: <KeyOutlined />, api: 'listSSHKeyPairs' },
      { path: '/compute/affinity-groups', labelKey: 'nav.affinityGroups', icon: <GatewayOutlined />, api: 'listAffinityGroups' },
    ],
  },
  {
    path: 'storage',
    labelKey: 'nav.storage',
    icon: <InboxOutlined />,
    children: [
      { path: '/storage/volumes', labelKey: 'nav.volumes', icon: <HddOutlined />, api: 'listVolumes' },
      { path: '/storage/snapshots', labelKey: 'nav.snapshots', icon: <CameraOutlined />, api: 'listSnapshots' },
      { path: '/storage/vm-snapshots', labelKey: 'nav.vmSnapshots', icon: <HistoryOutlined />, api: 'listVMSnapshot' },
    ],
  },
  {
    path: 'network',
    labelKey: 'nav.network',
    icon: <NodeIndexOutlined />,
    children: [
      { path: '/network/guest-networks', labelKey: 'nav.guestNetworks', icon: <BranchesOutlined />, api: 'listNetworks' },
      { path: '/network/public-ips', labelKey: 'nav.publicIps', icon: <AimOutlined />, api: 'listPublicIpAddresses' },
      { path: '/network/security-groups', labelKey: 'nav.securityGroups', icon: <SafetyCertificateOutlined />, api: 'listSecurityGroups' },
      { path: '/network/vpn-users', labelKey: 'nav.vpnUsers', icon: <LockOutlined />, api: 'listVpnUsers' },
    ],
  },
  {
    path: 'images',
    labelKey: 'nav.images',
    icon: <PictureOutlined />,
    children: [
      { path: '/images/templates', labelKey: 'nav.templates', icon: <FileImageOutlined />, api: 'listTemplates' },
      { path: '/images/isos', labelKey: 'nav.isos', icon: <CompassOutlined />, api: 'listIsos' },
    ],
  },
  { path: '/projects', labelKey: 'nav.projects', icon: <ProjectOutlined />, api: 'listProjects' },
  { path: '/domains', labelKey: 'nav.domains', icon: <ApartmentOutlined />, api: 'listDomains' },
  { path: '/accounts', labelKey: 'nav.accounts', icon: <TeamOutlined />, api: 'listAccounts' },
  { path: '/users', labelKey: 'nav.users', icon: <UserOutlined />, api: 'listUsers' },
  { path: '/roles', labelKey: 'nav.roles', icon: <SafetyOutlined />, api: 'listRoles' },
  { path: '/events', labelKey: 'nav.events', icon: <BellOutlined />, api: 'listEvents' },
  { path: '/jobs', labelKey: 'nav.jobs', icon: <SyncOutlined />, api: 'listAsyncJobs' },
  {
    path: 'infra',
    labelKey: 'nav.infrastructure',
    icon: <CloudServerOutlined />,
    rootAdminOnly: true,
    children: [
      { path: '/infra/zones', labelKey: 'nav.zones', icon: <GlobalOutlined />, api: 'listZones' },
      { path: '/infra/pods', labelKey: 'nav.pods', icon: <BlockOutlined />, api: 'listPods' },
      { path: '/infra/clusters', labelKey: 'nav.clusters', icon: <ClusterOutlined />, api: 'listClusters' },
      { path: '/infra/hosts', labelKey: 'nav.hosts', icon: <DeploymentUnitOutlined />, api: 'listHosts' },
      { path: '/infra/primary-storage', labelKey: 'nav.primaryStorage', icon: <HddOutlined />, api: 'listStoragePools' },
      { path: '/infra/secondary-storage', labelKey: 'nav.secondaryStorage', icon: <DatabaseOutlined />, api: 'listImageStores' },
      { path: '/infra/routers', labelKey: 'nav.routers', icon: <PartitionOutlined />, api: 'listRouters' },
      { path: '/infra/alerts', labelKey: 'nav.alerts', icon: <AlertOutlined />, api: 'listAlerts' },
    ],
  },
  {
    path: 'offerings',
    labelKey: 'nav.serviceOfferings',
    icon: <ProfileOutlined />,
    children: [
      { path: '/offerings/compute', labelKey: 'nav.computeOfferings', icon: <AppstoreOutlined />, api: 'listServiceOfferings' },
      { path: '/offerings/disk', labelKey: 'nav.diskOfferings', icon: <ContainerOutlined />, api: 'listDiskOfferings' },
      { path: '/offerings/network', labelKey: 'nav.networkOfferings', icon: <ShareAltOutlined />, api: 'listNetworkOfferings' },
    ],
  },
  { path: '/settings', labelKey: 'nav.settings', icon: <SettingOutlined />, api: 'listConfigurations' },
];

/** The pages of the menu, groups flattened. */
export function navPages(items: NavItem[] = NAV_ITEMS): NavItem[] {
  return items.flatMap((i) => (i.children ? navPages(i.children) : [i]));
}

/** The group a path's menu entry sits in, if any. */
export function navGroupOf(path: string): string | undefined {
  return NAV_ITEMS.find((g) => g.children?.some((c) => c.path === path))?.path;
}

/** The menu entry a location belongs to: /roles/abc → /roles. */
export function selectedNav(pathname: string): string {
  const match = navPages().filter((i) => i.path !== '/' && (pathname === i.path || pathname.startsWith(i.path + '/')));
  return match.length > 0 ? match[0].path : '/';
}
