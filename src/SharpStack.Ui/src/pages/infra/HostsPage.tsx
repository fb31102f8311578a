import { CheckOutlined, DeleteOutlined, PlusOutlined, StopOutlined, SyncOutlined, TagsOutlined, ToolOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Modal, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import type { Host } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { ActionButton } from '../../components/ActionButton';
import { ListToolbar } from '../../components/ListToolbar';
import { PageTitle } from '../../components/PageTitle';
import { tablePagination } from '../../components/pagination';
import { StateTag } from '../../components/StateTag';
import { AddHostDialog } from '../../dialogs/infra/AddHostDialog';
import { useListQuery } from '../../hooks/useListQuery';
import { useRowActions } from '../../hooks/useRowActions';
import { formatBytes } from '../../utils/format';
import { byField } from '../../utils/sort';
import { PlacementFilters } from './filters';
import { hostActions, type HostAction } from './hostActions';

const FILTERS = ['zoneid', 'podid', 'clusterid', 'state', 'resourcestate'] as const;
const STATES = ['Up', 'Down', 'Disconnected', 'Alert', 'Connecting'];
const RESOURCE_STATES = ['Enabled', 'Disabled', 'PrepareForMaintenance', 'Maintenance', 'ErrorInMaintenance'];

const ACTION_API: Record<HostAction, string> = {
  enable: 'updateHost',
  disable: 'updateHost',
  maintenance: 'prepareHostForMaintenance',
  cancelMaintenance: 'cancelHostMaintenance',
  reconnect: 'reconnectHost',
  delete: 'deleteHost',
};

/** Hosts: filter by placement and state; enable/disable, maintenance, reconnect, tags, delete. */
export default function HostsPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const query = useListQuery<Host>('listHosts', { params: { type: 'Routing' }, filters: FILTERS });
  const { busyId, act, confirm } = useRowActions(query.reload);
  const [tagging, setTagging] = useState<Host | null>(null);
  const [tags, setTags] = useState('');
  const [adding, setAdding] = useState(false);

  const button = (h: Host, action: HostAction): ReactNode => {
    const name = h.name;
    const busy = busyId === h.id;
    switch (action) {
      case 'enable':
        return <ActionButton key={action} title={t('hosts.enable')} icon={<CheckOutlined />} loading={busy} onClick={() => act(h.id, t('hosts.enableAction', { name }), 'updateHost', { allocationstate: 'Enable' })} />;
      case 'disable':
        return (
          <ActionButton
            key={action}
            title={t('hosts.disable')}
            icon={<StopOutlined />}
            loading={busy}
            onClick={() => confirm(t('hosts.disableConfirm', { name }), false, () => act(h.id, t('hosts.disableAction', { name }), 'updateHost', { allocationstate: 'Disable' }))}
          />
        );
      case 'maintenance':
        return (
          <ActionButton
            key={action}
            title={t('hosts.maintenance')}
            icon={<ToolOutlined />}
            loading={busy}
            onClick={() => confirm(t('hosts.maintenanceConfirm', { name }), false, () => act(h.id, t('hosts.maintenanceAction', { name }), 'prepareHostForMaintenance'))}
          />
        );
      case 'cancelMaintenance':
        return <ActionButton key={action} title={t('hosts.cancelMaintenance')} icon={<UndoOutlined />} loading={busy} onClick={() => act(h.id, t('hosts.cancelMaintenanceAction', { name }), 'cancelHostMaintenance')} />;
      case 'reconnect':
        return (
          <ActionButton
            key={action}
            title={t('hosts.reconnect')}
            icon={<SyncOutlined />}
            loading={busy}
            onClick={() => confirm(t('hosts.reconnectConfirm', { name }), false, () => act(h.id, t('hosts.reconnectAction', { name }), 'reconnectHost'))}
          />
        );
      case 'delete':
        return (
          <ActionButton
            key={action}
            title={t('common.delete')}
            danger
            icon={<DeleteOutlined />}
            loading={busy}
            onClick={() => confirm(t('hosts.deleteConfirm', { name }), true, () => act(h.id, t('hosts.deleteAction', { name }), 'deleteHost'), t('common.cannotUndo'))}
          />
        );
    }
  };

  const columns: TableColumnsType<Host> = [
    {
      title: t('common.name'),
      dataIndex: 'name',
      sorter: byField('name'),
      render: (v: string, h) => (
        <Space orientation="vertical" size={0}>
          <span>{v}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {h.ipaddress}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('common.state'), dataIndex: 'state', sorter: byField('state'), render: (v: string) => <StateTag value={v} /> },
    { title: t('hosts.resourceState'), dataIndex: 'resourcestate', sorter: byField('resourcestate'), render: (v: string) => <StateTag value={v} /> },
    { title: t('infra.hypervisor'), dataIndex: 'hypervisor', sorter: byField('hypervisor') },
    { title: t('infra.cluster'), dataIndex: 'clustername', sorter: byField('clustername') },
    { title: t('infra.pod'), dataIndex: 'podname', sorter: byField('podname') },
    { title: t('infra.zone'), dataIndex: 'zonename', sorter: byField('zonename') },
    {
      title: t('hosts.cpu'),
      key: 'cpu',
      render: (_, h) => (h.cpunumber ? `${h.cpunumber} × ${h.cpuspeed ?? '?'} MHz` : ''),
    },
    { title: t('hosts.memory'), dataIndex: 'memorytotal', sorter: byField('memorytotal'), render: (v: number) => formatBytes(v) },
    { title: t('hosts.tags'), dataIndex: 'hosttags', render: (v: string) => v },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, h) => (
        <Space size={0}>
          {hostActions(h)
            .filter((a) => can(ACTION_API[a]))
            .map((a) => button(h, a))}
          {can('updateHost') && (
            <ActionButton
              title={t('hosts.editTags')}
              icon={<TagsOutlined />}
              onClick={() => {
                setTags(h.hosttags ?? '');
                setTagging(h);
              }}
            />
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageTitle>{t('hosts.title')}</PageTitle>
      <ListToolbar
        keyword={query.keyword}
        onSearch={(keyword) => query.update({ keyword })}
        onRefresh={query.reload}
        loading={query.loading}
        filters={
          <>
            <PlacementFilters query={query} levels={['zone', 'pod', 'cluster']} />
            <Select
              allowClear
              placeholder={t('common.state')}
              aria-label={t('common.state')}
              style={{ width: 140 }}
              value={query.filters.state}
              onChange={(state) => query.update({ state })}
              options={STATES.map((s) => ({ value: s, label: t(`states.${s.toLowerCase()}`) }))}
            />
            <Select
              allowClear
              placeholder={t('hosts.resourceState')}
              aria-label={t('hosts.resourceState')}
              style={{ width: 170 }}
              value={query.filters.resourcestate}
              onChange={(resourcestate) => query.update({ resourcestate })}
              options={RESOURCE_STATES.map((s) => ({ value: s, label: t(`states.${s.toLowerCase()}`) }))}
            />
          </>
        }
        actions={
          can('addHost') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('hosts.add')}
            </Button>
          )
        }
      />
      {query.error ? <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(query.error)} style={{ marginBottom: 16 }} /> : null}
      <Table<Host> rowKey="id" size="middle" columns={columns} dataSource={query.items} loading={query.loading} pagination={tablePagination(query, t)} scroll={{ x: 'max-content' }} />
      <Modal
        open={tagging !== null}
        title={t('hosts.tagsTitle', { name: tagging?.name ?? '' })}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        onCancel={() => setTagging(null)}
        onOk={() => {
          const h = tagging!;
          setTagging(null);
          // The client leaves out empty parameters, and the server reads a lone comma as "no tags".
          void act(h.id, t('hosts.tagsAction', { name: h.name }), 'updateHost', { hosttags: tags.trim() === '' ? ',' : tags.trim() });
        }}
      >
        <Input aria-label={t('hosts.tags')} value={tags} onChange={(e) => setTags(e.target.value)} placeholder="ssd,gpu" />
        <Typography.Text type="secondary">{t('hosts.tagsHelp')}</Typography.Text>
      </Modal>
      {adding && (
        <AddHostDialog
          onClose={(added) => {
            setAdding(false);
            if (added) query.reload();
          }}
        />
      )}
    </>
  );
}
