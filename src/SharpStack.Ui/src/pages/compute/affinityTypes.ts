import type { TFunction } from 'i18next';

/** "host anti-affinity" → the text of affinity.types.hostantiaffinity (the type itself when unknown). */
export function affinityTypeLabel(t: TFunction, type: string | undefined): string {
  if (!type) return '';
  return t(`affinity.types.${type.toLowerCase().replace(/[^a-z]/g, '')}`, { defaultValue: type });
}
