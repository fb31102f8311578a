import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useApi } from '../api/ApiContext';
import { normalizeDomainPath } from '../api/params';
import type { ApiInfo } from '../api/types';
import { sessionFromLogin, sessionStore, type Session } from './sessionStore';

export interface AuthState {
  session: Session | null;
  /** The API names the user's role may call (from listApis); null while they load. */
  apis: ReadonlySet<string> | null;
  /** Why the last session ended ('expired' after a 401, 'passwordChanged' after the user's own change), for the login page. */
  endedReason: EndedReason;
  can: (api: string) => boolean;
  login: (username: string, password: string, domain: string) => Promise<void>;
  /** Ends the session; the reason, if any, is told on the login page. */
  logout: (reason?: EndedReason) => Promise<void>;
}

export type EndedReason = 'expired' | 'passwordChanged' | null;

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [session, setSession] = useState<Session | null>(() => sessionStore.load());
  const [apis, setApis] = useState<ReadonlySet<string> | null>(null);
  const [endedReason, setEndedReason] = useState<EndedReason>(null);

  const end = useCallback((reason: EndedReason) => {
    sessionStore.clear();
    api.project?.set(null);
    setSession(null);
    setApis(null);
    setEndedReason(reason);
  }, [api]);

  useEffect(() => api.onSessionEnded(() => end('expired')), [api, end]);

  // Role-aware navigation: what this role may call decides the menu and the action buttons.
  useEffect(() => {
    if (!session) return;
    let cancelled = false;
    api
      .list<ApiInfo>('listApis')
      .then((r) => {
        if (cancelled) return;
        api.project?.setCommands(r.items.filter((a) => a.params?.some((p) => p.name === 'projectid')).map((a) => a.name));
        setApis(new Set(r.items.map((a) => a.name)));
      })
      .catch(() => !cancelled && setApis(new Set()));
    return () => {
      cancelled = true;
    };
  }, [api, session]);

  const login = useCallback(
    async (username: string, password: string, domain: string) => {
      const path = normalizeDomainPath(domain);
      const reply = await api.login(username, password, path);
      const s = sessionFromLogin(reply, path);
      sessionStore.save(s);
      api.project?.set(null);
      setApis(null);
      setEndedReason(null);
      setSession(s);
    },
    [api],
  );

  const logout = useCallback(
    async (reason: EndedReason = null) => {
      try {
        await api.logout();
      } finally {
        end(reason);
      }
    },
    [api, end],
  );

  const value = useMemo<AuthState>(
    () => ({ session, apis, endedReason, can: (name) => apis?.has(name) ?? false, login, logout }),
    [session, apis, endedReason, login, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}

/** For tests and stories: a fixed auth state. */
export function StaticAuthProvider({ value, children }: { value: AuthState; children: ReactNode }) {
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
