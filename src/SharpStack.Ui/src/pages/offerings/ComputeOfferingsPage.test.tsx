import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeClient, reply } from '../../test/fakeServer';
import { adminSession, renderRoute, staticAuth } from '../../test/render';
import ComputeOfferingsPage from './ComputeOfferingsPage';

const offerings = [
  { id: 'o1', name: 'Small', displaytext: 'Small instance', cpunumber: 1, cpuspeed: 1000, memory: 512, storagetype: 'shared', created: '2025-10-30T19:21:39+0000' },
  { id: 'o2', name: 'Flexible', displaytext: 'Pick your size', iscustomized: true, storagetype: 'local', domainid: 'd-child', domain: 'child' },
];

function server() {
  return fakeClient((command) => {
    switch (command) {
      case 'listServiceOfferings':
        return reply(command, { count: offerings.length, serviceoffering: offerings });
      case 'createServiceOffering':
        return reply(command, { serviceoffering: { id: 'o3', name: 'Medium' } });
      case 'updateServiceOffering':
        return reply(command, { serviceoffering: { id: 'o1', name: 'Tiny' } });
      case 'deleteServiceOffering':
        return reply(command, { success: true });
      default:
        return reply(command, {});
    }
  });
}

const render = (auth = staticAuth(), url = '/offerings/compute') => {
  const s = server();
  renderRoute(<ComputeOfferingsPage />, { client: s.client, url, path: '/offerings/compute', auth });
  return s;
};

describe('ComputeOfferingsPage', () => {
  it('lists the offerings with the paging of the URL, customized ones marked Custom', async () => {
    const { calls } = render(staticAuth(), '/offerings/compute?page=2&pagesize=10&keyword=sm');
    const row = (await screen.findByText('Small')).closest('tr')!;
    expect(within(row).getByText('1000')).toBeTruthy();
    expect(within(row).getByText('512')).toBeTruthy();
    expect(within(row).getByText('Shared')).toBeTruthy();
    const custom = screen.getByText('Flexible').closest('tr')!;
    expect(within(custom).getAllByText('Custom').length).toBe(3);
    expect(within(custom).getByText('Local')).toBeTruthy();
    const list = calls.find((c) => c.command === 'listServiceOfferings')!;
    expect(list.form.get('page')).toBe('2');
    expect(list.form.get('pagesize')).toBe('10');
    expect(list.form.get('keyword')).toBe('sm');
  });

  it('creates a fixed offering with the parameters of the form', async () => {
    const { calls } = render();
    await screen.findByText('Small');
    fireEvent.click(screen.getByRole('button', { name: /Add compute offering/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: ' Medium ' } });
    fireEvent.change(within(dialog).getByLabelText('Description'), { target: { value: 'Two cores' } });
    fireEvent.change(within(dialog).getByLabelText('CPU cores'), { target: { value: '2' } });
    fireEvent.change(within(dialog).getByLabelText('CPU speed (MHz)'), { target: { value: '2000' } });
    fireEvent.change(within(dialog).getByLabelText('Memory (MB)'), { target: { value: '2048' } });
    fireEvent.click(within(dialog).getByLabelText('Local'));
    fireEvent.change(within(dialog).getByLabelText('Host tags'), { target: { value: 'gpu' } });
    fireEvent.change(within(dialog).getByLabelText('Storage tags'), { target: { value: 'ssd' } });
    fireEvent.click(within(dialog).getByLabelText('Offer HA'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(calls.some((c) => c.command === 'createServiceOffering')).toBe(true));
    const form = calls.find((c) => c.command === 'createServiceOffering')!.form;
    expect(Object.fromEntries([...form.entries()].filter(([k]) => !['command', 'response', 'sessionkey'].includes(k)))).toEqual({
      name: 'Medium',
      displaytext: 'Two cores',
      customized: 'false',
      cpunumber: '2',
      cpuspeed: '2000',
      memory: '2048',
      storagetype: 'local',
      hosttags: 'gpu',
      tags: 'ssd',
      offerha: 'true',
      limitcpuuse: 'false',
    });
    expect(await screen.findByText('Create compute offering Medium: done')).toBeTruthy();
    await waitFor(() => expect(calls.filter((c) => c.command === 'listServiceOfferings').length).toBe(2));
  });

  it('hides CPU and memory for a customized offering and sends none', async () => {
    const { calls } = render();
    await screen.findByText('Small');
    fireEvent.click(screen.getByRole('button', { name: /Add compute offering/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'Any' } });
    fireEvent.click(within(dialog).getByLabelText(/Customized/));
    await waitFor(() => expect(within(dialog).queryByLabelText('CPU cores')).toBeNull());
    expect(within(dialog).queryByLabelText('Memory (MB)')).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(calls.some((c) => c.command === 'createServiceOffering')).toBe(true));
    const form = calls.find((c) => c.command === 'createServiceOffering')!.form;
    expect(form.get('customized')).toBe('true');
    expect(form.has('cpunumber')).toBe(false);
    expect(form.has('cpuspeed')).toBe(false);
    expect(form.has('memory')).toBe(false);
  });

  it('requires CPU and memory of a fixed offering', async () => {
    const { calls } = render();
    await screen.findByText('Small');
    fireEvent.click(screen.getByRole('button', { name: /Add compute offering/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'Half' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect((await within(dialog).findAllByText('Required')).length).toBe(3);
    expect(calls.some((c) => c.command === 'createServiceOffering')).toBe(false);
  });

  it('edits the name, description and sort key', async () => {
    const { calls } = render();
    const row = (await screen.findByText('Small')).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog');
    expect((within(dialog).getByLabelText('Name') as HTMLInputElement).value).toBe('Small');
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'Tiny' } });
    fireEvent.change(within(dialog).getByLabelText('Sort key'), { target: { value: '5' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.some((c) => c.command === 'updateServiceOffering')).toBe(true));
    const form = calls.find((c) => c.command === 'updateServiceOffering')!.form;
    expect(form.get('id')).toBe('o1');
    expect(form.get('name')).toBe('Tiny');
    expect(form.get('displaytext')).toBe('Small instance');
    expect(form.get('sortkey')).toBe('5');
  });

  it('deletes only after confirmation', async () => {
    const { calls } = render();
    const row = (await screen.findByText('Small')).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Delete' }));
    expect((await screen.findAllByText('Delete compute offering Small?')).length).toBeGreaterThan(0);
    expect(calls.some((c) => c.command === 'deleteServiceOffering')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Yes' }));
    await waitFor(() => expect(calls.some((c) => c.command === 'deleteServiceOffering')).toBe(true));
    expect(calls.find((c) => c.command === 'deleteServiceOffering')!.form.get('id')).toBe('o1');
    expect(await screen.findByText('Delete compute offering Small: done')).toBeTruthy();
  });

  it('shows no changes to users, and domain admins only those of domain offerings', async () => {
    const view = renderRoute(<ComputeOfferingsPage />, { client: server().client, url: '/offerings/compute', path: '/offerings/compute', auth: staticAuth(['listServiceOfferings']) });
    expect(within((await screen.findByText('Small')).closest('tr')!).queryByRole('button')).toBeNull();
    expect(screen.queryByRole('button', { name: /Add compute offering/ })).toBeNull();
    view.unmount();
    const domainAdmin = { ...staticAuth(), session: { ...adminSession, type: '2' } };
    renderRoute(<ComputeOfferingsPage />, { client: server().client, url: '/offerings/compute', path: '/offerings/compute', auth: domainAdmin });
    expect(within((await screen.findByText('Small')).closest('tr')!).queryByRole('button')).toBeNull();
    expect(within(screen.getByText('Flexible').closest('tr')!).getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual(['Edit', 'Delete']);
  });
});
