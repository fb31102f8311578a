import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeClient, reply } from '../../test/fakeServer';
import { renderRoute, staticAuth } from '../../test/render';
import NetworksPage from './NetworksPage';

configure({ asyncUtilTimeout: 3000 });

const networks = [
  { id: 'net1', name: 'alice-network', type: 'Isolated', cidr: '10.1.1.0/24', gateway: '10.1.1.1', state: 'Implemented', zonename: 'Demo', account: 'alice' },
  { id: 'net2', name: 'bob-network', type: 'Isolated', cidr: '10.1.2.0/24', gateway: '10.1.2.1', state: 'Allocated', zonename: 'Demo', account: 'bob' },
];

describe('NetworksPage', () => {
  it('lists the guest networks of every account the caller sees', async () => {
    const { client, calls } = fakeClient((command) => (command === 'listNetworks' ? reply(command, { count: 2, network: networks }) : reply(command, {})));
    renderRoute(<NetworksPage />, { client, url: '/network/guest-networks?keyword=net', path: '/network/guest-networks', auth: staticAuth() });
    const row = (await screen.findByText('alice-network')).closest('tr')!;
    expect(['Isolated', '10.1.1.0/24', '10.1.1.1', 'Demo', 'alice'].every((v) => within(row).queryByText(v))).toBe(true);
    expect(within(row).getByText('Implemented').closest('.ant-tag')!.className).toContain('green');
    expect(within(screen.getByText('bob-network').closest('tr')!).getByText('Allocated')).toBeTruthy();
    const form = calls.find((c) => c.command === 'listNetworks')!.form;
    expect([form.get('listall'), form.get('keyword')]).toEqual(['true', 'net']);
  });
});
