import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paramsOf } from '../../test/forms';
import { fakeClient, reply } from '../../test/fakeServer';
import { adminSession, renderRoute, staticAuth } from '../../test/render';
import RoutersPage from './RoutersPage';

configure({ asyncUtilTimeout: 3000 });

const routers = [
  { id: 'r1', name: 'r-4-VM', state: 'Running', guestnetworkid: 'net1', guestnetworkname: 'web-net', publicip: '203.0.113.5', guestipaddress: '10.1.1.1', hostname: 'kvm-1', zonename: 'Demo', account: 'alice' },
  { id: 'r2', name: 'r-7-VM', state: 'Stopped', guestnetworkid: 'net2', guestnetworkname: 'db-net', zonename: 'Demo', account: 'bob' },
];

function server() {
  return fakeClient((command, form) => {
    switch (command) {
      case 'listRouters':
        return reply(command, { count: routers.length, router: routers });
      case 'queryAsyncJobResult':
        return reply(command, { jobid: form.get('jobid'), jobstatus: 1, jobresult: { router: routers[0] } });
      default:
        return reply(command, { jobid: command });
    }
  });
}

const buttons = (row: HTMLElement) => within(row).queryAllByRole('button').map((b) => b.getAttribute('aria-label'));

describe('RoutersPage', () => {
  it('lists routers with host and addresses, and the actions their state allows', async () => {
    renderRoute(<RoutersPage />, { client: server().client, url: '/infra/routers', path: '/infra/routers', auth: staticAuth() });
    const running = (await screen.findByText('r-4-VM')).closest('tr')!;
    expect(['kvm-1', '203.0.113.5', '10.1.1.1', 'Running'].every((v) => within(running).queryByText(v))).toBe(true);
    expect(within(running).getByRole('link', { name: 'web-net' }).getAttribute('href')).toBe('/network/guest-networks/net1');
    expect(buttons(running)).toEqual(['Stop', 'Reboot', 'Destroy']);
    expect(buttons(screen.getByText('r-7-VM').closest('tr')!)).toEqual(['Start', 'Destroy']);
  });

  it('sends the state filter, starts at once and stops with force after the question', async () => {
    const { client, calls } = server();
    renderRoute(<RoutersPage />, { client, url: '/infra/routers?state=Running', path: '/infra/routers', auth: staticAuth() });
    const running = (await screen.findByText('r-4-VM')).closest('tr')!;
    expect(calls.find((c) => c.command === 'listRouters')!.form.get('state')).toBe('Running');
    fireEvent.click(within(screen.getByText('r-7-VM').closest('tr')!).getByRole('button', { name: 'Start' }));
    expect(await paramsOf(calls, 'startRouter')).toEqual({ id: 'r2' });
    fireEvent.click(within(running).getByRole('button', { name: 'Stop' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByLabelText(/Force/));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Stop' }));
    expect(await paramsOf(calls, 'stopRouter')).toEqual({ id: 'r1', forced: 'true' });
    expect(await screen.findByText('Stop router r-4-VM: done')).toBeTruthy();
  });

  it('destroys only after confirmation', async () => {
    const { client, calls } = server();
    renderRoute(<RoutersPage />, { client, url: '/infra/routers', path: '/infra/routers', auth: staticAuth() });
    fireEvent.click(within((await screen.findByText('r-4-VM')).closest('tr')!).getByRole('button', { name: 'Destroy' }));
    expect(calls.some((c) => c.command === 'destroyRouter')).toBe(false);
    fireEvent.click(await screen.findByRole('button', { name: 'Yes' }));
    expect(await paramsOf(calls, 'destroyRouter')).toEqual({ id: 'r1' });
  });

  it('shows router actions to admins only, and only those their role may call', async () => {
    const user = { ...staticAuth(), session: { ...adminSession, type: '0' } };
    const view = renderRoute(<RoutersPage />, { client: server().client, url: '/infra/routers', path: '/infra/routers', auth: user });
    expect(buttons((await screen.findByText('r-4-VM')).closest('tr')!)).toEqual([]);
    view.unmount();
    renderRoute(<RoutersPage />, { client: server().client, url: '/infra/routers', path: '/infra/routers', auth: staticAuth(['listRouters', 'rebootRouter']) });
    await waitFor(() => expect(buttons(screen.getByText('r-4-VM').closest('tr')!)).toEqual(['Reboot']));
  });
});
