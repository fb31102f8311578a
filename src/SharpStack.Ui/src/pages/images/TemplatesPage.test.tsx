import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeClient, reply } from '../../test/fakeServer';
import { adminSession, renderRoute, staticAuth } from '../../test/render';
import { downloadPercent, isDownloading } from './templateFilters';
import TemplatesPage from './TemplatesPage';

const template = (id: string, name: string, zone: string, status: string, isready: boolean, extra: object = {}) => ({
  id,
  name,
  ostypename: 'Debian GNU/Linux 12 (64-bit)',
  hypervisor: 'KVM',
  format: 'QCOW2',
  zoneid: `z-${zone}`,
  zonename: zone,
  status,
  isready,
  size: isready ? 2147483648 : undefined,
  account: 'admin',
  domainid: 'd-root',
  ...extra,
});

const templates = [
  template('t1', 'debian-12', 'east', 'Download Complete', true),
  template('t1', 'debian-12', 'west', '45% Downloaded', false),
  template('t2', 'alpine', 'east', 'Not Downloaded', false, { account: 'bob', domainid: 'd-child' }),
];

function server() {
  return fakeClient((command) => {
    switch (command) {
      case 'listTemplates':
        return reply(command, { count: templates.length, template: templates });
      case 'listZones':
        return reply(command, { count: 2, zone: [{ id: 'z-east', name: 'east' }, { id: 'z-west', name: 'west' }] });
      case 'listOsTypes':
        return reply(command, { count: 1, ostype: [{ id: 'os-deb', description: 'Debian GNU/Linux 12 (64-bit)' }] });
      case 'listHypervisors':
        return reply(command, { count: 2, hypervisor: [{ name: 'KVM' }, { name: 'Simulator' }] });
      case 'registerTemplate':
        return reply(command, { count: 1, template: [{ id: 't3', name: 'ubuntu' }] });
      case 'deleteTemplate':
        return reply(command, { jobid: 'job-del' });
      case 'queryAsyncJobResult':
        return reply(command, { jobid: 'job-del', jobstatus: 1, jobresult: { success: true } });
      default:
        return reply(command, {});
    }
  });
}

const params = (form: URLSearchParams) => Object.fromEntries([...form.entries()].filter(([k]) => !['command', 'response', 'sessionkey'].includes(k)));

describe('template download status', () => {
  it('reads the percentage and knows which copies are still coming', () => {
    expect(downloadPercent('45% Downloaded')).toBe(45);
    expect(downloadPercent('Download Complete')).toBeUndefined();
    expect(isDownloading({ isready: false, status: '45% Downloaded' })).toBe(true);
    expect(isDownloading({ isready: false, status: 'Not Downloaded' })).toBe(true);
    expect(isDownloading({ isready: true, status: 'Download Complete' })).toBe(false);
    expect(isDownloading({ isready: false, status: 'Checksum mismatch' })).toBe(false);
  });
});

describe('TemplatesPage', () => {
  it('lists every template for the root admin, one row per zone, with the download progress', async () => {
    const { client, calls } = server();
    renderRoute(<TemplatesPage />, { client, url: '/images/templates', path: '/images/templates', auth: staticAuth() });
    const west = (await screen.findByText('west')).closest('tr')!;
    expect(within(west).getByText('45% Downloaded')).toBeTruthy();
    expect(within(west).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('45');
    const east = screen.getAllByText('east')[0].closest('tr')!;
    expect(within(east).getByText('Download Complete')).toBeTruthy();
    expect(within(east).getByText('2 GiB')).toBeTruthy();
    expect(screen.getByText('The list refreshes itself while templates download.')).toBeTruthy();
    const list = calls.find((c) => c.command === 'listTemplates')!;
    expect(list.form.get('templatefilter')).toBe('all');
    expect(list.form.get('listall')).toBe('true');
  });

  it('shows a user their own templates by default, and the filter of the URL otherwise', async () => {
    const user = { ...staticAuth(), session: { ...adminSession, type: '0', account: 'bob', domainid: 'd-child' } };
    const first = server();
    const view = renderRoute(<TemplatesPage />, { client: first.client, url: '/images/templates', path: '/images/templates', auth: user });
    await screen.findByText('alpine');
    expect(first.calls.find((c) => c.command === 'listTemplates')!.form.get('templatefilter')).toBe('self');
    // a user may delete only their own template
    expect(within(screen.getByText('alpine').closest('tr')!).queryByRole('button', { name: 'Delete' })).toBeTruthy();
    expect(within(screen.getByText('west').closest('tr')!).queryByRole('button', { name: 'Delete' })).toBeNull();
    view.unmount();
    const second = server();
    renderRoute(<TemplatesPage />, { client: second.client, url: '/images/templates?templatefilter=featured&zoneid=z-east', path: '/images/templates', auth: user });
    await screen.findByText('alpine');
    const list = second.calls.find((c) => c.command === 'listTemplates')!;
    expect(list.form.get('templatefilter')).toBe('featured');
    expect(list.form.get('zoneid')).toBe('z-east');
  });

  it('changing the filter puts it in the URL and lists again', async () => {
    const { client, calls } = server();
    renderRoute(<TemplatesPage />, { client, url: '/images/templates?page=2', path: '/images/templates', auth: staticAuth() });
    await screen.findByText('alpine');
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Templates to show' }));
    fireEvent.click(await screen.findByText('Community'));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/images/templates?templatefilter=community'));
    await waitFor(() => expect(calls.filter((c) => c.command === 'listTemplates').at(-1)!.form.get('templatefilter')).toBe('community'));
  });

  it('registers a template in all zones without a zoneid', async () => {
    const { client, calls } = server();
    renderRoute(<TemplatesPage />, { client, url: '/images/templates', path: '/images/templates', auth: staticAuth() });
    await screen.findByText('alpine');
    fireEvent.click(screen.getByRole('button', { name: /Register template/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'ubuntu' } });
    fireEvent.change(within(dialog).getByLabelText('URL'), { target: { value: 'https://example.org/ubuntu.qcow2' } });
    fireEvent.change(within(dialog).getByLabelText('Checksum'), { target: { value: '{MD5}9e107d9d372bb6826bd81d3542a419d6' } });
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: 'OS type' }));
    fireEvent.click(await screen.findByTitle('Debian GNU/Linux 12 (64-bit)'));
    fireEvent.click(within(dialog).getByLabelText(/Public/));
    fireEvent.click(within(dialog).getByLabelText('Password reset enabled'));
    expect(within(dialog).getByText('All zones')).toBeTruthy();
    fireEvent.click(within(dialog).getAllByRole('button', { name: 'Register template' }).at(-1)!);
    await waitFor(() => expect(calls.some((c) => c.command === 'registerTemplate')).toBe(true));
    expect(params(calls.find((c) => c.command === 'registerTemplate')!.form)).toEqual({
      name: 'ubuntu',
      url: 'https://example.org/ubuntu.qcow2',
      format: 'QCOW2',
      hypervisor: 'KVM',
      ostypeid: 'os-deb',
      checksum: '{MD5}9e107d9d372bb6826bd81d3542a419d6',
      ispublic: 'true',
      isfeatured: 'false',
      isextractable: 'false',
      passwordenabled: 'true',
    });
    expect(await screen.findByText('Register template ubuntu: done')).toBeTruthy();
  });

  it('refuses a URL that is not http(s)', async () => {
    const { client, calls } = server();
    renderRoute(<TemplatesPage />, { client, url: '/images/templates', path: '/images/templates', auth: staticAuth(['listTemplates', 'registerTemplate']) });
    await screen.findByText('alpine');
    fireEvent.click(screen.getByRole('button', { name: /Register template/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'x' } });
    fireEvent.change(within(dialog).getByLabelText('URL'), { target: { value: 'file:///etc/passwd' } });
    fireEvent.click(within(dialog).getAllByRole('button', { name: 'Register template' }).at(-1)!);
    expect((await within(dialog).findAllByText(/An http:\/\/ or https:\/\/ address/)).length).toBeGreaterThan(0);
    expect(calls.some((c) => c.command === 'registerTemplate')).toBe(false);
  });

  it('deletes the copy of one zone after confirmation, waiting for the job', async () => {
    const { client, calls } = server();
    renderRoute(<TemplatesPage />, { client, url: '/images/templates', path: '/images/templates', auth: staticAuth() });
    const west = (await screen.findByText('west')).closest('tr')!;
    fireEvent.click(within(west).getByRole('button', { name: 'Delete' }));
    expect((await screen.findAllByText('Delete template debian-12 in zone west?')).length).toBeGreaterThan(0);
    expect(calls.some((c) => c.command === 'deleteTemplate')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Yes' }));
    await waitFor(() => expect(calls.some((c) => c.command === 'queryAsyncJobResult' && c.form.get('jobid') === 'job-del')).toBe(true));
    expect(params(calls.find((c) => c.command === 'deleteTemplate')!.form)).toEqual({ id: 't1', zoneid: 'z-west' });
    expect(await screen.findByText('Delete template debian-12: done')).toBeTruthy();
  });
});
