/** Client-side sorting within the current page (the API has no sort parameter). */
export function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  const emptyA = a === undefined || a === null || a === '';
  const emptyB = b === undefined || b === null || b === '';
  if (emptyA || emptyB) return emptyA && emptyB ? 0 : emptyA ? -1 : 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return String(a).localeCompare(String(b), undefined, { numeric: true, sensitivity: 'base' });
}

export function byField<T>(field: keyof T): (a: T, b: T) => number {
  return (a, b) => compareValues(a[field], b[field]);
}
