import type { ReactElement } from 'react';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paramsOf, pickOption } from '../../test/forms';
import { fakeClient, reply } from '../../test/fakeServer';
import { renderRoute, staticAuth } from '../../test/render';
import { LoadBalancerMembers } from './LoadBalancerMembers';
import { HealthCheckPolicy, StickinessPolicy } from './LoadBalancerPolicies';
import { LoadBalancerRules } from './LoadBalancerRules';

// Role queries over antd tables are slow on a busy machine: longer waits, and 60 s per test.
configure({ asyncUtilTimeout: 10000 });

const ip = { id: 'ip1', ipaddress: '203.0.113.20', state: 'Allocated', associatednetworkid: 'net1', associatednetworkname: 'web-net', zonename: 'Demo', account: 'alice' };
const rule = { id: 'lb1', name: 'web-lb', publicport: '80', privateport: '8080', algorithm: 'roundrobin', cidrlist: '0.0.0.0/0', state: 'Active', networkid: 'net1', publicipid: 'ip1' };
const vm = (id: string, name: string, address: string) => ({ id, name, state: 'Running', nic: [{ id: `nic-${id}`, networkid: 'net1', ipaddress: address }] });

function server(options: { stickiness?: boolean; healthCheck?: boolean } = {}) {
  return fakeClient((command, form) => {
    switch (command) {
      case 'listPublicIpAddresses':
        return reply(command, { count: 1, publicipaddress: [ip] });
      case 'listLoadBalancerRules':
        return reply(command, { count: 1, loadbalancerrule: [rule] });
      case 'listLoadBalancerRuleInstances':
        return form.get('applied') === 'false'
          ? reply(command, { count: 2, loadbalancerruleinstance: [vm('vm2', 'web-2', '10.1.1.12'), vm('vm3', 'web-3', '10.1.1.13')] })
          : reply(command, { count: 1, loadbalancerruleinstance: [vm('vm1', 'web-1', '10.1.1.11')] });
      case 'listLBStickinessPolicies':
        return reply(command, {
          count: 1,
          stickinesspolicies: [{ lbruleid: 'lb1', stickinesspolicy: options.stickiness ? [{ id: 'st1', name: 'sticky', methodname: 'LbCookie', state: 'Active', params: { 'cookie-name': 'SRV' } }] : [] }],
        });
      case 'listLBHealthCheckPolicies':
        return reply(command, {
          count: 1,
          healthcheckpolicies: [
            { lbruleid: 'lb1', healthcheckpolicy: options.healthCheck ? [{ id: 'hc1', pingpath: '/health', state: 'Active', responsetime: 2, healthcheckinterval: 5, healthcheckthresshold: 2, unhealthcheckthresshold: 10 }] : [] },
          ],
        });
      case 'queryAsyncJobResult':
        return reply(command, { jobid: form.get('jobid'), jobstatus: 1, jobresult: {} });
      default:
        return reply(command, { jobid: command });
    }
  });
}

// The parts of a rule's row are rendered on their own where that is enough: full rows are slow in jsdom.
const renderPart = (element: ReactElement, s = server(), auth = staticAuth()) => {
  renderRoute(element, { client: s.client, url: '/', path: '/', auth });
  return s;
};
const render = (s = server(), auth = staticAuth()) => renderPart(<LoadBalancerRules ip={ip} />, s, auth);

const openRule = async () => {
  const table = await screen.findByRole('table', { name: 'Load balancing' });
  const row = (await within(table).findByText('web-lb')).closest('tr')!;
  fireEvent.click(within(row).getByRole('button', { name: /expand/i }));
  return row;
};

// Forms and confirmations over antd tables: slow in jsdom on a busy machine.
describe('load balancing of a public IP', { timeout: 60000 }, () => {
  it('lists the rules of the IP and creates one with ports, algorithm and CIDRs', async () => {
    const s = render();
    const table = await screen.findByRole('table', { name: 'Load balancing' });
    const row = (await within(table).findByText('web-lb')).closest('tr')!;
    expect(within(row).getByText('Round robin')).toBeTruthy();
    expect(s.calls.find((c) => c.command === 'listLoadBalancerRules')!.form.get('publicipid')).toBe('ip1');
    fireEvent.click(screen.getByRole('button', { name: /Add load balancer/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'api-lb' } });
    fireEvent.change(within(dialog).getByLabelText('Public port'), { target: { value: '443' } });
    fireEvent.change(within(dialog).getByLabelText('Private port'), { target: { value: '8443' } });
    await pickOption(dialog, 'Algorithm', 'Least connections');
    fireEvent.change(within(dialog).getByLabelText('Source CIDRs'), { target: { value: '198.51.100.0/24' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add rule' }));
    expect(await paramsOf(s.calls, 'createLoadBalancerRule')).toEqual({
      publicipid: 'ip1',
      name: 'api-lb',
      algorithm: 'leastconn',
      cidrlist: '198.51.100.0/24',
      publicport: '443',
      privateport: '8443',
      openfirewall: 'true',
    });
    expect(await screen.findByText('Create load balancer api-lb on 203.0.113.20: done')).toBeTruthy();
  });

  it('updates the name and algorithm of a rule, and deletes it after confirmation', async () => {
    const s = render();
    const table = await screen.findByRole('table', { name: 'Load balancing' });
    const row = (await within(table).findByText('web-lb')).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByLabelText('Public port')).toBeNull();
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'web-lb2' } });
    await pickOption(dialog, 'Algorithm', 'Source');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await paramsOf(s.calls, 'updateLoadBalancerRule')).toEqual({ id: 'lb1', name: 'web-lb2', algorithm: 'source', cidrlist: '0.0.0.0/0' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    fireEvent.click(within(row).getByRole('button', { name: 'Delete' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes' }));
    expect(await paramsOf(s.calls, 'deleteLoadBalancerRule')).toEqual({ id: 'lb1' });
  });

  it('shows the instances of a rule, assigns more of the network and removes one', async () => {
    const s = renderPart(<LoadBalancerMembers rule={rule} />);
    const members = await screen.findByRole('table', { name: 'Instances of web-lb' });
    expect(await within(members).findByText('10.1.1.11')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Assign instances/ }));
    const dialog = await screen.findByRole('dialog');
    await pickOption(dialog, 'Instances', 'web-3 – 10.1.1.13');
    const candidates = s.calls.find((c) => c.command === 'listLoadBalancerRuleInstances' && c.form.get('applied') === 'false')!.form;
    expect(candidates.get('id')).toBe('lb1');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Assign instances' }));
    expect(await paramsOf(s.calls, 'assignToLoadBalancerRule')).toEqual({ id: 'lb1', virtualmachineids: 'vm3' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    fireEvent.click(within(members).getByRole('button', { name: 'Remove from load balancer' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes' }));
    expect(await paramsOf(s.calls, 'removeFromLoadBalancerRule')).toEqual({ id: 'lb1', virtualmachineids: 'vm1' });
  });

  it('adds an LbCookie stickiness policy with its parameters', async () => {
    const s = renderPart(<StickinessPolicy rule={rule} />);
        fireEvent.click(await screen.findByRole('button', { name: /Add Stickiness policy/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'sticky' } });
    fireEvent.change(within(dialog).getByLabelText('cookie-name'), { target: { value: 'SRV' } });
    fireEvent.click(within(dialog).getByLabelText('nocache'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await paramsOf(s.calls, 'createLBStickinessPolicy')).toEqual({
      lbruleid: 'lb1',
      name: 'sticky',
      methodname: 'LbCookie',
      'param[0].name': 'cookie-name',
      'param[0].value': 'SRV',
      'param[1].name': 'nocache',
      'param[1].value': 'true',
    });
  });

  it('adds a SourceBased stickiness policy with its own parameters', async () => {
    const s = renderPart(<StickinessPolicy rule={rule} />);
        fireEvent.click(await screen.findByRole('button', { name: /Add Stickiness policy/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'by-source' } });
    await pickOption(dialog, 'Method', 'SourceBased');
    expect(within(dialog).queryByLabelText('cookie-name')).toBeNull();
    fireEvent.change(within(dialog).getByLabelText('expire'), { target: { value: '30m' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await paramsOf(s.calls, 'createLBStickinessPolicy')).toEqual({ lbruleid: 'lb1', name: 'by-source', methodname: 'SourceBased', 'param[0].name': 'expire', 'param[0].value': '30m' });
  });

  it('shows the stickiness policy of a rule and deletes it after confirmation', async () => {
    const s = renderPart(<StickinessPolicy rule={rule} />, server({ stickiness: true }));
        expect(await screen.findByText('SRV')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Delete Stickiness policy/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes' }));
    expect(await paramsOf(s.calls, 'deleteLBStickinessPolicy')).toEqual({ id: 'st1' });
  });

  it('adds a health check with path, intervals and thresholds', async () => {
    const s = renderPart(<HealthCheckPolicy rule={rule} />);
        fireEvent.click(await screen.findByRole('button', { name: /Add Health check/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Ping path'), { target: { value: 'health' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await within(dialog).findByText('A URL path starting with /, without spaces')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Ping path'), { target: { value: '/health' } });
    fireEvent.change(within(dialog).getByLabelText('Interval (s)'), { target: { value: '30' } });
    fireEvent.change(within(dialog).getByLabelText('Unhealthy threshold'), { target: { value: '3' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await paramsOf(s.calls, 'createLBHealthCheckPolicy')).toEqual({
      lbruleid: 'lb1',
      pingpath: '/health',
      responsetimeout: '2',
      intervaltime: '30',
      healthythreshold: '2',
      unhealthythreshold: '3',
    });
  });

  it('shows the health check of a rule and deletes it after confirmation', async () => {
    const s = renderPart(<HealthCheckPolicy rule={rule} />, server({ healthCheck: true }));
        expect(await screen.findByText('/health')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Delete Health check/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes' }));
    expect(await paramsOf(s.calls, 'deleteLBHealthCheckPolicy')).toEqual({ id: 'hc1' });
  });

  it('shows rules, instances and policies without any change to a role that may only list them', async () => {
    render(server({ stickiness: true }), staticAuth(['listPublicIpAddresses', 'listLoadBalancerRules', 'listLoadBalancerRuleInstances', 'listLBStickinessPolicies', 'listLBHealthCheckPolicies']));
    const row = await openRule();
    expect(within(row).queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(within(row).queryByRole('button', { name: 'Delete' })).toBeNull();
    expect(await screen.findByText('SRV')).toBeTruthy();
    const members = await screen.findByRole('table', { name: 'Instances of web-lb' });
    await within(members).findByText('10.1.1.11');
    expect(within(members).queryByRole('button', { name: 'Remove from load balancer' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Add load balancer|Assign instances|Add Health check|Delete Stickiness policy/ })).toBeNull();
  });
});
