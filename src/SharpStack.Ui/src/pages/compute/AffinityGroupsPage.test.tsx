import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeClient, reply } from '../../test/fakeServer';
import { renderRoute, staticAuth } from '../../test/render';
import AffinityGroupsPage from './AffinityGroupsPage';

configure({ asyncUtilTimeout: 3000 });

const groups = [
  { id: 'ag1', name: 'spread', type: 'host anti-affinity', description: 'web tier', virtualmachineIds: ['v1', 'v2', 'v3'], account: 'alice', domain: 'ROOT' },
  { id: 'ag2', name: 'together', type: 'host affinity', virtualmachineIds: [], account: 'bob', domain: 'ROOT' },
];

function server(deleteFails = false) {
  return fakeClient((command, form) => {
    switch (command) {
      case 'listAffinityGroups':
        return reply(command, { count: groups.length, affinitygroup: groups });
      case 'listAffinityGroupTypes':
        return reply(command, { count: 2, affinityGroupType: [{ type: 'host anti-affinity' }, { type: 'host affinity' }] });
      case 'createAffinityGroup':
        return reply(command, { jobid: 'job-c', id: 'ag3' });
      case 'deleteAffinityGroup':
        return reply(command, { jobid: 'job-d' });
      case 'queryAsyncJobResult':
        return form.get('jobid') === 'job-d' && deleteFails
          ? reply(command, { jobid: 'job-d', jobstatus: 2, jobresult: { errorcode: 431, errortext: 'Affinity group spread is in use by running instances' } })
          : reply(command, { jobid: form.get('jobid'), jobstatus: 1, jobresult: { affinitygroup: { id: 'ag3', name: 'db' } } });
      default:
        return reply(command, {});
    }
  });
}

const params = (form: URLSearchParams) => Object.fromEntries([...form.entries()].filter(([k]) => !['command', 'response', 'sessionkey'].includes(k)));
const render = (client: ReturnType<typeof server>['client'], apis?: string[]) =>
  renderRoute(<AffinityGroupsPage />, { client, url: '/compute/affinity-groups', path: '/compute/affinity-groups', auth: staticAuth(apis) });

describe('AffinityGroupsPage', () => {
  it('lists groups with their type and number of instances', async () => {
    const { client, calls } = server();
    render(client);
    const spread = (await screen.findByText('spread')).closest('tr')!;
    expect(['Host anti-affinity', 'web tier', '3', 'alice'].every((v) => within(spread).queryByText(v))).toBe(true);
    const together = screen.getByText('together').closest('tr')!;
    expect(within(together).getByText('Host affinity')).toBeTruthy();
    expect(within(together).getByText('0')).toBeTruthy();
    expect(calls.find((c) => c.command === 'listAffinityGroups')!.form.get('listall')).toBe('true');
  });

  it('creates a group of a type from listAffinityGroupTypes', async () => {
    const { client, calls } = server();
    render(client);
    await screen.findByText('spread');
    fireEvent.click(screen.getByRole('button', { name: /Add affinity group/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'db' } });
    fireEvent.change(within(dialog).getByLabelText('Description'), { target: { value: 'database pair' } });
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: 'Type' }));
    fireEvent.click(await screen.findByTitle('Host anti-affinity'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('Create affinity group db: done')).toBeTruthy();
    expect(params(calls.find((c) => c.command === 'createAffinityGroup')!.form)).toEqual({ name: 'db', description: 'database pair', type: 'host anti-affinity' });
    await waitFor(() => expect(calls.filter((c) => c.command === 'listAffinityGroups').length).toBe(2));
  });

  it('deletes after confirmation and shows the error of a failed job', async () => {
    const { client, calls } = server(true);
    render(client);
    fireEvent.click(within((await screen.findByText('spread')).closest('tr')!).getByRole('button', { name: 'Delete' }));
    expect((await screen.findAllByText('Delete affinity group spread?')).length).toBeGreaterThan(0);
    expect(calls.some((c) => c.command === 'deleteAffinityGroup')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Yes' }));
    expect(await screen.findByText('Delete affinity group spread failed: Affinity group spread is in use by running instances')).toBeTruthy();
    expect(params(calls.find((c) => c.command === 'deleteAffinityGroup')!.form)).toEqual({ id: 'ag1' });
  });

  it('hides create and delete from a role that may only list', async () => {
    const { client } = server();
    render(client, ['listAffinityGroups']);
    const spread = (await screen.findByText('spread')).closest('tr')!;
    expect(within(spread).queryByRole('button')).toBeNull();
    expect(screen.queryByRole('button', { name: /Add affinity group/ })).toBeNull();
  });
});
