import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { ApiProvider } from '../api/ApiContext';
import type { ApiClient } from '../api/client';
import { AuthProvider, StaticAuthProvider, type AuthState } from '../auth/AuthContext';
import type { Session } from '../auth/sessionStore';
import { ThemeProvider } from '../theme/ThemeContext';

export const adminSession: Session = {
  username: 'admin',
  userid: 'u-admin',
  domainid: 'd-root',
  account: 'admin',
  type: '1',
  sessionkey: 'KEY',
};

/** A fixed auth state: logged in as admin, allowed the given APIs (all when omitted). */
export function staticAuth(apis?: string[]): AuthState {
  const set = apis ? new Set(apis) : null;
  return {
    session: adminSession,
    apis: set ?? new Set(),
    endedReason: null,
    can: (name) => (set ? set.has(name) : true),
    login: async () => {},
    logout: async () => {},
  };
}

/** Shows where the router is, for assertions. */
export function LocationProbe() {
  const location = useLocation();
  return <div data-testid="location">{location.pathname + location.search}</div>;
}

interface Options {
  client: ApiClient;
  /** The URL inside /client, e.g. "/accounts?page=2". */
  url: string;
  /** The route pattern the element is mounted on. */
  path: string;
  /** A fixed auth state; omit to use the real AuthProvider. */
  auth?: AuthState;
  extraRoutes?: ReactElement[];
}

export function renderRoute(element: ReactElement, { client, url, path, auth, extraRoutes = [] }: Options) {
  const routes = (
    <MemoryRouter initialEntries={[url]}>
      <Routes>
        <Route path={path} element={element} />
        {extraRoutes}
      </Routes>
      <LocationProbe />
    </MemoryRouter>
  );
  return render(
    <ApiProvider client={client}>
      <ThemeProvider>{auth ? <StaticAuthProvider value={auth}>{routes}</StaticAuthProvider> : <AuthProvider>{routes}</AuthProvider>}</ThemeProvider>
    </ApiProvider>,
  );
}
