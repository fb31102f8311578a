import { ApiClient, type FetchLike } from '../src/api/client';

/**
 * The UI's own API client, run in Node against the test server for setup and checks: a session
 * login whose cookies this wrapper keeps, as the browser would.
 */
export async function apiSession(baseUrl: string, username: string, password: string, domain = '/'): Promise<ApiClient> {
  const cookies = new Map<string, string>();
  let sessionKey: string | null = null;
  const fetchWithCookies: FetchLike = async (input, init) => {
    const headers = new Headers(init.headers);
    if (cookies.size > 0) headers.set('Cookie', [...cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const reply = await fetch(new URL(input, baseUrl), { ...init, headers });
    for (const line of reply.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
    return reply;
  };
  const client = new ApiClient({ endpoint: '/client/api', fetch: fetchWithCookies, sessionKey: () => sessionKey });
  const login = await client.login(username, password, domain);
  sessionKey = login.sessionkey;
  return client;
}
