import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Select, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorText } from '../../api/errors';
import type { Volume } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { DateTime } from '../../components/DateTime';
import { ListToolbar } from '../../components/ListToolbar';
import { PageTitle } from '../../components/PageTitle';
import { tablePagination } from '../../components/pagination';
import { StateTag } from '../../components/StateTag';
import { CreateVolumeDialog } from '../../dialogs/volumes/CreateVolumeDialog';
import { useListQuery } from '../../hooks/useListQuery';
import { formatBytes } from '../../utils/format';
import { byField } from '../../utils/sort';
import { VolumeActions } from './VolumeActions';

const FILTERS = ['type', 'state'] as const;
const TYPES = ['ROOT', 'DATADISK'];
const STATES = ['Allocated', 'Ready', 'Destroy', 'Expunging'];

/** Volumes: the disks of instances (and detached data disks), by type and state; create, and VolumeActions per row. */
export default function VolumesPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const query = useListQuery<Volume>('listVolumes', { params: { listall: true }, filters: FILTERS });
  const [creating, setCreating] = useState(false);

  const columns: TableColumnsType<Volume> = [
    { title: t('common.name'), dataIndex: 'name', sorter: byField('name') },
    { title: t('common.type'), dataIndex: 'type', sorter: byField('type'), render: (v: string) => <Tag>{t(`volumes.types.${v}`, { defaultValue: v })}</Tag> },
    { title: t('common.state'), dataIndex: 'state', sorter: byField('state'), render: (v: string) => <StateTag value={v} /> },
    { title: t('volumes.size'), dataIndex: 'size', sorter: byField('size'), render: (v?: number) => formatBytes(v) },
    {
      title: t('volumes.instance'),
      dataIndex: 'vmdisplayname',
      sorter: byField('vmdisplayname'),
      render: (v: string | undefined, vol) => (vol.virtualmachineid ? <Link to={`/compute/instances/${vol.virtualmachineid}`}>{v || vol.vmname}</Link> : null),
    },
    { title: t('infra.zone'), dataIndex: 'zonename', sorter: byField('zonename') },
    { title: t('common.account'), dataIndex: 'account', sorter: byField('account') },
    { title: t('common.created'), dataIndex: 'created', sorter: byField('created'), render: (v: string) => <DateTime value={v} /> },
    { title: t('common.actions'), key: 'actions', render: (_, vol) => <VolumeActions volume={vol} onChanged={query.reload} /> },
  ];

  return (
    <>
      <PageTitle>{t('volumes.title')}</PageTitle>
      <ListToolbar
        keyword={query.keyword}
        onSearch={(keyword) => query.update({ keyword })}
        onRefresh={query.reload}
        loading={query.loading}
        filters={
          <>
            <Select
              allowClear
              placeholder={t('common.type')}
              aria-label={t('common.type')}
              style={{ width: 140 }}
              value={query.filters.type}
              onChange={(type) => query.update({ type })}
              options={TYPES.map((v) => ({ value: v, label: t(`volumes.types.${v}`) }))}
            />
            <Select
              allowClear
              placeholder={t('common.state')}
              aria-label={t('common.state')}
              style={{ width: 140 }}
              value={query.filters.state}
              onChange={(state) => query.update({ state })}
              options={STATES.map((s) => ({ value: s, label: t(`states.${s.toLowerCase()}`) }))}
            />
          </>
        }
        actions={
          can('createVolume') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('volumes.create')}
            </Button>
          )
        }
      />
      {query.error ? <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(query.error)} style={{ marginBottom: 16 }} /> : null}
      <Table<Volume> rowKey="id" size="middle" columns={columns} dataSource={query.items} loading={query.loading} pagination={tablePagination(query, t)} scroll={{ x: 'max-content' }} />
      {creating && (
        <CreateVolumeDialog
          onClose={(created) => {
            setCreating(false);
            if (created) query.reload();
          }}
        />
      )}
    </>
  );
}
