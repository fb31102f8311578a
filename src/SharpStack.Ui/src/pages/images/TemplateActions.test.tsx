import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeClient, reply } from '../../test/fakeServer';
import { adminSession, renderRoute, staticAuth } from '../../test/render';
import TemplatesPage from './TemplatesPage';

configure({ asyncUtilTimeout: 3000 });

const templates = [
  { id: 't1', name: 'debian-12', zoneid: 'z-east', zonename: 'east', status: 'Download Complete', isready: true, account: 'bob', domainid: 'd-child', ispublic: false, isextractable: true },
  { id: 't2', name: 'locked', zoneid: 'z-east', zonename: 'east', status: 'Download Complete', isready: true, account: 'bob', domainid: 'd-child', isextractable: false },
];

function server(extract: 'ok' | 'fail' = 'ok') {
  return fakeClient((command, form) => {
    switch (command) {
      case 'listTemplates':
        return reply(command, { count: templates.length, template: templates });
      case 'listZones':
        return reply(command, { count: 2, zone: [{ id: 'z-east', name: 'east' }, { id: 'z-west', name: 'west' }] });
      case 'listTemplatePermissions':
        return reply(command, { templatepermission: { id: 't1', ispublic: false, account: ['carol', 'bob'] } });
      case 'updateTemplatePermissions':
        return reply(command, { success: true });
      case 'extractTemplate':
        return reply(command, { jobid: 'job-x' });
      case 'copyTemplate':
        return reply(command, { jobid: 'job-c' });
      case 'queryAsyncJobResult':
        if (form.get('jobid') === 'job-x' && extract === 'fail')
          return reply(command, { jobid: 'job-x', jobstatus: 2, jobresult: { errorcode: 431, errortext: 'The copy of debian-12 is on a simulated image store: it has no bytes to download' } });
        return form.get('jobid') === 'job-x'
          ? reply(command, { jobid: 'job-x', jobstatus: 1, jobresult: { template: { id: 't1', url: 'https://cloud.example.org/client/download/t1?sig=2' } } })
          : reply(command, { jobid: 'job-c', jobstatus: 1, jobresult: { template: { id: 't1', zoneid: 'z-west' } } });
      default:
        return reply(command, {});
    }
  });
}

const params = (form: URLSearchParams) => Object.fromEntries([...form.entries()].filter(([k]) => !['command', 'response', 'sessionkey'].includes(k)));
const user = { ...staticAuth(), session: { ...adminSession, type: '0', account: 'bob', domainid: 'd-child' } };
const render = (client: ReturnType<typeof server>['client'], auth = staticAuth()) => renderRoute(<TemplatesPage />, { client, url: '/images/templates', path: '/images/templates', auth });
const row = async (name: string) => (await screen.findByText(name)).closest('tr')!;

describe('template actions', () => {
  it('extracts a template and shows its link; a user cannot extract one that is not extractable', async () => {
    const { client, calls } = server();
    render(client, user);
    expect(within(await row('locked')).queryByRole('button', { name: 'Download link' })).toBeNull();
    fireEvent.click(within(await row('debian-12')).getByRole('button', { name: 'Download link' }));
    const link = await screen.findByRole('link', { name: 'https://cloud.example.org/client/download/t1?sig=2' });
    expect(link.getAttribute('target')).toBe('_blank');
    expect(params(calls.find((c) => c.command === 'extractTemplate')!.form)).toEqual({ id: 't1', mode: 'HTTP_DOWNLOAD', zoneid: 'z-east' });
  });

  it('shows the error of a failed extract job and no link', async () => {
    const { client } = server('fail');
    render(client);
    fireEvent.click(within(await row('debian-12')).getByRole('button', { name: 'Download link' }));
    expect(await screen.findByText('Extract template debian-12 failed: The copy of debian-12 is on a simulated image store: it has no bytes to download')).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('shares a template with accounts; a user does not get the featured and extractable flags', async () => {
    const { client, calls } = server();
    render(client, user);
    fireEvent.click(within(await row('debian-12')).getByRole('button', { name: 'Permissions' }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText('carol')).toBeTruthy();
    expect(within(dialog).queryByLabelText('Featured')).toBeNull();
    expect(within(dialog).queryByLabelText('Extractable')).toBeNull();
    const accounts = within(dialog).getByRole('combobox', { name: 'Accounts' });
    fireEvent.change(accounts, { target: { value: 'dave' } });
    fireEvent.keyDown(accounts, { key: 'Enter', code: 'Enter', keyCode: 13 });
    fireEvent.change(accounts, { target: { value: 'erin' } });
    fireEvent.keyDown(accounts, { key: 'Enter', code: 'Enter', keyCode: 13 });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.some((c) => c.command === 'updateTemplatePermissions')).toBe(true));
    expect(params(calls.find((c) => c.command === 'updateTemplatePermissions')!.form)).toEqual({ id: 't1', ispublic: 'false', op: 'add', accounts: 'dave,erin' });
    expect(await screen.findByText('Update permissions of template debian-12: done')).toBeTruthy();
  });

  it('lets the root admin set the flags and stop sharing', async () => {
    const { client, calls } = server();
    render(client);
    fireEvent.click(within(await row('debian-12')).getByRole('button', { name: 'Permissions' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByLabelText(/Public/));
    fireEvent.click(within(dialog).getByLabelText('Featured'));
    fireEvent.click(within(dialog).getByLabelText('Extractable'));
    fireEvent.click(within(dialog).getByLabelText('Stop sharing with these accounts'));
    const accounts = within(dialog).getByRole('combobox', { name: 'Accounts' });
    fireEvent.change(accounts, { target: { value: 'carol' } });
    fireEvent.keyDown(accounts, { key: 'Enter', code: 'Enter', keyCode: 13 });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.some((c) => c.command === 'updateTemplatePermissions')).toBe(true));
    expect(params(calls.find((c) => c.command === 'updateTemplatePermissions')!.form)).toEqual({
      id: 't1',
      ispublic: 'true',
      isfeatured: 'true',
      isextractable: 'false',
      op: 'remove',
      accounts: 'carol',
    });
  });

  it('copies a template from its zone to another, waiting for the job', async () => {
    const { client, calls } = server();
    render(client);
    fireEvent.click(within(await row('debian-12')).getByRole('button', { name: 'Copy to zone' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Copy debian-12 from zone east')).toBeTruthy();
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: 'Destination zone' }));
    // the template's own zone is not offered
    fireEvent.click(await screen.findByTitle('west'));
    expect(screen.queryByTitle('east')).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Copy to zone' }));
    expect(await screen.findByText('Copy template debian-12: done')).toBeTruthy();
    expect(params(calls.find((c) => c.command === 'copyTemplate')!.form)).toEqual({ id: 't1', sourcezoneid: 'z-east', destzoneid: 'z-west' });
    expect(calls.some((c) => c.command === 'queryAsyncJobResult' && c.form.get('jobid') === 'job-c')).toBe(true);
  });
});
