import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { errorReply, fakeClient, reply } from '../test/fakeServer';
import { adminSession, renderRoute, staticAuth } from '../test/render';
import { ChangePasswordDialog } from './ChangePasswordDialog';

configure({ asyncUtilTimeout: 3000 });

const user = { ...staticAuth(), session: { ...adminSession, username: 'alice', userid: 'u-alice', type: '0' } };

function open() {
  const { client, calls } = fakeClient((command, form) =>
    command === 'updateUser' && form.get('currentpassword') !== 'old-pw'
      ? errorReply(command, 431, 'To change the password, give the current password in currentpassword')
      : reply(command, { user: { id: 'u-alice', username: 'alice' } }),
  );
  const onClose = vi.fn();
  renderRoute(<ChangePasswordDialog onClose={onClose} />, { client, url: '/', path: '/', auth: user });
  const dialog = screen.getByRole('dialog');
  const set = (label: string, value: string) => fireEvent.change(within(dialog).getByLabelText(label), { target: { value } });
  const submit = () => fireEvent.click(within(dialog).getByRole('button', { name: 'Change password' }));
  /** Types the three passwords and sends the form. */
  const change = (current: string, next: string, confirm = next) => {
    set('Current password', current);
    set('New password', next);
    set('Confirm new password', confirm);
    submit();
  };
  return { dialog, calls, onClose, submit, change };
}

describe('ChangePasswordDialog', () => {
  it('sends updateUser with the user’s id, the new and the current password, then closes', async () => {
    const { calls, onClose, change } = open();
    change('old-pw', 'new-pw');
    await waitFor(() => expect(onClose).toHaveBeenCalledWith(true));
    const call = calls.find((c) => c.command === 'updateUser')!;
    expect(Object.fromEntries(['id', 'currentpassword', 'password'].map((k) => [k, call.form.get(k)]))).toEqual({
      id: 'u-alice',
      currentpassword: 'old-pw',
      password: 'new-pw',
    });
  });

  it('sends nothing while a field is empty or the new passwords differ', async () => {
    const { dialog, calls, onClose, submit, change } = open();
    submit();
    expect(await within(dialog).findAllByText('Required')).toHaveLength(3);
    change('old-pw', 'new-pw', 'other-pw');
    expect(await within(dialog).findByText('The new passwords differ')).toBeTruthy();
    expect(calls.filter((c) => c.command === 'updateUser')).toHaveLength(0);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('stays open with the server’s refusal when the current password is wrong', async () => {
    const { calls, onClose, change } = open();
    change('wrong', 'new-pw');
    expect(await screen.findByText(/give the current password in currentpassword/)).toBeTruthy();
    expect(calls.filter((c) => c.command === 'updateUser')).toHaveLength(1);
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog')).toBeTruthy();
  });
});
