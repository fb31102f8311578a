import { Select } from 'antd';
import type { ListQuery } from '../hooks/useListQuery';

interface Props<T> {
  query: ListQuery<T>;
  /** The URL parameter (and API filter) the select sets. */
  name: string;
  label: string;
  options: { value: string; label: string }[];
  width?: number;
}

/** A clearable select over one URL filter of a list (type, state...). */
export function FilterSelect<T>({ query, name, label, options, width = 140 }: Props<T>) {
  return (
    <Select
      allowClear
      placeholder={label}
      aria-label={label}
      style={{ width }}
      value={query.filters[name]}
      onChange={(value?: string) => query.update({ [name]: value })}
      options={options}
    />
  );
}
