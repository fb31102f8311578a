import { Alert, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/errors';
import type { ListQuery } from '../hooks/useListQuery';
import { tablePagination } from './pagination';

/** The table of a list page over its useListQuery, with the load error above it and the URL's paging. */
export function QueryTable<T extends { id: string }>({ query, columns }: { query: ListQuery<T>; columns: TableColumnsType<T> }) {
  const { t } = useTranslation();
  return (
    <>
      {query.error ? <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(query.error)} style={{ marginBottom: 16 }} /> : null}
      <Table<T> rowKey="id" size="middle" columns={columns} dataSource={query.items} loading={query.loading} pagination={tablePagination(query, t)} scroll={{ x: 'max-content' }} />
    </>
  );
}
