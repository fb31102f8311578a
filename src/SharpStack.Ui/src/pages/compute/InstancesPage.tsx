import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { errorText } from '../../api/errors';
import type { VirtualMachine, Zone } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { DateTime } from '../../components/DateTime';
import { EntitySelect } from '../../components/EntitySelect';
import { ListToolbar } from '../../components/ListToolbar';
import { PageTitle } from '../../components/PageTitle';
import { tablePagination } from '../../components/pagination';
import { StateTag } from '../../components/StateTag';
import { useListQuery } from '../../hooks/useListQuery';
import { byField } from '../../utils/sort';
import { isTransitional, vmLabel, vmSize } from './vmActions';
import { VmActions } from './VmActions';

const FILTERS = ['state', 'zoneid'] as const;
const VM_STATES = ['Running', 'Stopped', 'Starting', 'Stopping', 'Migrating', 'Destroyed', 'Error'];
const REFRESH_MS = 5000;
const idOf = (x: { id: string }) => x.id;
const nameOf = (x: { name: string }) => x.name;

/** Instances: filter by state and zone; deploy; start, stop, reboot, migrate, destroy, recover, expunge. */
export default function InstancesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can, session } = useAuth();
  const rootAdmin = session?.type === '1';
  const query = useListQuery<VirtualMachine>('listVirtualMachines', { params: { listall: true }, filters: FILTERS });
  const { reload, loading } = query;
  const moving = query.items.some(isTransitional);

  // Starting, stopping, migrating: look again until they settle.
  useEffect(() => {
    if (!moving || loading) return;
    const timer = setTimeout(reload, REFRESH_MS);
    return () => clearTimeout(timer);
  }, [moving, loading, reload]);

  const columns: TableColumnsType<VirtualMachine> = [
    {
      title: t('common.name'),
      key: 'name',
      sorter: (a, b) => vmLabel(a).localeCompare(vmLabel(b)),
      render: (_, vm) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/compute/instances/${vm.id}`}>{vmLabel(vm)}</Link>
          {vm.displayname && vm.displayname !== vm.name && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {vm.name}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    { title: t('common.state'), dataIndex: 'state', sorter: byField('state'), render: (v: string) => <StateTag value={v} /> },
    { title: t('instances.ipAddress'), key: 'ipaddress', render: (_, vm) => vm.nic?.[0]?.ipaddress },
    { title: t('infra.zone'), dataIndex: 'zonename', sorter: byField('zonename') },
    {
      title: t('instances.offering'),
      dataIndex: 'serviceofferingname',
      sorter: byField('serviceofferingname'),
      render: (v: string, vm) => (
        <Space orientation="vertical" size={0}>
          <span>{v}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
            {vmSize(vm)}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('instances.template'), dataIndex: 'templatename', sorter: byField('templatename') },
    { title: t('common.account'), dataIndex: 'account', sorter: byField('account') },
    ...(rootAdmin
      ? [
          { title: t('instances.host'), dataIndex: 'hostname', sorter: byField<VirtualMachine>('hostname') },
          { title: t('instances.instanceName'), dataIndex: 'instancename', sorter: byField<VirtualMachine>('instancename') },
        ]
      : []),
    { title: t('common.created'), dataIndex: 'created', sorter: byField('created'), render: (v: string) => <DateTime value={v} /> },
    { title: t('common.actions'), key: 'actions', render: (_, vm) => <VmActions vm={vm} onChanged={reload} /> },
  ];

  return (
    <>
      <PageTitle>{t('instances.title')}</PageTitle>
      <ListToolbar
        keyword={query.keyword}
        onSearch={(keyword) => query.update({ keyword })}
        onRefresh={reload}
        loading={loading}
        filters={
          <>
            <Select
              allowClear
              placeholder={t('common.state')}
              aria-label={t('common.state')}
              style={{ width: 140 }}
              value={query.filters.state}
              onChange={(state) => query.update({ state })}
              options={VM_STATES.map((s) => ({ value: s, label: t(`states.${s.toLowerCase()}`) }))}
            />
            <EntitySelect<Zone>
              command="listZones"
              valueOf={idOf}
              labelOf={nameOf}
              allowClear
              placeholder={t('infra.zone')}
              aria-label={t('infra.zone')}
              style={{ width: 160 }}
              value={query.filters.zoneid}
              onChange={(zoneid) => query.update({ zoneid })}
            />
          </>
        }
        actions={
          can('deployVirtualMachine') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/compute/instances/new')}>
              {t('instances.add')}
            </Button>
          )
        }
      />
      {query.error ? <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(query.error)} style={{ marginBottom: 16 }} /> : null}
      {moving && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('instances.refreshing')}
        </Typography.Paragraph>
      )}
      <Table<VirtualMachine> rowKey="id" size="middle" columns={columns} dataSource={query.items} loading={loading} pagination={tablePagination(query, t)} scroll={{ x: 'max-content' }} />
    </>
  );
}
