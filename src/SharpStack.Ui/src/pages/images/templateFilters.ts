import type { Session } from '../../auth/sessionStore';
import type { Template } from '../../api/types';

/** listTemplates' templatefilter values, in the order the selector offers them. */
export const TEMPLATE_FILTERS = ['featured', 'self', 'selfexecutable', 'sharedexecutable', 'executable', 'community', 'all'] as const;

/** "all" for the root admin, who sees every template; "self" (their own, or their domain's) for everybody else. */
export function defaultTemplateFilter(session: Session | null): string {
  return session?.type === '1' ? 'all' : 'self';
}

const PERCENT = /^(\d{1,3})% Downloaded$/i;

/** The percentage of a download in progress ("45% Downloaded" → 45), or undefined. */
export function downloadPercent(status: string | undefined): number | undefined {
  const m = PERCENT.exec(status?.trim() ?? '');
  return m ? Math.min(100, Number(m[1])) : undefined;
}

/** A copy still on its way: downloading, or registered and not started yet. */
export function isDownloading(t: Pick<Template, 'isready' | 'status'>): boolean {
  if (t.isready) return false;
  return downloadPercent(t.status) !== undefined || (t.status ?? '').trim().toLowerCase() === 'not downloaded';
}

/** Whether the caller may delete the template: admins (the server checks their domain), users their own. */
export function canDeleteTemplate(session: Session | null, t: Pick<Template, 'account' | 'domainid'>): boolean {
  if (!session) return false;
  if (session.type === '1' || session.type === '2') return true;
  return t.account === session.account && t.domainid === session.domainid;
}
