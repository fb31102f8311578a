import { CheckOutlined, PlusOutlined, DeleteOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import type { Cluster } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { ActionButton } from '../../components/ActionButton';
import { ListToolbar } from '../../components/ListToolbar';
import { PageTitle } from '../../components/PageTitle';
import { tablePagination } from '../../components/pagination';
import { StateTag } from '../../components/StateTag';
import { AddClusterDialog } from '../../dialogs/infra/InfraDialogs';
import { useListQuery } from '../../hooks/useListQuery';
import { useRowActions } from '../../hooks/useRowActions';
import { byField } from '../../utils/sort';
import { PlacementFilters } from './filters';

const FILTERS = ['zoneid', 'podid', 'hypervisor', 'allocationstate'] as const;

/** Clusters: filter by zone and pod; enable, disable, delete. */
export default function ClustersPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const query = useListQuery<Cluster>('listClusters', { filters: FILTERS });
  const { busyId, act, confirm } = useRowActions(query.reload);
  const [adding, setAdding] = useState(false);

  const columns: TableColumnsType<Cluster> = [
    { title: t('common.name'), dataIndex: 'name', sorter: byField('name') },
    { title: t('infra.hypervisor'), dataIndex: 'hypervisortype', sorter: byField('hypervisortype') },
    { title: t('infra.pod'), dataIndex: 'podname', sorter: byField('podname') },
    { title: t('infra.zone'), dataIndex: 'zonename', sorter: byField('zonename') },
    { title: t('clusters.type'), dataIndex: 'clustertype' },
    { title: t('infra.allocationState'), dataIndex: 'allocationstate', sorter: byField('allocationstate'), render: (v: string) => <StateTag value={v} /> },
    { title: t('clusters.managedState'), dataIndex: 'managedstate', render: (v: string) => <StateTag value={v} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, c) => (
        <Space size={0}>
          {can('updateCluster') && c.allocationstate === 'Disabled' && (
            <ActionButton title={t('zones.enable')} icon={<CheckOutlined />} loading={busyId === c.id} onClick={() => act(c.id, t('clusters.enableAction', { name: c.name }), 'updateCluster', { allocationstate: 'Enabled' })} />
          )}
          {can('updateCluster') && c.allocationstate !== 'Disabled' && (
            <ActionButton title={t('zones.disable')} icon={<StopOutlined />} loading={busyId === c.id} onClick={() => act(c.id, t('clusters.disableAction', { name: c.name }), 'updateCluster', { allocationstate: 'Disabled' })} />
          )}
          {can('deleteCluster') && (
            <ActionButton
              title={t('common.delete')}
              danger
              icon={<DeleteOutlined />}
              loading={busyId === c.id}
              onClick={() => confirm(t('clusters.deleteConfirm', { name: c.name }), true, () => act(c.id, t('clusters.deleteAction', { name: c.name }), 'deleteCluster'), t('common.cannotUndo'))}
            />
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageTitle>{t('clusters.title')}</PageTitle>
      <ListToolbar keyword={query.keyword} onSearch={(keyword) => query.update({ keyword })} onRefresh={query.reload} loading={query.loading} filters={<PlacementFilters query={query} levels={['zone', 'pod']} />}
        actions={
          can('addCluster') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('clusters.add')}
            </Button>
          )
        }
      />
      {query.error ? <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(query.error)} style={{ marginBottom: 16 }} /> : null}
      <Table<Cluster> rowKey="id" size="middle" columns={columns} dataSource={query.items} loading={query.loading} pagination={tablePagination(query, t)} scroll={{ x: 'max-content' }} />
      {adding && (
        <AddClusterDialog
          onClose={(created) => {
            setAdding(false);
            if (created) query.reload();
          }}
        />
      )}
    </>
  );
}
