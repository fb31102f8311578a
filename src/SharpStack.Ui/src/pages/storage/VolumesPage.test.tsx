import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeClient, reply } from '../../test/fakeServer';
import { renderRoute, staticAuth } from '../../test/render';
import VolumesPage from './VolumesPage';

configure({ asyncUtilTimeout: 3000 });

const volumes = [
  { id: 'vol1', name: 'ROOT-5', type: 'ROOT', state: 'Ready', size: 8589934592, virtualmachineid: 'v1', vmname: 'web-1', vmdisplayname: 'Web one', zonename: 'Demo', account: 'alice', created: '2026-01-02T10:00:00+0000' },
  { id: 'vol2', name: 'DATA-7', type: 'DATADISK', state: 'Allocated', size: 1610612736, zonename: 'Demo', account: 'bob' },
];

function server() {
  return fakeClient((command) => (command === 'listVolumes' ? reply(command, { count: volumes.length, volume: volumes }) : reply(command, {})));
}

describe('VolumesPage', () => {
  it('lists volumes with their type, state, readable size and instance link, filtered by the URL', async () => {
    const { client, calls } = server();
    renderRoute(<VolumesPage />, { client, url: '/storage/volumes?type=ROOT&state=Ready&keyword=ROOT', path: '/storage/volumes', auth: staticAuth() });
    const row = (await screen.findByText('ROOT-5')).closest('tr')!;
    expect(within(row).getByText('Root')).toBeTruthy();
    expect(within(row).getByText('8 GiB')).toBeTruthy();
    expect(within(row).getByText('Ready').closest('.ant-tag')!.className).toContain('green');
    expect(within(row).getByRole('link', { name: 'Web one' }).getAttribute('href')).toBe('/compute/instances/v1');
    const other = screen.getByText('DATA-7').closest('tr')!;
    expect(within(other).getByText('Data disk')).toBeTruthy();
    expect(within(other).getByText('1.5 GiB')).toBeTruthy();
    expect(within(other).queryByRole('link')).toBeNull();
    const form = calls.find((c) => c.command === 'listVolumes')!.form;
    expect([form.get('type'), form.get('state'), form.get('keyword'), form.get('listall')]).toEqual(['ROOT', 'Ready', 'ROOT', 'true']);
  });

  it('puts a type filter in the URL', async () => {
    const { client, calls } = server();
    renderRoute(<VolumesPage />, { client, url: '/storage/volumes?page=2', path: '/storage/volumes', auth: staticAuth() });
    await screen.findByText('ROOT-5');
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Type' }));
    fireEvent.click(await screen.findByTitle('Data disk'));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/storage/volumes?type=DATADISK'));
    await waitFor(() => expect(calls.filter((c) => c.command === 'listVolumes').at(-1)!.form.get('type')).toBe('DATADISK'));
  });
});
