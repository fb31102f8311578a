import { useTranslation } from 'react-i18next';
import type { Cluster, Pod, Zone } from '../../api/types';
import { EntitySelect } from '../../components/EntitySelect';
import type { ListQuery } from '../../hooks/useListQuery';

const idOf = (x: { id: string }) => x.id;
const nameOf = (x: { name: string }) => x.name;

/** Zone → pod → cluster filters kept in the URL (choosing a zone clears the pod and cluster below it). */
export function PlacementFilters<T>({ query, levels }: { query: ListQuery<T>; levels: ('zone' | 'pod' | 'cluster')[] }) {
  const { t } = useTranslation();
  const { zoneid, podid } = query.filters;
  return (
    <>
      {levels.includes('zone') && (
        <EntitySelect<Zone>
          command="listZones"
          valueOf={idOf}
          labelOf={nameOf}
          allowClear
          placeholder={t('infra.zone')}
          aria-label={t('infra.zone')}
          style={{ width: 160 }}
          value={query.filters.zoneid}
          onChange={(v) => query.update({ zoneid: v, podid: undefined, clusterid: undefined })}
        />
      )}
      {levels.includes('pod') && (
        <EntitySelect<Pod>
          command="listPods"
          params={{ zoneid }}
          valueOf={idOf}
          labelOf={nameOf}
          allowClear
          placeholder={t('infra.pod')}
          aria-label={t('infra.pod')}
          style={{ width: 160 }}
          value={query.filters.podid}
          onChange={(v) => query.update({ podid: v, clusterid: undefined })}
        />
      )}
      {levels.includes('cluster') && (
        <EntitySelect<Cluster>
          command="listClusters"
          params={{ zoneid, podid }}
          valueOf={idOf}
          labelOf={nameOf}
          allowClear
          placeholder={t('infra.cluster')}
          aria-label={t('infra.cluster')}
          style={{ width: 160 }}
          value={query.filters.clusterid}
          onChange={(v) => query.update({ clusterid: v })}
        />
      )}
    </>
  );
}
