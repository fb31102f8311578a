/** A request parameter value; null, undefined and '' are left out of the request. */
export type ParamValue = string | number | boolean | null | undefined | ReadonlyArray<string | number>;
export type Params = Record<string, ParamValue>;

/** CloudStack LIST parameters are comma-separated; booleans are the words true/false. */
export function formatValue(value: Exclude<ParamValue, null | undefined>): string {
  if (Array.isArray(value)) return value.join(',');
  return String(value);
}

/**
 * The form body of one API call: command first, the caller's parameters in order, then
 * response=json and the session key (sent as a parameter as well as the cookie, as the
 * default api.sessionkey.check.locations=CookieAndParameter requires).
 */
export function buildForm(command: string, params: Params = {}, sessionKey?: string | null): URLSearchParams {
  const form = new URLSearchParams();
  form.set('command', command);
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    const lower = name.toLowerCase();
    if (lower === 'command' || lower === 'response' || lower === 'sessionkey') continue;
    form.set(name, formatValue(value as Exclude<ParamValue, null | undefined>));
  }
  form.set('response', 'json');
  if (sessionKey) form.set('sessionkey', sessionKey);
  return form;
}

/** "child", "/child", "ROOT/child/" → "/child/", "ROOT/child/"...; empty → "/" (the ROOT domain). */
export function normalizeDomainPath(path: string | undefined | null): string {
  let p = (path ?? '').trim();
  if (p === '' || p === '/') return '/';
  if (!p.startsWith('/')) p = '/' + p;
  if (!p.endsWith('/')) p += '/';
  return p;
}
