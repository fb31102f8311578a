import { describe, expect, it } from 'vitest';
import { errorReply, fakeClient, reply } from '../../test/fakeServer';
import { launchSteps, runLaunch, type LaunchContext, type ZoneSpec } from './zoneWizard';

const advanced: ZoneSpec = {
  zone: { name: 'z1', networktype: 'Advanced', dns1: '8.8.8.8', internaldns1: '10.0.0.2', guestcidraddress: '10.1.1.0/24' },
  physicalNetwork: { name: 'pn1', vlan: '100-199', isolationmethods: 'VLAN' },
  traffic: [
    { type: 'Guest', kvmnetworklabel: 'cloudbr0' },
    { type: 'Management' },
    { type: 'Public', kvmnetworklabel: 'cloudbr1' },
  ],
  pod: { name: 'p1', gateway: '172.16.10.1', netmask: '255.255.255.0', startip: '172.16.10.200', endip: '172.16.10.250' },
  publicRange: { gateway: '203.0.113.1', netmask: '255.255.255.0', startip: '203.0.113.10', endip: '203.0.113.100' },
  cluster: { name: 'c1', hypervisor: 'Simulator' },
  host: { url: 'http://sim/c1/h1' },
  primary: { name: 'ps1', url: 'nfs://192.0.2.10/export/primary', scope: 'cluster' },
  secondary: { name: 'ss1', url: 'nfs://192.0.2.10/export/secondary' },
};

/** A server that answers the wizard's calls like SharpStack does; `fail` makes one command fail once. */
function server(fail?: string) {
  let failed = false;
  let job = 0;
  const async = (command: string, extra: object = {}) => reply(command, { jobid: `job-${++job}`, ...extra });
  return fakeClient((command, form) => {
    if (command === fail && !failed) {
      failed = true;
      return errorReply(command, 431, `${command} refused: bad range`);
    }
    switch (command) {
      case 'createZone':
        return reply(command, { zone: { id: 'Z' } });
      case 'createPhysicalNetwork':
        return async(command, { id: 'PN' });
      case 'addTrafficType':
      case 'updatePhysicalNetwork':
      case 'configureVirtualRouterElement':
      case 'updateNetworkServiceProvider':
        return async(command);
      case 'queryAsyncJobResult':
        return reply(command, { jobid: form.get('jobid'), jobstatus: 1, jobresult: { physicalnetwork: { id: 'PN' } } });
      case 'listNetworkServiceProviders':
        return reply(command, { count: 1, networkserviceprovider: [{ id: `nsp-${form.get('name')}`, name: form.get('name'), physicalnetworkid: 'PN' }] });
      case 'listVirtualRouterElements':
        return reply(command, { count: 1, virtualrouterelement: [{ id: `vre-${form.get('nspid')}` }] });
      case 'createPod':
        return reply(command, { pod: { id: 'P' } });
      case 'addCluster':
        return reply(command, { count: 1, cluster: [{ id: 'C' }] });
      case 'addHost':
        return reply(command, { count: 1, host: [{ id: 'H' }] });
      default:
        return reply(command, { id: 'x' });
    }
  });
}

const sequence = (calls: { command: string }[]) => calls.map((c) => c.command).filter((c) => c !== 'queryAsyncJobResult');

describe('zone wizard launch', () => {
  it('makes the calls of an advanced zone in the upstream order, waiting for each job', async () => {
    const { client, calls } = server();
    const statuses: string[] = [];
    const result = await runLaunch(client, launchSteps(advanced), {}, 0, (i, s) => statuses.push(`${i}:${s}`));
    expect(result).toBeNull();
    expect(sequence(calls)).toEqual([
      'createZone',
      'createPhysicalNetwork',
      'addTrafficType',
      'addTrafficType',
      'addTrafficType',
      'updatePhysicalNetwork',
      'listNetworkServiceProviders',
      'listVirtualRouterElements',
      'configureVirtualRouterElement',
      'updateNetworkServiceProvider',
      'listNetworkServiceProviders',
      'listVirtualRouterElements',
      'configureVirtualRouterElement',
      'updateNetworkServiceProvider',
      'createPod',
      'createVlanIpRange',
      'addCluster',
      'addHost',
      'createStoragePool',
      'addImageStore',
      'updateZone',
    ]);
    // every async call was followed by a poll of its own job
    const jobs = calls.filter((c) => c.command === 'queryAsyncJobResult').map((c) => c.form.get('jobid'));
    expect(jobs).toEqual(['job-1', 'job-2', 'job-3', 'job-4', 'job-5', 'job-6', 'job-7', 'job-8', 'job-9']);
    const get = (command: string, i = 0) => calls.filter((c) => c.command === command)[i].form;
    expect(get('createZone').get('networktype')).toBe('Advanced');
    expect(get('createZone').get('guestcidraddress')).toBe('10.1.1.0/24');
    expect(get('createPhysicalNetwork').get('zoneid')).toBe('Z');
    expect(get('createPhysicalNetwork').get('vlan')).toBe('100-199');
    expect(get('addTrafficType', 0).get('traffictype')).toBe('Guest');
    expect(get('addTrafficType', 0).get('kvmnetworklabel')).toBe('cloudbr0');
    expect(get('addTrafficType', 1).has('kvmnetworklabel')).toBe(false);
    expect(get('addTrafficType', 2).get('physicalnetworkid')).toBe('PN');
    expect(get('updatePhysicalNetwork').get('state')).toBe('Enabled');
    expect(get('listNetworkServiceProviders', 1).get('name')).toBe('VpcVirtualRouter');
    expect(get('configureVirtualRouterElement', 0).get('id')).toBe('vre-nsp-VirtualRouter');
    expect(get('configureVirtualRouterElement', 0).get('enabled')).toBe('true');
    expect(get('updateNetworkServiceProvider', 1).get('id')).toBe('nsp-VpcVirtualRouter');
    expect(get('createPod').get('zoneid')).toBe('Z');
    expect(get('createVlanIpRange').get('forvirtualnetwork')).toBe('true');
    expect(get('createVlanIpRange').get('physicalnetworkid')).toBe('PN');
    expect(get('addCluster').get('podid')).toBe('P');
    expect(get('addCluster').get('hypervisor')).toBe('Simulator');
    expect(get('addHost').get('clusterid')).toBe('C');
    expect(get('addHost').get('url')).toBe('http://sim/c1/h1');
    expect(get('createStoragePool').get('clusterid')).toBe('C');
    expect(get('createStoragePool').get('scope')).toBe('cluster');
    expect(get('addImageStore').get('provider')).toBe('NFS');
    expect(get('updateZone').get('id')).toBe('Z');
    expect(get('updateZone').get('allocationstate')).toBe('Enabled');
    expect(statuses.at(-1)).toBe('14:finish');
  });

  it('a basic KVM zone: two traffic types, security groups, no public range and no host', async () => {
    const { client, calls } = server();
    const basic: ZoneSpec = {
      ...advanced,
      zone: { name: 'b', networktype: 'Basic', dns1: '8.8.8.8', internaldns1: '8.8.8.8' },
      traffic: [{ type: 'Guest' }, { type: 'Management' }],
      publicRange: undefined,
      cluster: { name: 'k', hypervisor: 'KVM' },
      host: undefined,
      primary: { name: 'ps', url: 'nfs://192.0.2.10/p', scope: 'zone' },
    };
    expect(await runLaunch(client, launchSteps(basic), {}, 0, () => {})).toBeNull();
    expect(sequence(calls)).toEqual([
      'createZone',
      'createPhysicalNetwork',
      'addTrafficType',
      'addTrafficType',
      'updatePhysicalNetwork',
      'listNetworkServiceProviders',
      'listVirtualRouterElements',
      'configureVirtualRouterElement',
      'updateNetworkServiceProvider',
      'listNetworkServiceProviders',
      'updateNetworkServiceProvider',
      'createPod',
      'addCluster',
      'createStoragePool',
      'addImageStore',
      'updateZone',
    ]);
    const nsp = calls.filter((c) => c.command === 'listNetworkServiceProviders')[1].form;
    expect(nsp.get('name')).toBe('SecurityGroupProvider');
    const pool = calls.find((c) => c.command === 'createStoragePool')!.form;
    expect(pool.get('scope')).toBe('zone');
    expect(pool.get('hypervisor')).toBe('KVM');
    expect(pool.has('clusterid')).toBe(false);
  });

  it('stops at a failure with the server error text and retries from that step only', async () => {
    const { client, calls } = server('createVlanIpRange');
    const steps = launchSteps(advanced);
    const ctx: LaunchContext = {};
    const failed = await runLaunch(client, steps, ctx, 0, () => {});
    expect(failed).not.toBeNull();
    expect(steps[failed!.failedAt].key).toBe('publicRange');
    expect((failed!.error as Error).message).toBe('createVlanIpRange refused: bad range');
    expect(ctx).toEqual({ zoneId: 'Z', physicalNetworkId: 'PN', podId: 'P' });
    const before = calls.length;
    expect(await runLaunch(client, steps, ctx, failed!.failedAt, () => {})).toBeNull();
    const retried = sequence(calls.slice(before));
    expect(retried[0]).toBe('createVlanIpRange');
    expect(retried).not.toContain('createZone');
    expect(retried).not.toContain('createPod');
    expect(retried.at(-1)).toBe('updateZone');
  });
});
