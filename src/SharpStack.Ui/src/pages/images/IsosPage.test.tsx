import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeClient, reply } from '../../test/fakeServer';
import { adminSession, renderRoute, staticAuth } from '../../test/render';
import IsosPage from './IsosPage';

configure({ asyncUtilTimeout: 3000 });

const iso = (id: string, name: string, zone: string, extra: object = {}) => ({
  id,
  name,
  ostypename: 'Debian GNU/Linux 12 (64-bit)',
  bootable: true,
  zoneid: `z-${zone}`,
  zonename: zone,
  status: 'Download Complete',
  isready: true,
  size: 660602880,
  account: 'admin',
  domainid: 'd-root',
  isextractable: true,
  ...extra,
});

const isos = [
  iso('i1', 'debian-netinst', 'east'),
  iso('i1', 'debian-netinst', 'west', { status: '12% Downloaded', isready: false, size: undefined }),
  iso('i2', 'drivers', 'east', { bootable: false, ostypename: 'Other (64-bit)', isextractable: false, account: 'bob', domainid: 'd-child' }),
];

const JOBS: Record<string, object> = {
  'job-x': { jobstatus: 1, jobresult: { iso: { id: 'i1', url: 'https://cloud.example.org/client/download/abc?sig=1', state: 'DOWNLOAD_URL_CREATED' } } },
  'job-del': { jobstatus: 2, jobresultcode: 530, jobresult: { errorcode: 530, errortext: 'ISO debian-netinst is attached to instance web-1' } },
};

function server() {
  return fakeClient((command, form) => {
    switch (command) {
      case 'listIsos':
        return reply(command, { count: isos.length, iso: isos });
      case 'listZones':
        return reply(command, { count: 1, zone: [{ id: 'z-east', name: 'east' }] });
      case 'listOsTypes':
        return reply(command, { count: 1, ostype: [{ id: 'os-deb', description: 'Debian GNU/Linux 12 (64-bit)' }] });
      case 'registerIso':
        return reply(command, { count: 1, iso: [{ id: 'i3', name: 'alpine' }] });
      case 'extractIso':
        return reply(command, { jobid: 'job-x' });
      case 'deleteIso':
        return reply(command, { jobid: 'job-del' });
      case 'queryAsyncJobResult':
        return reply(command, { jobid: form.get('jobid'), ...JOBS[form.get('jobid') ?? ''] });
      default:
        return reply(command, {});
    }
  });
}

const params = (form: URLSearchParams) => Object.fromEntries([...form.entries()].filter(([k]) => !['command', 'response', 'sessionkey'].includes(k)));
const render = (client: ReturnType<typeof server>['client'], url = '/images/isos', auth = staticAuth()) => renderRoute(<IsosPage />, { client, url, path: '/images/isos', auth });

describe('IsosPage', () => {
  it('lists every ISO copy for the root admin, with bootable, status and size', async () => {
    const { client, calls } = server();
    render(client);
    const west = (await screen.findByText('west')).closest('tr')!;
    expect(within(west).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('12');
    const drivers = screen.getByText('drivers').closest('tr')!;
    expect(within(drivers).getAllByText('No')).toHaveLength(1);
    expect(within(drivers).getByText('Other (64-bit)')).toBeTruthy();
    const east = screen.getAllByText('debian-netinst')[0].closest('tr')!;
    expect(within(east).getByText('630 MiB')).toBeTruthy();
    // a ready, extractable copy offers a download link; one still downloading does not
    expect(within(east).getByRole('button', { name: 'Download link' })).toBeTruthy();
    expect(within(west).queryByRole('button', { name: 'Download link' })).toBeNull();
    expect(screen.getByText('The list refreshes itself while ISOs download.')).toBeTruthy();
    const list = calls.find((c) => c.command === 'listIsos')!.form;
    expect([list.get('isofilter'), list.get('listall')]).toEqual(['all', 'true']);
  });

  it('shows a user their own ISOs by default, and only theirs get delete', async () => {
    const { client, calls } = server();
    const user = { ...staticAuth(), session: { ...adminSession, type: '0', account: 'bob', domainid: 'd-child' } };
    render(client, '/images/isos', user);
    const drivers = (await screen.findByText('drivers')).closest('tr')!;
    expect(calls.find((c) => c.command === 'listIsos')!.form.get('isofilter')).toBe('self');
    expect(within(drivers).getByRole('button', { name: 'Delete' })).toBeTruthy();
    // not extractable, and a user may not extract it anyway
    expect(within(drivers).queryByRole('button', { name: 'Download link' })).toBeNull();
    expect(within(screen.getAllByText('debian-netinst')[0].closest('tr')!).queryByRole('button', { name: 'Delete' })).toBeNull();
  });

  it('registers a bootable ISO in all zones (zoneid=-1), which needs an OS type', async () => {
    const { client, calls } = server();
    render(client);
    await screen.findByText('drivers');
    fireEvent.click(screen.getByRole('button', { name: /Register ISO/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'debian-13' } });
    fireEvent.change(within(dialog).getByLabelText('URL'), { target: { value: 'https://example.org/debian-13.iso' } });
    fireEvent.click(within(dialog).getByLabelText(/Extractable/));
    fireEvent.click(within(dialog).getAllByRole('button', { name: 'Register ISO' }).at(-1)!);
    expect(await within(dialog).findByText('Required')).toBeTruthy();
    expect(calls.some((c) => c.command === 'registerIso')).toBe(false);
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: 'OS type' }));
    fireEvent.click(await screen.findByTitle('Debian GNU/Linux 12 (64-bit)'));
    fireEvent.click(within(dialog).getAllByRole('button', { name: 'Register ISO' }).at(-1)!);
    await waitFor(() => expect(calls.some((c) => c.command === 'registerIso')).toBe(true));
    expect(params(calls.find((c) => c.command === 'registerIso')!.form)).toEqual({
      name: 'debian-13',
      url: 'https://example.org/debian-13.iso',
      zoneid: '-1',
      ostypeid: 'os-deb',
      bootable: 'true',
      ispublic: 'false',
      isfeatured: 'false',
      isextractable: 'true',
    });
    expect(await screen.findByText('Register ISO debian-13: done')).toBeTruthy();
  });

  it('extracts a copy and shows the download link', async () => {
    const { client, calls } = server();
    render(client);
    const east = (await screen.findAllByText('debian-netinst'))[0].closest('tr')!;
    fireEvent.click(within(east).getByRole('button', { name: 'Download link' }));
    const link = await screen.findByRole('link', { name: 'https://cloud.example.org/client/download/abc?sig=1' });
    expect(link.getAttribute('href')).toBe('https://cloud.example.org/client/download/abc?sig=1');
    expect(screen.getByText('Download debian-netinst')).toBeTruthy();
    expect(params(calls.find((c) => c.command === 'extractIso')!.form)).toEqual({ id: 'i1', mode: 'HTTP_DOWNLOAD', zoneid: 'z-east' });
  });

  it('deletes one zone copy after confirmation and shows the error of a failed job', async () => {
    const { client, calls } = server();
    render(client);
    const west = (await screen.findByText('west')).closest('tr')!;
    fireEvent.click(within(west).getByRole('button', { name: 'Delete' }));
    expect((await screen.findAllByText('Delete ISO debian-netinst in zone west?')).length).toBeGreaterThan(0);
    expect(calls.some((c) => c.command === 'deleteIso')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Yes' }));
    expect(await screen.findByText('Delete ISO debian-netinst failed: ISO debian-netinst is attached to instance web-1')).toBeTruthy();
    expect(params(calls.find((c) => c.command === 'deleteIso')!.form)).toEqual({ id: 'i1', zoneid: 'z-west' });
  });
});
