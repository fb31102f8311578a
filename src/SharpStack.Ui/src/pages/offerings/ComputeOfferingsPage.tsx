import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import type { ServiceOffering } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { ActionButton } from '../../components/ActionButton';
import { DateTime } from '../../components/DateTime';
import { ListToolbar } from '../../components/ListToolbar';
import { PageTitle } from '../../components/PageTitle';
import { tablePagination } from '../../components/pagination';
import { CreateServiceOfferingDialog } from '../../dialogs/offerings/CreateServiceOfferingDialog';
import { EditOfferingDialog } from '../../dialogs/offerings/EditOfferingDialog';
import { useListQuery } from '../../hooks/useListQuery';
import { useRowActions } from '../../hooks/useRowActions';
import { byField } from '../../utils/sort';
import { canManageOffering } from './offeringAccess';

/** Compute offerings: everybody who may list them sees them; admins create, edit and delete. */
export default function ComputeOfferingsPage() {
  const { t } = useTranslation();
  const { can, session } = useAuth();
  const query = useListQuery<ServiceOffering>('listServiceOfferings');
  const { busyId, act, confirm } = useRowActions(query.reload);
  const [editing, setEditing] = useState<ServiceOffering | 'new' | null>(null);
  const custom = <Tag>{t('offerings.custom')}</Tag>;

  const columns: TableColumnsType<ServiceOffering> = [
    { title: t('common.name'), dataIndex: 'name', sorter: byField('name') },
    { title: t('common.description'), dataIndex: 'displaytext', sorter: byField('displaytext') },
    { title: t('computeOfferings.cpuNumber'), dataIndex: 'cpunumber', sorter: byField('cpunumber'), render: (v?: number) => v ?? custom },
    { title: t('computeOfferings.cpuSpeed'), dataIndex: 'cpuspeed', sorter: byField('cpuspeed'), render: (v: number | undefined, o) => v ?? (o.iscustomized ? custom : null) },
    { title: t('computeOfferings.memory'), dataIndex: 'memory', sorter: byField('memory'), render: (v?: number) => v ?? custom },
    { title: t('offerings.storageType'), dataIndex: 'storagetype', sorter: byField('storagetype'), render: (v?: string) => (v ? t(`offerings.${v}`, { defaultValue: v }) : null) },
    { title: t('common.created'), dataIndex: 'created', sorter: byField('created'), render: (v: string) => <DateTime value={v} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, o) =>
        canManageOffering(session, o) && (
          <Space size={0}>
            {can('updateServiceOffering') && <ActionButton title={t('common.edit')} icon={<EditOutlined />} onClick={() => setEditing(o)} />}
            {can('deleteServiceOffering') && (
              <ActionButton
                title={t('common.delete')}
                danger
                icon={<DeleteOutlined />}
                loading={busyId === o.id}
                onClick={() =>
                  confirm(
                    t('computeOfferings.deleteConfirm', { name: o.name }),
                    true,
                    () => act(o.id, t('computeOfferings.deleteAction', { name: o.name }), 'deleteServiceOffering'),
                    t('computeOfferings.deleteHelp'),
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
      <PageTitle>{t('computeOfferings.title')}</PageTitle>
      <ListToolbar
        keyword={query.keyword}
        onSearch={(keyword) => query.update({ keyword })}
        onRefresh={query.reload}
        loading={query.loading}
        actions={
          can('createServiceOffering') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('computeOfferings.create')}
            </Button>
          )
        }
      />
      {query.error ? <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(query.error)} style={{ marginBottom: 16 }} /> : null}
      <Table<ServiceOffering> rowKey="id" size="middle" columns={columns} dataSource={query.items} loading={query.loading} pagination={tablePagination(query, t)} scroll={{ x: 'max-content' }} />
      {editing === 'new' && (
        <CreateServiceOfferingDialog
          onClose={(created) => {
            setEditing(null);
            if (created) query.reload();
          }}
        />
      )}
      {editing !== null && editing !== 'new' && (
        <EditOfferingDialog
          kind="compute"
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
