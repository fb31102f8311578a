import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeClient, reply } from '../../test/fakeServer';
import { renderRoute, staticAuth } from '../../test/render';
import { hostActions, poolActions } from './hostActions';
import HostsPage from './HostsPage';

const host = (id: string, name: string, state: string, resourcestate: string) => ({
  id,
  name,
  state,
  resourcestate,
  type: 'Routing',
  hypervisor: 'Simulator',
  ipaddress: '172.16.10.2',
  zonename: 'Demo',
  podname: 'pod-1',
  clustername: 'c1',
  cpunumber: 8,
  cpuspeed: 2400,
  memorytotal: 17179869184,
});

const hosts = [
  host('h1', 'up-enabled', 'Up', 'Enabled'),
  host('h2', 'up-disabled', 'Up', 'Disabled'),
  host('h3', 'in-maintenance', 'Up', 'Maintenance'),
  host('h4', 'entering', 'Up', 'PrepareForMaintenance'),
  host('h5', 'gone', 'Disconnected', 'Enabled'),
];

function server() {
  let maintenance = false;
  return fakeClient((command, form) => {
    switch (command) {
      case 'listHosts':
        return reply(command, { count: hosts.length, host: hosts.map((h) => (h.id === 'h1' && maintenance ? { ...h, resourcestate: 'Maintenance' } : h)) });
      case 'prepareHostForMaintenance':
        expect(form.get('id')).toBe('h1');
        return reply(command, { jobid: 'job-m' });
      case 'queryAsyncJobResult':
        maintenance = true;
        return reply(command, { jobid: 'job-m', jobstatus: 1, jobresult: { host: { id: 'h1', resourcestate: 'Maintenance' } } });
      default:
        return reply(command, {});
    }
  });
}

const buttons = (row: HTMLElement) => within(row).queryAllByRole('button').map((b) => b.getAttribute('aria-label'));

describe('hostActions', () => {
  it('offers what the state allows', () => {
    expect(hostActions({ state: 'Up', resourcestate: 'Enabled' })).toEqual(['disable', 'maintenance', 'reconnect']);
    expect(hostActions({ state: 'Up', resourcestate: 'Disabled' })).toEqual(['enable', 'maintenance', 'reconnect']);
    expect(hostActions({ state: 'Up', resourcestate: 'Maintenance' })).toEqual(['cancelMaintenance', 'delete']);
    expect(hostActions({ state: 'Up', resourcestate: 'PrepareForMaintenance' })).toEqual(['cancelMaintenance']);
    expect(hostActions({ state: 'Disconnected', resourcestate: 'Enabled' })).toEqual(['disable', 'maintenance', 'reconnect', 'delete']);
    expect(poolActions({ state: 'Up' })).toEqual(['disable', 'maintenance']);
    expect(poolActions({ state: 'Maintenance' })).toEqual(['cancelMaintenance', 'delete']);
  });
});

describe('HostsPage', () => {
  it('lists routing hosts with the filters of the URL and colours their states', async () => {
    const { client, calls } = server();
    renderRoute(<HostsPage />, { client, url: '/infra/hosts?state=Up&clusterid=c1&keyword=sim', path: '/infra/hosts', auth: staticAuth() });
    await screen.findByText('up-enabled');
    const list = calls.find((c) => c.command === 'listHosts')!;
    expect(list.form.get('type')).toBe('Routing');
    expect(list.form.get('state')).toBe('Up');
    expect(list.form.get('clusterid')).toBe('c1');
    expect(list.form.get('keyword')).toBe('sim');
    const row = screen.getByText('gone').closest('tr')!;
    expect(within(row).getByText('Disconnected').closest('.ant-tag')!.className).toContain('red');
    expect(screen.getByText('5 in all')).toBeTruthy();
  });

  it('shows the actions each host state allows', async () => {
    const { client } = server();
    renderRoute(<HostsPage />, { client, url: '/infra/hosts', path: '/infra/hosts', auth: staticAuth() });
    const row = async (name: string) => (await screen.findByText(name)).closest('tr')!;
    expect(buttons(await row('up-enabled'))).toEqual(['Disable', 'Maintenance', 'Reconnect', 'Edit tags']);
    expect(buttons(await row('up-disabled'))).toEqual(['Enable', 'Maintenance', 'Reconnect', 'Edit tags']);
    expect(buttons(await row('in-maintenance'))).toEqual(['Cancel maintenance', 'Delete', 'Edit tags']);
    expect(buttons(await row('entering'))).toEqual(['Cancel maintenance', 'Edit tags']);
    expect(buttons(await row('gone'))).toEqual(['Disable', 'Maintenance', 'Reconnect', 'Delete', 'Edit tags']);
  });

  it('shows no actions the role may not call', async () => {
    const { client } = server();
    renderRoute(<HostsPage />, { client, url: '/infra/hosts', path: '/infra/hosts', auth: staticAuth(['listHosts', 'cancelHostMaintenance']) });
    expect(buttons((await screen.findByText('up-enabled')).closest('tr')!)).toEqual([]);
    expect(buttons(screen.getByText('in-maintenance').closest('tr')!)).toEqual(['Cancel maintenance']);
    expect(screen.queryByRole('button', { name: /Add host/ })).toBeNull();
  });

  it('puts a host in maintenance through its async job and reloads', async () => {
    const { client, calls } = server();
    renderRoute(<HostsPage />, { client, url: '/infra/hosts', path: '/infra/hosts', auth: staticAuth() });
    const row = (await screen.findByText('up-enabled')).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Maintenance' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes' }));
    await waitFor(() => expect(calls.some((c) => c.command === 'queryAsyncJobResult' && c.form.get('jobid') === 'job-m')).toBe(true));
    expect(await screen.findByText('Put host up-enabled in maintenance: done')).toBeTruthy();
    await waitFor(() => expect(buttons(screen.getByText('up-enabled').closest('tr')!)).toEqual(['Cancel maintenance', 'Delete', 'Edit tags']));
  });
});
