/** Shapes of the API replies the UI reads (only the fields it uses; the server may send more). */

export interface LoginResponse {
  username: string;
  userid: string;
  domainid: string;
  timeout?: number;
  account: string;
  firstname?: string;
  lastname?: string;
  /** Account type: "1" root admin, "2" domain admin, "0" user. */
  type: string;
  sessionkey: string;
  timezone?: string;
}

export interface Domain {
  id: string;
  name: string;
  level: number;
  haschild?: boolean;
  path: string;
  parentdomainid?: string;
  parentdomainname?: string;
  state?: string;
  created?: string;
  networkdomain?: string;
}

export interface User {
  id: string;
  username: string;
  firstname?: string;
  lastname?: string;
  email?: string;
  created?: string;
  state: string;
  account: string;
  accounttype: number;
  accountid: string;
  roleid?: string;
  rolename?: string;
  roletype?: string;
  domainid: string;
  domain: string;
  isdefault?: boolean;
  timezone?: string;
}

export interface Account {
  id: string;
  name: string;
  accounttype: number;
  roleid?: string;
  rolename?: string;
  roletype?: string;
  domainid: string;
  domain: string;
  domainpath?: string;
  state: string;
  created?: string;
  isdefault?: boolean;
  user?: User[];
}

export interface Role {
  id: string;
  name: string;
  type: string;
  description?: string;
  isdefault?: boolean;
  ispublic?: boolean;
  state?: string;
}

export interface RolePermission {
  id: string;
  roleid: string;
  rolename?: string;
  rule: string;
  permission: 'allow' | 'deny' | string;
  description?: string;
}

export interface CloudEvent {
  id: string;
  username?: string;
  type: string;
  level: string;
  description?: string;
  account?: string;
  domain?: string;
  domainpath?: string;
  resourcetype?: string;
  resourcename?: string;
  created?: string;
  state?: string;
  archived?: boolean;
}

export interface AsyncJob {
  jobid: string;
  account?: string;
  domainpath?: string;
  userid?: string;
  cmd?: string;
  /** 0 pending, 1 succeeded, 2 failed. */
  jobstatus: number;
  jobresultcode?: number;
  jobresulttype?: string;
  jobresult?: Record<string, unknown>;
  jobinstancetype?: string;
  jobinstanceid?: string;
  created?: string;
  completed?: string;
  managementservername?: string;
}

export interface Configuration {
  name: string;
  value?: string;
  defaultvalue?: string;
  category?: string;
  description?: string;
  scope?: string;
  type?: string;
  isdynamic?: boolean;
  component?: string;
  options?: string;
}

export interface ApiInfo {
  name: string;
  description?: string;
  isasync?: boolean;
  params?: { name: string }[];
}

export interface UserKeys {
  apikey: string;
  secretkey: string;
}

/** One capacity figure (listCapacity, or listZones showcapacities=true); percentused is a string. */
export interface Capacity {
  type: number;
  name?: string;
  zoneid?: string;
  zonename?: string;
  podid?: string;
  podname?: string;
  clusterid?: string;
  clustername?: string;
  capacityused: number;
  capacitytotal: number;
  percentused?: string | number;
}

export interface Zone {
  id: string;
  name: string;
  networktype: 'Basic' | 'Advanced' | string;
  allocationstate?: string;
  dns1?: string;
  dns2?: string;
  internaldns1?: string;
  guestcidraddress?: string;
  securitygroupsenabled?: boolean;
  localstorageenabled?: boolean;
  capacity?: Capacity[];
}

export interface Pod {
  id: string;
  name: string;
  zoneid: string;
  zonename?: string;
  gateway?: string;
  netmask?: string;
  startip?: string[] | string;
  endip?: string[] | string;
  allocationstate?: string;
}

export interface Cluster {
  id: string;
  name: string;
  zoneid: string;
  zonename?: string;
  podid?: string;
  podname?: string;
  hypervisortype?: string;
  clustertype?: string;
  allocationstate?: string;
  managedstate?: string;
}

export interface Host {
  id: string;
  name: string;
  /** Agent state: Up, Down, Disconnected, Alert, Connecting, Error... */
  state: string;
  /** Enabled, Disabled, PrepareForMaintenance, Maintenance, ErrorInMaintenance... */
  resourcestate?: string;
  type?: string;
  ipaddress?: string;
  zoneid?: string;
  zonename?: string;
  podid?: string;
  podname?: string;
  clusterid?: string;
  clustername?: string;
  hypervisor?: string;
  hosttags?: string;
  cpunumber?: number;
  cpuspeed?: number;
  memorytotal?: number;
  version?: string;
  created?: string;
  lastpinged?: string;
}

export interface StoragePool {
  id: string;
  name: string;
  /** Up, Disabled, PrepareForMaintenance, Maintenance, ErrorInMaintenance... */
  state: string;
  scope?: string;
  type?: string;
  ipaddress?: string;
  path?: string;
  zoneid?: string;
  zonename?: string;
  podname?: string;
  clusterid?: string;
  clustername?: string;
  hypervisor?: string;
  tags?: string;
  disksizetotal?: number;
  disksizeused?: number;
  capacitybytes?: number;
  created?: string;
}

export interface ImageStore {
  id: string;
  name: string;
  url?: string;
  protocol?: string;
  providername?: string;
  scope?: string;
  zoneid?: string;
  zonename?: string;
  readonly?: boolean;
  disksizetotal?: number;
  disksizeused?: number;
}

export interface CloudAlert {
  id: string;
  type: number;
  name?: string;
  description?: string;
  sent?: string;
}

export interface PhysicalNetwork {
  id: string;
  name: string;
  zoneid: string;
  state?: string;
  vlan?: string;
  isolationmethods?: string;
}

export interface NetworkServiceProvider {
  id: string;
  name: string;
  physicalnetworkid: string;
  state?: string;
}

/** listServiceOfferings: cpunumber and memory (MB) are missing for customized offerings. */
export interface ServiceOffering {
  id: string;
  name: string;
  displaytext?: string;
  cpunumber?: number;
  cpuspeed?: number;
  memory?: number;
  created?: string;
  storagetype?: string;
  offerha?: boolean;
  limitcpuuse?: boolean;
  storagetags?: string;
  hosttags?: string;
  iscustomized?: boolean;
  /** Comma-separated uuids of the domains the offering is limited to; missing for public offerings. */
  domainid?: string;
  domain?: string;
  zoneid?: string;
  zone?: string;
  state?: string;
}

/** listDiskOfferings: disksize in GB (0 when customized); the rate limits are spelled as upstream does. */
export interface DiskOffering {
  id: string;
  name: string;
  displaytext?: string;
  disksize?: number;
  iscustomized?: boolean;
  storagetype?: string;
  tags?: string;
  created?: string;
  domainid?: string;
  domain?: string;
  zoneid?: string;
  zone?: string;
  diskBytesReadRate?: number;
  diskBytesWriteRate?: number;
  diskIopsReadRate?: number;
  diskIopsWriteRate?: number;
  state?: string;
}

/** listTemplates: one row per zone copy; status reads like "45% Downloaded" or "Download Complete". */
export interface Template {
  id: string;
  name: string;
  displaytext?: string;
  ostypeid?: string;
  ostypename?: string;
  hypervisor?: string;
  format?: string;
  zoneid?: string;
  zonename?: string;
  status?: string;
  isready?: boolean;
  size?: number;
  account?: string;
  accountid?: string;
  domain?: string;
  domainid?: string;
  ispublic?: boolean;
  isfeatured?: boolean;
  isextractable?: boolean;
  /** ISOs: whether an instance can boot from it. */
  bootable?: boolean;
  created?: string;
}

/** listIsos answers TemplateResponse rows (one per zone copy) under the object name "iso". */
export type Iso = Template;

/** extractTemplate / extractIso (ExtractResponse): url is the download link for mode=HTTP_DOWNLOAD. */
export interface ExtractResult {
  id: string;
  name?: string;
  url?: string;
  state?: string;
  zoneid?: string;
  zonename?: string;
}

/** listTemplatePermissions (TemplatePermissionsResponse): the accounts that may launch it. */
export interface TemplatePermissions {
  id: string;
  ispublic?: boolean;
  account?: string[];
}

/** listSnapshots (SnapshotResponse): sizes in bytes; intervaltype only for scheduled ones. */
export interface Snapshot {
  id: string;
  name: string;
  /** MANUAL or RECURRING. */
  snapshottype?: string;
  /** HOURLY, DAILY, WEEKLY or MONTHLY (scheduled snapshots). */
  intervaltype?: string;
  /** BackedUp, CreatedOnPrimary, Creating, BackingUp, Error... */
  state: string;
  volumeid?: string;
  volumename?: string;
  volumetype?: string;
  virtualsize?: number;
  physicalsize?: number;
  zoneid?: string;
  zonename?: string;
  revertable?: boolean;
  account?: string;
  domainid?: string;
  domain?: string;
  created?: string;
}

/** listSnapshotPolicies (SnapshotPolicyResponse): intervaltype is a number (0 hourly ... 3 monthly). */
export interface SnapshotPolicy {
  id: string;
  volumeid?: string;
  schedule: string;
  intervaltype: number | string;
  maxsnaps: number;
  timezone: string;
}

/** listVMSnapshot (VMSnapshotResponse, object name "vmSnapshot"). */
export interface VmSnapshot {
  id: string;
  name?: string;
  displayname?: string;
  description?: string;
  /** Allocated, Creating, Ready, Reverting, Expunging, Error... */
  state: string;
  /** Disk or DiskAndMemory. */
  type?: string;
  current?: boolean;
  parent?: string;
  parentName?: string;
  virtualmachineid?: string;
  virtualmachinename?: string;
  zonename?: string;
  account?: string;
  domain?: string;
  created?: string;
}

/** listAffinityGroups (AffinityGroupResponse). */
export interface AffinityGroup {
  id: string;
  name: string;
  description?: string;
  /** "host anti-affinity", "host affinity"... */
  type: string;
  account?: string;
  domainid?: string;
  domain?: string;
  virtualmachineIds?: string[];
}

/** listAffinityGroupTypes (object name "affinityGroupType"). */
export interface AffinityGroupType {
  type: string;
}

export interface OsType {
  id: string;
  description: string;
  oscategoryid?: string;
  oscategoryname?: string;
}

export interface SshKeyPair {
  id?: string;
  name: string;
  fingerprint: string;
  account?: string;
  domainid?: string;
  domain?: string;
  /** Only in the reply of createSSHKeyPair, and only then. */
  privatekey?: string;
}

/** One nic of an instance (NicResponse). */
export interface Nic {
  id: string;
  networkid?: string;
  networkname?: string;
  ipaddress?: string;
  gateway?: string;
  netmask?: string;
  macaddress?: string;
  isdefault?: boolean;
  type?: string;
  traffictype?: string;
  deviceid?: string;
  /** The nic's secondary addresses (addIpToNic); only id and address in a nic. */
  secondaryip?: NicSecondaryIp[];
}

/** A secondary address of a nic (NicSecondaryIpResponse). */
export interface NicSecondaryIp {
  id: string;
  ipaddress: string;
  nicid?: string;
}

/**
 * listVirtualMachines (UserVmResponse). hostid, hostname and instancename are sent to root admins
 * only; password only in the job result of deployVirtualMachine, for a password-enabled template.
 */
export interface VirtualMachine {
  id: string;
  name: string;
  displayname?: string;
  /** Running, Stopped, Starting, Stopping, Migrating, Destroyed, Expunging, Error... */
  state: string;
  account?: string;
  domainid?: string;
  domain?: string;
  created?: string;
  zoneid?: string;
  zonename?: string;
  hostid?: string;
  hostname?: string;
  instancename?: string;
  templateid?: string;
  templatename?: string;
  serviceofferingid?: string;
  serviceofferingname?: string;
  diskofferingname?: string;
  cpunumber?: number;
  cpuspeed?: number;
  /** MB. */
  memory?: number;
  hypervisor?: string;
  osdisplayname?: string;
  keypairs?: string;
  haenable?: boolean;
  passwordenabled?: boolean;
  group?: string;
  nic?: Nic[];
  password?: string;
  /** The attached ISO, if any. */
  isoid?: string;
  isoname?: string;
  isodisplaytext?: string;
  affinitygroup?: Pick<AffinityGroup, 'id' | 'name' | 'type' | 'description'>[];
}

/** listVolumes (VolumeResponse): size in bytes. */
export interface Volume {
  id: string;
  name: string;
  /** ROOT or DATADISK. */
  type: string;
  /** Allocated, Ready, Destroy, Expunging... */
  state: string;
  size?: number;
  deviceid?: number;
  virtualmachineid?: string;
  vmname?: string;
  vmdisplayname?: string;
  vmstate?: string;
  zoneid?: string;
  zonename?: string;
  diskofferingid?: string;
  diskofferingname?: string;
  storage?: string;
  account?: string;
  domainid?: string;
  domain?: string;
  created?: string;
}

/** listNetworks (NetworkResponse). */
export interface Network {
  id: string;
  name: string;
  displaytext?: string;
  /** Isolated, Shared, L2. */
  type?: string;
  traffictype?: string;
  cidr?: string;
  gateway?: string;
  netmask?: string;
  /** Allocated, Implemented, Setup, Shutdown, Destroy... */
  state?: string;
  zoneid?: string;
  zonename?: string;
  account?: string;
  domain?: string;
  networkdomain?: string;
  isdefault?: boolean;
  created?: string;
  acltype?: string;
  domainid?: string;
  networkofferingid?: string;
  networkofferingname?: string;
  restartrequired?: boolean;
  /** Root admins only. */
  vlan?: string;
  dns1?: string;
  dns2?: string;
  /** The services of its offering, with their providers. */
  service?: NetworkServiceInfo[];
}

/** A service of a network offering (or network) as NetworkOfferingResponse lists it. */
export interface NetworkServiceInfo {
  name: string;
  provider?: { name: string }[];
  capability?: { name: string; value: string; canchooseservicecapability?: boolean }[];
}

/** listNetworkOfferings (NetworkOfferingResponse). */
export interface NetworkOffering {
  id: string;
  name: string;
  displaytext?: string;
  /** Isolated, Shared or L2. */
  guestiptype?: string;
  traffictype?: string;
  /** Enabled, Disabled (Inactive upstream). */
  state?: string;
  /** Optional, Required (Unavailable for system ones). */
  availability?: string;
  isdefault?: boolean;
  specifyvlan?: boolean;
  specifyipranges?: boolean;
  conservemode?: boolean;
  ispersistent?: boolean;
  egressdefaultpolicy?: boolean;
  forvpc?: boolean;
  networkrate?: number;
  tags?: string;
  service?: NetworkServiceInfo[];
  domainid?: string;
  domain?: string;
  zoneid?: string;
  zone?: string;
  created?: string;
}

/** listPublicIpAddresses (IPAddressResponse, object name "publicipaddress"). */
export interface PublicIpAddress {
  id: string;
  ipaddress: string;
  /** Allocating, Allocated, Releasing, Free. */
  state?: string;
  allocated?: string;
  zoneid?: string;
  zonename?: string;
  issourcenat?: boolean;
  isstaticnat?: boolean;
  issystem?: boolean;
  account?: string;
  domain?: string;
  associatednetworkid?: string;
  associatednetworkname?: string;
  vlanname?: string;
  virtualmachineid?: string;
  virtualmachinename?: string;
  virtualmachinedisplayname?: string;
  vmipaddress?: string;
}

/** listFirewallRules / listEgressFirewallRules (FirewallResponse); ports are numbers, cidrlist comma-separated. */
export interface FirewallRule {
  id: string;
  protocol: string;
  startport?: number | string;
  endport?: number | string;
  icmptype?: number;
  icmpcode?: number;
  cidrlist?: string;
  destcidrlist?: string;
  ipaddressid?: string;
  ipaddress?: string;
  networkid?: string;
  /** Active, Add, Revoke. */
  state?: string;
  traffictype?: string;
}

/** listPortForwardingRules (FirewallRuleResponse): ports are strings as upstream sends them. */
export interface PortForwardingRule {
  id: string;
  protocol: string;
  publicport?: string;
  publicendport?: string;
  privateport?: string;
  privateendport?: string;
  virtualmachineid?: string;
  virtualmachinename?: string;
  virtualmachinedisplayname?: string;
  vmguestip?: string;
  ipaddressid?: string;
  ipaddress?: string;
  cidrlist?: string;
  state?: string;
  networkid?: string;
}

/** listRouters (DomainRouterResponse); hostname and linklocalip for admins. */
export interface Router {
  id: string;
  name: string;
  /** Running, Stopped, Starting, Stopping, Destroyed... */
  state: string;
  zoneid?: string;
  zonename?: string;
  hostid?: string;
  hostname?: string;
  podname?: string;
  publicip?: string;
  guestipaddress?: string;
  linklocalip?: string;
  guestnetworkid?: string;
  guestnetworkname?: string;
  account?: string;
  domain?: string;
  serviceofferingname?: string;
  version?: string;
  redundantstate?: string;
  created?: string;
}

/** listProjects: a project, its owners (its admins) and its state. */
export interface Project {
  id: string;
  name: string;
  displaytext?: string;
  domain?: string;
  state: string;
  owner?: { account: string; user?: string }[];
}

/** listProjectInvitations: an invitation to join a project. */
export interface ProjectInvitation {
  id: string;
  projectid: string;
  project: string;
  account?: string;
  email?: string;
  state: string;
}

/** One rule of a security group (SecurityGroupRuleResponse): a CIDR or another account's group. */
export interface SecurityGroupRule {
  ruleid: string;
  protocol: string;
  startport?: number;
  endport?: number;
  icmptype?: number;
  icmpcode?: number;
  cidr?: string;
  securitygroupname?: string;
  account?: string;
}

/** listSecurityGroups (SecurityGroupResponse) with its ingress and egress rules. */
export interface SecurityGroup {
  id: string;
  name: string;
  description?: string;
  account?: string;
  domainid?: string;
  domain?: string;
  ingressrule?: SecurityGroupRule[];
  egressrule?: SecurityGroupRule[];
  virtualmachinecount?: number;
  virtualmachineids?: string[];
}

/** listLoadBalancerRules (LoadBalancerResponse); ports are strings as upstream sends them. */
export interface LoadBalancerRule {
  id: string;
  name: string;
  description?: string;
  publicipid?: string;
  publicip?: string;
  publicport: string;
  privateport: string;
  algorithm: string;
  networkid?: string;
  cidrlist?: string;
  protocol?: string;
  state?: string;
  account?: string;
  zonename?: string;
}

/** One stickiness policy of a rule; listLBStickinessPolicies answers one LbStickinessResponse per rule. */
export interface LbStickinessPolicy {
  id: string;
  name: string;
  methodname: string;
  description?: string;
  state?: string;
  params?: Record<string, string>;
}

export interface LbStickinessPolicies {
  lbruleid: string;
  stickinesspolicy?: LbStickinessPolicy[];
}

/** One health check policy of a rule (upstream spells the thresholds "thresshold"). */
export interface LbHealthCheckPolicy {
  id: string;
  pingpath?: string;
  description?: string;
  state?: string;
  responsetime?: number;
  healthcheckinterval?: number;
  healthcheckthresshold?: number;
  unhealthcheckthresshold?: number;
}

export interface LbHealthCheckPolicies {
  lbruleid: string;
  healthcheckpolicy?: LbHealthCheckPolicy[];
}

/** listRemoteAccessVpns (RemoteAccessVpnResponse). */
export interface RemoteAccessVpn {
  id: string;
  publicipid?: string;
  publicip?: string;
  iprange?: string;
  presharedkey?: string;
  account?: string;
  domainid?: string;
  domain?: string;
  state?: string;
}

/** listVpnUsers (VpnUsersResponse). */
export interface VpnUser {
  id: string;
  username: string;
  account?: string;
  domainid?: string;
  domain?: string;
  state?: string;
}
