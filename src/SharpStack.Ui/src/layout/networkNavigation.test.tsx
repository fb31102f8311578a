import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeClient, reply } from '../test/fakeServer';
import { adminSession, renderRoute, staticAuth } from '../test/render';
import { AppLayout } from './AppLayout';
import { selectedNav } from './navigation';

/** The menu entries of the networking screens (issue 7), by the role's listApis. */
describe('network menu entries', () => {
  const { client } = fakeClient((command) => reply(command, {}));
  const items = async (url: string, apis: string[], type = '1') => {
    const view = renderRoute(<AppLayout />, { client, url, path: url, auth: { ...staticAuth(apis), session: { ...adminSession, type } } });
    const menu = (await screen.findAllByRole('menu'))[0];
    const labels = Array.from(menu.querySelectorAll('li[role=menuitem]')).map((e) => e.textContent);
    const text = menu.textContent ?? '';
    view.unmount();
    return Object.assign(labels, { text });
  };

  it('lists public IPs under Network, network offerings under Service offerings and routers under Infrastructure', async () => {
    const apis = ['listNetworks', 'listPublicIpAddresses', 'listNetworkOfferings', 'listServiceOfferings', 'listRouters'];
    expect([...(await items('/network/public-ips', apis))]).toEqual(['Dashboard', 'Guest networks', 'Public IP addresses']);
    expect([...(await items('/offerings/network', apis))]).toEqual(['Dashboard', 'Compute offerings', 'Network offerings']);
    expect([...(await items('/infra/routers', apis))]).toEqual(['Dashboard', 'Virtual routers']);
  });

  it('lists security groups and VPN users under Network by listApis', async () => {
    expect([...(await items('/network/security-groups', ['listNetworks', 'listSecurityGroups', 'listVpnUsers'], '0'))]).toEqual(['Dashboard', 'Guest networks', 'Security groups', 'VPN users']);
    expect([...(await items('/network/vpn-users', ['listNetworks', 'listVpnUsers'], '0'))]).toEqual(['Dashboard', 'Guest networks', 'VPN users']);
    expect(selectedNav('/network/security-groups/sg1')).toBe('/network/security-groups');
  });

  it('leaves out what the role may not list, and routers for anybody but root admins', async () => {
    const user = await items('/network/guest-networks', ['listNetworks', 'listRouters'], '0');
    expect([...user]).toEqual(['Dashboard', 'Guest networks']);
    expect(user.text).not.toContain('Infrastructure');
    const domainAdmin = await items('/network/guest-networks', ['listNetworks', 'listRouters'], '2');
    expect(domainAdmin.text).not.toContain('Infrastructure');
    expect((await items('/network/guest-networks', ['listNetworks', 'listRouters'], '1')).text).toContain('Infrastructure');
  });

  it('keeps the menu entry of a list selected on its detail pages', () => {
    expect(selectedNav('/network/guest-networks/net1')).toBe('/network/guest-networks');
    expect(selectedNav('/network/public-ips/ip1')).toBe('/network/public-ips');
  });
});
