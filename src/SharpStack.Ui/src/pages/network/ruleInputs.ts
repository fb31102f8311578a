import type { TFunction } from 'i18next';

/** The protocols of firewall rules; port forwarding takes only TCP and UDP. */
export const FIREWALL_PROTOCOLS = ['TCP', 'UDP', 'ICMP', 'ALL'] as const;
export const FORWARDING_PROTOCOLS = ['TCP', 'UDP'] as const;

const OCTET = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`^${OCTET}(\\.${OCTET}){3}$`);

export function isIpv4(text: string): boolean {
  return IPV4.test(text.trim());
}

/** "10.0.0.0/8" style: an IPv4 address and a prefix length 0-32. */
export function isCidr(text: string): boolean {
  const [ip, prefix, ...rest] = text.trim().split('/');
  return rest.length === 0 && prefix !== undefined && /^\d{1,2}$/.test(prefix) && Number(prefix) <= 32 && isIpv4(ip);
}

/** A comma-separated CIDR list as the API takes it, blanks dropped; [] when empty. */
export function cidrList(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

/** Form rules: each entry of a comma-separated list is a CIDR (an empty list passes). */
export function cidrListRule(t: TFunction) {
  return {
    validator: (_: unknown, value: string | undefined) => {
      const bad = cidrList(value).find((c) => !isCidr(c));
      return bad ? Promise.reject(new Error(t('firewall.badCidr', { cidr: bad }))) : Promise.resolve();
    },
  };
}

/** Form rule of an end port: not below the start port given in `startField`. */
export function endPortRule(t: TFunction, startField: string) {
  return ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
    validator: (_: unknown, value: number | null | undefined) => {
      const start = getFieldValue(startField);
      return value != null && typeof start === 'number' && value < start ? Promise.reject(new Error(t('firewall.endBeforeStart'))) : Promise.resolve();
    },
  });
}

/** "80", "8000-8080", or the ICMP type/code, for a rule's port column. */
export function portRange(start?: number | string, end?: number | string): string {
  if (start === undefined || start === null || start === '') return '';
  return end !== undefined && end !== null && end !== '' && String(end) !== String(start) ? `${start}-${end}` : String(start);
}
