import { describe, expect, it } from 'vitest';
import en from './en';
import zh from './zh';

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v as object, `${prefix}${k}.`)));
}

describe('translations', () => {
  it('English and Simplified Chinese have the same keys', () => {
    expect(keys(zh).sort()).toEqual(keys(en).sort());
  });
  it('use the same interpolation placeholders', () => {
    const placeholders = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort().join();
    const flat = (o: object, p = ''): [string, string][] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [[p + k, v] as [string, string]] : flat(v as object, `${p}${k}.`)));
    const zhMap = new Map(flat(zh));
    for (const [key, text] of flat(en)) expect(placeholders(zhMap.get(key) ?? ''), key).toBe(placeholders(text));
  });
});
