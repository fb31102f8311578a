import type { TablePaginationConfig } from 'antd';
import type { TFunction } from 'i18next';
import { PAGE_SIZES, type ListQuery } from '../hooks/useListQuery';

/** antd Table paging driven by the API's page/pagesize and total count. */
export function tablePagination<T>(query: ListQuery<T>, t: TFunction): TablePaginationConfig {
  return {
    current: query.page,
    pageSize: query.pageSize,
    total: query.count,
    showSizeChanger: true,
    pageSizeOptions: PAGE_SIZES,
    showTotal: (total) => t('common.total', { count: total }),
    onChange: (page, pageSize) =>
      query.update(pageSize !== query.pageSize ? { page: undefined, pagesize: pageSize } : { page }),
  };
}
