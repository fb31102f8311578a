import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paramsOf, pickOption } from '../../test/forms';
import { fakeClient, reply } from '../../test/fakeServer';
import { adminSession, renderRoute, staticAuth } from '../../test/render';
import { defaultServices, networkOfferingParams } from './networkOfferingParams';
import NetworkOfferingsPage from './NetworkOfferingsPage';

configure({ asyncUtilTimeout: 3000 });

const offerings = [
  {
    id: 'no1',
    name: 'DefaultIsolatedNetworkOfferingWithSourceNatService',
    displaytext: 'Offering for Isolated networks with Source Nat service enabled',
    guestiptype: 'Isolated',
    state: 'Enabled',
    availability: 'Required',
    isdefault: true,
    service: [{ name: 'Dhcp', provider: [{ name: 'VirtualRouter' }] }, { name: 'SourceNat', provider: [{ name: 'VirtualRouter' }] }],
  },
  { id: 'no2', name: 'lab-l2', displaytext: 'Lab L2', guestiptype: 'L2', state: 'Disabled', availability: 'Optional', service: [] },
];

function server() {
  return fakeClient((command, form) => {
    switch (command) {
      case 'listNetworkOfferings':
        return reply(command, { count: offerings.length, networkoffering: offerings });
      case 'createNetworkOffering':
        return reply(command, { networkoffering: { id: 'no3', name: form.get('name') } });
      default:
        return reply(command, { success: true });
    }
  });
}

const render = (auth = staticAuth()) => {
  const s = server();
  renderRoute(<NetworkOfferingsPage />, { client: s.client, url: '/offerings/network?guestiptype=Isolated', path: '/offerings/network', auth });
  return s;
};

describe('networkOfferingParams', () => {
  it('numbers serviceproviderlist entries after the checked services, leaving out those the guest type cannot have', () => {
    const services = defaultServices('Shared');
    services.SourceNat = { on: true, provider: 'VirtualRouter' };
    services.SecurityGroup = { on: true, provider: 'SecurityGroupProvider' };
    const p = networkOfferingParams({ name: 'sg', guestiptype: 'Shared', services });
    expect(p.supportedservices).toEqual(['Dhcp', 'Dns', 'UserData', 'SecurityGroup']);
    expect([p['serviceproviderlist[3].service'], p['serviceproviderlist[3].provider']]).toEqual(['SecurityGroup', 'SecurityGroupProvider']);
    expect(p['serviceproviderlist[4].service']).toBeUndefined();
    expect([p.specifyipranges, p.specifyvlan, p.ispersistent]).toEqual([true, true, undefined]);
  });
});

describe('NetworkOfferingsPage', () => {
  it('lists guest offerings with their services and filters from the URL', async () => {
    const { calls } = render();
    const row = (await screen.findByText('DefaultIsolatedNetworkOfferingWithSourceNatService')).closest('tr')!;
    expect(['Isolated', 'Enabled', 'Required', 'Dhcp', 'SourceNat', 'Default'].every((v) => within(row).queryByText(v))).toBe(true);
    const form = calls.find((c) => c.command === 'listNetworkOfferings')!.form;
    expect([form.get('traffictype'), form.get('guestiptype')]).toEqual(['Guest', 'Isolated']);
    // a default offering cannot be deleted
    expect(within(row).getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual(['Disable']);
  });

  it('creates an offering: supportedservices and serviceproviderlist[i].service/provider from the checked services', async () => {
    const { calls } = render();
    await screen.findByText('lab-l2');
    fireEvent.click(screen.getByRole('button', { name: /Add network offering/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'web-isolated' } });
    const services = within(dialog).getByRole('group', { name: 'Supported services' });
    fireEvent.click(within(services).getByLabelText('Load balancer'));
    fireEvent.click(within(services).getByLabelText('Port forwarding'));
    fireEvent.click(within(services).getByLabelText('VPN'));
    await pickOption(dialog, 'Provider of UserData', 'ConfigDrive');
    fireEvent.click(within(dialog).getByLabelText('Persistent'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await paramsOf(calls, 'createNetworkOffering')).toEqual({
      name: 'web-isolated',
      displaytext: 'web-isolated',
      traffictype: 'GUEST',
      guestiptype: 'Isolated',
      supportedservices: 'Dhcp,Dns,UserData,SourceNat,StaticNat,Firewall,Vpn',
      specifyvlan: 'false',
      specifyipranges: 'false',
      ispersistent: 'true',
      conservemode: 'false',
      egressdefaultpolicy: 'true',
      availability: 'Optional',
      enable: 'true',
      'serviceproviderlist[0].service': 'Dhcp',
      'serviceproviderlist[0].provider': 'VirtualRouter',
      'serviceproviderlist[1].service': 'Dns',
      'serviceproviderlist[1].provider': 'VirtualRouter',
      'serviceproviderlist[2].service': 'UserData',
      'serviceproviderlist[2].provider': 'ConfigDrive',
      'serviceproviderlist[3].service': 'SourceNat',
      'serviceproviderlist[3].provider': 'VirtualRouter',
      'serviceproviderlist[4].service': 'StaticNat',
      'serviceproviderlist[4].provider': 'VirtualRouter',
      'serviceproviderlist[5].service': 'Firewall',
      'serviceproviderlist[5].provider': 'VirtualRouter',
      'serviceproviderlist[6].service': 'Vpn',
      'serviceproviderlist[6].provider': 'VirtualRouter',
    });
    expect(await screen.findByText('Create network offering web-isolated: done')).toBeTruthy();
  });

  it('offers an L2 offering only user data by config drive', async () => {
    const { calls } = render();
    await screen.findByText('lab-l2');
    fireEvent.click(screen.getByRole('button', { name: /Add network offering/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'l2' } });
    fireEvent.click(within(dialog).getByLabelText('L2'));
    const services = within(dialog).getByRole('group', { name: 'Supported services' });
    await waitFor(() => expect(within(services).queryByLabelText('DHCP')).toBeNull());
    fireEvent.click(within(services).getByLabelText('User data'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    const p = await paramsOf(calls, 'createNetworkOffering');
    expect([p.guestiptype, p.supportedservices, p['serviceproviderlist[0].provider'], p['serviceproviderlist[1].service'], p.availability]).toEqual(['L2', 'UserData', 'ConfigDrive', undefined, undefined]);
  });

  it('disables after confirmation and enables at once', async () => {
    const { calls } = render();
    const row = (await screen.findByText('DefaultIsolatedNetworkOfferingWithSourceNatService')).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Disable' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes' }));
    expect(await paramsOf(calls, 'updateNetworkOffering')).toEqual({ id: 'no1', state: 'Disabled' });
    fireEvent.click(within(screen.getByText('lab-l2').closest('tr')!).getByRole('button', { name: 'Enable' }));
    await waitFor(() => expect(calls.filter((c) => c.command === 'updateNetworkOffering').length).toBe(2));
    expect(calls.filter((c) => c.command === 'updateNetworkOffering')[1].form.get('state')).toBe('Enabled');
  });

  it('deletes a non-default offering after confirmation', async () => {
    const { calls } = render();
    fireEvent.click(within((await screen.findByText('lab-l2')).closest('tr')!).getByRole('button', { name: 'Delete' }));
    expect(calls.some((c) => c.command === 'deleteNetworkOffering')).toBe(false);
    fireEvent.click(await screen.findByRole('button', { name: 'Yes' }));
    expect(await paramsOf(calls, 'deleteNetworkOffering')).toEqual({ id: 'no2' });
  });

  it('shows no changes to domain admins', async () => {
    render({ ...staticAuth(), session: { ...adminSession, type: '2' } });
    expect(within((await screen.findByText('lab-l2')).closest('tr')!).queryByRole('button')).toBeNull();
    expect(screen.queryByRole('button', { name: /Add network offering/ })).toBeNull();
  });
});
