import { ReloadOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Space } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
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
export function ListToolbar({ keyword = '', onSearch, onRefresh, loading, filters, actions }: Props) {
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
