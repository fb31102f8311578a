import { Flex, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useAuth } from './AuthContext';

/** Sends a visitor without a session to /login, remembering where they wanted to go. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { session, apis } = useAuth();
  const location = useLocation();
  if (!session) {
    const from = location.pathname + location.search;
    return <Navigate to="/login" replace state={{ from }} />;
  }
  if (!apis) {
    return (
      <Flex justify="center" align="center" style={{ minHeight: '100vh' }}>
        <Spin size="large" />
      </Flex>
    );
  }
  return <>{children}</>;
}

/** Shows a page only when the user's role may call the API it lists. */
export function RequireApi({ api, children }: { api: string; children: ReactNode }) {
  const { can } = useAuth();
  const { t } = useTranslation();
  if (!can(api)) return <Result status="403" title="403" subTitle={t('common.noAccess')} />;
  return <>{children}</>;
}
