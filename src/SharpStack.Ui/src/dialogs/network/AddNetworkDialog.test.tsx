import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { paramsOf, pickOption } from '../../test/forms';
import { fakeClient, reply } from '../../test/fakeServer';
import { adminSession, renderRoute, staticAuth } from '../../test/render';
import { AddNetworkDialog } from './AddNetworkDialog';

configure({ asyncUtilTimeout: 3000 });

const offerings = [
  { id: 'no-iso', name: 'DefaultIsolated', displaytext: 'Isolated with source NAT', guestiptype: 'Isolated', state: 'Enabled' },
  { id: 'no-shared', name: 'DefaultShared', displaytext: 'Shared with VLAN', guestiptype: 'Shared', state: 'Enabled', specifyvlan: true },
];

function server() {
  return fakeClient((command, form) => {
    switch (command) {
      case 'listZones':
        return reply(command, { count: 1, zone: [{ id: 'z1', name: 'Demo', networktype: 'Advanced' }] });
      case 'listNetworkOfferings':
        return reply(command, { count: 2, networkoffering: offerings.filter((o) => !form.get('guestiptype') || o.guestiptype === form.get('guestiptype')) });
      case 'listDomains':
        return reply(command, { count: 1, domain: [{ id: 'd1', name: 'ROOT', path: 'ROOT', level: 0 }] });
      case 'createNetwork':
        return reply(command, { network: { id: 'n1', name: form.get('name') } });
      default:
        return reply(command, {});
    }
  });
}

const user = { ...staticAuth(), session: { ...adminSession, type: '0' } };

describe('AddNetworkDialog', () => {
  it('lets a user create an isolated network with its own gateway and netmask', async () => {
    const { client, calls } = server();
    const onClose = vi.fn();
    renderRoute(<AddNetworkDialog onClose={onClose} />, { client, url: '/', path: '/', auth: user });
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: ' web-net ' } });
    await pickOption(dialog, 'Zone', 'Demo');
    await pickOption(dialog, 'Network offering', 'DefaultIsolated – Isolated with source NAT');
    // users are offered isolated offerings only, in the chosen zone
    const list = calls.filter((c) => c.command === 'listNetworkOfferings').at(-1)!;
    expect([list.form.get('guestiptype'), list.form.get('zoneid'), list.form.get('state')]).toEqual(['Isolated', 'z1', 'Enabled']);
    expect(within(dialog).queryByLabelText('VLAN')).toBeNull();
    fireEvent.change(within(dialog).getByLabelText('Gateway'), { target: { value: '10.9.0.1' } });
    fireEvent.change(within(dialog).getByLabelText('Netmask'), { target: { value: '255.255.255.0' } });
    fireEvent.change(within(dialog).getByLabelText('Network domain'), { target: { value: 'web.internal' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await paramsOf(calls, 'createNetwork')).toEqual({
      name: 'web-net',
      displaytext: 'web-net',
      zoneid: 'z1',
      networkofferingid: 'no-iso',
      gateway: '10.9.0.1',
      netmask: '255.255.255.0',
      networkdomain: 'web.internal',
    });
    await waitFor(() => expect(onClose).toHaveBeenCalledWith(true));
  });

  it('refuses a gateway that is not an IPv4 address', async () => {
    const { client, calls } = server();
    renderRoute(<AddNetworkDialog onClose={() => {}} />, { client, url: '/', path: '/', auth: user });
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'n' } });
    await pickOption(dialog, 'Zone', 'Demo');
    await pickOption(dialog, 'Network offering', 'DefaultIsolated – Isolated with source NAT');
    fireEvent.change(within(dialog).getByLabelText('Gateway'), { target: { value: '10.9.0.300' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await within(dialog).findByText('Not an IPv4 address')).toBeTruthy();
    expect(calls.some((c) => c.command === 'createNetwork')).toBe(false);
  });

  it('gives admins shared offerings with VLAN, IP range and an account owner', async () => {
    const { client, calls } = server();
    renderRoute(<AddNetworkDialog onClose={() => {}} />, { client, url: '/', path: '/', auth: staticAuth() });
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'shared-1' } });
    fireEvent.change(within(dialog).getByLabelText('Description'), { target: { value: 'Lab LAN' } });
    await pickOption(dialog, 'Zone', 'Demo');
    await pickOption(dialog, 'Network offering', 'DefaultShared – Shared with VLAN');
    expect(calls.filter((c) => c.command === 'listNetworkOfferings').at(-1)!.form.has('guestiptype')).toBe(false);
    fireEvent.change(within(dialog).getByLabelText('Gateway'), { target: { value: '192.168.50.1' } });
    fireEvent.change(within(dialog).getByLabelText('Netmask'), { target: { value: '255.255.255.0' } });
    fireEvent.change(within(dialog).getByLabelText('Start IP'), { target: { value: '192.168.50.10' } });
    fireEvent.change(within(dialog).getByLabelText('End IP'), { target: { value: '192.168.50.99' } });
    // the offering needs a VLAN
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect((await within(dialog).findAllByText('Required')).length).toBe(1);
    fireEvent.change(within(dialog).getByLabelText('VLAN'), { target: { value: '150' } });
    fireEvent.click(within(dialog).getByLabelText('One account'));
    await pickOption(dialog, 'Domain', 'ROOT');
    fireEvent.change(await within(dialog).findByLabelText('Account'), { target: { value: 'alice' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await paramsOf(calls, 'createNetwork')).toEqual({
      name: 'shared-1',
      displaytext: 'Lab LAN',
      zoneid: 'z1',
      networkofferingid: 'no-shared',
      gateway: '192.168.50.1',
      netmask: '255.255.255.0',
      vlan: '150',
      startip: '192.168.50.10',
      endip: '192.168.50.99',
      acltype: 'Account',
      domainid: 'd1',
      account: 'alice',
    });
  });
});
