import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorReply, fakeClient, reply } from '../../test/fakeServer';
import { renderRoute, staticAuth } from '../../test/render';
import { SnapshotPolicyDialog } from './SnapshotPolicyDialog';

configure({ asyncUtilTimeout: 3000 });

const volume = { id: 'vr', name: 'ROOT-5', type: 'ROOT', state: 'Ready', size: 8589934592, virtualmachineid: 'v1', vmname: 'web-1', zoneid: 'z1' };
const policies = [
  { id: 'p1', volumeid: 'vr', schedule: '00:23:1', intervaltype: 2, maxsnaps: 4, timezone: 'Europe/Berlin' },
  { id: 'p2', volumeid: 'vr', schedule: '15:04:28', intervaltype: 3, maxsnaps: 2, timezone: 'UTC' },
];

function server() {
  return fakeClient((command, form) => {
    switch (command) {
      case 'listSnapshotPolicies':
        expect(form.get('volumeid')).toBe('vr');
        return reply(command, { count: policies.length, snapshotpolicy: policies });
      case 'createSnapshotPolicy':
        return form.get('maxsnaps') === '99'
          ? errorReply(command, 431, 'maxsnaps must be between 1 and 8 for HOURLY snapshots (snapshot.max.hourly)')
          : reply(command, { snapshotpolicy: { id: 'p9', schedule: form.get('schedule'), intervaltype: 0 } });
      case 'deleteSnapshotPolicies':
        return reply(command, { success: true });
      default:
        return reply(command, {});
    }
  });
}

const params = (form: URLSearchParams) => Object.fromEntries([...form.entries()].filter(([k]) => !['command', 'response', 'sessionkey'].includes(k)));

async function open() {
  const { client, calls } = server();
  renderRoute(<SnapshotPolicyDialog volume={volume} onClose={() => {}} />, { client, url: '/storage/volumes', path: '/storage/volumes', auth: staticAuth() });
  const dialog = await screen.findByRole('dialog');
  return { dialog, calls };
}

async function pick(dialog: HTMLElement, combobox: string, option: string) {
  fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: combobox }));
  const options = await screen.findAllByTitle(option);
  fireEvent.click(options.at(-1)!);
}

const set = (dialog: HTMLElement, label: string, value: string) => fireEvent.change(within(dialog).getByLabelText(label), { target: { value } });

describe('SnapshotPolicyDialog', () => {
  it('lists the volume’s schedules in words', async () => {
    const { dialog } = await open();
    const weekly = (await within(dialog).findByText('Every Sunday at 23:00')).closest('tr')!;
    expect(within(weekly).getByText('Weekly')).toBeTruthy();
    expect(within(weekly).getByText('Europe/Berlin')).toBeTruthy();
    expect(within(weekly).getByText('4')).toBeTruthy();
    expect(within(dialog).getByText('Day 28 of every month at 04:15')).toBeTruthy();
  });

  it('sends the schedule in upstream format for each interval type', async () => {
    const { dialog, calls } = await open();
    await within(dialog).findByText('Every Sunday at 23:00');
    const add = async (expected: Record<string, string>) => {
      const before = calls.filter((c) => c.command === 'createSnapshotPolicy').length;
      fireEvent.click(within(dialog).getByRole('button', { name: 'Add schedule' }));
      await waitFor(() => expect(calls.filter((c) => c.command === 'createSnapshotPolicy').length).toBe(before + 1));
      expect(params(calls.filter((c) => c.command === 'createSnapshotPolicy').at(-1)!.form)).toEqual({ volumeid: 'vr', ...expected });
    };

    await pick(dialog, 'Interval', 'Hourly');
    await waitFor(() => expect(within(dialog).queryByLabelText('Hour')).toBeNull());
    set(dialog, 'Minute', '5');
    set(dialog, 'Time zone', 'Asia/Shanghai');
    set(dialog, 'Snapshots to keep', '6');
    await add({ intervaltype: 'HOURLY', schedule: '05', timezone: 'Asia/Shanghai', maxsnaps: '6' });
    expect(await screen.findByText('Schedule Hourly snapshots of ROOT-5: done')).toBeTruthy();

    await pick(dialog, 'Interval', 'Daily');
    await within(dialog).findByLabelText('Hour');
    set(dialog, 'Minute', '30');
    set(dialog, 'Hour', '2');
    await add({ intervaltype: 'DAILY', schedule: '30:02', timezone: 'Asia/Shanghai', maxsnaps: '6' });

    await pick(dialog, 'Interval', 'Weekly');
    await within(dialog).findByRole('combobox', { name: 'Day of the week' });
    set(dialog, 'Minute', '0');
    set(dialog, 'Hour', '23');
    await pick(dialog, 'Day of the week', 'Monday');
    await add({ intervaltype: 'WEEKLY', schedule: '00:23:2', timezone: 'Asia/Shanghai', maxsnaps: '6' });

    await pick(dialog, 'Interval', 'Monthly');
    await within(dialog).findByLabelText('Day of the month');
    set(dialog, 'Hour', '4');
    set(dialog, 'Minute', '15');
    set(dialog, 'Day of the month', '28');
    set(dialog, 'Time zone', 'America/Argentina/Buenos_Aires');
    await add({ intervaltype: 'MONTHLY', schedule: '15:04:28', timezone: 'America/Argentina/Buenos_Aires', maxsnaps: '6' });
    // the list is loaded again after each one
    await waitFor(() => expect(calls.filter((c) => c.command === 'listSnapshotPolicies').length).toBeGreaterThanOrEqual(5));
  }, 60000);

  it('shows the server’s refusal and keeps the dialog open', async () => {
    const { dialog } = await open();
    await pick(dialog, 'Interval', 'Hourly');
    set(dialog, 'Snapshots to keep', '99');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add schedule' }));
    expect(await screen.findByText(/maxsnaps must be between 1 and 8/)).toBeTruthy();
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('deletes a schedule after confirmation', async () => {
    const { dialog, calls } = await open();
    const weekly = (await within(dialog).findByText('Every Sunday at 23:00')).closest('tr')!;
    fireEvent.click(within(weekly).getByRole('button', { name: 'Delete' }));
    expect((await screen.findAllByText('Delete the Weekly snapshot schedule of ROOT-5?')).length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Yes' }));
    expect(await screen.findByText('Delete the Weekly schedule of ROOT-5: done')).toBeTruthy();
    expect(params(calls.find((c) => c.command === 'deleteSnapshotPolicies')!.form)).toEqual({ id: 'p1' });
  });
});
