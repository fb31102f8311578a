import { ReloadOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Space } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListQuery } from '../hooks/useListQuery';

interface Props {
  /** A list page's query: gives keyword, search, refresh and loading at once. */
  query?: Pick<ListQuery<unknown>, 'keyword' | 'update' | 'reload' | 'loading'>;
  keyword?: string;
  /** Omit to hide the search box. */
  onSearch?: (keyword: string) => void;
  onRefresh?: () => void;
  loading?: boolean;
  /** Filter controls, shown after the search box. */
  filters?: ReactNode;
  /** Buttons on the right (create...). */
  actions?: ReactNode;
}

/** Search box, filters and refresh on the left; the page's own actions on the right. */
export function ListToolbar({ query, filters, actions, ...props }: Props) {
  const keyword = query?.keyword ?? props.keyword ?? '';
  const onSearch = query ? (k: string) => query.update({ keyword: k }) : props.onSearch;
  const onRefresh = query?.reload ?? props.onRefresh;
  const loading = query?.loading ?? props.loading;
  const { t } = useTranslation();
  const [text, setText] = useState(keyword);
  useEffect(() => setText(keyword), [keyword]);
  return (
    <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
      <Space wrap>
        {onSearch && (
          <Input.Search
            allowClear
            placeholder={t('common.search')}
            aria-label={t('common.search')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onSearch={(value) => onSearch(value.trim())}
            style={{ width: 240 }}
          />
        )}
        {filters}
        {onRefresh && (
          <Button icon={<ReloadOutlined />} onClick={onRefresh} loading={loading} aria-label={t('common.refresh')}>
            {t('common.refresh')}
          </Button>
        )}
      </Space>
      {actions && <Space wrap>{actions}</Space>}
    </Flex>
  );
}
