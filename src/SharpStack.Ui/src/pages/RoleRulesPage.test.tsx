import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeClient, reply } from '../test/fakeServer';
import { renderRoute, staticAuth } from '../test/render';
import RoleRulesPage, { moveRule } from './RoleRulesPage';

describe('moveRule', () => {
  it('swaps a rule with its neighbour and leaves the ends alone', () => {
    expect(moveRule(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveRule(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
    expect(moveRule(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(moveRule(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('RoleRulesPage', () => {
  const rules = [
    { id: 'r1', roleid: 'role-1', rule: 'listAccounts', permission: 'allow' },
    { id: 'r2', roleid: 'role-1', rule: 'delete*', permission: 'deny' },
    { id: 'r3', roleid: 'role-1', rule: '*', permission: 'allow' },
  ];
  const server = () =>
    fakeClient((command) => {
      if (command === 'listRoles') return reply(command, { count: 1, role: [{ id: 'role-1', name: 'Operators', type: 'User' }] });
      if (command === 'listRolePermissions') return reply(command, { count: 3, rolepermission: rules });
      return reply(command, { success: true });
    });

  it('lists the rules in order and sends the whole new order when one moves', async () => {
    const { client, calls } = server();
    renderRoute(<RoleRulesPage />, { client, url: '/roles/role-1', path: '/roles/:id', auth: staticAuth() });
    expect(await screen.findByText('Rules of Operators')).toBeTruthy();
    const row = (await screen.findByText('listAccounts')).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Move down' }));
    await waitFor(() => expect(calls.some((c) => c.command === 'updateRolePermission')).toBe(true));
    const update = calls.find((c) => c.command === 'updateRolePermission')!;
    expect(update.form.get('roleid')).toBe('role-1');
    expect(update.form.get('ruleorder')).toBe('r2,r1,r3');
  });

  it('adds a rule', async () => {
    const { client, calls } = server();
    renderRoute(<RoleRulesPage />, { client, url: '/roles/role-1', path: '/roles/:id', auth: staticAuth() });
    await screen.findByText('listAccounts');
    fireEvent.change(screen.getByRole('combobox', { name: 'Rule' }), { target: { value: 'listEvents' } });
    fireEvent.click(screen.getByRole('button', { name: /Add rule/ }));
    await waitFor(() => expect(calls.some((c) => c.command === 'createRolePermission')).toBe(true));
    const create = calls.find((c) => c.command === 'createRolePermission')!;
    expect(create.form.get('rule')).toBe('listEvents');
    expect(create.form.get('permission')).toBe('allow');
    expect(create.form.get('roleid')).toBe('role-1');
  });
});
