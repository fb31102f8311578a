import type { Session } from '../../auth/sessionStore';

/**
 * Whether the caller may change an offering: root admins any; domain admins only offerings limited
 * to domains (the server refuses public ones, and checks the domains themselves).
 */
export function canManageOffering(session: Session | null, offering: { domainid?: string }): boolean {
  if (session?.type === '1') return true;
  return session?.type === '2' && !!offering.domainid;
}
