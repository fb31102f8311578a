import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import type { Params } from '../api/params';
import type { AffinityGroup } from '../api/types';
import { useRequest } from '../hooks/useRequest';
import { affinityTypeLabel } from '../pages/compute/affinityTypes';

interface Props {
  /** Whose groups: e.g. account + domainid of an instance's owner; the caller's own when omitted. */
  params?: Params;
  value?: string[];
  onChange?: (ids: string[], groups: AffinityGroup[]) => void;
  placeholder?: string;
  id?: string;
  'aria-label'?: string;
}

const LIMIT = 200;

/** Several affinity groups picked out of listAffinityGroups, shown as "name (type)". */
export function AffinityGroupSelect({ params, value, onChange, ...rest }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const paramsKey = JSON.stringify(params ?? {});
  const { data, loading } = useRequest(
    (signal) => api.list<AffinityGroup>('listAffinityGroups', { ...(JSON.parse(paramsKey) as Params), page: 1, pagesize: LIMIT }, signal).then((r) => r.items),
    [api, paramsKey],
  );
  const groups = data ?? [];
  return (
    <Select
      mode="multiple"
      allowClear
      loading={loading}
      value={value}
      optionFilterProp="label"
      options={groups.map((g) => ({ value: g.id, label: `${g.name} (${affinityTypeLabel(t, g.type)})` }))}
      onChange={(ids: string[]) => onChange?.(ids, groups.filter((g) => ids.includes(g.id)))}
      {...rest}
    />
  );
}
