import { CheckOutlined, DeleteOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorText } from '../../api/errors';
import type { Zone } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { ActionButton } from '../../components/ActionButton';
import { CapacityBars } from '../../components/CapacityBars';
import { ListToolbar } from '../../components/ListToolbar';
import { PageTitle } from '../../components/PageTitle';
import { tablePagination } from '../../components/pagination';
import { StateTag } from '../../components/StateTag';
import { useListQuery } from '../../hooks/useListQuery';
import { useRowActions } from '../../hooks/useRowActions';
import { byField } from '../../utils/sort';

/** Zones with their capacity; enable, disable, delete; the zone wizard adds one. */
export default function ZonesPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const navigate = useNavigate();
  const query = useListQuery<Zone>('listZones', { params: { showcapacities: true } });
  const { busyId, act, confirm } = useRowActions(query.reload);

  const columns: TableColumnsType<Zone> = [
    { title: t('common.name'), dataIndex: 'name', sorter: byField('name') },
    { title: t('zones.networkType'), dataIndex: 'networktype', sorter: byField('networktype') },
    { title: t('infra.allocationState'), dataIndex: 'allocationstate', sorter: byField('allocationstate'), render: (v: string) => <StateTag value={v} /> },
    { title: t('zones.dns'), key: 'dns', render: (_, z) => [z.dns1, z.internaldns1].filter(Boolean).join(' / ') },
    { title: t('zones.guestCidr'), dataIndex: 'guestcidraddress' },
    { title: t('zones.capacity'), key: 'capacity', width: 300, render: (_, z) => <CapacityBars capacity={z.capacity} types={[0, 1, 2, 6]} compact /> },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, z) => (
        <Space size={0}>
          {can('updateZone') && z.allocationstate === 'Disabled' && (
            <ActionButton title={t('zones.enable')} icon={<CheckOutlined />} loading={busyId === z.id} onClick={() => act(z.id, t('zones.enableAction', { name: z.name }), 'updateZone', { allocationstate: 'Enabled' })} />
          )}
          {can('updateZone') && z.allocationstate !== 'Disabled' && (
            <ActionButton
              title={t('zones.disable')}
              icon={<StopOutlined />}
              loading={busyId === z.id}
              onClick={() => confirm(t('zones.disableConfirm', { name: z.name }), false, () => act(z.id, t('zones.disableAction', { name: z.name }), 'updateZone', { allocationstate: 'Disabled' }))}
            />
          )}
          {can('deleteZone') && (
            <ActionButton
              title={t('common.delete')}
              danger
              icon={<DeleteOutlined />}
              loading={busyId === z.id}
              onClick={() => confirm(t('zones.deleteConfirm', { name: z.name }), true, () => act(z.id, t('zones.deleteAction', { name: z.name }), 'deleteZone'), t('zones.deleteHelp'))}
            />
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageTitle>{t('zones.title')}</PageTitle>
      <ListToolbar
        keyword={query.keyword}
        onSearch={(keyword) => query.update({ keyword })}
        onRefresh={query.reload}
        loading={query.loading}
        actions={
          can('createZone') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/infra/zones/new')}>
              {t('zones.add')}
            </Button>
          )
        }
      />
      {query.error ? <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(query.error)} style={{ marginBottom: 16 }} /> : null}
      <Table<Zone> rowKey="id" size="middle" columns={columns} dataSource={query.items} loading={query.loading} pagination={tablePagination(query, t)} scroll={{ x: 'max-content' }} />
    </>
  );
}
