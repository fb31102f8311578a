import { ApiError } from './errors';

export type Json = Record<string, unknown>;

export interface ListResult<T> {
  /** Total number of matches on the server (not the page size). */
  count: number;
  items: T[];
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `{"listaccountsresponse": {...}}` → the inner object; `{}` when the reply is something else. */
export function unwrap(body: unknown): Json {
  if (!isObject(body)) return {};
  const keys = Object.keys(body);
  if (keys.length !== 1) return body;
  const inner = body[keys[0]];
  return isObject(inner) ? inner : {};
}

/**
 * A list reply: `{count: N, account: [...]}`; an empty list is `{}`. The array key differs per
 * command (account, user, asyncjobs, ...), so take the first array-valued property.
 */
export function parseList<T>(inner: Json): ListResult<T> {
  let items: T[] = [];
  for (const [key, value] of Object.entries(inner)) {
    if (key !== 'count' && Array.isArray(value)) {
      items = value as T[];
      break;
    }
  }
  const count = typeof inner.count === 'number' ? inner.count : items.length;
  return { count, items };
}

/** The error of a reply: `{"<x>response": {"errorcode": 431, "errortext": "..."}}`, or the HTTP status. */
export function parseError(command: string, status: number, bodyText: string): ApiError {
  let inner: Json = {};
  try {
    inner = unwrap(JSON.parse(bodyText));
  } catch {
    // not JSON: a proxy page or an empty body
  }
  const code = typeof inner.errorcode === 'number' ? inner.errorcode : status;
  const text =
    typeof inner.errortext === 'string' && inner.errortext !== ''
      ? inner.errortext
      : status === 0
        ? 'The server could not be reached'
        : `HTTP ${status}`;
  return new ApiError(command, status || code, code, text);
}

/** A job reply of queryAsyncJobResult failed (jobstatus 2): its jobresult carries the error. */
export function jobError(command: string, jobresult: unknown): ApiError {
  const r = isObject(jobresult) ? jobresult : {};
  const code = typeof r.errorcode === 'number' ? r.errorcode : 530;
  const text = typeof r.errortext === 'string' && r.errortext !== '' ? r.errortext : 'The job failed';
  return new ApiError(command, code, code, text);
}

/** The jobid of an async submission (`{"jobid": "..."}`), or undefined for a sync reply. */
export function submittedJobId(inner: Json): string | undefined {
  return typeof inner.jobid === 'string' && inner.jobid !== '' ? inner.jobid : undefined;
}
