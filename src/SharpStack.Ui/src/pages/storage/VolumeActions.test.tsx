import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeClient, reply } from '../../test/fakeServer';
import { renderRoute, staticAuth } from '../../test/render';
import VolumesPage from './VolumesPage';

configure({ asyncUtilTimeout: 3000 });

const GIB = 1024 ** 3;
const volumes = [
  { id: 'vr', name: 'ROOT-5', type: 'ROOT', state: 'Ready', size: 8 * GIB, virtualmachineid: 'v1', vmname: 'web-1', zoneid: 'z1', zonename: 'Demo', account: 'alice', domainid: 'd1' },
  { id: 'va', name: 'DATA-5', type: 'DATADISK', state: 'Ready', size: 20 * GIB, virtualmachineid: 'v1', vmname: 'web-1', vmdisplayname: 'Web one', zoneid: 'z1', account: 'alice', domainid: 'd1' },
  { id: 'vf', name: 'spare', type: 'DATADISK', state: 'Allocated', size: 10 * GIB, zoneid: 'z1', zonename: 'Demo', account: 'alice', domainid: 'd1' },
  { id: 'vd', name: 'old', type: 'DATADISK', state: 'Destroy', size: GIB, zoneid: 'z1', account: 'alice', domainid: 'd1' },
];
const vms = [
  { id: 'v1', name: 'web-1', displayname: 'Web one', state: 'Running' },
  { id: 'v2', name: 'db-1', state: 'Stopped' },
  { id: 'v3', name: 'gone-1', state: 'Destroyed' },
];

function server(failing?: string) {
  return fakeClient((command, form) => {
    switch (command) {
      case 'listVolumes':
        return reply(command, { count: volumes.length, volume: volumes });
      case 'listZones':
        return reply(command, { count: 1, zone: [{ id: 'z1', name: 'Demo' }] });
      case 'listDiskOfferings':
        return reply(command, { count: 2, diskoffering: [{ id: 'do-20', name: 'Twenty', disksize: 20 }, { id: 'do-c', name: 'Any size', disksize: 0, iscustomized: true }] });
      case 'listVirtualMachines':
        return reply(command, { count: vms.length, virtualmachine: vms });
      case 'deleteVolume':
        return reply(command, { success: true });
      case 'queryAsyncJobResult':
        return failing === form.get('jobid')
          ? reply(command, { jobid: failing, jobstatus: 2, jobresult: { errorcode: 530, errortext: `${failing} went wrong on the host` } })
          : reply(command, { jobid: form.get('jobid'), jobstatus: 1, jobresult: {} });
      default:
        // every async command of this page answers a job named after it
        return reply(command, { jobid: command });
    }
  });
}

const params = (form: URLSearchParams) => Object.fromEntries([...form.entries()].filter(([k]) => !['command', 'response', 'sessionkey'].includes(k)));
const render = (client: ReturnType<typeof server>['client'], apis?: string[]) =>
  renderRoute(<VolumesPage />, { client, url: '/storage/volumes', path: '/storage/volumes', auth: staticAuth(apis) });
const row = async (name: string) => (await screen.findByText(name)).closest('tr')!;
const buttons = (tr: HTMLElement) => within(tr).queryAllByRole('button').map((b) => b.getAttribute('aria-label'));

describe('volume actions', () => {
  it('offers the actions each volume state allows, and only those the role may call', async () => {
    const first = server();
    const view = render(first.client);
    expect(buttons(await row('ROOT-5'))).toEqual(['Resize', 'Take snapshot', 'Snapshot schedules']);
    expect(buttons(await row('DATA-5'))).toEqual(['Detach', 'Resize', 'Take snapshot', 'Snapshot schedules']);
    expect(buttons(await row('spare'))).toEqual(['Attach', 'Resize', 'Snapshot schedules', 'Delete']);
    expect(buttons(await row('old'))).toEqual([]);
    view.unmount();
    const second = server();
    render(second.client, ['listVolumes', 'attachVolume', 'detachVolume']);
    expect(buttons(await row('spare'))).toEqual(['Attach']);
    expect(buttons(await row('ROOT-5'))).toEqual([]);
    expect(screen.queryByRole('button', { name: /Add volume/ })).toBeNull();
  });

  it('creates a volume of a customized offering with its size', async () => {
    const { client, calls } = server();
    render(client);
    await row('spare');
    fireEvent.click(screen.getByRole('button', { name: /Add volume/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'logs' } });
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: 'Zone' }));
    fireEvent.click(await screen.findByTitle('Demo'));
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: 'Disk offering' }));
    fireEvent.click(await screen.findByTitle('Any size (Custom)'));
    await waitFor(() => expect(calls.filter((c) => c.command === 'listDiskOfferings').at(-1)!.form.get('zoneid')).toBe('z1'));
    fireEvent.change(await within(dialog).findByLabelText('Size (GB)'), { target: { value: '50' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('Create volume logs: done')).toBeTruthy();
    expect(params(calls.find((c) => c.command === 'createVolume')!.form)).toEqual({ name: 'logs', zoneid: 'z1', diskofferingid: 'do-c', size: '50' });
  });

  it('attaches a detached disk to a running or stopped instance of its zone and owner', async () => {
    const { client, calls } = server();
    render(client);
    fireEvent.click(within(await row('spare')).getByRole('button', { name: 'Attach' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: 'Instance' }));
    fireEvent.click(await screen.findByTitle('db-1'));
    expect(screen.queryByTitle('gone-1')).toBeNull();
    expect(screen.getByTitle('Web one (web-1)')).toBeTruthy();
    const list = calls.find((c) => c.command === 'listVirtualMachines')!.form;
    expect([list.get('zoneid'), list.get('account'), list.get('domainid')]).toEqual(['z1', 'alice', 'd1']);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Attach' }));
    expect(await screen.findByText('Attach volume spare: done')).toBeTruthy();
    expect(params(calls.find((c) => c.command === 'attachVolume')!.form)).toEqual({ id: 'vf', virtualmachineid: 'v2' });
  });

  it('detaches after confirmation and shows the error of a failed job', async () => {
    const { client, calls } = server('detachVolume');
    render(client);
    fireEvent.click(within(await row('DATA-5')).getByRole('button', { name: 'Detach' }));
    expect((await screen.findAllByText('Detach volume DATA-5 from Web one?')).length).toBeGreaterThan(0);
    expect(calls.some((c) => c.command === 'detachVolume')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Yes' }));
    expect(await screen.findByText('Detach volume DATA-5 failed: detachVolume went wrong on the host')).toBeTruthy();
    expect(params(calls.find((c) => c.command === 'detachVolume')!.form)).toEqual({ id: 'va' });
  });

  it('resizes with the size in GB and shrinkok', async () => {
    const { client, calls } = server();
    render(client);
    fireEvent.click(within(await row('DATA-5')).getByRole('button', { name: 'Resize' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('It is 20 GiB now.')).toBeTruthy();
    expect((within(dialog).getByLabelText('New size (GB)') as HTMLInputElement).value).toBe('20');
    fireEvent.change(within(dialog).getByLabelText('New size (GB)'), { target: { value: '15' } });
    fireEvent.click(within(dialog).getByLabelText('Allow shrinking'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Resize' }));
    expect(await screen.findByText('Resize volume DATA-5: done')).toBeTruthy();
    expect(params(calls.find((c) => c.command === 'resizeVolume')!.form)).toEqual({ id: 'va', size: '15', shrinkok: 'true' });
  });

  it('takes a named snapshot', async () => {
    const { client, calls } = server();
    render(client);
    fireEvent.click(within(await row('ROOT-5')).getByRole('button', { name: 'Take snapshot' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Snapshot name'), { target: { value: 'before-upgrade' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Take snapshot' }));
    expect(await screen.findByText('Snapshot volume ROOT-5: done')).toBeTruthy();
    expect(params(calls.find((c) => c.command === 'createSnapshot')!.form)).toEqual({ volumeid: 'vr', name: 'before-upgrade' });
  });

  it('deletes a detached volume after confirmation', async () => {
    const { client, calls } = server();
    render(client);
    fireEvent.click(within(await row('spare')).getByRole('button', { name: 'Delete' }));
    expect((await screen.findAllByText('Delete volume spare?')).length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Yes' }));
    expect(await screen.findByText('Delete volume spare: done')).toBeTruthy();
    expect(params(calls.find((c) => c.command === 'deleteVolume')!.form)).toEqual({ id: 'vf' });
  });
});
