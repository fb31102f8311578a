import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useApi } from '../api/ApiContext';
import type { Params } from '../api/params';

export const DEFAULT_PAGE_SIZE = 20;
export const PAGE_SIZES = [10, 20, 50, 100];

export interface ListQueryOptions {
  /** Fixed parameters sent with every call (listall=true, roleid=...). */
  params?: Params;
  /** URL search parameter names passed on to the API as filters (state, level, domainid...). */
  filters?: readonly string[];
  /** Skip loading (e.g. the user's role may not call the command). */
  enabled?: boolean;
}

export interface ListQuery<T> {
  items: T[];
  count: number;
  loading: boolean;
  error: unknown;
  page: number;
  pageSize: number;
  keyword: string;
  filters: Record<string, string | undefined>;
  /** Changes URL parameters (undefined/'' removes one); any change but the page goes back to page 1. */
  update: (changes: Record<string, string | number | undefined>) => void;
  reload: () => void;
}

function positive(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/**
 * A paged, searchable, filterable list whose state lives in the URL (?page=2&pagesize=20&keyword=x
 * &state=enabled), so every list view can be bookmarked and the back button works.
 */
export function useListQuery<T>(command: string, options: ListQueryOptions = {}): ListQuery<T> {
  const api = useApi();
  const [search, setSearch] = useSearchParams();
  const page = positive(search.get('page'), 1);
  const pageSize = positive(search.get('pagesize'), DEFAULT_PAGE_SIZE);
  const keyword = search.get('keyword') ?? '';
  const filterNames = options.filters ?? [];
  const filterKey = JSON.stringify(filterNames.map((f) => [f, search.get(f) ?? '']));
  const filters = useMemo(() => {
    const result: Record<string, string | undefined> = {};
    for (const [name, value] of JSON.parse(filterKey) as [string, string][]) result[name] = value === '' ? undefined : value;
    return result;
  }, [filterKey]);
  const fixedKey = JSON.stringify(options.params ?? {});
  const enabled = options.enabled ?? true;

  const [nonce, setNonce] = useState(0);
  const [state, setState] = useState<{ items: T[]; count: number; loading: boolean; error: unknown }>({
    items: [],
    count: 0,
    loading: enabled,
    error: null,
  });

  useEffect(() => {
    if (!enabled) {
      setState({ items: [], count: 0, loading: false, error: null });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    const params: Params = { ...(JSON.parse(fixedKey) as Params), ...filters, keyword, page, pagesize: pageSize };
    api
      .list<T>(command, params, controller.signal)
      .then((r) => {
        if (controller.signal.aborted) return;
        // The last row of the last page went away (deleted): show the page before it.
        if (r.items.length === 0 && r.count > 0 && page > 1) {
          setSearch((prev) => {
            const next = new URLSearchParams(prev);
            next.set('page', String(Math.max(1, Math.ceil(r.count / pageSize))));
            return next;
          }, { replace: true });
          return;
        }
        setState({ items: r.items, count: r.count, loading: false, error: null });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ items: [], count: 0, loading: false, error });
      });
    return () => controller.abort();
  }, [api, command, fixedKey, filters, keyword, page, pageSize, enabled, nonce, setSearch]);

  const update = useCallback(
    (changes: Record<string, string | number | undefined>) => {
      setSearch((prev) => {
        const next = new URLSearchParams(prev);
        for (const [name, value] of Object.entries(changes)) {
          if (value === undefined || value === '') next.delete(name);
          else next.set(name, String(value));
        }
        const onlyPaging = Object.keys(changes).every((k) => k === 'page' || k === 'pagesize');
        if (!onlyPaging) next.delete('page');
        if (next.get('page') === '1') next.delete('page');
        return next;
      });
    },
    [setSearch],
  );

  const reload = useCallback(() => setNonce((n) => n + 1), []);

  return { ...state, page, pageSize, keyword, filters, update, reload };
}
