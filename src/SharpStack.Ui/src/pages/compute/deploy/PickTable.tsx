import { Alert, Input, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/ApiContext';
import { errorText } from '../../../api/errors';
import type { Params } from '../../../api/params';
import { useRequest } from '../../../hooks/useRequest';

const PAGE_SIZE = 10;

interface Props<T extends { id: string }> {
  command: string;
  params?: Params;
  columns: TableColumnsType<T>;
  /** The picked row's id (set by Form.Item). */
  value?: string;
  onChange?: (id: string) => void;
  /** Told the picked row itself. */
  onPick?: (item: T) => void;
  'aria-label'?: string;
}

/** One row to pick out of a list command, searched and paged on the server: a wizard step's choice. */
export function PickTable<T extends { id: string }>({ command, params, columns, value, onChange, onPick, 'aria-label': label }: Props<T>) {
  const { t } = useTranslation();
  const api = useApi();
  const [keyword, setKeyword] = useState('');
  const [page, setPage] = useState(1);
  const paramsKey = JSON.stringify(params ?? {});
  const { data, loading, error } = useRequest(
    (signal) => api.list<T>(command, { ...(JSON.parse(paramsKey) as Params), keyword, page, pagesize: PAGE_SIZE }, signal),
    [api, command, paramsKey, keyword, page],
  );
  const pick = (item: T) => {
    onChange?.(item.id);
    onPick?.(item);
  };
  return (
    <>
      <Input.Search
        allowClear
        placeholder={t('common.search')}
        aria-label={t('common.search')}
        onSearch={(v) => {
          setKeyword(v.trim());
          setPage(1);
        }}
        style={{ width: 240, marginBottom: 8 }}
      />
      {error ? <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(error)} style={{ marginBottom: 8 }} /> : null}
      <Table<T>
        aria-label={label}
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        rowSelection={{ type: 'radio', selectedRowKeys: value ? [value] : [], onChange: (_, rows) => rows[0] && pick(rows[0]) }}
        onRow={(item) => ({ onClick: () => pick(item), style: { cursor: 'pointer' } })}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.count ?? 0, onChange: setPage, showSizeChanger: false, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
      />
    </>
  );
}
