import { CheckOutlined, PlusOutlined, DeleteOutlined, StopOutlined, ToolOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, Button, Progress, Space, Table, Tooltip, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import type { StoragePool } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { ActionButton } from '../../components/ActionButton';
import { capacityColor } from '../../components/CapacityBars';
import { ListToolbar } from '../../components/ListToolbar';
import { PageTitle } from '../../components/PageTitle';
import { tablePagination } from '../../components/pagination';
import { StateTag } from '../../components/StateTag';
import { AddPrimaryStorageDialog } from '../../dialogs/infra/InfraDialogs';
import { useListQuery } from '../../hooks/useListQuery';
import { useRowActions } from '../../hooks/useRowActions';
import { formatBytes } from '../../utils/format';
import { byField } from '../../utils/sort';
import { PlacementFilters } from './filters';
import { poolActions, type PoolAction } from './hostActions';

const FILTERS = ['zoneid', 'podid', 'clusterid'] as const;
const ACTION_API: Record<PoolAction, string> = {
  enable: 'updateStoragePool',
  disable: 'updateStoragePool',
  maintenance: 'enableStorageMaintenance',
  cancelMaintenance: 'cancelStorageMaintenance',
  delete: 'deleteStoragePool',
};

/** Usage of a pool or store as a bar with "used / total". */
export function UsageBar({ used, total }: { used?: number; total?: number }) {
  if (!total) return null;
  const percent = Math.min(100, ((used ?? 0) / total) * 100);
  return (
    <Tooltip title={`${formatBytes(used ?? 0)} / ${formatBytes(total)}`}>
      <div style={{ minWidth: 140 }}>
        <Progress percent={Math.round(percent * 10) / 10} size="small" strokeColor={capacityColor(percent)} status="normal" />
      </div>
    </Tooltip>
  );
}

/** Primary storage pools: enable, disable, maintenance, cancel maintenance, delete. */
export default function PrimaryStoragePage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const query = useListQuery<StoragePool>('listStoragePools', { filters: FILTERS });
  const { busyId, act, confirm } = useRowActions(query.reload);
  const [adding, setAdding] = useState(false);

  const button = (p: StoragePool, a: PoolAction): ReactNode => {
    const name = p.name;
    const busy = busyId === p.id;
    switch (a) {
      case 'enable':
        return <ActionButton key={a} title={t('zones.enable')} icon={<CheckOutlined />} loading={busy} onClick={() => act(p.id, t('primary.enableAction', { name }), 'updateStoragePool', { enabled: true })} />;
      case 'disable':
        return <ActionButton key={a} title={t('zones.disable')} icon={<StopOutlined />} loading={busy} onClick={() => act(p.id, t('primary.disableAction', { name }), 'updateStoragePool', { enabled: false })} />;
      case 'maintenance':
        return (
          <ActionButton
            key={a}
            title={t('hosts.maintenance')}
            icon={<ToolOutlined />}
            loading={busy}
            onClick={() => confirm(t('primary.maintenanceConfirm', { name }), false, () => act(p.id, t('primary.maintenanceAction', { name }), 'enableStorageMaintenance'))}
          />
        );
      case 'cancelMaintenance':
        return <ActionButton key={a} title={t('hosts.cancelMaintenance')} icon={<UndoOutlined />} loading={busy} onClick={() => act(p.id, t('primary.cancelMaintenanceAction', { name }), 'cancelStorageMaintenance')} />;
      case 'delete':
        return (
          <ActionButton
            key={a}
            title={t('common.delete')}
            danger
            icon={<DeleteOutlined />}
            loading={busy}
            onClick={() => confirm(t('primary.deleteConfirm', { name }), true, () => act(p.id, t('primary.deleteAction', { name }), 'deleteStoragePool'), t('common.cannotUndo'))}
          />
        );
    }
  };

  const columns: TableColumnsType<StoragePool> = [
    { title: t('common.name'), dataIndex: 'name', sorter: byField('name') },
    { title: t('common.state'), dataIndex: 'state', sorter: byField('state'), render: (v: string) => <StateTag value={v} /> },
    { title: t('primary.scope'), dataIndex: 'scope', sorter: byField('scope') },
    { title: t('common.type'), dataIndex: 'type', sorter: byField('type') },
    { title: t('primary.path'), key: 'path', render: (_, p) => [p.ipaddress, p.path].filter(Boolean).join(':') },
    { title: t('infra.cluster'), dataIndex: 'clustername', sorter: byField('clustername') },
    { title: t('infra.zone'), dataIndex: 'zonename', sorter: byField('zonename') },
    { title: t('infra.usage'), key: 'usage', render: (_, p) => <UsageBar used={p.disksizeused} total={p.disksizetotal} /> },
    { title: t('primary.tags'), dataIndex: 'tags' },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, p) => (
        <Space size={0}>
          {poolActions(p)
            .filter((a) => can(ACTION_API[a]))
            .map((a) => button(p, a))}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageTitle>{t('primary.title')}</PageTitle>
      <ListToolbar keyword={query.keyword} onSearch={(keyword) => query.update({ keyword })} onRefresh={query.reload} loading={query.loading} filters={<PlacementFilters query={query} levels={['zone', 'pod', 'cluster']} />}
        actions={
          can('createStoragePool') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('primary.add')}
            </Button>
          )
        }
      />
      {query.error ? <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(query.error)} style={{ marginBottom: 16 }} /> : null}
      <Table<StoragePool> rowKey="id" size="middle" columns={columns} dataSource={query.items} loading={query.loading} pagination={tablePagination(query, t)} scroll={{ x: 'max-content' }} />
      {adding && (
        <AddPrimaryStorageDialog
          onClose={(created) => {
            setAdding(false);
            if (created) query.reload();
          }}
        />
      )}
    </>
  );
}
