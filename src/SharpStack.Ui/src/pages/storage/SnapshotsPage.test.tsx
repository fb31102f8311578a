import { configure, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeClient, reply } from '../../test/fakeServer';
import { renderRoute, staticAuth } from '../../test/render';
import SnapshotsPage from './SnapshotsPage';

configure({ asyncUtilTimeout: 3000 });

const snapshots = [
  { id: 's1', name: 'before-upgrade', volumename: 'ROOT-5', snapshottype: 'MANUAL', state: 'BackedUp', virtualsize: 8589934592, revertable: true, zonename: 'Demo', account: 'alice', created: '2026-01-02T10:00:00+0000' },
  { id: 's2', name: 'DATA-5_daily', volumename: 'DATA-5', snapshottype: 'RECURRING', intervaltype: 'DAILY', state: 'BackedUp', virtualsize: 21474836480, revertable: false },
  { id: 's3', name: 'broken', volumename: 'DATA-5', snapshottype: 'MANUAL', state: 'Error' },
  { id: 's4', name: 'busy', volumename: 'DATA-5', snapshottype: 'MANUAL', state: 'Creating' },
];

function server() {
  return fakeClient((command, form) => {
    switch (command) {
      case 'listSnapshots':
        return reply(command, { count: snapshots.length, snapshot: snapshots });
      case 'queryAsyncJobResult':
        return form.get('jobid') === 'revertSnapshot'
          ? reply(command, { jobid: 'revertSnapshot', jobstatus: 2, jobresult: { errorcode: 431, errortext: 'Volume ROOT-5 belongs to an instance that is not stopped: stop it to revert the snapshot' } })
          : reply(command, { jobid: form.get('jobid'), jobstatus: 1, jobresult: {} });
      default:
        return reply(command, { jobid: command });
    }
  });
}

const params = (form: URLSearchParams) => Object.fromEntries([...form.entries()].filter(([k]) => !['command', 'response', 'sessionkey'].includes(k)));
const row = async (name: string) => (await screen.findByText(name)).closest('tr')!;
const buttons = (tr: HTMLElement) => within(tr).queryAllByRole('button').map((b) => b.getAttribute('aria-label'));
const render = (client: ReturnType<typeof server>['client']) => renderRoute(<SnapshotsPage />, { client, url: '/storage/snapshots', path: '/storage/snapshots', auth: staticAuth() });

describe('SnapshotsPage', () => {
  it('lists snapshots with their volume, kind, state and size, and the actions each state allows', async () => {
    const { client, calls } = server();
    render(client);
    const manual = await row('before-upgrade');
    expect(['ROOT-5', 'Manual', 'Backed up', '8 GiB'].every((v) => within(manual).queryByText(v))).toBe(true);
    expect(buttons(manual)).toEqual(['Revert', 'Create volume', 'Delete']);
    const daily = await row('DATA-5_daily');
    expect(within(daily).getByText('Daily')).toBeTruthy();
    expect(buttons(daily)).toEqual(['Create volume', 'Delete']);
    expect(buttons(await row('broken'))).toEqual(['Delete']);
    expect(buttons(await row('busy'))).toEqual([]);
    expect(calls.find((c) => c.command === 'listSnapshots')!.form.get('listall')).toBe('true');
  });

  it('reverts after confirmation and shows why the job failed', async () => {
    const { client, calls } = server();
    render(client);
    fireEvent.click(within(await row('before-upgrade')).getByRole('button', { name: 'Revert' }));
    expect((await screen.findAllByText('Revert volume ROOT-5 to snapshot before-upgrade?')).length).toBeGreaterThan(0);
    expect(calls.some((c) => c.command === 'revertSnapshot')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Yes' }));
    expect(await screen.findByText('Revert to snapshot before-upgrade failed: Volume ROOT-5 belongs to an instance that is not stopped: stop it to revert the snapshot')).toBeTruthy();
    expect(params(calls.find((c) => c.command === 'revertSnapshot')!.form)).toEqual({ id: 's1' });
  });

  it('creates a volume from a snapshot', async () => {
    const { client, calls } = server();
    render(client);
    fireEvent.click(within(await row('DATA-5_daily')).getByRole('button', { name: 'Create volume' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('New volume from snapshot DATA-5_daily')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'restored' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('Create volume restored: done')).toBeTruthy();
    expect(params(calls.find((c) => c.command === 'createVolume')!.form)).toEqual({ snapshotid: 's2', name: 'restored' });
  });

  it('deletes after confirmation', async () => {
    const { client, calls } = server();
    render(client);
    fireEvent.click(within(await row('broken')).getByRole('button', { name: 'Delete' }));
    expect((await screen.findAllByText('Delete snapshot broken?')).length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Yes' }));
    expect(await screen.findByText('Delete snapshot broken: done')).toBeTruthy();
    expect(params(calls.find((c) => c.command === 'deleteSnapshot')!.form)).toEqual({ id: 's3' });
  });
});
