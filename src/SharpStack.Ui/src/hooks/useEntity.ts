import { useParams } from 'react-router';
import { useApi } from '../api/ApiContext';
import { useRequest } from './useRequest';

/** The one row of a list command whose id is the route's :id (null when there is none), for detail pages. */
export function useEntity<T>(command: string) {
  const api = useApi();
  const { id = '' } = useParams();
  return useRequest((signal) => api.list<T>(command, { id, listall: true }, signal).then((r) => r.items[0] ?? null), [api, command, id]);
}
