import type { Params } from '../../api/params';

export type GuestIpType = 'Isolated' | 'Shared' | 'L2';

/** The services a (non-VPC) network offering may list, in upstream's order. */
export const NETWORK_SERVICES = ['Dhcp', 'Dns', 'UserData', 'SourceNat', 'StaticNat', 'PortForwarding', 'Firewall', 'Lb', 'Vpn', 'SecurityGroup'] as const;
export type NetworkService = (typeof NETWORK_SERVICES)[number];

/** The providers that give each service (the server's NetworkServices.ProviderServices without VPC ones), the default first. */
export const SERVICE_PROVIDERS: Record<NetworkService, string[]> = {
  Dhcp: ['VirtualRouter'],
  Dns: ['VirtualRouter'],
  UserData: ['VirtualRouter', 'ConfigDrive'],
  SourceNat: ['VirtualRouter'],
  StaticNat: ['VirtualRouter'],
  PortForwarding: ['VirtualRouter'],
  Firewall: ['VirtualRouter'],
  Lb: ['VirtualRouter', 'InternalLbVm'],
  Vpn: ['VirtualRouter'],
  SecurityGroup: ['SecurityGroupProvider'],
};

/** Whether a guest type may have a service at all (the server refuses the others). */
export function serviceAllowed(guestType: GuestIpType, service: NetworkService): boolean {
  if (guestType === 'L2') return service === 'UserData';
  if (guestType === 'Shared') return service !== 'SourceNat' && service !== 'PortForwarding';
  return service !== 'SecurityGroup';
}

/** The services checked by default for a guest type, with their providers. */
export function defaultServices(guestType: GuestIpType): ServiceChoices {
  const on: NetworkService[] =
    guestType === 'Isolated' ? ['Dhcp', 'Dns', 'UserData', 'SourceNat', 'StaticNat', 'PortForwarding', 'Firewall', 'Lb'] : guestType === 'Shared' ? ['Dhcp', 'Dns', 'UserData'] : [];
  return Object.fromEntries(
    NETWORK_SERVICES.map((s) => [s, { on: on.includes(s), provider: guestType === 'L2' && s === 'UserData' ? 'ConfigDrive' : SERVICE_PROVIDERS[s][0] }]),
  ) as ServiceChoices;
}

export type ServiceChoices = Record<NetworkService, { on?: boolean; provider?: string }>;

export interface NetworkOfferingValues {
  name: string;
  displaytext?: string;
  guestiptype: GuestIpType;
  services: ServiceChoices;
  specifyvlan?: boolean;
  ispersistent?: boolean;
  conservemode?: boolean;
  egressdefaultpolicy?: boolean;
  availability?: 'Optional' | 'Required';
  networkrate?: number;
  tags?: string;
  enable?: boolean;
}

/**
 * createNetworkOffering parameters: supportedservices lists the checked services and
 * serviceproviderlist[i].service / serviceproviderlist[i].provider names the provider of each.
 */
export function networkOfferingParams(v: NetworkOfferingValues): Params {
  const services = NETWORK_SERVICES.filter((s) => v.services[s]?.on && serviceAllowed(v.guestiptype, s));
  const params: Params = {
    name: v.name.trim(),
    displaytext: v.displaytext?.trim() || v.name.trim(),
    traffictype: 'GUEST',
    guestiptype: v.guestiptype,
    supportedservices: services,
    specifyvlan: v.specifyvlan ?? v.guestiptype === 'Shared',
    specifyipranges: v.guestiptype === 'Shared',
    ispersistent: v.guestiptype === 'Shared' ? undefined : (v.ispersistent ?? false),
    conservemode: v.conservemode ?? false,
    egressdefaultpolicy: v.guestiptype === 'Isolated' ? (v.egressdefaultpolicy ?? true) : undefined,
    availability: v.guestiptype === 'Isolated' && services.includes('SourceNat') ? v.availability : undefined,
    networkrate: v.networkrate,
    tags: v.tags?.trim(),
    enable: v.enable ?? false,
  };
  services.forEach((s, i) => {
    params[`serviceproviderlist[${i}].service`] = s;
    params[`serviceproviderlist[${i}].provider`] = v.services[s].provider ?? SERVICE_PROVIDERS[s][0];
  });
  return params;
}
