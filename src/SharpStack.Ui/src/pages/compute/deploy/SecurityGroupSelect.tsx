import { Select } from 'antd';
import { useApi } from '../../../api/ApiContext';
import type { SecurityGroup } from '../../../api/types';
import { useRequest } from '../../../hooks/useRequest';

const LIMIT = 200;

/** Several of the caller's security groups (listSecurityGroups), for a deployment in a zone with security groups. */
export function SecurityGroupSelect({ value, onChange, ...rest }: { value?: string[]; onChange?: (ids: string[]) => void; placeholder?: string; id?: string; 'aria-label'?: string }) {
  const api = useApi();
  const { data, loading } = useRequest((signal) => api.list<SecurityGroup>('listSecurityGroups', { page: 1, pagesize: LIMIT }, signal).then((r) => r.items), [api]);
  return (
    <Select
      mode="multiple"
      allowClear
      loading={loading}
      value={value}
      optionFilterProp="label"
      options={(data ?? []).map((g) => ({ value: g.id, label: g.description ? `${g.name} (${g.description})` : g.name }))}
      onChange={(ids: string[]) => onChange?.(ids)}
      {...rest}
    />
  );
}
