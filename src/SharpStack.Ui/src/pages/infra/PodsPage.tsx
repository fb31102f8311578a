import { CheckOutlined, PlusOutlined, DeleteOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import type { Pod } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { ActionButton } from '../../components/ActionButton';
import { ListToolbar } from '../../components/ListToolbar';
import { PageTitle } from '../../components/PageTitle';
import { tablePagination } from '../../components/pagination';
import { StateTag } from '../../components/StateTag';
import { AddPodDialog } from '../../dialogs/infra/InfraDialogs';
import { useListQuery } from '../../hooks/useListQuery';
import { useRowActions } from '../../hooks/useRowActions';
import { byField } from '../../utils/sort';
import { PlacementFilters } from './filters';

const FILTERS = ['zoneid', 'allocationstate'] as const;
const ips = (v: string[] | string | undefined) => (Array.isArray(v) ? v.filter(Boolean).join(', ') : (v ?? ''));

/** Pods: filter by zone; enable, disable, delete. */
export default function PodsPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const query = useListQuery<Pod>('listPods', { filters: FILTERS });
  const { busyId, act, confirm } = useRowActions(query.reload);
  const [adding, setAdding] = useState(false);

  const columns: TableColumnsType<Pod> = [
    { title: t('common.name'), dataIndex: 'name', sorter: byField('name') },
    { title: t('infra.zone'), dataIndex: 'zonename', sorter: byField('zonename') },
    { title: t('infra.gateway'), dataIndex: 'gateway' },
    { title: t('infra.netmask'), dataIndex: 'netmask' },
    { title: t('pods.ipRange'), key: 'range', render: (_, p) => [ips(p.startip), ips(p.endip)].filter(Boolean).join(' – ') },
    { title: t('infra.allocationState'), dataIndex: 'allocationstate', sorter: byField('allocationstate'), render: (v: string) => <StateTag value={v} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, p) => (
        <Space size={0}>
          {can('updatePod') && p.allocationstate === 'Disabled' && (
            <ActionButton title={t('zones.enable')} icon={<CheckOutlined />} loading={busyId === p.id} onClick={() => act(p.id, t('pods.enableAction', { name: p.name }), 'updatePod', { allocationstate: 'Enabled' })} />
          )}
          {can('updatePod') && p.allocationstate !== 'Disabled' && (
            <ActionButton title={t('zones.disable')} icon={<StopOutlined />} loading={busyId === p.id} onClick={() => act(p.id, t('pods.disableAction', { name: p.name }), 'updatePod', { allocationstate: 'Disabled' })} />
          )}
          {can('deletePod') && (
            <ActionButton
              title={t('common.delete')}
              danger
              icon={<DeleteOutlined />}
              loading={busyId === p.id}
              onClick={() => confirm(t('pods.deleteConfirm', { name: p.name }), true, () => act(p.id, t('pods.deleteAction', { name: p.name }), 'deletePod'), t('common.cannotUndo'))}
            />
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageTitle>{t('pods.title')}</PageTitle>
      <ListToolbar keyword={query.keyword} onSearch={(keyword) => query.update({ keyword })} onRefresh={query.reload} loading={query.loading} filters={<PlacementFilters query={query} levels={['zone']} />}
        actions={
          can('createPod') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('pods.add')}
            </Button>
          )
        }
      />
      {query.error ? <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(query.error)} style={{ marginBottom: 16 }} /> : null}
      <Table<Pod> rowKey="id" size="middle" columns={columns} dataSource={query.items} loading={query.loading} pagination={tablePagination(query, t)} scroll={{ x: 'max-content' }} />
      {adding && (
        <AddPodDialog
          onClose={(created) => {
            setAdding(false);
            if (created) query.reload();
          }}
        />
      )}
    </>
  );
}
