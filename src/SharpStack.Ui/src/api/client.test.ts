import { describe, expect, it, vi } from 'vitest';
import { ApiClient } from './client';
import { ApiError } from './errors';
import { errorReply, fakeClient, fakeFetch, reply } from '../test/fakeServer';

describe('ApiClient.request', () => {
  it('POSTs a form to /client/api with response=json and the session key, with cookies', async () => {
    const seen: RequestInit[] = [];
    const { fetch, calls } = fakeFetch(() => reply('listDomains', { count: 0 }));
    const client = new ApiClient({
      fetch: (url, init) => {
        seen.push(init);
        return fetch(url, init);
      },
      sessionKey: () => 'S3SS',
    });
    await client.request('listDomains', { listall: true });
    expect(calls).toHaveLength(1);
    expect(calls[0].url).toBe('/client/api');
    expect(calls[0].method).toBe('POST');
    expect(calls[0].form.get('command')).toBe('listDomains');
    expect(calls[0].form.get('listall')).toBe('true');
    expect(calls[0].form.get('response')).toBe('json');
    expect(calls[0].form.get('sessionkey')).toBe('S3SS');
    expect(seen[0].credentials).toBe('same-origin');
    expect(new Headers(seen[0].headers).get('Content-Type')).toMatch(/^application\/x-www-form-urlencoded/);
  });

  it('uses a configured endpoint', async () => {
    const { fetch, calls } = fakeFetch(() => reply('listApis', {}));
    await new ApiClient({ fetch, endpoint: 'http://127.0.0.1:8080/client/api' }).request('listApis');
    expect(calls[0].url).toBe('http://127.0.0.1:8080/client/api');
  });

  it('throws the server error with its code and text', async () => {
    const { client } = fakeClient(() => errorReply('createAccount', 431, 'Unable to create: user exists'));
    await expect(client.request('createAccount', { username: 'x' })).rejects.toMatchObject({
      name: 'ApiError',
      errorcode: 431,
      status: 431,
      message: 'Unable to create: user exists',
    });
  });

  it('throws an error body even when it arrives with status 200', async () => {
    const { client } = fakeClient(() => reply('listUsers', { errorcode: 530, errortext: 'boom' }));
    await expect(client.request('listUsers')).rejects.toMatchObject({ errorcode: 530, message: 'boom' });
  });

  it('tells the listeners when the session ended (401)', async () => {
    const { client } = fakeClient(() => errorReply('listUsers', 401, 'unable to verify user credentials and/or request signature'));
    const ended = vi.fn();
    const unsubscribe = client.onSessionEnded(ended);
    const error = await client.request('listUsers').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).sessionEnded).toBe(true);
    expect(ended).toHaveBeenCalledTimes(1);
    unsubscribe();
    await client.request('listUsers').catch(() => undefined);
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('reports a network failure as an ApiError', async () => {
    const client = new ApiClient({
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    await expect(client.request('listUsers')).rejects.toMatchObject({ errorcode: 0, message: 'The server could not be reached' });
  });

  it('reports a reply that is not JSON', async () => {
    const { client } = fakeClient(() => '<?xml version="1.0"?><x/>');
    await expect(client.request('listUsers')).rejects.toMatchObject({ message: 'The server sent a reply that is not JSON' });
  });
});

describe('ApiClient.list', () => {
  it('returns count and rows, passing page and pagesize', async () => {
    const { client, calls } = fakeClient(() => reply('listAccounts', { count: 41, account: [{ id: '1', name: 'a' }] }));
    const r = await client.list('listAccounts', { page: 3, pagesize: 20 });
    expect(r).toEqual({ count: 41, items: [{ id: '1', name: 'a' }] });
    expect(calls[0].form.get('page')).toBe('3');
    expect(calls[0].form.get('pagesize')).toBe('20');
  });

  it('reads the empty reply {} as zero rows', async () => {
    const { client } = fakeClient(() => ({ listasyncjobsresponse: {} }));
    expect(await client.list('listAsyncJobs')).toEqual({ count: 0, items: [] });
  });
});

describe('ApiClient.execute and job polling', () => {
  it('returns a sync reply as is', async () => {
    const { client, calls } = fakeClient(() => reply('enableAccount', { account: { id: 'a', state: 'enabled' } }));
    expect(await client.execute('enableAccount', { id: 'a' })).toEqual({ account: { id: 'a', state: 'enabled' } });
    expect(calls).toHaveLength(1);
  });

  it('polls queryAsyncJobResult until the job is done and returns jobresult', async () => {
    let polls = 0;
    const { client, calls } = fakeClient((command, form) => {
      if (command === 'disableAccount') return reply(command, { jobid: 'job-1' });
      expect(command).toBe('queryAsyncJobResult');
      expect(form.get('jobid')).toBe('job-1');
      polls++;
      return reply(command, polls < 3 ? { jobid: 'job-1', jobstatus: 0 } : { jobid: 'job-1', jobstatus: 1, jobresult: { account: { state: 'disabled' } } });
    });
    const submitted = vi.fn();
    const result = await client.execute('disableAccount', { id: 'a', lock: false }, { onSubmitted: submitted });
    expect(result).toEqual({ account: { state: 'disabled' } });
    expect(submitted).toHaveBeenCalledWith('job-1');
    expect(calls.map((c) => c.command)).toEqual(['disableAccount', 'queryAsyncJobResult', 'queryAsyncJobResult', 'queryAsyncJobResult']);
    expect(calls[0].form.get('lock')).toBe('false');
  });

  it('waits longer between polls, up to the limit', async () => {
    const waits: number[] = [];
    let polls = 0;
    const { fetch } = fakeFetch((command) =>
      command === 'deleteAccount' ? reply(command, { jobid: 'j' }) : reply(command, { jobstatus: ++polls < 6 ? 0 : 1 }),
    );
    const client = new ApiClient({ fetch, sleep: async (ms) => void waits.push(ms) });
    await client.execute('deleteAccount', { id: 'x' }, { intervalMs: 1000, maxIntervalMs: 3000 });
    expect(waits).toEqual([1000, 1500, 2250, 3000, 3000]);
  });

  it('throws the job error text when the job failed (jobstatus 2)', async () => {
    const { client } = fakeClient((command) =>
      command === 'deleteDomain'
        ? reply(command, { jobid: 'j2' })
        : reply(command, { jobid: 'j2', jobstatus: 2, jobresultcode: 530, jobresult: { errorcode: 530, errortext: 'Domain is not empty' } }),
    );
    await expect(client.execute('deleteDomain', { id: 'd' })).rejects.toMatchObject({
      command: 'deleteDomain',
      errorcode: 530,
      message: 'Domain is not empty',
    });
  });

  it('gives up after the timeout', async () => {
    const { client } = fakeClient(() => reply('queryAsyncJobResult', { jobstatus: 0 }));
    const now = vi.spyOn(Date, 'now');
    let t = 0;
    now.mockImplementation(() => (t += 1000));
    await expect(client.waitForJob('slow', { timeoutMs: 5000 })).rejects.toMatchObject({ message: 'Job slow is still running' });
    now.mockRestore();
  });
});

describe('login and logout', () => {
  it('logs in without a session key and with a normalized domain path', async () => {
    const { client, calls } = fakeClient(() =>
      reply('login', { username: 'admin', userid: 'u', domainid: 'd', account: 'admin', type: '1', sessionkey: 'NEW', timeout: 1800 }),
    );
    const r = await client.login('admin', 'p@ss w', 'child');
    expect(r.sessionkey).toBe('NEW');
    expect(calls[0].form.has('sessionkey')).toBe(false);
    expect(calls[0].form.get('password')).toBe('p@ss w');
    expect(calls[0].form.get('domain')).toBe('/child/');
  });

  it('shows the refusal of a wrong password', async () => {
    const { client } = fakeClient(() => errorReply('login', 531, 'Failed to authenticate user admin in domain /'));
    await expect(client.login('admin', 'bad')).rejects.toMatchObject({ errorcode: 531 });
  });

  it('does not call session listeners for a failed login', async () => {
    const { client } = fakeClient(() => errorReply('login', 401, 'no'));
    const ended = vi.fn();
    client.onSessionEnded(ended);
    await client.login('a', 'b').catch(() => undefined);
    expect(ended).not.toHaveBeenCalled();
  });

  it('treats logout of an ended session as done', async () => {
    const { client } = fakeClient(() => errorReply('logout', 401, 'gone'));
    await expect(client.logout()).resolves.toBeUndefined();
  });
});
