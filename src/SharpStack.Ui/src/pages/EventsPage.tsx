import { DeleteOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Select, Table, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { errorText } from '../api/errors';
import type { CloudEvent } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { DateTime } from '../components/DateTime';
import { ListToolbar } from '../components/ListToolbar';
import { PageTitle } from '../components/PageTitle';
import { tablePagination } from '../components/pagination';
import { StateTag } from '../components/StateTag';
import { useAction } from '../hooks/useAction';
import { useListQuery } from '../hooks/useListQuery';
import { useRequest } from '../hooks/useRequest';
import { byField } from '../utils/sort';

const FILTERS = ['level', 'type', 'archived'] as const;
const LEVELS = ['INFO', 'WARN', 'ERROR'];

/** Events: filter by level, type and archived; archive or delete the selected ones. */
export default function EventsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { can } = useAuth();
  const { modal } = App.useApp();
  const run = useAction();
  const query = useListQuery<CloudEvent>('listEvents', { params: { listall: true }, filters: FILTERS });
  const types = useRequest(
    (signal) => (can('listEventTypes') ? api.list<{ name: string }>('listEventTypes', {}, signal).then((r) => r.items.map((i) => i.name)) : Promise.resolve([])),
    [api, can],
  );
  const [selected, setSelected] = useState<string[]>([]);
  const typeOptions = useMemo(() => (types.data ?? []).map((n) => ({ value: n, label: n })), [types.data]);

  const bulk = (command: 'archiveEvents' | 'deleteEvents') => {
    const count = selected.length;
    const archive = command === 'archiveEvents';
    modal.confirm({
      title: t(archive ? 'events.archiveConfirm' : 'events.deleteConfirm', { count }),
      okButtonProps: { danger: !archive },
      okText: archive ? t('events.archiveSelected') : t('common.delete'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        const done = await run(t(archive ? 'events.archiveAction' : 'events.deleteAction', { count }), () => api.execute(command, { ids: selected }));
        if (done) setSelected([]);
        query.reload();
      },
    });
  };

  const columns: TableColumnsType<CloudEvent> = [
    { title: t('events.level'), dataIndex: 'level', width: 90, sorter: byField('level'), render: (v: string) => <StateTag value={v} /> },
    { title: t('events.type'), dataIndex: 'type', sorter: byField('type') },
    { title: t('common.description'), dataIndex: 'description', sorter: byField('description') },
    { title: t('events.user'), dataIndex: 'username', sorter: byField('username') },
    { title: t('common.account'), dataIndex: 'account', sorter: byField('account') },
    { title: t('common.domain'), dataIndex: 'domainpath', sorter: byField('domainpath'), render: (v: string, e) => v ?? e.domain },
    { title: t('common.state'), dataIndex: 'state', sorter: byField('state') },
    { title: t('common.created'), dataIndex: 'created', sorter: byField('created'), defaultSortOrder: 'descend', render: (v: string) => <DateTime value={v} /> },
  ];

  return (
    <>
      <PageTitle>{t('events.title')}</PageTitle>
      <ListToolbar
        keyword={query.keyword}
        onSearch={(keyword) => query.update({ keyword })}
        onRefresh={query.reload}
        loading={query.loading}
        filters={
          <>
            <Select
              allowClear
              placeholder={t('events.level')}
              aria-label={t('events.level')}
              style={{ width: 120 }}
              value={query.filters.level}
              onChange={(level) => query.update({ level })}
              options={LEVELS.map((l) => ({ value: l, label: l }))}
            />
            <Select
              allowClear
              showSearch
              placeholder={t('events.type')}
              aria-label={t('events.type')}
              style={{ width: 240 }}
              value={query.filters.type}
              onChange={(type) => query.update({ type })}
              options={typeOptions}
            />
            <Checkbox checked={query.filters.archived === 'true'} onChange={(e) => query.update({ archived: e.target.checked ? 'true' : undefined })}>
              {t('events.showArchived')}
            </Checkbox>
          </>
        }
        actions={
          <>
            {can('archiveEvents') && (
              <Button icon={<InboxOutlined />} disabled={selected.length === 0} onClick={() => bulk('archiveEvents')}>
                {t('events.archiveSelected')}
              </Button>
            )}
            {can('deleteEvents') && (
              <Button danger icon={<DeleteOutlined />} disabled={selected.length === 0} onClick={() => bulk('deleteEvents')}>
                {t('events.deleteSelected')}
              </Button>
            )}
          </>
        }
      />
      {query.error ? <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(query.error)} style={{ marginBottom: 16 }} /> : null}
      <Table<CloudEvent>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={query.items}
        loading={query.loading}
        pagination={tablePagination(query, t)}
        rowSelection={
          can('archiveEvents') || can('deleteEvents')
            ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)), preserveSelectedRowKeys: false }
            : undefined
        }
      />
    </>
  );
}
