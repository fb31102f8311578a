import type { ApiClient } from '../../api/client';
import { ApiError } from '../../api/errors';
import type { Params } from '../../api/params';
import { submittedJobId, type Json } from '../../api/response';

export type NetworkType = 'Advanced' | 'Basic';
export type TrafficType = 'Guest' | 'Management' | 'Public';
export type WizardHypervisor = 'Simulator' | 'KVM';

/** Everything the zone wizard asks for. */
export interface ZoneSpec {
  zone: { name: string; networktype: NetworkType; dns1: string; internaldns1: string; guestcidraddress?: string };
  physicalNetwork: { name: string; vlan?: string; isolationmethods: string };
  /** KVM network label per traffic type (cloudbr0...); empty = the default. */
  traffic: { type: TrafficType; kvmnetworklabel?: string }[];
  pod: { name: string; gateway: string; netmask: string; startip: string; endip: string };
  /** Advanced zones only. */
  publicRange?: { gateway: string; netmask: string; vlan?: string; startip: string; endip: string };
  cluster: { name: string; hypervisor: WizardHypervisor };
  /** Simulator clusters only (KVM hosts are added later, once their agents are set up). */
  host?: { url: string; username?: string; password?: string };
  primary: { name: string; url: string; scope: 'cluster' | 'zone' };
  secondary: { name: string; url: string };
}

/** Ids made by earlier steps, so a retry resumes where it failed. */
export interface LaunchContext {
  zoneId?: string;
  physicalNetworkId?: string;
  podId?: string;
  clusterId?: string;
}

export interface LaunchStep {
  /** i18n key under wizard.launchSteps, with params. */
  key: string;
  params?: Record<string, string>;
  run: (api: ApiClient, ctx: LaunchContext) => Promise<void>;
}

export const trafficTypesFor = (networktype: NetworkType): TrafficType[] =>
  networktype === 'Advanced' ? ['Guest', 'Management', 'Public'] : ['Guest', 'Management'];

/** One call; when it is async, also waits for its job. Returns the first reply and the job result. */
async function call(api: ApiClient, command: string, params: Params): Promise<{ reply: Json; result: Json }> {
  const reply = await api.request(command, params);
  const jobid = submittedJobId(reply);
  const result = jobid ? await api.waitForJob(jobid, { command }) : reply;
  return { reply, result };
}

function need<T>(value: T | undefined, command: string, what: string): T {
  if (value === undefined || value === null || value === '') throw new ApiError(command, 530, 530, `The reply of ${command} has no ${what}`);
  return value;
}

/** The id inside a reply like {zone: {...}}, {cluster: [{...}]} or a bare {id}. */
function idIn(obj: Json, key: string): string | undefined {
  const v = obj[key];
  const item = Array.isArray(v) ? v[0] : v;
  if (item && typeof item === 'object' && typeof (item as Json).id === 'string') return (item as Json).id as string;
  return typeof obj.id === 'string' ? obj.id : undefined;
}

async function enableProvider(api: ApiClient, ctx: LaunchContext, name: string, routerElement: boolean) {
  const physicalnetworkid = need(ctx.physicalNetworkId, 'listNetworkServiceProviders', 'physical network');
  const nsps = await api.list<{ id: string; name: string }>('listNetworkServiceProviders', { physicalnetworkid, name });
  const nsp = need(nsps.items.find((n) => n.name === name) ?? nsps.items[0], 'listNetworkServiceProviders', `provider ${name}`);
  if (routerElement) {
    const elements = await api.list<{ id: string }>('listVirtualRouterElements', { nspid: nsp.id });
    const element = need(elements.items[0], 'listVirtualRouterElements', `element of ${name}`);
    await call(api, 'configureVirtualRouterElement', { id: element.id, enabled: true });
  }
  await call(api, 'updateNetworkServiceProvider', { id: nsp.id, state: 'Enabled' });
}

/** The calls of a zone launch in CloudStack's own order (as its UI's zone wizard makes them). */
export function launchSteps(spec: ZoneSpec): LaunchStep[] {
  const advanced = spec.zone.networktype === 'Advanced';
  const steps: LaunchStep[] = [];
  steps.push({
    key: 'zone',
    params: { name: spec.zone.name },
    run: async (api, ctx) => {
      const { result } = await call(api, 'createZone', {
        name: spec.zone.name,
        networktype: spec.zone.networktype,
        dns1: spec.zone.dns1,
        internaldns1: spec.zone.internaldns1,
        guestcidraddress: advanced ? spec.zone.guestcidraddress : undefined,
      });
      ctx.zoneId = need(idIn(result, 'zone'), 'createZone', 'zone id');
    },
  });
  steps.push({
    key: 'physicalNetwork',
    params: { name: spec.physicalNetwork.name },
    run: async (api, ctx) => {
      const { reply, result } = await call(api, 'createPhysicalNetwork', {
        zoneid: need(ctx.zoneId, 'createPhysicalNetwork', 'zone'),
        name: spec.physicalNetwork.name,
        isolationmethods: spec.physicalNetwork.isolationmethods,
        vlan: spec.physicalNetwork.vlan,
      });
      ctx.physicalNetworkId = need(idIn(result, 'physicalnetwork') ?? idIn(reply, 'physicalnetwork'), 'createPhysicalNetwork', 'id');
    },
  });
  for (const traffic of spec.traffic) {
    steps.push({
      key: 'traffic',
      params: { type: traffic.type },
      run: async (api, ctx) => {
        await call(api, 'addTrafficType', {
          physicalnetworkid: need(ctx.physicalNetworkId, 'addTrafficType', 'physical network'),
          traffictype: traffic.type,
          kvmnetworklabel: traffic.kvmnetworklabel,
        });
      },
    });
  }
  steps.push({
    key: 'enableNetwork',
    run: async (api, ctx) => {
      await call(api, 'updatePhysicalNetwork', { id: need(ctx.physicalNetworkId, 'updatePhysicalNetwork', 'physical network'), state: 'Enabled' });
    },
  });
  const routers = advanced ? ['VirtualRouter', 'VpcVirtualRouter'] : ['VirtualRouter'];
  for (const name of routers) steps.push({ key: 'provider', params: { name }, run: (api, ctx) => enableProvider(api, ctx, name, true) });
  if (!advanced) steps.push({ key: 'provider', params: { name: 'SecurityGroupProvider' }, run: (api, ctx) => enableProvider(api, ctx, 'SecurityGroupProvider', false) });
  steps.push({
    key: 'pod',
    params: { name: spec.pod.name },
    run: async (api, ctx) => {
      const { result } = await call(api, 'createPod', { zoneid: need(ctx.zoneId, 'createPod', 'zone'), ...spec.pod });
      ctx.podId = need(idIn(result, 'pod'), 'createPod', 'pod id');
    },
  });
  if (advanced && spec.publicRange) {
    const range = spec.publicRange;
    steps.push({
      key: 'publicRange',
      params: { start: range.startip, end: range.endip },
      run: async (api, ctx) => {
        await call(api, 'createVlanIpRange', {
          zoneid: need(ctx.zoneId, 'createVlanIpRange', 'zone'),
          physicalnetworkid: ctx.physicalNetworkId,
          forvirtualnetwork: true,
          vlan: range.vlan || 'untagged',
          gateway: range.gateway,
          netmask: range.netmask,
          startip: range.startip,
          endip: range.endip,
        });
      },
    });
  }
  steps.push({
    key: 'cluster',
    params: { name: spec.cluster.name },
    run: async (api, ctx) => {
      const { result } = await call(api, 'addCluster', {
        zoneid: need(ctx.zoneId, 'addCluster', 'zone'),
        podid: need(ctx.podId, 'addCluster', 'pod'),
        clustername: spec.cluster.name,
        hypervisor: spec.cluster.hypervisor,
        clustertype: 'CloudManaged',
      });
      ctx.clusterId = need(idIn(result, 'cluster'), 'addCluster', 'cluster id');
    },
  });
  if (spec.host && spec.cluster.hypervisor === 'Simulator') {
    const host = spec.host;
    steps.push({
      key: 'host',
      params: { url: host.url },
      run: async (api, ctx) => {
        await call(api, 'addHost', {
          zoneid: ctx.zoneId,
          podid: ctx.podId,
          clusterid: need(ctx.clusterId, 'addHost', 'cluster'),
          hypervisor: spec.cluster.hypervisor,
          url: host.url,
          username: host.username || 'root',
          password: host.password || 'password',
        });
      },
    });
  }
  steps.push({
    key: 'primary',
    params: { name: spec.primary.name },
    run: async (api, ctx) => {
      const zoneScope = spec.primary.scope === 'zone';
      await call(api, 'createStoragePool', {
        zoneid: need(ctx.zoneId, 'createStoragePool', 'zone'),
        podid: zoneScope ? undefined : ctx.podId,
        clusterid: zoneScope ? undefined : ctx.clusterId,
        scope: zoneScope ? 'zone' : 'cluster',
        hypervisor: zoneScope ? spec.cluster.hypervisor : undefined,
        name: spec.primary.name,
        url: spec.primary.url,
      });
    },
  });
  steps.push({
    key: 'secondary',
    params: { name: spec.secondary.name },
    run: async (api, ctx) => {
      await call(api, 'addImageStore', { provider: 'NFS', zoneid: need(ctx.zoneId, 'addImageStore', 'zone'), name: spec.secondary.name, url: spec.secondary.url });
    },
  });
  steps.push({
    key: 'enableZone',
    run: async (api, ctx) => {
      await call(api, 'updateZone', { id: need(ctx.zoneId, 'updateZone', 'zone'), allocationstate: 'Enabled' });
    },
  });
  return steps;
}

export type StepStatus = 'wait' | 'process' | 'finish' | 'error';

/**
 * Runs the steps from `from` on, telling each one's status; stops at the first failure and
 * returns its index with the error (to retry from there with the same context), or null when all ran.
 */
export async function runLaunch(
  api: ApiClient,
  steps: LaunchStep[],
  ctx: LaunchContext,
  from: number,
  onStatus: (index: number, status: StepStatus, error?: unknown) => void,
): Promise<{ failedAt: number; error: unknown } | null> {
  for (let i = from; i < steps.length; i++) {
    onStatus(i, 'process');
    try {
      await steps[i].run(api, ctx);
      onStatus(i, 'finish');
    } catch (error) {
      onStatus(i, 'error', error);
      return { failedAt: i, error };
    }
  }
  return null;
}
