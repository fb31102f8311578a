import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorReply, fakeClient, reply } from '../../test/fakeServer';
import { adminSession, renderRoute, staticAuth } from '../../test/render';
import DiskOfferingsPage from './DiskOfferingsPage';

const offerings = [
  { id: 'd1', name: 'Small disk', displaytext: '5 GB', disksize: 5, storagetype: 'shared', tags: 'ssd' },
  { id: 'd2', name: 'Any size', displaytext: 'Custom', disksize: 0, iscustomized: true, storagetype: 'shared' },
];

function server() {
  return fakeClient((command) => {
    switch (command) {
      case 'listDiskOfferings':
        return reply(command, { count: offerings.length, diskoffering: offerings });
      case 'listDomains':
        return reply(command, { count: 1, domain: [{ id: 'd-root', name: 'ROOT', path: 'ROOT', level: 0 }] });
      case 'createDiskOffering':
        return reply(command, { diskoffering: { id: 'd3' } });
      case 'updateDiskOffering':
        return reply(command, { diskoffering: { id: 'd1' } });
      case 'deleteDiskOffering':
        return errorReply(command, 431, 'The disk offering is in use');
      default:
        return reply(command, {});
    }
  });
}

const params = (form: URLSearchParams) => Object.fromEntries([...form.entries()].filter(([k]) => !['command', 'response', 'sessionkey'].includes(k)));

describe('DiskOfferingsPage', () => {
  it('lists sizes in GB, customized ones as Custom', async () => {
    const { client, calls } = server();
    renderRoute(<DiskOfferingsPage />, { client, url: '/offerings/disk', path: '/offerings/disk', auth: staticAuth() });
    const row = (await screen.findByText('Small disk')).closest('tr')!;
    expect(within(row).getByText('5')).toBeTruthy();
    expect(within(row).getByText('ssd')).toBeTruthy();
    expect(within(screen.getByText('Any size').closest('tr')!).getByText('Custom', { selector: '.ant-tag' })).toBeTruthy();
    expect(calls.find((c) => c.command === 'listDiskOfferings')!.form.get('pagesize')).toBe('20');
  });

  it('creates an offering with a size, storage type, tags and I/O limits', async () => {
    const { client, calls } = server();
    renderRoute(<DiskOfferingsPage />, { client, url: '/offerings/disk', path: '/offerings/disk', auth: staticAuth() });
    await screen.findByText('Small disk');
    fireEvent.click(screen.getByRole('button', { name: /Add disk offering/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'Fast 20' } });
    fireEvent.change(within(dialog).getByLabelText('Disk size (GB)'), { target: { value: '20' } });
    fireEvent.change(within(dialog).getByLabelText('Storage tags'), { target: { value: 'ssd' } });
    fireEvent.change(within(dialog).getByLabelText('Read rate (bytes/s)'), { target: { value: '10485760' } });
    fireEvent.change(within(dialog).getByLabelText('Write rate (IOPS)'), { target: { value: '500' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(calls.some((c) => c.command === 'createDiskOffering')).toBe(true));
    expect(params(calls.find((c) => c.command === 'createDiskOffering')!.form)).toEqual({
      name: 'Fast 20',
      customized: 'false',
      disksize: '20',
      storagetype: 'shared',
      tags: 'ssd',
      bytesreadrate: '10485760',
      iopswriterate: '500',
    });
    expect(await screen.findByText('Create disk offering Fast 20: done')).toBeTruthy();
  });

  it('a domain admin creates a customized offering for its own domain', async () => {
    const { client, calls } = server();
    const domainAdmin = { ...staticAuth(), session: { ...adminSession, type: '2' } };
    renderRoute(<DiskOfferingsPage />, { client, url: '/offerings/disk', path: '/offerings/disk', auth: domainAdmin });
    await screen.findByText('Small disk');
    fireEvent.click(screen.getByRole('button', { name: /Add disk offering/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'Team disk' } });
    fireEvent.click(within(dialog).getByLabelText(/Customized/));
    await waitFor(() => expect(within(dialog).queryByLabelText('Disk size (GB)')).toBeNull());
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(calls.some((c) => c.command === 'createDiskOffering')).toBe(true));
    const form = calls.find((c) => c.command === 'createDiskOffering')!.form;
    expect(form.get('customized')).toBe('true');
    expect(form.has('disksize')).toBe(false);
    expect(form.get('domainid')).toBe('d-root');
  });

  it('edits through updateDiskOffering', async () => {
    const { client, calls } = server();
    renderRoute(<DiskOfferingsPage />, { client, url: '/offerings/disk', path: '/offerings/disk', auth: staticAuth() });
    const row = (await screen.findByText('Small disk')).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Description'), { target: { value: 'Five gigabytes' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.some((c) => c.command === 'updateDiskOffering')).toBe(true));
    expect(params(calls.find((c) => c.command === 'updateDiskOffering')!.form)).toEqual({ id: 'd1', name: 'Small disk', displaytext: 'Five gigabytes' });
  });

  it('asks before deleting and shows the server refusal', async () => {
    const { client, calls } = server();
    renderRoute(<DiskOfferingsPage />, { client, url: '/offerings/disk', path: '/offerings/disk', auth: staticAuth() });
    const row = (await screen.findByText('Small disk')).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Delete' }));
    expect((await screen.findAllByText('Delete disk offering Small disk?')).length).toBeGreaterThan(0);
    expect(calls.some((c) => c.command === 'deleteDiskOffering')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Yes' }));
    expect(await screen.findByText('Delete disk offering Small disk failed: The disk offering is in use')).toBeTruthy();
    expect(calls.find((c) => c.command === 'deleteDiskOffering')!.form.get('id')).toBe('d1');
  });
});
