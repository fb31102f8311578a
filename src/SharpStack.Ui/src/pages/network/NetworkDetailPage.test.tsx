import { configure, fireEvent, screen, within } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import { paramsOf } from '../../test/forms';
import { fakeClient, reply } from '../../test/fakeServer';
import { adminSession, renderRoute, staticAuth } from '../../test/render';
import NetworkDetailPage from './NetworkDetailPage';

configure({ asyncUtilTimeout: 3000 });

const network = {
  id: 'net1',
  name: 'web-net',
  displaytext: 'Web tier',
  type: 'Isolated',
  state: 'Implemented',
  cidr: '10.1.1.0/24',
  gateway: '10.1.1.1',
  netmask: '255.255.255.0',
  networkdomain: 'web.internal',
  networkofferingname: 'DefaultIsolatedNetworkOfferingWithSourceNatService',
  acltype: 'Account',
  account: 'alice',
  zonename: 'Demo',
  service: [{ name: 'Dhcp' }, { name: 'SourceNat' }],
};

function server() {
  return fakeClient((command, form) => {
    switch (command) {
      case 'listNetworks':
        return reply(command, { count: 1, network: [network] });
      case 'listEgressFirewallRules':
        return reply(command, { count: 1, firewallrule: [{ id: 'eg1', protocol: 'udp', startport: 53, endport: 53, cidrlist: '10.1.1.0/24', destcidrlist: '8.8.8.8/32', state: 'Active' }] });
      case 'listPublicIpAddresses':
        return reply(command, {
          count: 2,
          publicipaddress: [
            { id: 'ip1', ipaddress: '203.0.113.5', issourcenat: true, state: 'Allocated' },
            { id: 'ip2', ipaddress: '203.0.113.6', state: 'Allocated' },
          ],
        });
      case 'listRouters':
        return reply(command, { count: 1, router: [{ id: 'r1', name: 'r-4-VM', state: 'Running', hostname: 'kvm-1', publicip: '203.0.113.5' }] });
      case 'queryAsyncJobResult':
        return reply(command, { jobid: form.get('jobid'), jobstatus: 1, jobresult: {} });
      default:
        return reply(command, { jobid: command });
    }
  });
}

const render = (tab = 'details', auth = staticAuth()) => {
  const s = server();
  renderRoute(<NetworkDetailPage />, {
    client: s.client,
    url: `/network/guest-networks/net1?tab=${tab}`,
    path: '/network/guest-networks/:id',
    auth,
    extraRoutes: [<Route key="list" path="/network/guest-networks" element={<div>network list</div>} />],
  });
  return s;
};

describe('network page', () => {
  it('shows the details and restarts with clean up after the question', async () => {
    const { calls } = render();
    expect(await screen.findByText('Web tier')).toBeTruthy();
    expect(['10.1.1.0/24', 'web.internal', 'DefaultIsolatedNetworkOfferingWithSourceNatService', 'SourceNat'].every((v) => screen.queryByText(v))).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /Restart/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByLabelText('Clean up'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restart' }));
    expect(await paramsOf(calls, 'restartNetwork')).toEqual({ id: 'net1', cleanup: 'true' });
    expect(await screen.findByText('Restart network web-net: done')).toBeTruthy();
  });

  it('updates name, description and network domain', async () => {
    const { calls } = render();
    await screen.findByText('Web tier');
    fireEvent.click(screen.getByRole('button', { name: /Edit/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'web-tier' } });
    fireEvent.change(within(dialog).getByLabelText('Network domain'), { target: { value: 'tier.internal' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await paramsOf(calls, 'updateNetwork')).toEqual({ id: 'net1', name: 'web-tier', displaytext: 'Web tier', networkdomain: 'tier.internal' });
  });

  it('deletes after confirmation and goes back to the list', async () => {
    const { calls } = render();
    await screen.findByText('Web tier');
    fireEvent.click(screen.getByRole('button', { name: /Delete/ }));
    expect(calls.some((c) => c.command === 'deleteNetwork')).toBe(false);
    fireEvent.click(await screen.findByRole('button', { name: 'Yes' }));
    expect(await paramsOf(calls, 'deleteNetwork')).toEqual({ id: 'net1' });
    expect(await screen.findByText('network list')).toBeTruthy();
  });

  it('lists and adds egress rules of the network, with destination CIDRs', async () => {
    const { calls } = render('egress');
    const table = await screen.findByRole('table', { name: 'Egress rules' });
    expect(await within(table).findByText('8.8.8.8/32')).toBeTruthy();
    expect(calls.find((c) => c.command === 'listEgressFirewallRules')!.form.get('networkid')).toBe('net1');
    fireEvent.click(screen.getByRole('button', { name: /Add rule/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Start port'), { target: { value: '443' } });
    fireEvent.change(within(dialog).getByLabelText('Destination CIDRs'), { target: { value: '0.0.0.0/0' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add rule' }));
    expect(await paramsOf(calls, 'createEgressFirewallRule')).toEqual({ networkid: 'net1', protocol: 'TCP', startport: '443', endport: '443', destcidrlist: '0.0.0.0/0' });
  });

  it('acquires a public IP for the network and releases one that is not the source NAT', async () => {
    const { calls } = render('ips');
    const table = await screen.findByRole('table', { name: 'Public IP addresses' });
    const sourceNat = (await within(table).findByText('203.0.113.5')).closest('tr')!;
    expect(within(sourceNat).queryByRole('button', { name: 'Release' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /Acquire new IP/ }));
    expect(await paramsOf(calls, 'associateIpAddress')).toEqual({ networkid: 'net1' });
    fireEvent.click(within(within(table).getByText('203.0.113.6').closest('tr')!).getByRole('button', { name: 'Release' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes' }));
    expect(await paramsOf(calls, 'disassociateIpAddress')).toEqual({ id: 'ip2' });
  });

  it('shows the virtual router of the network with its actions to admins', async () => {
    const { calls } = render('router');
    const table = await screen.findByRole('table', { name: 'Virtual routers' });
    const row = (await within(table).findByText('r-4-VM')).closest('tr')!;
    expect(within(row).getByText('kvm-1')).toBeTruthy();
    expect(within(row).getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual(['Stop', 'Reboot', 'Destroy']);
    expect(calls.find((c) => c.command === 'listRouters')!.form.get('networkid')).toBe('net1');
  });

  it('hides the router tab from users', async () => {
    render('details', { ...staticAuth(), session: { ...adminSession, type: '0' } });
    await screen.findByText('Web tier');
    expect(screen.getByRole('tab', { name: 'Egress rules' })).toBeTruthy();
    expect(screen.queryByRole('tab', { name: 'Virtual router' })).toBeNull();
  });
});
