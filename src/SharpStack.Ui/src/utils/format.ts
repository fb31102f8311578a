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
