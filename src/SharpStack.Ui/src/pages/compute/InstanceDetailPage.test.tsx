import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeClient, reply } from '../../test/fakeServer';
import { renderRoute, staticAuth } from '../../test/render';
import InstanceDetailPage from './InstanceDetailPage';

configure({ asyncUtilTimeout: 3000 });

const running = {
  id: 'v1',
  name: 'web-1',
  displayname: 'Web one',
  state: 'Running',
  account: 'alice',
  domain: 'ROOT',
  zoneid: 'z1',
  zonename: 'Demo',
  templatename: 'ubuntu-22',
  osdisplayname: 'Ubuntu 22.04',
  serviceofferingname: 'Small',
  cpunumber: 2,
  cpuspeed: 1000,
  memory: 2048,
  hypervisor: 'Simulator',
  hostid: 'h1',
  hostname: 'sim-host-1',
  instancename: 'i-2-5-VM',
  keypairs: 'laptop',
  created: '2026-01-02T10:00:00+0000',
  nic: [
    { id: 'n1', networkname: 'alice-network', ipaddress: '10.1.1.11', gateway: '10.1.1.1', netmask: '255.255.255.0', macaddress: '02:00:4c:5e:00:01', isdefault: true },
    { id: 'n2', networkname: 'backend', ipaddress: '10.2.0.5', gateway: '10.2.0.1', netmask: '255.255.0.0', macaddress: '02:00:4c:5e:00:02', isdefault: false },
  ],
};

const volumes = [
  { id: 'vol1', name: 'ROOT-5', type: 'ROOT', state: 'Ready', size: 8589934592, created: '2026-01-02T10:00:00+0000' },
  { id: 'vol2', name: 'DATA-5', type: 'DATADISK', state: 'Ready', size: 21474836480, diskofferingname: 'Twenty' },
];

function server() {
  let state = 'Running';
  let gone = false;
  return fakeClient((command, form) => {
    switch (command) {
      case 'listVirtualMachines':
        expect(form.get('id')).toBe('v1');
        return gone ? reply(command, {}) : reply(command, { count: 1, virtualmachine: [{ ...running, state }] });
      case 'listNics':
        expect(form.get('virtualmachineid')).toBe('v1');
        return reply(command, { count: running.nic.length, nic: running.nic });
      case 'listVolumes':
        expect(form.get('virtualmachineid')).toBe('v1');
        return reply(command, { count: volumes.length, volume: volumes });
      case 'destroyVirtualMachine':
        gone = form.get('expunge') === 'true';
        state = 'Destroyed';
        return reply(command, { jobid: 'j' });
      case 'stopVirtualMachine':
        state = 'Stopped';
        return reply(command, { jobid: 'j' });
      case 'queryAsyncJobResult':
        return reply(command, { jobid: 'j', jobstatus: 1, jobresult: {} });
      default:
        return reply(command, {});
    }
  });
}

const render = (client: ReturnType<typeof server>['client']) =>
  renderRoute(<InstanceDetailPage />, { client, url: '/compute/instances/v1', path: '/compute/instances/:id', auth: staticAuth() });

describe('InstanceDetailPage', () => {
  it('shows the fields, the nics and the volumes of the instance', async () => {
    const { client } = server();
    render(client);
    expect(await screen.findByText('i-2-5-VM')).toBeTruthy();
    expect(screen.getAllByText('Web one').length).toBeGreaterThan(0);
    expect(screen.getByText('Small (2 × 1000 MHz, 2048 MB)')).toBeTruthy();
    expect(screen.getByText('sim-host-1')).toBeTruthy();
    const nic = (await screen.findByText('backend')).closest('tr')!;
    expect(['10.2.0.5', '10.2.0.1', '255.255.0.0', '02:00:4c:5e:00:02'].every((v) => within(nic).queryByText(v))).toBe(true);
    expect(within(screen.getByText('alice-network').closest('tr')!).getByText('Yes')).toBeTruthy();
    const data = (await screen.findByText('DATA-5')).closest('tr')!;
    expect(within(data).getByText('Data disk')).toBeTruthy();
    expect(within(data).getByText('20 GiB')).toBeTruthy();
    expect(within(screen.getByText('ROOT-5').closest('tr')!).getByText('8 GiB')).toBeTruthy();
  });

  it('stops the instance and shows its new state and actions', async () => {
    const { client, calls } = server();
    render(client);
    await screen.findByText('i-2-5-VM');
    expect(screen.getByRole('button', { name: 'Migrate' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Stop' }));
    // The page's nics table (rows that open) makes role queries slower: wait longer than the default.
    expect(await screen.findByRole('button', { name: 'Start' }, { timeout: 10000 })).toBeTruthy();
    expect(calls.find((c) => c.command === 'stopVirtualMachine')!.form.has('forced')).toBe(false);
    await waitFor(() => expect(calls.filter((c) => c.command === 'listVolumes').length).toBe(2));
  });

  it('says the instance is gone once it is expunged', async () => {
    const { client } = server();
    render(client);
    await screen.findByText('i-2-5-VM');
    fireEvent.click(screen.getByRole('button', { name: 'Destroy' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByLabelText('Expunge it at once'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Destroy' }));
    expect(await screen.findByText(/There is no such instance/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /All instances/ }).getAttribute('href')).toBe('/compute/instances');
  });
});
