import type { Params } from '../../../api/params';
import type { AffinityGroup, DiskOffering, ServiceOffering, Template, Zone } from '../../../api/types';

/** The wizard's form: ids picked in the first steps, then sizes and details. */
export interface DeployValues {
  zoneid: string;
  templateid: string;
  serviceofferingid: string;
  /** Only for a customized offering that leaves them open. */
  cpuNumber?: number;
  cpuSpeed?: number;
  memory?: number;
  diskofferingid?: string;
  /** GB, for a customized disk offering. */
  size?: number;
  /** GB. */
  rootdisksize?: number;
  name?: string;
  displayname?: string;
  keypair?: string;
  userdata?: string;
  /** Optional affinity groups of the caller. */
  affinitygroupids?: string[];
  /** Security groups, in a zone with security groups (Basic). */
  securitygroupids?: string[];
  startvm?: boolean;
}

/** The rows picked in the wizard's steps, for what their ids do not tell (customized, names). */
export interface DeployPicks {
  zone?: Zone;
  template?: Template;
  offering?: ServiceOffering;
  diskOffering?: DiskOffering;
  affinityGroups?: AffinityGroup[];
}

/** Upstream's host name rule: an RFC 1123 label of 1–63 letters, digits and hyphens that starts with a letter. */
export const HOST_NAME = /^[a-zA-Z]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/;

/** The sizes a customized offering leaves to the deployment (those it does not fix itself). */
export function openSizes(offering: ServiceOffering | undefined): ('cpuNumber' | 'cpuSpeed' | 'memory')[] {
  if (!offering?.iscustomized) return [];
  const open: ('cpuNumber' | 'cpuSpeed' | 'memory')[] = [];
  if (offering.cpunumber === undefined || offering.cpunumber === null) open.push('cpuNumber');
  if (offering.cpuspeed === undefined || offering.cpuspeed === null) open.push('cpuSpeed');
  if (offering.memory === undefined || offering.memory === null) open.push('memory');
  return open;
}

/** Text → base64 of its UTF-8 bytes, as deployVirtualMachine's userdata wants it. */
export function encodeUserData(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** Instances of the zone's guest network take security groups: a Basic zone, or one with security groups enabled. */
export function hasSecurityGroups(zone: Pick<Zone, 'networktype' | 'securitygroupsenabled'>): boolean {
  return zone.networktype === 'Basic' || zone.securitygroupsenabled === true;
}

/** The parameters of deployVirtualMachine for the wizard's values. */
export function deployParams(v: DeployValues, picks: DeployPicks): Params {
  const params: Params = {
    zoneid: v.zoneid,
    templateid: v.templateid,
    serviceofferingid: v.serviceofferingid,
  };
  for (const key of openSizes(picks.offering)) params[`details[0].${key}`] = v[key];
  if (v.diskofferingid) {
    params.diskofferingid = v.diskofferingid;
    if (picks.diskOffering?.iscustomized) params.size = v.size;
  }
  if (v.rootdisksize) params.rootdisksize = v.rootdisksize;
  params.name = v.name?.trim();
  params.displayname = v.displayname?.trim();
  params.keypair = v.keypair;
  if (v.userdata && v.userdata.trim() !== '') params.userdata = encodeUserData(v.userdata);
  if (v.affinitygroupids && v.affinitygroupids.length > 0) params.affinitygroupids = v.affinitygroupids;
  if (picks.zone && hasSecurityGroups(picks.zone) && v.securitygroupids && v.securitygroupids.length > 0) params.securitygroupids = v.securitygroupids;
  params.startvm = v.startvm ?? true;
  return params;
}
