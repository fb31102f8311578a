import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import type { DiskOffering } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { ActionButton } from '../../components/ActionButton';
import { DateTime } from '../../components/DateTime';
import { ListToolbar } from '../../components/ListToolbar';
import { PageTitle } from '../../components/PageTitle';
import { tablePagination } from '../../components/pagination';
import { CreateDiskOfferingDialog } from '../../dialogs/offerings/CreateDiskOfferingDialog';
import { EditOfferingDialog } from '../../dialogs/offerings/EditOfferingDialog';
import { useListQuery } from '../../hooks/useListQuery';
import { useRowActions } from '../../hooks/useRowActions';
import { byField } from '../../utils/sort';
import { canManageOffering } from './offeringAccess';

/** Disk offerings: everybody who may list them sees them; admins create, edit and delete. */
export default function DiskOfferingsPage() {
  const { t } = useTranslation();
  const { can, session } = useAuth();
  const query = useListQuery<DiskOffering>('listDiskOfferings');
  const { busyId, act, confirm } = useRowActions(query.reload);
  const [editing, setEditing] = useState<DiskOffering | 'new' | null>(null);

  const columns: TableColumnsType<DiskOffering> = [
    { title: t('common.name'), dataIndex: 'name', sorter: byField('name') },
    { title: t('common.description'), dataIndex: 'displaytext', sorter: byField('displaytext') },
    {
      title: t('diskOfferings.diskSize'),
      dataIndex: 'disksize',
      sorter: byField('disksize'),
      render: (v: number | undefined, o) => (o.iscustomized ? <Tag>{t('offerings.custom')}</Tag> : v),
    },
    { title: t('offerings.storageType'), dataIndex: 'storagetype', sorter: byField('storagetype'), render: (v?: string) => (v ? t(`offerings.${v}`, { defaultValue: v }) : null) },
    { title: t('offerings.storageTags'), dataIndex: 'tags' },
    { title: t('common.created'), dataIndex: 'created', sorter: byField('created'), render: (v: string) => <DateTime value={v} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, o) =>
        canManageOffering(session, o) && (
          <Space size={0}>
            {can('updateDiskOffering') && <ActionButton title={t('common.edit')} icon={<EditOutlined />} onClick={() => setEditing(o)} />}
            {can('deleteDiskOffering') && (
              <ActionButton
                title={t('common.delete')}
                danger
                icon={<DeleteOutlined />}
                loading={busyId === o.id}
                onClick={() =>
                  confirm(
                    t('diskOfferings.deleteConfirm', { name: o.name }),
                    true,
                    () => act(o.id, t('diskOfferings.deleteAction', { name: o.name }), 'deleteDiskOffering'),
                    t('diskOfferings.deleteHelp'),
                  )
                }
              />
            )}
          </Space>
        ),
    },
  ];

  return (
    <>
      <PageTitle>{t('diskOfferings.title')}</PageTitle>
      <ListToolbar
        keyword={query.keyword}
        onSearch={(keyword) => query.update({ keyword })}
        onRefresh={query.reload}
        loading={query.loading}
        actions={
          can('createDiskOffering') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('diskOfferings.create')}
            </Button>
          )
        }
      />
      {query.error ? <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(query.error)} style={{ marginBottom: 16 }} /> : null}
      <Table<DiskOffering> rowKey="id" size="middle" columns={columns} dataSource={query.items} loading={query.loading} pagination={tablePagination(query, t)} scroll={{ x: 'max-content' }} />
      {editing === 'new' && (
        <CreateDiskOfferingDialog
          onClose={(created) => {
            setEditing(null);
            if (created) query.reload();
          }}
        />
      )}
      {editing !== null && editing !== 'new' && (
        <EditOfferingDialog
          kind="disk"
          offering={editing}
          onClose={(changed) => {
            setEditing(null);
            if (changed) query.reload();
          }}
        />
      )}
    </>
  );
}
