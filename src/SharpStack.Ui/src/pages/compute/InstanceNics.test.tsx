import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paramsOf } from '../../test/forms';
import { errorReply, fakeClient, reply } from '../../test/fakeServer';
import { renderRoute, staticAuth } from '../../test/render';
import { InstanceNics } from './InstanceNics';

// Role queries over antd tables are slow on a busy machine: longer waits, and 60 s per test.
configure({ asyncUtilTimeout: 10000 });

const nics = [
  { id: 'n1', networkid: 'net1', networkname: 'web-net', ipaddress: '10.1.1.11', isdefault: true, secondaryip: [{ id: 's1', ipaddress: '10.1.1.50' }] },
  { id: 'n2', networkid: 'net2', networkname: 'backend', ipaddress: '10.2.0.5', isdefault: false },
];

function server(refuse = false) {
  return fakeClient((command, form) => {
    switch (command) {
      case 'listNics':
        return reply(command, { count: 2, nic: nics });
      case 'addIpToNic':
        return refuse ? errorReply(command, 431, 'Address 10.2.0.5 is already in use') : reply(command, { jobid: 'j1' });
      case 'queryAsyncJobResult':
        return reply(command, { jobid: form.get('jobid'), jobstatus: 1, jobresult: {} });
      default:
        return reply(command, { jobid: 'j2' });
    }
  });
}

const render = (s: ReturnType<typeof server>, auth = staticAuth()) => renderRoute(<InstanceNics vmId="v1" />, { client: s.client, url: '/', path: '/', auth });

const expand = async (network: string) => {
  const row = (await screen.findByText(network)).closest('tr')!;
  fireEvent.click(within(row).getByRole('button', { name: /expand/i }));
};

describe('instance nics', { timeout: 60000 }, () => {
  it('lists the nics of the instance with their secondary IPs', async () => {
    const s = server();
    render(s);
    const row = (await screen.findByText('web-net')).closest('tr')!;
    expect(within(row).getByText('10.1.1.50')).toBeTruthy();
    expect(s.calls.find((c) => c.command === 'listNics')!.form.get('virtualmachineid')).toBe('v1');
  });

  it('adds a secondary IP to a nic, with or without an address', async () => {
    const s = server();
    render(s);
    await expand('backend');
    fireEvent.click(await screen.findByRole('button', { name: /Add secondary IP/ }));
    let dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('IP address'), { target: { value: '10.2.0.300' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add secondary IP' }));
    expect(await within(dialog).findByText('Not an IPv4 address')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('IP address'), { target: { value: '10.2.0.9' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add secondary IP' }));
    expect(await paramsOf(s.calls, 'addIpToNic')).toEqual({ nicid: 'n2', ipaddress: '10.2.0.9' });
    await waitFor(() => expect(s.calls.filter((c) => c.command === 'listNics').length).toBe(2));
    fireEvent.click(await screen.findByRole('button', { name: /Add secondary IP/ }));
    dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add secondary IP' }));
    await waitFor(() => expect(s.calls.filter((c) => c.command === 'addIpToNic').length).toBe(2));
    expect(s.calls.filter((c) => c.command === 'addIpToNic')[1].form.has('ipaddress')).toBe(false);
  });

  it('shows the API error text when the address cannot be added', async () => {
    const s = server(true);
    render(s);
    await expand('backend');
    fireEvent.click(await screen.findByRole('button', { name: /Add secondary IP/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('IP address'), { target: { value: '10.2.0.5' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add secondary IP' }));
    expect(await screen.findByText(/Address 10.2.0.5 is already in use/)).toBeTruthy();
  });

  it('removes a secondary IP after confirmation', async () => {
    const s = server();
    render(s);
    await expand('web-net');
    const table = await screen.findByRole('table', { name: 'Secondary IPs in web-net' });
    fireEvent.click(within(table).getByRole('button', { name: 'Remove' }));
    expect(s.calls.some((c) => c.command === 'removeIpFromNic')).toBe(false);
    fireEvent.click(await screen.findByRole('button', { name: 'Yes' }));
    expect(await paramsOf(s.calls, 'removeIpFromNic')).toEqual({ id: 's1' });
  });

  it('offers no add or remove to a role without those commands', async () => {
    render(server(), staticAuth(['listNics']));
    await expand('web-net');
    const table = await screen.findByRole('table', { name: 'Secondary IPs in web-net' });
    expect(within(table).queryByRole('button', { name: 'Remove' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Add secondary IP/ })).toBeNull();
  });
});
