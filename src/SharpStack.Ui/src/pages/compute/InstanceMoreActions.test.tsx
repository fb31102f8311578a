import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeClient, reply } from '../../test/fakeServer';
import { renderRoute, staticAuth } from '../../test/render';
import InstanceDetailPage from './InstanceDetailPage';

configure({ asyncUtilTimeout: 3000 });

const base = {
  id: 'v1',
  name: 'web-1',
  displayname: 'Web one',
  account: 'alice',
  domainid: 'd1',
  zoneid: 'z1',
  zonename: 'Demo',
  affinitygroup: [{ id: 'ag1', name: 'spread', type: 'host anti-affinity' }],
};

function server(vm: object) {
  return fakeClient((command, form) => {
    switch (command) {
      case 'listVirtualMachines':
        return reply(command, { count: 1, virtualmachine: [{ ...base, ...vm }] });
      case 'listIsos':
        return reply(command, { count: 1, iso: [{ id: 'iso1', name: 'debian-netinst' }] });
      case 'listAffinityGroups':
        return reply(command, {
          count: 2,
          affinitygroup: [
            { id: 'ag1', name: 'spread', type: 'host anti-affinity' },
            { id: 'ag2', name: 'together', type: 'host affinity' },
          ],
        });
      case 'queryAsyncJobResult':
        return form.get('jobid') === 'attachIso'
          ? reply(command, { jobid: 'attachIso', jobstatus: 2, jobresult: { errorcode: 431, errortext: 'ISO debian-netinst is not ready in the zone the instance is in' } })
          : reply(command, { jobid: form.get('jobid'), jobstatus: 1, jobresult: {} });
      case 'listVolumes':
        return reply(command, {});
      default:
        return reply(command, { jobid: command });
    }
  });
}

const params = (form: URLSearchParams) => Object.fromEntries([...form.entries()].filter(([k]) => !['command', 'response', 'sessionkey'].includes(k)));
const render = (client: ReturnType<typeof server>['client'], apis?: string[]) =>
  renderRoute(<InstanceDetailPage />, { client, url: '/compute/instances/v1', path: '/compute/instances/:id', auth: staticAuth(apis) });

describe('instance page: VM snapshots, ISOs and affinity groups', () => {
  it('shows the ISO and affinity groups, and takes a VM snapshot with memory of a running instance', async () => {
    const { client, calls } = server({ state: 'Running', isoid: 'iso1', isoname: 'debian-netinst' });
    render(client);
    expect(await screen.findByText('spread')).toBeTruthy();
    expect(screen.getByText('debian-netinst')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'VM snapshots of this instance' }).getAttribute('href')).toBe('/storage/vm-snapshots?virtualmachineid=v1');
    // an ISO is in: it can only be detached; affinity groups change only when stopped
    expect(screen.queryByRole('button', { name: /Attach ISO/ })).toBeNull();
    expect(screen.getByRole('button', { name: /Detach ISO/ })).toBeTruthy();
    expect((screen.getByRole('button', { name: /Change affinity groups/ }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /Take VM snapshot/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'before-upgrade' } });
    fireEvent.change(within(dialog).getByLabelText('Description'), { target: { value: 'kernel 6.12' } });
    fireEvent.click(within(dialog).getByLabelText('Include memory'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Take VM snapshot' }));
    expect(await screen.findByText('Snapshot instance Web one: done')).toBeTruthy();
    expect(params(calls.find((c) => c.command === 'createVMSnapshot')!.form)).toEqual({ virtualmachineid: 'v1', name: 'before-upgrade', description: 'kernel 6.12', snapshotmemory: 'true' });
  });

  it('cannot snapshot the memory of a stopped instance', async () => {
    const { client, calls } = server({ state: 'Stopped' });
    render(client);
    fireEvent.click(await screen.findByRole('button', { name: /Take VM snapshot/ }));
    const dialog = await screen.findByRole('dialog');
    expect((within(dialog).getByLabelText('Include memory') as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Take VM snapshot' }));
    await waitFor(() => expect(calls.some((c) => c.command === 'createVMSnapshot')).toBe(true));
    expect(params(calls.find((c) => c.command === 'createVMSnapshot')!.form)).toEqual({ virtualmachineid: 'v1' });
  });

  it('attaches an ISO of the instance’s zone and shows why the job failed', async () => {
    const { client, calls } = server({ state: 'Stopped' });
    render(client);
    fireEvent.click(await screen.findByRole('button', { name: /Attach ISO/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: 'ISO' }));
    fireEvent.click(await screen.findByTitle('debian-netinst'));
    const list = calls.find((c) => c.command === 'listIsos')!.form;
    expect([list.get('isofilter'), list.get('zoneid')]).toEqual(['executable', 'z1']);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Attach ISO' }));
    expect(await screen.findByText('Attach ISO to Web one failed: ISO debian-netinst is not ready in the zone the instance is in')).toBeTruthy();
    expect(params(calls.find((c) => c.command === 'attachIso')!.form)).toEqual({ id: 'iso1', virtualmachineid: 'v1' });
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('detaches the ISO after confirmation', async () => {
    const { client, calls } = server({ state: 'Running', isoid: 'iso1', isoname: 'debian-netinst' });
    render(client);
    fireEvent.click(await screen.findByRole('button', { name: /Detach ISO/ }));
    expect((await screen.findAllByText('Detach ISO debian-netinst from Web one?')).length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Yes' }));
    expect(await screen.findByText('Detach ISO from Web one: done')).toBeTruthy();
    expect(params(calls.find((c) => c.command === 'detachIso')!.form)).toEqual({ virtualmachineid: 'v1' });
  });

  it('changes the affinity groups of a stopped instance to its owner’s groups', async () => {
    const { client, calls } = server({ state: 'Stopped' });
    render(client);
    fireEvent.click(await screen.findByRole('button', { name: /Change affinity groups/ }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText('spread (Host anti-affinity)')).toBeTruthy();
    const list = calls.find((c) => c.command === 'listAffinityGroups')!.form;
    expect([list.get('account'), list.get('domainid')]).toEqual(['alice', 'd1']);
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: 'Affinity groups' }));
    fireEvent.click(await screen.findByTitle('together (Host affinity)'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Change affinity groups of Web one: done')).toBeTruthy();
    expect(params(calls.find((c) => c.command === 'updateVMAffinityGroup')!.form)).toEqual({ id: 'v1', affinitygroupids: 'ag1,ag2' });
  });

  it('shows none of these actions to a role without their commands', async () => {
    const { client } = server({ state: 'Stopped' });
    render(client, ['listVirtualMachines', 'listVolumes']);
    await screen.findByText('spread');
    for (const name of [/Take VM snapshot/, /Attach ISO/, /Change affinity groups/]) expect(screen.queryByRole('button', { name })).toBeNull();
    expect(screen.queryByRole('link', { name: 'VM snapshots of this instance' })).toBeNull();
  });
});
