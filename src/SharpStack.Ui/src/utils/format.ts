/** CloudStack dates look like 2025-10-30T19:21:39+0530; add the colon JavaScript wants in the offset. */
export function parseCloudDate(value: string | undefined | null): Date | null {
  if (!value) return null;
  const iso = value.replace(/([+-]\d\d)(\d\d)$/, '$1:$2');
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatDate(value: string | undefined | null, locale?: string): string {
  const date = parseCloudDate(value);
  if (!date) return value ?? '';
  return date.toLocaleString(locale === 'zh' ? 'zh-CN' : locale === 'en' ? 'en-GB' : locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}

/** "org.apache.cloudstack.api.command.admin.account.DisableAccountCmd" → "disableAccount". */
export function commandName(cmd: string | undefined): string {
  if (!cmd) return '';
  const last = cmd.split('.').pop() ?? cmd;
  const base = last.replace(/Cmd(ByAdmin)?$/, '');
  return base.charAt(0).toLowerCase() + base.slice(1);
}

const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

/** 1610612736 → "1.5 GiB". */
export function formatBytes(bytes: number | undefined | null): string {
  if (bytes === undefined || bytes === null || !Number.isFinite(bytes)) return '';
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const text = unit === 0 || value >= 100 ? value.toFixed(0) : value.toFixed(1).replace(/\.0$/, '');
  return `${text} ${BYTE_UNITS[unit]}`;
}

/** Capacity types whose figures are bytes (memory, storage, secondary storage, local storage). */
const BYTE_CAPACITY_TYPES = new Set([0, 2, 3, 6, 9]);

/** A capacity figure in its unit: bytes, MHz for CPU (type 1), or a plain count. */
export function formatCapacityValue(type: number, value: number): string {
  if (BYTE_CAPACITY_TYPES.has(type)) return formatBytes(value);
  if (type === 1) return value >= 1000 ? `${(value / 1000).toFixed(1).replace(/\.0$/, '')} GHz` : `${value} MHz`;
  return String(value);
}

/** percentused as the API sends it ("69.13", a number, or missing) → 0..100. */
export function capacityPercent(c: { percentused?: string | number; capacityused: number; capacitytotal: number }): number {
  const p = Number(c.percentused);
  if (c.percentused !== undefined && c.percentused !== '' && Number.isFinite(p)) return Math.min(100, Math.max(0, p));
  return c.capacitytotal > 0 ? Math.min(100, (c.capacityused / c.capacitytotal) * 100) : 0;
}

/** An alert's name ("ALERT.TYPE.HOST", "ALERT.MEMORY") without the prefix, or its type number. */
export function alertLabel(a: { type: number; name?: string }): string {
  return a.name ? a.name.replace(/^ALERT\.(TYPE\.)?/i, '') : String(a.type);
}
