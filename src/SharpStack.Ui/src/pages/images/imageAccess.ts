import type { Json } from '../../api/response';
import type { Session } from '../../auth/sessionStore';
import type { Template } from '../../api/types';
import { canDeleteTemplate } from './templateFilters';

export type ImageKind = 'template' | 'iso';

/** The commands of each kind of image; a button shows only when the caller's listApis has its command. */
export const IMAGE_APIS = {
  template: { extract: 'extractTemplate', delete: 'deleteTemplate', copy: 'copyTemplate', permissions: 'updateTemplatePermissions' },
  iso: { extract: 'extractIso', delete: 'deleteIso', copy: 'copyIso', permissions: 'updateIsoPermissions' },
} as const;

/** The i18n namespace of a kind's texts. */
export const imageTexts = (kind: ImageKind) => (kind === 'iso' ? 'isos' : 'templates');

/** Whether the caller may manage (delete, copy, extract, share) the image: as for deleting it. */
export const canManageImage = canDeleteTemplate;

/**
 * Whether an extract link can be asked for: a ready copy the caller manages, extractable unless
 * the caller is the root admin (who may extract anything, as upstream).
 */
export function canExtract(session: Session | null, image: Pick<Template, 'isready' | 'isextractable' | 'account' | 'domainid'>): boolean {
  if (!image.isready || !canManageImage(session, image)) return false;
  return !!image.isextractable || session?.type === '1';
}

/** The download link of an extract job's result ({template: {url}} or {iso: {url}}), if any. */
export function extractedUrl(result: Json | undefined): string | undefined {
  if (!result) return undefined;
  if (typeof result.url === 'string') return result.url;
  for (const value of Object.values(result)) {
    if (value && typeof value === 'object' && typeof (value as Json).url === 'string') return (value as Json).url as string;
  }
  return undefined;
}
