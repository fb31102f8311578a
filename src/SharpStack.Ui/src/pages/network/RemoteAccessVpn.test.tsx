import type { AuthState } from '../../auth/AuthContext';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paramsOf } from '../../test/forms';
import { fakeClient, reply } from '../../test/fakeServer';
import { adminSession, renderRoute, staticAuth } from '../../test/render';
import PublicIpDetailPage from './PublicIpDetailPage';
import VpnUsersPage from './VpnUsersPage';

// Role queries over antd tables are slow on a busy machine: longer waits, and 60 s per test.
configure({ asyncUtilTimeout: 10000 });

const sourceNat = { id: 'ip1', ipaddress: '203.0.113.5', state: 'Allocated', issourcenat: true, associatednetworkid: 'net1', associatednetworkname: 'web-net' };
const vpn = { id: 'vpn1', publicipid: 'ip1', publicip: '203.0.113.5', iprange: '10.1.2.1-10.1.2.8', presharedkey: 'Zk3pQ9wXy7', state: 'Running' };

function server(options: { enabled?: boolean; ip?: object } = {}) {
  let enabled = options.enabled ?? false;
  return fakeClient((command, form) => {
    switch (command) {
      case 'listPublicIpAddresses':
        return reply(command, { count: 1, publicipaddress: [options.ip ?? sourceNat] });
      case 'listRemoteAccessVpns':
        return enabled ? reply(command, { count: 1, remoteaccessvpn: [vpn] }) : reply(command, {});
      case 'createRemoteAccessVpn':
        enabled = true;
        return reply(command, { jobid: 'j1' });
      case 'listVpnUsers':
        return reply(command, { count: 1, vpnuser: [{ id: 'u1', username: 'bob', account: 'alice', domainid: 'd1', domain: 'ROOT', state: 'Active' }] });
      case 'listDomains':
        return reply(command, { count: 1, domain: [{ id: 'd1', name: 'ROOT', path: 'ROOT' }] });
      case 'queryAsyncJobResult':
        return reply(command, { jobid: form.get('jobid'), jobstatus: 1, jobresult: {} });
      default:
        return reply(command, { jobid: command });
    }
  });
}

const user: AuthState = { ...staticAuth(), session: { ...adminSession, type: '0' } };
const renderVpn = (s = server(), auth = user) => {
  renderRoute(<PublicIpDetailPage />, { client: s.client, url: '/network/public-ips/ip1?tab=vpn', path: '/network/public-ips/:id', auth });
  return s;
};

describe('remote access VPN of the source NAT address', { timeout: 60000 }, () => {
  it('enables the VPN with a client range, then shows the pre-shared key and the range', async () => {
    const s = renderVpn();
    fireEvent.click(await screen.findByRole('button', { name: /Enable VPN/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Client IP range'), { target: { value: '10.1.2.1' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enable VPN' }));
    expect(await within(dialog).findByText('A range such as 10.1.2.1-10.1.2.8')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Client IP range'), { target: { value: '10.1.2.1 - 10.1.2.8' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enable VPN' }));
    expect(await paramsOf(s.calls, 'createRemoteAccessVpn')).toEqual({ publicipid: 'ip1', iprange: '10.1.2.1-10.1.2.8' });
    expect(await screen.findByText('Zk3pQ9wXy7')).toBeTruthy();
    expect(screen.getByText('10.1.2.1-10.1.2.8')).toBeTruthy();
    expect(s.calls.find((c) => c.command === 'listRemoteAccessVpns')!.form.get('publicipid')).toBe('ip1');
  });

  it('disables the VPN after confirmation', async () => {
    const s = renderVpn(server({ enabled: true }));
    expect(await screen.findByText('Zk3pQ9wXy7')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'VPN users' }).getAttribute('href')).toBe('/network/vpn-users');
    fireEvent.click(screen.getByRole('button', { name: /Disable VPN/ }));
    expect(s.calls.some((c) => c.command === 'deleteRemoteAccessVpn')).toBe(false);
    fireEvent.click(await screen.findByRole('button', { name: 'Yes' }));
    expect(await paramsOf(s.calls, 'deleteRemoteAccessVpn')).toEqual({ publicipid: 'ip1' });
  });

  it('has no VPN tab on an address that is not the source NAT one', async () => {
    renderRoute(<PublicIpDetailPage />, { client: server({ ip: { ...sourceNat, issourcenat: false } }).client, url: '/network/public-ips/ip1', path: '/network/public-ips/:id', auth: user });
    expect(await screen.findByRole('tab', { name: 'Load balancing' })).toBeTruthy();
    expect(screen.queryByRole('tab', { name: 'Remote access VPN' })).toBeNull();
  });

  it('shows the VPN without enable or disable to a role that may only list', async () => {
    renderVpn(server({ enabled: true }), staticAuth(['listPublicIpAddresses', 'listRemoteAccessVpns']));
    expect(await screen.findByText('Zk3pQ9wXy7')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Disable VPN/ })).toBeNull();
    expect(screen.queryByRole('link', { name: 'VPN users' })).toBeNull();
  });
});

describe('VPN users', { timeout: 60000 }, () => {
  const renderUsers = (s = server(), auth = user) => {
    renderRoute(<VpnUsersPage />, { client: s.client, url: '/network/vpn-users', path: '/network/vpn-users', auth });
    return s;
  };

  it('adds a VPN user with a password for the caller', async () => {
    const s = renderUsers();
    await screen.findByText('bob');
    fireEvent.click(screen.getByRole('button', { name: /Add VPN user/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByLabelText('Account')).toBeNull();
    fireEvent.change(within(dialog).getByLabelText('User name'), { target: { value: 'carol' } });
    fireEvent.change(within(dialog).getByLabelText('Password'), { target: { value: 'has space' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await within(dialog).findByText('No spaces, quotes or backslashes')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Password'), { target: { value: 's3cret!' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await paramsOf(s.calls, 'addVpnUser')).toEqual({ username: 'carol', password: 's3cret!' });
    await waitFor(() => expect(s.calls.filter((c) => c.command === 'listVpnUsers').length).toBe(2));
  });

  it('lets an administrator add a VPN user for another account, which needs its domain', async () => {
    const s = renderUsers(server(), staticAuth());
    await screen.findByText('bob');
    fireEvent.click(screen.getByRole('button', { name: /Add VPN user/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('User name'), { target: { value: 'dave' } });
    fireEvent.change(within(dialog).getByLabelText('Password'), { target: { value: 'pw' } });
    fireEvent.change(within(dialog).getByLabelText('Account'), { target: { value: 'alice' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await within(dialog).findByText('Required')).toBeTruthy();
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: 'Domain' }));
    fireEvent.click((await screen.findAllByTitle('ROOT')).at(-1)!);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await paramsOf(s.calls, 'addVpnUser')).toEqual({ username: 'dave', password: 'pw', account: 'alice', domainid: 'd1' });
  });

  it('removes a VPN user of its account after confirmation', async () => {
    const s = renderUsers();
    const row = (await screen.findByText('bob')).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Remove' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes' }));
    expect(await paramsOf(s.calls, 'removeVpnUser')).toEqual({ username: 'bob', account: 'alice', domainid: 'd1' });
  });

  it('shows no add or remove to a role that may only list', async () => {
    renderUsers(server(), staticAuth(['listVpnUsers']));
    const row = (await screen.findByText('bob')).closest('tr')!;
    expect(within(row).queryByRole('button', { name: 'Remove' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Add VPN user/ })).toBeNull();
  });
});
