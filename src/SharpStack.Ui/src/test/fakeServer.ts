import { ApiClient } from '../api/client';

export interface Call {
  url: string;
  method: string;
  command: string;
  form: URLSearchParams;
}

export type Reply = { status?: number; body: unknown } | unknown;
export type Handler = (command: string, form: URLSearchParams) => Reply;

/** A fetch that answers like /client/api from a handler, and records every call. */
export function fakeFetch(handler: Handler) {
  const calls: Call[] = [];
  const fetch = async (url: string, init: RequestInit): Promise<Response> => {
    const form = new URLSearchParams(String(init.body ?? ''));
    const command = form.get('command') ?? '';
    calls.push({ url, method: init.method ?? 'GET', command, form });
    const reply = handler(command, form);
    const { status, body } =
      reply && typeof reply === 'object' && 'body' in reply ? (reply as { status?: number; body: unknown }) : { status: 200, body: reply };
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    return new Response(text, { status: status ?? 200, headers: { 'Content-Type': 'application/json' } });
  };
  return { fetch, calls };
}

/** A client over a fake server; job polls do not wait. */
export function fakeClient(handler: Handler, sessionKey: string | null | (() => string | null | undefined) = 'KEY') {
  const { fetch, calls } = fakeFetch(handler);
  const key = typeof sessionKey === 'function' ? sessionKey : () => sessionKey;
  const client = new ApiClient({ fetch, sessionKey: key, sleep: async () => {} });
  return { client, calls };
}

/** `{"<command>response": inner}` as the server writes it. */
export function reply(command: string, inner: unknown) {
  return { [`${command.toLowerCase()}response`]: inner };
}

export function errorReply(command: string, code: number, text: string) {
  return { status: code, body: reply(command, { uuidList: [], errorcode: code, cserrorcode: 9999, errortext: text }) };
}
