import { useApi } from '../api/ApiContext';
import type { Params } from '../api/params';
import { useRequest } from './useRequest';

export interface SubList<T> {
  items: T[];
  loading: boolean;
  error: unknown;
  reload: () => void;
}

/**
 * The rows of a list command that belong to one thing (the rules of an IP, the routers of a
 * network): all of them in one call, without the URL state of useListQuery, for a tab or a card.
 */
export function useSubList<T>(command: string, params: Params, enabled = true): SubList<T> {
  const api = useApi();
  const key = JSON.stringify(params);
  const { data, loading, error, reload } = useRequest(
    (signal) => (enabled ? api.list<T>(command, JSON.parse(key) as Params, signal) : Promise.resolve({ items: [] as T[], count: 0 })),
    [api, command, key, enabled],
  );
  return { items: data?.items ?? [], loading, error, reload };
}
