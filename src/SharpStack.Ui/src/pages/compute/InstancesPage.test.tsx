import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorReply, fakeClient, reply } from '../../test/fakeServer';
import { adminSession, renderRoute, staticAuth } from '../../test/render';
import InstancesPage from './InstancesPage';
import { vmActions } from './vmActions';

configure({ asyncUtilTimeout: 3000 });

const vm = (id: string, name: string, state: string, extra: Record<string, unknown> = {}) => ({
  id,
  name,
  displayname: name,
  state,
  account: 'alice',
  zoneid: 'z1',
  zonename: 'Demo',
  serviceofferingname: 'Small',
  cpunumber: 1,
  cpuspeed: 1000,
  memory: 512,
  templatename: 'ubuntu-22',
  hostid: 'h1',
  hostname: 'sim-host-1',
  instancename: `i-2-${id}-VM`,
  created: '2026-01-02T10:00:00+0000',
  nic: [{ id: `n-${id}`, ipaddress: `10.1.1.${id.length + 10}`, isdefault: true }],
  ...extra,
});

const vms = [
  vm('v1', 'web-1', 'Running', { displayname: 'Web one', nic: [{ id: 'n1', ipaddress: '10.1.1.11', isdefault: true }] }),
  vm('v2', 'db-1', 'Stopped'),
  vm('v3', 'old-1', 'Destroyed'),
  vm('v4', 'bad-1', 'Error'),
];

const hosts = [
  { id: 'h1', name: 'sim-host-1', state: 'Up', resourcestate: 'Enabled', clustername: 'c1' },
  { id: 'h2', name: 'sim-host-2', state: 'Up', resourcestate: 'Enabled', clustername: 'c1' },
];

function server(jobFails?: string) {
  return fakeClient((command) => {
    switch (command) {
      case 'expungeVirtualMachine':
        return errorReply(command, 531, 'Parameter expunge can be passed by Admin only, or when allow.user.expunge.recover.vm is true');
      case 'listVirtualMachines':
        return reply(command, { count: vms.length, virtualmachine: vms });
      case 'listHosts':
        return reply(command, { count: hosts.length, host: hosts });
      case 'listZones':
        return reply(command, { count: 1, zone: [{ id: 'z1', name: 'Demo' }] });
      case 'recoverVirtualMachine':
        return reply(command, { virtualmachine: { ...vms[2], state: 'Stopped' } });
      case 'queryAsyncJobResult':
        return jobFails
          ? reply(command, { jobid: 'j', jobstatus: 2, jobresultcode: 530, jobresult: { errorcode: 530, errortext: jobFails } })
          : reply(command, { jobid: 'j', jobstatus: 1, jobresult: { virtualmachine: vms[0] } });
      default:
        return reply(command, { jobid: 'j' });
    }
  });
}

const buttons = (row: HTMLElement) => within(row).queryAllByRole('button').map((b) => b.getAttribute('aria-label'));
const rowOf = async (text: string) => (await screen.findByText(text)).closest('tr')!;

describe('vmActions', () => {
  it('offers what the state allows', () => {
    expect(vmActions({ state: 'Running' }, true)).toEqual(['stop', 'reboot', 'migrate', 'destroy']);
    expect(vmActions({ state: 'Running' }, false)).toEqual(['stop', 'reboot', 'destroy']);
    expect(vmActions({ state: 'Stopped' }, true)).toEqual(['start', 'destroy']);
    expect(vmActions({ state: 'Destroyed' }, true)).toEqual(['recover', 'expunge']);
    expect(vmActions({ state: 'Error' }, true)).toEqual(['destroy', 'expunge']);
    expect(vmActions({ state: 'Starting' }, true)).toEqual([]);
  });
});

describe('InstancesPage', () => {
  it('lists instances with the URL filters, their address, size and the admin columns', async () => {
    const { client, calls } = server();
    renderRoute(<InstancesPage />, { client, url: '/compute/instances?state=Running&zoneid=z1&keyword=web', path: '/compute/instances', auth: staticAuth() });
    const row = await rowOf('Web one');
    expect(within(row).getByText('web-1')).toBeTruthy();
    expect(within(row).getByText('10.1.1.11')).toBeTruthy();
    expect(within(row).getByText('1 × 1000 MHz, 512 MB')).toBeTruthy();
    expect(within(row).getByText('sim-host-1')).toBeTruthy();
    expect(within(row).getByText('i-2-v1-VM')).toBeTruthy();
    expect(within(row).getByText('Running').closest('.ant-tag')!.className).toContain('green');
    expect(within(row).getByRole('link', { name: 'Web one' }).getAttribute('href')).toBe('/compute/instances/v1');
    const list = calls.find((c) => c.command === 'listVirtualMachines')!.form;
    expect([list.get('state'), list.get('zoneid'), list.get('keyword'), list.get('listall')]).toEqual(['Running', 'z1', 'web', 'true']);
  });

  it('shows no host columns to others', async () => {
    const { client } = server();
    const user = { ...staticAuth(), session: { ...adminSession, type: '0' } };
    renderRoute(<InstancesPage />, { client, url: '/compute/instances', path: '/compute/instances', auth: user });
    await screen.findByText('Web one');
    expect(screen.queryByText('Host')).toBeNull();
    expect(screen.queryByText('i-2-v1-VM')).toBeNull();
  });

  it('shows the actions each state allows and the role may call', async () => {
    const { client } = server();
    renderRoute(<InstancesPage />, { client, url: '/compute/instances', path: '/compute/instances', auth: staticAuth() });
    expect(buttons(await rowOf('Web one'))).toEqual(['Stop', 'Reboot', 'Migrate', 'Destroy']);
    expect(buttons(await rowOf('db-1'))).toEqual(['Start', 'Destroy']);
    expect(buttons(await rowOf('old-1'))).toEqual(['Recover', 'Expunge']);
    expect(buttons(await rowOf('bad-1'))).toEqual(['Destroy', 'Expunge']);
    expect(screen.getByRole('button', { name: /Add instance/ })).toBeTruthy();
  });

  it('hides what the role may not call', async () => {
    const { client } = server();
    renderRoute(<InstancesPage />, { client, url: '/compute/instances', path: '/compute/instances', auth: staticAuth(['listVirtualMachines', 'startVirtualMachine']) });
    expect(buttons(await rowOf('Web one'))).toEqual([]);
    expect(buttons(await rowOf('db-1'))).toEqual(['Start']);
    expect(screen.queryByRole('button', { name: /Add instance/ })).toBeNull();
  });

  it('starts a stopped instance through its job and lists again', async () => {
    const { client, calls } = server();
    renderRoute(<InstancesPage />, { client, url: '/compute/instances', path: '/compute/instances', auth: staticAuth() });
    fireEvent.click(within(await rowOf('db-1')).getByRole('button', { name: 'Start' }));
    expect(await screen.findByText('Start instance db-1: done')).toBeTruthy();
    expect(calls.find((c) => c.command === 'startVirtualMachine')!.form.get('id')).toBe('v2');
    expect(calls.some((c) => c.command === 'queryAsyncJobResult')).toBe(true);
    await waitFor(() => expect(calls.filter((c) => c.command === 'listVirtualMachines').length).toBe(2));
  });

  it('destroys only after confirmation, with expunge for admins', async () => {
    const { client, calls } = server();
    renderRoute(<InstancesPage />, { client, url: '/compute/instances', path: '/compute/instances', auth: staticAuth() });
    fireEvent.click(within(await rowOf('db-1')).getByRole('button', { name: 'Destroy' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Destroy instance db-1?')).toBeTruthy();
    expect(calls.some((c) => c.command === 'destroyVirtualMachine')).toBe(false);
    fireEvent.click(within(dialog).getByLabelText('Expunge it at once'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Destroy' }));
    expect(await screen.findByText('Destroy instance db-1: done')).toBeTruthy();
    const form = calls.find((c) => c.command === 'destroyVirtualMachine')!.form;
    expect([form.get('id'), form.get('expunge')]).toEqual(['v2', 'true']);
  });

  it('offers no expunge checkbox to users and cancels without a call', async () => {
    const { client, calls } = server();
    const user = { ...staticAuth(), session: { ...adminSession, type: '0' } };
    renderRoute(<InstancesPage />, { client, url: '/compute/instances', path: '/compute/instances', auth: user });
    fireEvent.click(within(await rowOf('db-1')).getByRole('button', { name: 'Destroy' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByRole('checkbox')).toBeNull();
    expect(within(dialog).getByText('It can be recovered until it is expunged.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByText('Destroy instance db-1?')).toBeNull());
    expect(calls.some((c) => c.command === 'destroyVirtualMachine')).toBe(false);
  });

  it('stops with force when asked', async () => {
    const { client, calls } = server();
    renderRoute(<InstancesPage />, { client, url: '/compute/instances', path: '/compute/instances', auth: staticAuth() });
    fireEvent.click(within(await rowOf('Web one')).getByRole('button', { name: 'Stop' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByLabelText('Force stop'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Stop' }));
    expect(await screen.findByText('Stop instance Web one: done')).toBeTruthy();
    expect(calls.find((c) => c.command === 'stopVirtualMachine')!.form.get('forced')).toBe('true');
  });

  it('shows the error text of a failed job', async () => {
    const { client } = server('Unable to reboot: the host does not answer');
    renderRoute(<InstancesPage />, { client, url: '/compute/instances', path: '/compute/instances', auth: staticAuth() });
    fireEvent.click(within(await rowOf('Web one')).getByRole('button', { name: 'Reboot' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes' }));
    expect(await screen.findByText('Reboot instance Web one failed: Unable to reboot: the host does not answer')).toBeTruthy();
  });

  it('shows the refusal of a command after confirmation', async () => {
    const { client, calls } = server();
    renderRoute(<InstancesPage />, { client, url: '/compute/instances', path: '/compute/instances', auth: staticAuth() });
    fireEvent.click(within(await rowOf('bad-1')).getByRole('button', { name: 'Expunge' }));
    expect((await screen.findAllByText('Expunge instance bad-1? Its root disk is deleted.')).length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Yes' }));
    expect(await screen.findByText(/Expunge instance bad-1 failed: Parameter expunge can be passed by Admin only/)).toBeTruthy();
    expect(calls.find((c) => c.command === 'expungeVirtualMachine')!.form.get('id')).toBe('v4');
  });

  it('recovers a destroyed instance with the sync command', async () => {
    const { client, calls } = server();
    renderRoute(<InstancesPage />, { client, url: '/compute/instances', path: '/compute/instances', auth: staticAuth() });
    fireEvent.click(within(await rowOf('old-1')).getByRole('button', { name: 'Recover' }));
    expect(await screen.findByText('Recover instance old-1: done')).toBeTruthy();
    expect(calls.find((c) => c.command === 'recoverVirtualMachine')!.form.get('id')).toBe('v3');
    expect(calls.some((c) => c.command === 'queryAsyncJobResult')).toBe(false);
  });

  it('migrates to another Up routing host of the zone', async () => {
    const { client, calls } = server();
    renderRoute(<InstancesPage />, { client, url: '/compute/instances', path: '/compute/instances', auth: staticAuth() });
    fireEvent.click(within(await rowOf('Web one')).getByRole('button', { name: 'Migrate' }));
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(calls.some((c) => c.command === 'listHosts')).toBe(true));
    const list = calls.find((c) => c.command === 'listHosts')!.form;
    expect([list.get('zoneid'), list.get('type'), list.get('state')]).toEqual(['z1', 'Routing', 'Up']);
    fireEvent.mouseDown(within(dialog).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('sim-host-2 (c1)'));
    expect(screen.queryByTitle('sim-host-1 (c1)')).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Migrate' }));
    expect(await screen.findByText('Migrate instance Web one: done')).toBeTruthy();
    const form = calls.find((c) => c.command === 'migrateVirtualMachine')!.form;
    expect([form.get('virtualmachineid'), form.get('hostid'), form.has('id')]).toEqual(['v1', 'h2', false]);
  });
});
