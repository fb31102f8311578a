import { configure, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeClient, reply } from '../../test/fakeServer';
import { renderRoute, staticAuth } from '../../test/render';
import VmSnapshotsPage from './VmSnapshotsPage';

configure({ asyncUtilTimeout: 3000 });

const snapshots = [
  { id: 'vs1', name: 'i-2-5-VM_VS_1', displayname: 'clean install', virtualmachineid: 'v1', virtualmachinename: 'Web one', type: 'Disk', current: false, state: 'Ready', created: '2026-01-02T10:00:00+0000' },
  { id: 'vs2', name: 'i-2-5-VM_VS_2', displayname: 'with app', virtualmachineid: 'v1', virtualmachinename: 'Web one', type: 'DiskAndMemory', current: true, parent: 'vs1', parentName: 'clean install', state: 'Ready' },
  { id: 'vs3', name: 'i-2-5-VM_VS_3', virtualmachineid: 'v1', virtualmachinename: 'Web one', type: 'Disk', state: 'Creating' },
];

function server() {
  return fakeClient((command, form) => {
    switch (command) {
      case 'listVMSnapshot':
        return reply(command, { count: snapshots.length, vmSnapshot: snapshots });
      case 'queryAsyncJobResult':
        return form.get('jobid') === 'deleteVMSnapshot'
          ? reply(command, { jobid: 'deleteVMSnapshot', jobstatus: 2, jobresult: { errorcode: 530, errortext: 'Unable to delete snapshot with app: host unreachable' } })
          : reply(command, { jobid: form.get('jobid'), jobstatus: 1, jobresult: {} });
      default:
        return reply(command, { jobid: command });
    }
  });
}

const params = (form: URLSearchParams) => Object.fromEntries([...form.entries()].filter(([k]) => !['command', 'response', 'sessionkey'].includes(k)));
const row = async (name: string) => (await screen.findByText(name)).closest('tr')!;
const render = (client: ReturnType<typeof server>['client'], url = '/storage/vm-snapshots') =>
  renderRoute(<VmSnapshotsPage />, { client, url, path: '/storage/vm-snapshots', auth: staticAuth() });

describe('VmSnapshotsPage', () => {
  it('lists the snapshots of an instance with type, current, parent and state', async () => {
    const { client, calls } = server();
    render(client, '/storage/vm-snapshots?virtualmachineid=v1');
    const current = await row('with app');
    expect(['Disk and memory', 'Current', 'clean install', 'Ready'].every((v) => within(current).queryByText(v))).toBe(true);
    expect(within(current).getByRole('link', { name: 'Web one' }).getAttribute('href')).toBe('/compute/instances/v1');
    // no display name: the generated name
    const creating = await row('i-2-5-VM_VS_3');
    expect(within(creating).queryAllByRole('button')).toHaveLength(0);
    expect(within(screen.getAllByText('clean install')[0].closest('tr')!).getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual(['Revert', 'Delete']);
    const list = calls.find((c) => c.command === 'listVMSnapshot')!.form;
    expect([list.get('virtualmachineid'), list.get('listall')]).toEqual(['v1', 'true']);
  });

  it('reverts by vmsnapshotid after confirmation', async () => {
    const { client, calls } = server();
    render(client);
    fireEvent.click(within(await row('with app')).getByRole('button', { name: 'Revert' }));
    expect((await screen.findAllByText('Revert instance Web one to snapshot with app?')).length).toBeGreaterThan(0);
    expect(screen.getByText(/disks and memory go back/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Yes' }));
    expect(await screen.findByText('Revert to VM snapshot with app: done')).toBeTruthy();
    expect(params(calls.find((c) => c.command === 'revertToVMSnapshot')!.form)).toEqual({ vmsnapshotid: 'vs2' });
  });

  it('deletes after confirmation and shows the error of a failed job', async () => {
    const { client, calls } = server();
    render(client);
    fireEvent.click(within(await row('with app')).getByRole('button', { name: 'Delete' }));
    expect((await screen.findAllByText('Delete VM snapshot with app?')).length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Yes' }));
    expect(await screen.findByText('Delete VM snapshot with app failed: Unable to delete snapshot with app: host unreachable')).toBeTruthy();
    expect(params(calls.find((c) => c.command === 'deleteVMSnapshot')!.form)).toEqual({ vmsnapshotid: 'vs2' });
  });
});
