import { ApiError } from './errors';
import { buildForm, normalizeDomainPath, type Params } from './params';
import type { ProjectScope } from './projectScope';
import { jobError, parseError, parseList, submittedJobId, unwrap, type Json, type ListResult } from './response';
import type { AsyncJob, LoginResponse } from './types';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface ApiClientOptions {
  /** The API endpoint; same origin as the page so the session cookies go along. */
  endpoint?: string;
  fetch?: FetchLike;
  /** The session key of the logged-in user (from the login reply), or null. */
  sessionKey?: () => string | null | undefined;
  /** Waits between job polls; tests pass one that does not wait. */
  sleep?: (ms: number) => Promise<void>;
  /** The project switcher's choice, added as projectid to the commands that take one. */
  project?: ProjectScope;
}

export interface JobOptions {
  /** First wait between polls; it grows to maxIntervalMs. */
  intervalMs?: number;
  maxIntervalMs?: number;
  /** Give up (ApiError 408-like, code 0) after this long; 0 = never. */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Told the job id as soon as the command is accepted. */
  onSubmitted?: (jobid: string) => void;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The one way the UI talks to the server: CloudStack's /client/api with the session login.
 * Every call is a POST form (so the session key never lands in a URL or an access log) with
 * response=json, the session key parameter and the session cookies.
 */
export class ApiClient {
  readonly endpoint: string;
  private readonly fetchFn: FetchLike;
  private readonly sessionKey: () => string | null | undefined;
  private readonly sleep: (ms: number) => Promise<void>;
  readonly project?: ProjectScope;
  private readonly sessionEndedListeners = new Set<(error: ApiError) => void>();

  constructor(options: ApiClientOptions = {}) {
    this.endpoint = options.endpoint ?? '/client/api';
    this.fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.sessionKey = options.sessionKey ?? (() => null);
    this.sleep = options.sleep ?? defaultSleep;
    this.project = options.project;
  }

  /** Called when any call answers 401 (the session is gone); returns an unsubscribe function. */
  onSessionEnded(listener: (error: ApiError) => void): () => void {
    this.sessionEndedListeners.add(listener);
    return () => this.sessionEndedListeners.delete(listener);
  }

  /** One call; resolves to the object inside `{"<command>response": {...}}`. */
  async request(command: string, params: Params = {}, signal?: AbortSignal): Promise<Json> {
    const sessionKey = command === 'login' ? null : this.sessionKey();
    const body = buildForm(command, this.project ? this.project.apply(command, params) : params, sessionKey);
    let response: Response;
    try {
      response = await this.fetchFn(this.endpoint, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8', Accept: 'application/json' },
        body: body.toString(),
        signal,
      });
    } catch (e) {
      if (signal?.aborted) throw e;
      throw new ApiError(command, 0, 0, 'The server could not be reached');
    }
    const text = await response.text();
    if (!response.ok) {
      const error = parseError(command, response.status, text);
      if (error.sessionEnded && command !== 'login') this.sessionEndedListeners.forEach((l) => l(error));
      throw error;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new ApiError(command, response.status, 530, 'The server sent a reply that is not JSON');
    }
    const inner = unwrap(parsed);
    if (typeof inner.errorcode === 'number') throw parseError(command, response.status, text);
    return inner;
  }

  /** A list command: the total count and this page's rows (an empty reply `{}` is 0 rows). */
  async list<T>(command: string, params: Params = {}, signal?: AbortSignal): Promise<ListResult<T>> {
    return parseList<T>(await this.request(command, params, signal));
  }

  /** Runs a command; when it is async (answers a jobid) waits for the job and returns its jobresult. */
  async execute(command: string, params: Params = {}, options: JobOptions = {}): Promise<Json> {
    const inner = await this.request(command, params, options.signal);
    const jobid = submittedJobId(inner);
    if (!jobid) return inner;
    options.onSubmitted?.(jobid);
    return this.waitForJob(jobid, { ...options, command });
  }

  /** Polls queryAsyncJobResult until jobstatus is no longer 0; 1 → jobresult, 2 → ApiError. */
  async waitForJob(jobid: string, options: JobOptions & { command?: string } = {}): Promise<Json> {
    const command = options.command ?? 'queryAsyncJobResult';
    let interval = options.intervalMs ?? 500;
    const maxInterval = options.maxIntervalMs ?? 3000;
    const deadline = options.timeoutMs ? Date.now() + options.timeoutMs : Infinity;
    for (;;) {
      const job = (await this.request('queryAsyncJobResult', { jobid }, options.signal)) as unknown as AsyncJob;
      if (job.jobstatus === 1) return (job.jobresult ?? {}) as Json;
      if (job.jobstatus === 2) throw jobError(command, job.jobresult);
      if (Date.now() >= deadline) throw new ApiError(command, 0, 0, `Job ${jobid} is still running`);
      if (options.signal?.aborted) throw new ApiError(command, 0, 0, 'Cancelled');
      await this.sleep(interval);
      interval = Math.min(maxInterval, Math.round(interval * 1.5));
    }
  }

  /** Session login; the server sets the JSESSIONID and sessionkey cookies (path /client). */
  async login(username: string, password: string, domain?: string): Promise<LoginResponse> {
    const inner = await this.request('login', { username, password, domain: normalizeDomainPath(domain) });
    return inner as unknown as LoginResponse;
  }

  async logout(): Promise<void> {
    try {
      await this.request('logout');
    } catch (e) {
      // A session that already ended is logged out all the same.
      if (!(e instanceof ApiError && e.sessionEnded)) throw e;
    }
  }
}
