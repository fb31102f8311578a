import type { LoginResponse } from '../api/types';

/** What the UI keeps of a login: who is logged in and the session key to send with each call. */
export type Session = Pick<
  LoginResponse,
  'username' | 'userid' | 'domainid' | 'account' | 'type' | 'sessionkey' | 'firstname' | 'lastname' | 'timeout'
> & { domain?: string };

const KEY = 'sharpstack.session';

/**
 * Kept in localStorage so a bookmarked page opened in another tab stays logged in; the key is
 * useless without the HttpOnly session cookies, and it is dropped on logout or on a 401.
 */
export const sessionStore = {
  load(): Session | null {
    try {
      const raw = localStorage.getItem(KEY);
      if (!raw) return null;
      const s = JSON.parse(raw) as Session;
      return typeof s.sessionkey === 'string' && s.sessionkey !== '' ? s : null;
    } catch {
      return null;
    }
  },
  save(session: Session): void {
    localStorage.setItem(KEY, JSON.stringify(session));
  },
  clear(): void {
    localStorage.removeItem(KEY);
  },
};

export function sessionFromLogin(r: LoginResponse, domain: string): Session {
  return {
    username: r.username,
    userid: r.userid,
    domainid: r.domainid,
    account: r.account,
    type: String(r.type),
    sessionkey: r.sessionkey,
    firstname: r.firstname,
    lastname: r.lastname,
    timeout: r.timeout,
    domain,
  };
}
