import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paramsOf, pickOption } from '../../test/forms';
import { fakeClient, reply } from '../../test/fakeServer';
import { renderRoute, staticAuth } from '../../test/render';
import PublicIpDetailPage from './PublicIpDetailPage';

configure({ asyncUtilTimeout: 3000 });

const ip = { id: 'ip1', ipaddress: '203.0.113.20', state: 'Allocated', associatednetworkid: 'net1', associatednetworkname: 'web-net', zonename: 'Demo', account: 'alice' };

function server(extra: object = {}) {
  return fakeClient((command, form) => {
    switch (command) {
      case 'listPublicIpAddresses':
        return reply(command, { count: 1, publicipaddress: [{ ...ip, ...extra }] });
      case 'listFirewallRules':
        return reply(command, { count: 1, firewallrule: [{ id: 'fw1', protocol: 'tcp', startport: 22, endport: 22, cidrlist: '0.0.0.0/0', state: 'Active' }] });
      case 'listPortForwardingRules':
        return reply(command, {
          count: 1,
          portforwardingrule: [{ id: 'pf1', protocol: 'tcp', publicport: '8080', publicendport: '8080', privateport: '80', privateendport: '80', virtualmachineid: 'vm1', virtualmachinename: 'web-1', vmguestip: '10.1.1.10', state: 'Active' }],
        });
      case 'listVirtualMachines':
        return reply(command, {
          count: 2,
          virtualmachine: [
            { id: 'vm1', name: 'web-1', state: 'Running', nic: [{ id: 'nic1', networkid: 'net1', ipaddress: '10.1.1.10' }] },
            { id: 'vm2', name: 'db-1', state: 'Stopped', nic: [{ id: 'nic2', networkid: 'net1', ipaddress: '10.1.1.11' }] },
          ],
        });
      case 'queryAsyncJobResult':
        return reply(command, { jobid: form.get('jobid'), jobstatus: 1, jobresult: {} });
      case 'enableStaticNat':
        return reply(command, { success: true });
      default:
        return reply(command, { jobid: command });
    }
  });
}

const render = (tab: string, extra: object = {}, auth = staticAuth()) => {
  const s = server(extra);
  renderRoute(<PublicIpDetailPage />, { client: s.client, url: `/network/public-ips/ip1?tab=${tab}`, path: '/network/public-ips/:id', auth });
  return s;
};

describe('public IP page', () => {
  it('lists the ingress rules and adds a TCP rule for a port range and CIDRs', async () => {
    const { calls } = render('firewall');
    const table = await screen.findByRole('table', { name: 'Firewall' });
    expect(await within(table).findByText('22')).toBeTruthy();
    expect(calls.find((c) => c.command === 'listFirewallRules')!.form.get('ipaddressid')).toBe('ip1');
    fireEvent.click(screen.getByRole('button', { name: /Add rule/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Start port'), { target: { value: '8000' } });
    fireEvent.change(within(dialog).getByLabelText('End port'), { target: { value: '8100' } });
    fireEvent.change(within(dialog).getByLabelText('Source CIDRs'), { target: { value: '10.0.0.0/8, 192.168.1.0/24' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add rule' }));
    expect(await paramsOf(calls, 'createFirewallRule')).toEqual({
      ipaddressid: 'ip1',
      protocol: 'TCP',
      startport: '8000',
      endport: '8100',
      cidrlist: '10.0.0.0/8,192.168.1.0/24',
    });
    expect(await screen.findByText('Add TCP rule to 203.0.113.20: done')).toBeTruthy();
  });

  it('validates the rule form: start port, end port not below it, CIDRs', async () => {
    const { calls } = render('firewall');
    await screen.findByRole('table', { name: 'Firewall' });
    fireEvent.click(screen.getByRole('button', { name: /Add rule/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Source CIDRs'), { target: { value: '10.0.0.0/33' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add rule' }));
    expect(await within(dialog).findByText('Required')).toBeTruthy();
    expect(await within(dialog).findByText('10.0.0.0/33 is not a CIDR such as 10.0.0.0/8')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Start port'), { target: { value: '90' } });
    fireEvent.change(within(dialog).getByLabelText('End port'), { target: { value: '80' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add rule' }));
    expect(await within(dialog).findByText('The end port is below the start port')).toBeTruthy();
    expect(calls.some((c) => c.command === 'createFirewallRule')).toBe(false);
  });

  it('sends ICMP type and code, and no ports, for an ICMP rule', async () => {
    const { calls } = render('firewall');
    await screen.findByRole('table', { name: 'Firewall' });
    fireEvent.click(screen.getByRole('button', { name: /Add rule/ }));
    const dialog = await screen.findByRole('dialog');
    await pickOption(dialog, 'Protocol', 'ICMP');
    expect(within(dialog).queryByLabelText('Start port')).toBeNull();
    fireEvent.change(within(dialog).getByLabelText('ICMP type'), { target: { value: '8' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add rule' }));
    expect(await paramsOf(calls, 'createFirewallRule')).toEqual({ ipaddressid: 'ip1', protocol: 'ICMP', icmptype: '8', icmpcode: '-1', cidrlist: '0.0.0.0/0' });
  });

  it('deletes an ingress rule after confirmation', async () => {
    const { calls } = render('firewall');
    const table = await screen.findByRole('table', { name: 'Firewall' });
    fireEvent.click(await within(table).findByRole('button', { name: 'Delete' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes' }));
    await waitFor(() => expect(calls.some((c) => c.command === 'deleteFirewallRule')).toBe(true));
    expect(calls.find((c) => c.command === 'deleteFirewallRule')!.form.get('id')).toBe('fw1');
  });

  it('forwards public ports to an instance picked from the network of the IP', async () => {
    const { calls } = render('forwarding');
    const table = await screen.findByRole('table', { name: 'Port forwarding' });
    expect(await within(table).findByText('8080')).toBeTruthy();
    expect(within(table).getByRole('link', { name: 'web-1' }).getAttribute('href')).toBe('/compute/instances/vm1');
    fireEvent.click(screen.getByRole('button', { name: /Add rule/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Public port'), { target: { value: '2222' } });
    fireEvent.change(within(dialog).getByLabelText('Private port'), { target: { value: '22' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add rule' }));
    expect(await within(dialog).findByText('Required')).toBeTruthy();
    await pickOption(dialog, 'Instance', 'db-1 – 10.1.1.11');
    expect(calls.find((c) => c.command === 'listVirtualMachines')!.form.get('networkid')).toBe('net1');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add rule' }));
    expect(await paramsOf(calls, 'createPortForwardingRule')).toEqual({
      ipaddressid: 'ip1',
      protocol: 'TCP',
      publicport: '2222',
      publicendport: '2222',
      privateport: '22',
      privateendport: '22',
      virtualmachineid: 'vm2',
      openfirewall: 'true',
    });
  });

  it('edits the private ports, instance and CIDRs of a forwarding rule', async () => {
    const { calls } = render('forwarding');
    const table = await screen.findByRole('table', { name: 'Port forwarding' });
    const row = (await within(table).findByText('8080')).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit the forwarding of port 8080 of 203.0.113.20' });
    expect(within(dialog).queryByLabelText('Public port')).toBeNull();
    fireEvent.change(within(dialog).getByLabelText('Private port'), { target: { value: '81' } });
    fireEvent.change(within(dialog).getByLabelText('Private end port'), { target: { value: '' } });
    await pickOption(dialog, 'Instance', 'db-1 – 10.1.1.11');
    fireEvent.change(within(dialog).getByLabelText('Source CIDRs'), { target: { value: '198.51.100.0/24' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await paramsOf(calls, 'updatePortForwardingRule')).toEqual({ id: 'pf1', privateport: '81', privateendport: '81', virtualmachineid: 'vm2', cidrlist: '198.51.100.0/24' });
    expect(await screen.findByText('Update the forwarding of port 8080 of 203.0.113.20: done')).toBeTruthy();
  });

  it('enables static NAT to an instance of the network', async () => {
    const { calls } = render('staticnat');
    fireEvent.click(await screen.findByRole('button', { name: /Enable static NAT/ }));
    const dialog = await screen.findByRole('dialog');
    await pickOption(dialog, 'Instance', 'web-1 – 10.1.1.10');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enable static NAT' }));
    expect(await paramsOf(calls, 'enableStaticNat')).toEqual({ ipaddressid: 'ip1', virtualmachineid: 'vm1' });
    await waitFor(() => expect(calls.filter((c) => c.command === 'listPublicIpAddresses').length).toBe(2));
  });

  it('shows the static NAT instance and disables it after confirmation', async () => {
    const { calls } = render('staticnat', { isstaticnat: true, virtualmachineid: 'vm1', virtualmachinename: 'web-1', vmipaddress: '10.1.1.10' });
    expect(await screen.findByText('10.1.1.10')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Disable static NAT/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes' }));
    expect(await paramsOf(calls, 'disableStaticNat')).toEqual({ ipaddressid: 'ip1' });
  });

  it('offers no static NAT on the source NAT address', async () => {
    render('staticnat', { issourcenat: true });
    expect(await screen.findByText(/source NAT address/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Enable static NAT/ })).toBeNull();
  });

  it('shows the rule lists without add or delete to a role that may only list them', async () => {
    render('firewall', {}, staticAuth(['listPublicIpAddresses', 'listFirewallRules', 'listPortForwardingRules']));
    const table = await screen.findByRole('table', { name: 'Firewall' });
    await within(table).findByText('22');
    expect(screen.queryByRole('button', { name: /Add rule/ })).toBeNull();
    expect(within(table).queryByRole('button', { name: 'Delete' })).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: 'Port forwarding' }));
    const forwarding = await screen.findByRole('table', { name: 'Port forwarding' });
    await within(forwarding).findByText('8080');
    expect(within(forwarding).queryByRole('button', { name: 'Edit' })).toBeNull();
  });
});
