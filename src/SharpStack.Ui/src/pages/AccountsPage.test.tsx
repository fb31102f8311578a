import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeClient, reply } from '../test/fakeServer';
import { renderRoute, staticAuth } from '../test/render';
import AccountsPage from './AccountsPage';

const accounts = [
  { id: 'a1', name: 'zed', accounttype: 0, rolename: 'User', domainid: 'd', domain: 'ROOT', domainpath: 'ROOT', state: 'enabled', user: [{}] },
  { id: 'a2', name: 'bob', accounttype: 2, rolename: 'Domain Admin', domainid: 'd', domain: 'ROOT', domainpath: 'ROOT/eng', state: 'disabled', user: [] },
];

function server() {
  let disabled = false;
  return fakeClient((command, form) => {
    switch (command) {
      case 'listAccounts':
        return reply(command, { count: 25, account: accounts.map((a) => (a.id === 'a1' && disabled ? { ...a, state: 'disabled' } : a)) });
      case 'listDomains':
        return reply(command, { count: 1, domain: [{ id: 'd', name: 'ROOT', path: 'ROOT', level: 0 }] });
      case 'disableAccount':
        expect(form.get('id')).toBe('a1');
        expect(form.get('lock')).toBe('false');
        return reply(command, { jobid: 'job-9' });
      case 'queryAsyncJobResult':
        disabled = true;
        return reply(command, { jobid: 'job-9', jobstatus: 1, jobresult: { account: { id: 'a1', state: 'disabled' } } });
      default:
        return reply(command, {});
    }
  });
}

describe('AccountsPage', () => {
  it('asks the API for the page, size, keyword and filters in the URL and shows the total', async () => {
    const { client, calls } = server();
    renderRoute(<AccountsPage />, { client, url: '/accounts?page=2&pagesize=10&keyword=bo&state=enabled', path: '/accounts', auth: staticAuth() });
    expect(await screen.findByText('zed')).toBeTruthy();
    const list = calls.find((c) => c.command === 'listAccounts')!;
    expect(list.form.get('page')).toBe('2');
    expect(list.form.get('pagesize')).toBe('10');
    expect(list.form.get('keyword')).toBe('bo');
    expect(list.form.get('state')).toBe('enabled');
    expect(list.form.get('listall')).toBe('true');
    expect(list.form.has('accounttype')).toBe(false);
    expect(screen.getByText('25 in all')).toBeTruthy();
    expect(screen.getByText('Domain admin')).toBeTruthy();
  });

  it('searching puts the keyword in the URL and starts again at page 1', async () => {
    const { client, calls } = server();
    renderRoute(<AccountsPage />, { client, url: '/accounts?page=3', path: '/accounts', auth: staticAuth() });
    await screen.findByText('zed');
    const search = screen.getByPlaceholderText('Search');
    fireEvent.change(search, { target: { value: 'bob' } });
    fireEvent.keyDown(search, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/accounts?keyword=bob'));
    await waitFor(() => expect(calls.filter((c) => c.command === 'listAccounts').at(-1)!.form.get('keyword')).toBe('bob'));
    expect(calls.filter((c) => c.command === 'listAccounts').at(-1)!.form.get('page')).toBe('1');
  });

  it('disables an account through its async job and reloads the list', async () => {
    const { client, calls } = server();
    renderRoute(<AccountsPage />, { client, url: '/accounts', path: '/accounts', auth: staticAuth() });
    const row = (await screen.findByText('zed')).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Disable' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes' }));
    await waitFor(() => expect(calls.some((c) => c.command === 'queryAsyncJobResult' && c.form.get('jobid') === 'job-9')).toBe(true));
    expect(await screen.findByText('Disable account zed: done')).toBeTruthy();
    await waitFor(() => expect(calls.filter((c) => c.command === 'listAccounts').length).toBeGreaterThan(1));
  });

  it('shows only the actions the role may call', async () => {
    const { client } = server();
    renderRoute(<AccountsPage />, { client, url: '/accounts', path: '/accounts', auth: staticAuth(['listAccounts']) });
    const row = (await screen.findByText('zed')).closest('tr')!;
    expect(within(row).queryByRole('button')).toBeNull();
    expect(screen.queryByRole('button', { name: /Add account/ })).toBeNull();
  });
});
