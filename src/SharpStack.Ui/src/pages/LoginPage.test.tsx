import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '../auth/sessionStore';
import { errorReply, fakeClient, reply } from '../test/fakeServer';
import { renderRoute } from '../test/render';
import LoginPage from './LoginPage';

const loginOk = reply('login', {
  username: 'alice',
  userid: 'u1',
  domainid: 'd1',
  account: 'alice',
  type: '0',
  sessionkey: 'SESSION-1',
  timeout: 1800,
});

function fill(username: string, password: string, domain?: string) {
  fireEvent.change(screen.getByLabelText('User name'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  if (domain !== undefined) fireEvent.change(screen.getByLabelText('Domain'), { target: { value: domain } });
  fireEvent.click(screen.getByRole('button', { name: 'Log in' }));
}

describe('LoginPage', () => {
  it('shows the server refusal', async () => {
    const { client, calls } = fakeClient(() => errorReply('login', 531, 'Failed to authenticate user alice in domain /'));
    renderRoute(<LoginPage />, { client, url: '/login', path: '/login' });
    fill('alice', 'wrong');
    expect(await screen.findByText('Failed to authenticate user alice in domain /')).toBeTruthy();
    expect(screen.getByText('Login failed')).toBeTruthy();
    expect(calls[0].form.get('domain')).toBe('/');
    expect(sessionStore.load()).toBeNull();
  });

  it('asks for the user name and password before calling the server', async () => {
    const { client, calls } = fakeClient(() => loginOk);
    renderRoute(<LoginPage />, { client, url: '/login', path: '/login' });
    fireEvent.click(screen.getByRole('button', { name: 'Log in' }));
    expect((await screen.findAllByText('Required')).length).toBe(2);
    expect(calls).toHaveLength(0);
  });

  it('logs in with the domain path, keeps the session key and goes where the user was headed', async () => {
    const { client, calls } = fakeClient(
      (command) => (command === 'login' ? loginOk : reply(command, { count: 0 })),
      () => sessionStore.load()?.sessionkey,
    );
    renderRoute(<LoginPage />, {
      client,
      url: '/login',
      path: '/login',
      extraRoutes: [<Route key="home" path="/" element={<div>home page</div>} />],
    });
    fill('alice', 's3cret', '/engineering');
    expect(await screen.findByText('home page')).toBeTruthy();
    const login = calls.find((c) => c.command === 'login')!;
    expect(login.form.get('username')).toBe('alice');
    expect(login.form.get('password')).toBe('s3cret');
    expect(login.form.get('domain')).toBe('/engineering/');
    await waitFor(() => expect(sessionStore.load()?.sessionkey).toBe('SESSION-1'));
    // The role's API list is loaded for the menus, with the new session key.
    await waitFor(() => expect(calls.some((c) => c.command === 'listApis' && c.form.get('sessionkey') === 'SESSION-1')).toBe(true));
  });
});
