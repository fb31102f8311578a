import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { RequireAuth } from '../auth/RequireAuth';
import { fakeClient, reply } from '../test/fakeServer';
import { adminSession, renderRoute, staticAuth } from '../test/render';
import { AppLayout } from './AppLayout';
import { selectedNav } from './navigation';

describe('AppLayout', () => {
  it('shows only the menu entries whose list command the role may call', async () => {
    const { client } = fakeClient((command) => reply(command, {}));
    renderRoute(<AppLayout />, { client, url: '/', path: '/', auth: staticAuth(['listAccounts', 'listEvents']) });
    const menu = await screen.findByRole('menu');
    const labels = Array.from(menu.querySelectorAll('[role=menuitem]')).map((e) => e.textContent);
    expect(labels).toEqual(['Dashboard', 'Accounts', 'Events']);
  });

  it('shows the Infrastructure group to root admins only, with the pages their role may list', async () => {
    const { client } = fakeClient((command) => reply(command, {}));
    const apis = ['listZones', 'listHosts', 'listAlerts'];
    const view = renderRoute(<AppLayout />, { client, url: '/infra/hosts', path: '/infra/hosts', auth: staticAuth(apis) });
    const menu = (await screen.findAllByRole('menu'))[0];
    expect(menu.textContent).toContain('Infrastructure');
    const labels = Array.from(menu.querySelectorAll('li[role=menuitem]')).map((e) => e.textContent);
    expect(labels).toEqual(['Dashboard', 'Zones', 'Hosts', 'Alerts']);
    view.unmount();
    const domainAdmin = { ...staticAuth(apis), session: { ...adminSession, type: '2' } };
    renderRoute(<AppLayout />, { client, url: '/', path: '/', auth: domainAdmin });
    expect((await screen.findAllByRole('menu'))[0].textContent).not.toContain('Infrastructure');
  });

  it('shows the Compute, Images and Service offerings groups to everybody whose role may list their pages', async () => {
    const { client } = fakeClient((command) => reply(command, {}));
    const apis = ['listSSHKeyPairs', 'listTemplates', 'listServiceOfferings', 'listDiskOfferings'];
    const user = { ...staticAuth(apis), session: { ...adminSession, type: '0' } };
    renderRoute(<AppLayout />, { client, url: '/offerings/disk', path: '/offerings/disk', auth: user });
    const menu = (await screen.findAllByRole('menu'))[0];
    for (const group of ['Compute', 'Images', 'Service offerings']) expect(menu.textContent).toContain(group);
    // the group of the current page is open
    expect(Array.from(menu.querySelectorAll('li[role=menuitem]')).map((e) => e.textContent)).toEqual(['Dashboard', 'Compute offerings', 'Disk offerings']);
  });

  it('shows Instances under Compute, and the Storage and Network groups, by listApis', async () => {
    const { client } = fakeClient((command) => reply(command, {}));
    const apis = ['listVirtualMachines', 'listSSHKeyPairs', 'listVolumes', 'listNetworks'];
    const user = { ...staticAuth(apis), session: { ...adminSession, type: '0' } };
    const view = renderRoute(<AppLayout />, { client, url: '/compute/instances', path: '/compute/instances', auth: user });
    const menu = (await screen.findAllByRole('menu'))[0];
    for (const group of ['Compute', 'Storage', 'Network']) expect(menu.textContent).toContain(group);
    expect(Array.from(menu.querySelectorAll('li[role=menuitem]')).map((e) => e.textContent)).toEqual(['Dashboard', 'Instances', 'SSH key pairs']);
    view.unmount();
    renderRoute(<AppLayout />, { client, url: '/', path: '/', auth: { ...staticAuth(['listSSHKeyPairs']), session: user.session } });
    const other = (await screen.findAllByRole('menu'))[0];
    expect(other.textContent).not.toContain('Storage');
    expect(other.textContent).not.toContain('Network');
  });

  it('lists snapshots, VM snapshots, ISOs and affinity groups in their groups by listApis', async () => {
    const { client } = fakeClient((command) => reply(command, {}));
    const apis = ['listVolumes', 'listSnapshots', 'listVMSnapshot', 'listTemplates', 'listIsos', 'listVirtualMachines', 'listAffinityGroups'];
    const user = { ...staticAuth(apis), session: { ...adminSession, type: '0' } };
    const items = async (url: string) => {
      const view = renderRoute(<AppLayout />, { client, url, path: url, auth: user });
      const menu = (await screen.findAllByRole('menu'))[0];
      const labels = Array.from(menu.querySelectorAll('li[role=menuitem]')).map((e) => e.textContent);
      view.unmount();
      return labels;
    };
    expect(await items('/storage/snapshots')).toEqual(['Dashboard', 'Volumes', 'Snapshots', 'VM snapshots']);
    expect(await items('/images/isos')).toEqual(['Dashboard', 'Templates', 'ISOs']);
    expect(await items('/compute/affinity-groups')).toEqual(['Dashboard', 'Instances', 'Affinity groups']);
    expect(selectedNav('/storage/vm-snapshots')).toBe('/storage/vm-snapshots');
  });

  it('changes the user’s own password from the user menu, then logs out to the login page', async () => {
    const { client, calls } = fakeClient((command) => reply(command, { user: { id: 'u-admin' } }));
    const logout = vi.fn(async () => {});
    renderRoute(<AppLayout />, {
      client,
      url: '/',
      path: '/',
      auth: { ...staticAuth(['updateUser']), logout },
      extraRoutes: [<Route key="login" path="/login" element={<div>login form</div>} />],
    });
    fireEvent.mouseEnter(screen.getByRole('button', { name: /admin/ }));
    fireEvent.click(await screen.findByText('Change password'));
    const dialog = await screen.findByRole('dialog', { name: 'Change your password' });
    for (const [label, value] of [['Current password', 'old'], ['New password', 'new'], ['Confirm new password', 'new']]) {
      fireEvent.change(within(dialog).getByLabelText(label), { target: { value } });
    }
    fireEvent.click(within(dialog).getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('login form')).toBeTruthy();
    expect(logout).toHaveBeenCalledWith('passwordChanged');
    const call = calls.find((c) => c.command === 'updateUser')!;
    expect([call.form.get('id'), call.form.get('currentpassword'), call.form.get('password')]).toEqual(['u-admin', 'old', 'new']);
  });

  it('leaves the password change out of the user menu when the role may not call updateUser', async () => {
    const { client } = fakeClient((command) => reply(command, {}));
    renderRoute(<AppLayout />, { client, url: '/', path: '/', auth: staticAuth(['listAccounts']) });
    fireEvent.mouseEnter(screen.getByRole('button', { name: /admin/ }));
    expect(await screen.findByText('Log out')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('Change password')).toBeNull());
  });

  it('marks the section of nested pages', () => {
    expect(selectedNav('/infra/zones/new')).toBe('/infra/zones');
    expect(selectedNav('/infra/hosts')).toBe('/infra/hosts');
    expect(selectedNav('/roles/abc')).toBe('/roles');
    expect(selectedNav('/accounts')).toBe('/accounts');
    expect(selectedNav('/images/templates')).toBe('/images/templates');
    expect(selectedNav('/offerings/compute')).toBe('/offerings/compute');
    expect(selectedNav('/compute/instances/new')).toBe('/compute/instances');
    expect(selectedNav('/compute/instances/abc')).toBe('/compute/instances');
    expect(selectedNav('/storage/volumes')).toBe('/storage/volumes');
    expect(selectedNav('/')).toBe('/');
    expect(selectedNav('/nowhere')).toBe('/');
  });
});

describe('RequireAuth', () => {
  it('sends a visitor without a session to the login page', async () => {
    const { client } = fakeClient((command) => reply(command, {}));
    renderRoute(
      <RequireAuth>
        <div>secret</div>
      </RequireAuth>,
      { client, url: '/accounts?page=2', path: '/accounts', extraRoutes: [<Route key="login" path="/login" element={<div>login form</div>} />] },
    );
    expect(await screen.findByText('login form')).toBeTruthy();
    expect(screen.queryByText('secret')).toBeNull();
  });
});
