import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorReply, fakeClient, reply } from '../../test/fakeServer';
import { renderRoute, staticAuth } from '../../test/render';
import SshKeyPairsPage from './SshKeyPairsPage';

const PRIVATE = '-----BEGIN RSA PRIVATE KEY-----\nMIIEsecret\n-----END RSA PRIVATE KEY-----';
const PUBLIC = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB7 me@laptop';

const keys = [
  { id: 'k1', name: 'laptop', fingerprint: 'aa:bb:cc', account: 'admin', domainid: 'd-root', domain: 'ROOT' },
  { id: 'k2', name: 'ops', fingerprint: 'dd:ee:ff', account: 'bob', domainid: 'd-child', domain: 'child' },
];

function server() {
  return fakeClient((command) => {
    switch (command) {
      case 'listSSHKeyPairs':
        return reply(command, { count: keys.length, sshkeypair: keys });
      case 'createSSHKeyPair':
        return reply(command, { keypair: { id: 'k3', name: 'new', fingerprint: '11:22', account: 'admin', privatekey: PRIVATE } });
      case 'registerSSHKeyPair':
        return errorReply(command, 431, 'A key pair with the same public key already exists for this account');
      case 'deleteSSHKeyPair':
        return reply(command, { success: true });
      default:
        return reply(command, {});
    }
  });
}

const render = (apis?: string[]) => {
  const s = server();
  renderRoute(<SshKeyPairsPage />, { client: s.client, url: '/compute/ssh-keypairs', path: '/compute/ssh-keypairs', auth: staticAuth(apis) });
  return s;
};

describe('SshKeyPairsPage', () => {
  it('lists the key pairs of every account the caller sees', async () => {
    const { calls } = render();
    const row = (await screen.findByText('laptop')).closest('tr')!;
    expect(within(row).getByText('aa:bb:cc')).toBeTruthy();
    expect(within(screen.getByText('ops').closest('tr')!).getByText('bob')).toBeTruthy();
    expect(calls.find((c) => c.command === 'listSSHKeyPairs')!.form.get('listall')).toBe('true');
  });

  it('creates a key pair and shows its private key once', async () => {
    const { calls } = render();
    await screen.findByText('laptop');
    fireEvent.click(screen.getByRole('button', { name: /Create key pair/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: ' new ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    const shown = await screen.findByLabelText('Private key of new');
    expect(shown.textContent).toBe(PRIVATE);
    expect(screen.getByText(/it is not stored anywhere and will not be shown again/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /Download/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy' })).toBeTruthy();
    expect(calls.find((c) => c.command === 'createSSHKeyPair')!.form.get('name')).toBe('new');
    fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(screen.queryByLabelText('Private key of new')).toBeNull());
    expect(document.body.textContent).not.toContain('MIIEsecret');
  });

  it('registers a public key and keeps the dialog open with the server refusal', async () => {
    const { calls } = render();
    await screen.findByText('laptop');
    fireEvent.click(screen.getByRole('button', { name: /Register public key/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'desktop' } });
    fireEvent.change(within(dialog).getByLabelText('Public key'), { target: { value: `${PUBLIC}\n` } });
    fireEvent.click(within(dialog).getAllByRole('button', { name: 'Register public key' }).at(-1)!);
    expect(await screen.findByText(/Register SSH key pair desktop failed: A key pair with the same public key/)).toBeTruthy();
    const form = calls.find((c) => c.command === 'registerSSHKeyPair')!.form;
    expect(form.get('name')).toBe('desktop');
    expect(form.get('publickey')).toBe(PUBLIC);
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('deletes by name and owner after confirmation', async () => {
    const { calls } = render();
    const row = (await screen.findByText('ops')).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Delete' }));
    expect((await screen.findAllByText('Delete SSH key pair ops?')).length).toBeGreaterThan(0);
    expect(calls.some((c) => c.command === 'deleteSSHKeyPair')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Yes' }));
    await waitFor(() => expect(calls.some((c) => c.command === 'deleteSSHKeyPair')).toBe(true));
    const form = calls.find((c) => c.command === 'deleteSSHKeyPair')!.form;
    expect([form.get('name'), form.get('account'), form.get('domainid'), form.has('id')]).toEqual(['ops', 'bob', 'd-child', false]);
    expect(await screen.findByText('Delete SSH key pair ops: done')).toBeTruthy();
    await waitFor(() => expect(calls.filter((c) => c.command === 'listSSHKeyPairs').length).toBe(2));
  });

  it('offers only what the role may call', async () => {
    render(['listSSHKeyPairs']);
    expect(within((await screen.findByText('laptop')).closest('tr')!).queryByRole('button')).toBeNull();
    expect(screen.queryByRole('button', { name: /Create key pair/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Register public key/ })).toBeNull();
  });
});
