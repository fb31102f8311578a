import { Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useApi } from '../api/ApiContext';
import type { Params } from '../api/params';

interface Props<T> {
  command: string;
  params?: Params;
  /** The value of an option (usually the uuid). */
  valueOf: (item: T) => string;
  labelOf: (item: T) => string;
  value?: string;
  onChange?: (value: string | undefined, item: T | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
  /** Fixed options shown before the listed ones (e.g. "All zones"); they carry no item. */
  extraOptions?: { value: string; label: string }[];
  /** Leaves out listed items (e.g. the host a VM already runs on). */
  filter?: (item: T) => boolean;
  id?: string;
  'aria-label'?: string;
}

const LIMIT = 100;

/** A select filled from a list command, searched on the server with keyword as the user types. */
export function EntitySelect<T>({ command, params, valueOf, labelOf, value, onChange, extraOptions, filter, ...rest }: Props<T>) {
  const api = useApi();
  const [keyword, setKeyword] = useState('');
  const [items, setItems] = useState<T[]>([]);
  const [loading, setLoading] = useState(false);
  const paramsKey = JSON.stringify(params ?? {});

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setLoading(true);
      api
        .list<T>(command, { ...(JSON.parse(paramsKey) as Params), keyword, page: 1, pagesize: LIMIT }, controller.signal)
        .then((r) => !controller.signal.aborted && setItems(r.items))
        .catch(() => !controller.signal.aborted && setItems([]))
        .finally(() => !controller.signal.aborted && setLoading(false));
    }, keyword ? 250 : 0);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [api, command, paramsKey, keyword]);

  const options = useMemo(
    () => [...(extraOptions ?? []), ...(filter ? items.filter(filter) : items).map((item) => ({ value: valueOf(item), label: labelOf(item), item }))],
    [extraOptions, items, valueOf, labelOf, filter],
  );

  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setKeyword }}
      loading={loading}
      options={options}
      value={value}
      onChange={(v, option) => onChange?.(v, Array.isArray(option) ? undefined : (option as { item?: T } | undefined)?.item)}
      onClear={() => setKeyword('')}
      {...rest}
    />
  );
}
