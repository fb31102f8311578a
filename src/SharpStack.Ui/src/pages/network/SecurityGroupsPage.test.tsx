import type { AuthState } from '../../auth/AuthContext';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import { paramsOf } from '../../test/forms';
import { errorReply, fakeClient, reply } from '../../test/fakeServer';
import { adminSession, renderRoute, staticAuth } from '../../test/render';
import SecurityGroupDetailPage from './SecurityGroupDetailPage';
import SecurityGroupsPage from './SecurityGroupsPage';

// Role queries over antd tables are slow on a busy machine: longer waits, and 60 s per test.
configure({ asyncUtilTimeout: 10000 });

const web = {
  id: 'sg2',
  name: 'web',
  description: 'Web servers',
  account: 'alice',
  domain: 'ROOT',
  virtualmachinecount: 0,
  ingressrule: [
    { ruleid: 'r1', protocol: 'tcp', startport: 80, endport: 80, cidr: '0.0.0.0/0' },
    { ruleid: 'r2', protocol: 'tcp', startport: 22, endport: 22, securitygroupname: 'admin', account: 'ops' },
  ],
  egressrule: [{ ruleid: 'r3', protocol: 'icmp', icmptype: 8, icmpcode: 0, cidr: '10.0.0.0/8' }],
};
const groups = [{ id: 'sg1', name: 'default', description: 'Default Security Group', account: 'alice', domain: 'ROOT', virtualmachinecount: 2, ingressrule: [], egressrule: [] }, web];

function server(options: { refuseDelete?: boolean } = {}) {
  return fakeClient((command, form) => {
    switch (command) {
      case 'listSecurityGroups': {
        const id = form.get('id');
        const rows = id ? groups.filter((g) => g.id === id) : groups;
        return reply(command, { count: rows.length, securitygroup: rows });
      }
      case 'createSecurityGroup':
        return reply(command, { securitygroup: { id: 'sg3', name: form.get('name') } });
      case 'deleteSecurityGroup':
        return options.refuseDelete ? errorReply(command, 536, 'Cannot delete group when it\u2019s in use by virtual machines') : reply(command, { success: true });
      case 'queryAsyncJobResult':
        return reply(command, { jobid: form.get('jobid'), jobstatus: 1, jobresult: {} });
      default:
        return reply(command, { jobid: command });
    }
  });
}

const user: AuthState = { ...staticAuth(), session: { ...adminSession, type: '0' } };

describe('security groups list', { timeout: 60000 }, () => {
  it('lists the groups with their rule counts, searches by keyword in the URL, and opens a group by its name', async () => {
    const s = server();
    renderRoute(<SecurityGroupsPage />, { client: s.client, url: '/network/security-groups?keyword=we', path: '/network/security-groups', auth: user });
    const link = await screen.findByRole('link', { name: 'web' });
    expect(link.getAttribute('href')).toBe('/network/security-groups/sg2');
    const list = s.calls.find((c) => c.command === 'listSecurityGroups')!.form;
    expect([list.get('keyword'), list.get('listall'), list.get('page'), list.get('pagesize')]).toEqual(['we', 'true', '1', '20']);
    const row = link.closest('tr')!;
    expect(within(row).getByText('2')).toBeTruthy();
    expect(within(row).getByText('1')).toBeTruthy();
  });

  it('creates a group and never offers to delete the default one', async () => {
    const s = server();
    renderRoute(<SecurityGroupsPage />, { client: s.client, url: '/network/security-groups', path: '/network/security-groups', auth: user });
    const defaultRow = (await screen.findByText('Default Security Group')).closest('tr')!;
    expect(within(defaultRow).queryByRole('button', { name: 'Delete' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /Add security group/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: ' db ' } });
    fireEvent.change(within(dialog).getByLabelText('Description'), { target: { value: 'Databases' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await paramsOf(s.calls, 'createSecurityGroup')).toEqual({ name: 'db', description: 'Databases' });
    await waitFor(() => expect(s.calls.filter((c) => c.command === 'listSecurityGroups').length).toBe(2));
  });

  it('deletes a group after confirmation and shows the API error when it is in use', async () => {
    const s = server({ refuseDelete: true });
    renderRoute(<SecurityGroupsPage />, { client: s.client, url: '/network/security-groups', path: '/network/security-groups', auth: user });
    const row = (await screen.findByRole('link', { name: 'web' })).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Delete' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes' }));
    expect(await paramsOf(s.calls, 'deleteSecurityGroup')).toEqual({ id: 'sg2' });
    expect(await screen.findByText(/in use by virtual machines/)).toBeTruthy();
  });

  it('shows no create or delete to a role that may only list', async () => {
    renderRoute(<SecurityGroupsPage />, { client: server().client, url: '/network/security-groups', path: '/network/security-groups', auth: staticAuth(['listSecurityGroups']) });
    const row = (await screen.findByRole('link', { name: 'web' })).closest('tr')!;
    expect(within(row).queryByRole('button', { name: 'Delete' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Add security group/ })).toBeNull();
  });
});

const renderDetail = (tab: string, s = server(), auth = user) => {
  renderRoute(<SecurityGroupDetailPage />, {
    client: s.client,
    url: `/network/security-groups/sg2?tab=${tab}`,
    path: '/network/security-groups/:id',
    auth,
    extraRoutes: [<Route key="list" path="/network/security-groups" element={<div>group list</div>} />],
  });
  return s;
};

describe('security group page', { timeout: 60000 }, () => {
  it('shows the ingress rules, a CIDR or an account\u2019s group each', async () => {
    renderDetail('ingress');
    const table = await screen.findByRole('table', { name: 'Ingress rules' });
    expect(within(table).getByText('0.0.0.0/0')).toBeTruthy();
    expect(within(table).getByText('group admin of ops')).toBeTruthy();
  });

  it('authorizes ingress TCP ports from CIDRs', async () => {
    const s = renderDetail('ingress');
    await screen.findByRole('table', { name: 'Ingress rules' });
    fireEvent.click(screen.getByRole('button', { name: /Add rule/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Start port'), { target: { value: '443' } });
    fireEvent.change(within(dialog).getByLabelText('CIDRs'), { target: { value: '198.51.100.0/24, 203.0.113.0/24' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add rule' }));
    expect(await paramsOf(s.calls, 'authorizeSecurityGroupIngress')).toEqual({
      securitygroupid: 'sg2',
      protocol: 'TCP',
      startport: '443',
      endport: '443',
      cidrlist: '198.51.100.0/24,203.0.113.0/24',
    });
    expect(await screen.findByText('Allow TCP in security group web: done')).toBeTruthy();
    await waitFor(() => expect(s.calls.filter((c) => c.command === 'listSecurityGroups').length).toBe(2));
  });

  it('authorizes all protocols from another account\u2019s group', async () => {
    const s = renderDetail('ingress');
    await screen.findByRole('table', { name: 'Ingress rules' });
    fireEvent.click(screen.getByRole('button', { name: /Add rule/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: 'Protocol' }));
    fireEvent.click((await screen.findAllByTitle('All')).at(-1)!);
    fireEvent.click(within(dialog).getByLabelText('An account\u2019s security group'));
    fireEvent.change(await within(dialog).findByLabelText('Account'), { target: { value: 'ops' } });
    fireEvent.change(within(dialog).getByLabelText('Security group'), { target: { value: 'admin' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add rule' }));
    expect(await paramsOf(s.calls, 'authorizeSecurityGroupIngress')).toEqual({
      securitygroupid: 'sg2',
      protocol: 'ALL',
      'usersecuritygrouplist[0].account': 'ops',
      'usersecuritygrouplist[0].group': 'admin',
    });
  });

  it('authorizes egress ICMP with type and code, and revokes an egress rule after confirmation', async () => {
    const s = renderDetail('egress');
    const table = await screen.findByRole('table', { name: 'Egress rules' });
    expect(within(table).getByText('type 8, code 0')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Add rule/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: 'Protocol' }));
    fireEvent.click((await screen.findAllByTitle('ICMP')).at(-1)!);
    fireEvent.change(within(dialog).getByLabelText('ICMP type'), { target: { value: '0' } });
    fireEvent.change(within(dialog).getByLabelText('ICMP code'), { target: { value: '0' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add rule' }));
    expect(await paramsOf(s.calls, 'authorizeSecurityGroupEgress')).toEqual({ securitygroupid: 'sg2', protocol: 'ICMP', icmptype: '0', icmpcode: '0', cidrlist: '0.0.0.0/0' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    fireEvent.click(within(table).getByRole('button', { name: 'Revoke' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes' }));
    expect(await paramsOf(s.calls, 'revokeSecurityGroupEgress')).toEqual({ id: 'r3' });
  });

  it('deletes the group after confirmation and goes back to the list', async () => {
    const s = renderDetail('ingress');
    await screen.findByRole('table', { name: 'Ingress rules' });
    fireEvent.click(screen.getByRole('button', { name: /Delete/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes' }));
    expect(await paramsOf(s.calls, 'deleteSecurityGroup')).toEqual({ id: 'sg2' });
    expect(await screen.findByText('group list')).toBeTruthy();
  });

  it('shows the rules without authorize or revoke to a role that may only list', async () => {
    renderDetail('ingress', server(), staticAuth(['listSecurityGroups']));
    const table = await screen.findByRole('table', { name: 'Ingress rules' });
    expect(within(table).queryByRole('button', { name: 'Revoke' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Add rule/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Delete/ })).toBeNull();
  });
});
