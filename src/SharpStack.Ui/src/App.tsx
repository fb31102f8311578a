import { lazy, type ReactNode } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ApiProvider } from './api/ApiContext';
import type { ApiClient } from './api/client';
import { AuthProvider } from './auth/AuthContext';
import { RequireApi, RequireAuth } from './auth/RequireAuth';
import { AppLayout } from './layout/AppLayout';
import LoginPage from './pages/LoginPage';
import { ThemeProvider } from './theme/ThemeContext';

// One chunk per page: the login page loads without the rest.
const DashboardPage = lazy(() => import('./pages/DashboardPage'));
const DomainsPage = lazy(() => import('./pages/DomainsPage'));
const AccountsPage = lazy(() => import('./pages/AccountsPage'));
const UsersPage = lazy(() => import('./pages/UsersPage'));
const RolesPage = lazy(() => import('./pages/RolesPage'));
const RoleRulesPage = lazy(() => import('./pages/RoleRulesPage'));
const EventsPage = lazy(() => import('./pages/EventsPage'));
const JobsPage = lazy(() => import('./pages/JobsPage'));
const SettingsPage = lazy(() => import('./pages/SettingsPage'));
const ZonesPage = lazy(() => import('./pages/infra/ZonesPage'));
const ZoneWizardPage = lazy(() => import('./pages/infra/ZoneWizardPage'));
const PodsPage = lazy(() => import('./pages/infra/PodsPage'));
const ClustersPage = lazy(() => import('./pages/infra/ClustersPage'));
const HostsPage = lazy(() => import('./pages/infra/HostsPage'));
const PrimaryStoragePage = lazy(() => import('./pages/infra/PrimaryStoragePage'));
const SecondaryStoragePage = lazy(() => import('./pages/infra/SecondaryStoragePage'));
const AlertsPage = lazy(() => import('./pages/infra/AlertsPage'));
const ComputeOfferingsPage = lazy(() => import('./pages/offerings/ComputeOfferingsPage'));
const DiskOfferingsPage = lazy(() => import('./pages/offerings/DiskOfferingsPage'));
const TemplatesPage = lazy(() => import('./pages/images/TemplatesPage'));
const SshKeyPairsPage = lazy(() => import('./pages/compute/SshKeyPairsPage'));
const InstancesPage = lazy(() => import('./pages/compute/InstancesPage'));
const InstanceDetailPage = lazy(() => import('./pages/compute/InstanceDetailPage'));
const DeployInstancePage = lazy(() => import('./pages/compute/deploy/DeployInstancePage'));
const VolumesPage = lazy(() => import('./pages/storage/VolumesPage'));
const SnapshotsPage = lazy(() => import('./pages/storage/SnapshotsPage'));
const VmSnapshotsPage = lazy(() => import('./pages/storage/VmSnapshotsPage'));
const IsosPage = lazy(() => import('./pages/images/IsosPage'));
const AffinityGroupsPage = lazy(() => import('./pages/compute/AffinityGroupsPage'));
const NetworksPage = lazy(() => import('./pages/network/NetworksPage'));
const NetworkDetailPage = lazy(() => import('./pages/network/NetworkDetailPage'));
const PublicIpsPage = lazy(() => import('./pages/network/PublicIpsPage'));
const PublicIpDetailPage = lazy(() => import('./pages/network/PublicIpDetailPage'));
const SecurityGroupsPage = lazy(() => import('./pages/network/SecurityGroupsPage'));
const SecurityGroupDetailPage = lazy(() => import('./pages/network/SecurityGroupDetailPage'));
const VpnUsersPage = lazy(() => import('./pages/network/VpnUsersPage'));
const RoutersPage = lazy(() => import('./pages/infra/RoutersPage'));
const NetworkOfferingsPage = lazy(() => import('./pages/offerings/NetworkOfferingsPage'));
const ProjectsPage = lazy(() => import('./pages/projects/ProjectsPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

const guarded = (api: string, page: ReactNode) => <RequireApi api={api}>{page}</RequireApi>;

/** Routes under /client/: bookmarkable, with list state in the query string. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }
      >
        <Route index element={<DashboardPage />} />
        <Route path="projects" element={guarded('listProjects', <ProjectsPage />)} />
        <Route path="domains" element={guarded('listDomains', <DomainsPage />)} />
        <Route path="accounts" element={guarded('listAccounts', <AccountsPage />)} />
        <Route path="users" element={guarded('listUsers', <UsersPage />)} />
        <Route path="roles" element={guarded('listRoles', <RolesPage />)} />
        <Route path="roles/:id" element={guarded('listRolePermissions', <RoleRulesPage />)} />
        <Route path="events" element={guarded('listEvents', <EventsPage />)} />
        <Route path="jobs" element={guarded('listAsyncJobs', <JobsPage />)} />
        <Route path="settings" element={guarded('listConfigurations', <SettingsPage />)} />
        <Route path="infra/zones" element={guarded('listZones', <ZonesPage />)} />
        <Route path="infra/zones/new" element={guarded('createZone', <ZoneWizardPage />)} />
        <Route path="infra/pods" element={guarded('listPods', <PodsPage />)} />
        <Route path="infra/clusters" element={guarded('listClusters', <ClustersPage />)} />
        <Route path="infra/hosts" element={guarded('listHosts', <HostsPage />)} />
        <Route path="infra/primary-storage" element={guarded('listStoragePools', <PrimaryStoragePage />)} />
        <Route path="infra/secondary-storage" element={guarded('listImageStores', <SecondaryStoragePage />)} />
        <Route path="infra/alerts" element={guarded('listAlerts', <AlertsPage />)} />
        <Route path="infra/routers" element={guarded('listRouters', <RoutersPage />)} />
        <Route path="compute/instances" element={guarded('listVirtualMachines', <InstancesPage />)} />
        <Route path="compute/instances/new" element={guarded('deployVirtualMachine', <DeployInstancePage />)} />
        <Route path="compute/instances/:id" element={guarded('listVirtualMachines', <InstanceDetailPage />)} />
        <Route path="compute/ssh-keypairs" element={guarded('listSSHKeyPairs', <SshKeyPairsPage />)} />
        <Route path="compute/affinity-groups" element={guarded('listAffinityGroups', <AffinityGroupsPage />)} />
        <Route path="storage/volumes" element={guarded('listVolumes', <VolumesPage />)} />
        <Route path="storage/snapshots" element={guarded('listSnapshots', <SnapshotsPage />)} />
        <Route path="storage/vm-snapshots" element={guarded('listVMSnapshot', <VmSnapshotsPage />)} />
        <Route path="network/guest-networks" element={guarded('listNetworks', <NetworksPage />)} />
        <Route path="network/guest-networks/:id" element={guarded('listNetworks', <NetworkDetailPage />)} />
        <Route path="network/public-ips" element={guarded('listPublicIpAddresses', <PublicIpsPage />)} />
        <Route path="network/public-ips/:id" element={guarded('listPublicIpAddresses', <PublicIpDetailPage />)} />
        <Route path="network/security-groups" element={guarded('listSecurityGroups', <SecurityGroupsPage />)} />
        <Route path="network/security-groups/:id" element={guarded('listSecurityGroups', <SecurityGroupDetailPage />)} />
        <Route path="network/vpn-users" element={guarded('listVpnUsers', <VpnUsersPage />)} />
        <Route path="images/templates" element={guarded('listTemplates', <TemplatesPage />)} />
        <Route path="images/isos" element={guarded('listIsos', <IsosPage />)} />
        <Route path="offerings/compute" element={guarded('listServiceOfferings', <ComputeOfferingsPage />)} />
        <Route path="offerings/disk" element={guarded('listDiskOfferings', <DiskOfferingsPage />)} />
        <Route path="offerings/network" element={guarded('listNetworkOfferings', <NetworkOfferingsPage />)} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

export default function App({ client }: { client: ApiClient }) {
  return (
    <ApiProvider client={client}>
      <ThemeProvider>
        <AuthProvider>
          <BrowserRouter basename="/client">
            <AppRoutes />
          </BrowserRouter>
        </AuthProvider>
      </ThemeProvider>
    </ApiProvider>
  );
}
