import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Space, Table, type TableColumnsType, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/errors';
import type { SubList } from '../hooks/useSubList';

interface Props<T> {
  list: SubList<T>;
  columns: TableColumnsType<T>;
  /** Buttons over the table (add...), before Refresh. */
  actions?: ReactNode;
  /** Names the table for screen readers and tests. */
  label: string;
  /** Rows that open to show more (a load balancer rule's instances and policies). */
  expandable?: TableProps<T>['expandable'];
}

/** A small table of a SubList with its buttons and load error, for tabs and cards. */
export function SubTable<T extends { id: string }>({ list, columns, actions, label, expandable }: Props<T>) {
  const { t } = useTranslation();
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Space wrap>{actions}</Space>
        <Button icon={<ReloadOutlined />} onClick={list.reload} loading={list.loading} aria-label={t('common.refresh')}>
          {t('common.refresh')}
        </Button>
      </Flex>
      {list.error ? <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(list.error)} style={{ marginBottom: 12 }} /> : null}
      <Table<T> rowKey="id" size="small" columns={columns} dataSource={list.items} loading={list.loading} pagination={false} scroll={{ x: 'max-content' }} aria-label={label} expandable={expandable} />
    </>
  );
}
