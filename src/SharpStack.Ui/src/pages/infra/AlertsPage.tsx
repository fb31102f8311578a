import { DeleteOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { errorText } from '../../api/errors';
import type { CloudAlert } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { DateTime } from '../../components/DateTime';
import { ListToolbar } from '../../components/ListToolbar';
import { PageTitle } from '../../components/PageTitle';
import { tablePagination } from '../../components/pagination';
import { useAction } from '../../hooks/useAction';
import { useListQuery } from '../../hooks/useListQuery';
import { alertLabel } from '../../utils/format';
import { byField } from '../../utils/sort';

const FILTERS = ['type'] as const;

/** Alerts: archive or delete the selected ones. */
export default function AlertsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { can } = useAuth();
  const { modal } = App.useApp();
  const run = useAction();
  const query = useListQuery<CloudAlert>('listAlerts', { filters: FILTERS });
  const [selected, setSelected] = useState<string[]>([]);

  const bulk = (command: 'archiveAlerts' | 'deleteAlerts') => {
    const count = selected.length;
    const archive = command === 'archiveAlerts';
    modal.confirm({
      title: t(archive ? 'alerts.archiveConfirm' : 'alerts.deleteConfirm', { count }),
      okButtonProps: { danger: !archive },
      okText: archive ? t('alerts.archiveSelected') : t('common.delete'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        const done = await run(t(archive ? 'alerts.archiveAction' : 'alerts.deleteAction', { count }), () => api.execute(command, { ids: selected }));
        if (done) setSelected([]);
        query.reload();
      },
    });
  };

  const columns: TableColumnsType<CloudAlert> = [
    { title: t('common.type'), dataIndex: 'type', width: 160, sorter: byField('type'), render: (_, a) => <Tag color="volcano">{alertLabel(a)}</Tag> },
    { title: t('common.description'), dataIndex: 'description', sorter: byField('description') },
    { title: t('alerts.sent'), dataIndex: 'sent', sorter: byField('sent'), defaultSortOrder: 'descend', render: (v: string) => <DateTime value={v} /> },
  ];

  return (
    <>
      <PageTitle>{t('alerts.title')}</PageTitle>
      <ListToolbar
        keyword={query.keyword}
        onSearch={(keyword) => query.update({ keyword })}
        onRefresh={query.reload}
        loading={query.loading}
        actions={
          <>
            {can('archiveAlerts') && (
              <Button icon={<InboxOutlined />} disabled={selected.length === 0} onClick={() => bulk('archiveAlerts')}>
                {t('alerts.archiveSelected')}
              </Button>
            )}
            {can('deleteAlerts') && (
              <Button danger icon={<DeleteOutlined />} disabled={selected.length === 0} onClick={() => bulk('deleteAlerts')}>
                {t('alerts.deleteSelected')}
              </Button>
            )}
          </>
        }
      />
      {query.error ? <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(query.error)} style={{ marginBottom: 16 }} /> : null}
      <Table<CloudAlert>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={query.items}
        loading={query.loading}
        pagination={tablePagination(query, t)}
        rowSelection={can('archiveAlerts') || can('deleteAlerts') ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)), preserveSelectedRowKeys: false } : undefined}
      />
    </>
  );
}
