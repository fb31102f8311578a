import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import type { ImageStore } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { ActionButton } from '../../components/ActionButton';
import { ListToolbar } from '../../components/ListToolbar';
import { PageTitle } from '../../components/PageTitle';
import { tablePagination } from '../../components/pagination';
import { AddImageStoreDialog } from '../../dialogs/infra/AddImageStoreDialog';
import { useListQuery } from '../../hooks/useListQuery';
import { useRowActions } from '../../hooks/useRowActions';
import { byField } from '../../utils/sort';
import { PlacementFilters } from './filters';
import { UsageBar } from './PrimaryStoragePage';

const FILTERS = ['zoneid'] as const;

/** Secondary storage (image stores): add, delete. */
export default function SecondaryStoragePage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const query = useListQuery<ImageStore>('listImageStores', { filters: FILTERS });
  const { busyId, act, confirm } = useRowActions(query.reload);
  const [adding, setAdding] = useState(false);

  const columns: TableColumnsType<ImageStore> = [
    { title: t('common.name'), dataIndex: 'name', sorter: byField('name') },
    { title: t('infra.url'), dataIndex: 'url' },
    { title: t('secondary.provider'), dataIndex: 'providername', sorter: byField('providername') },
    { title: t('secondary.protocol'), dataIndex: 'protocol' },
    { title: t('primary.scope'), dataIndex: 'scope' },
    { title: t('infra.zone'), dataIndex: 'zonename', sorter: byField('zonename') },
    { title: t('infra.usage'), key: 'usage', render: (_, s) => <UsageBar used={s.disksizeused} total={s.disksizetotal} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, s) =>
        can('deleteImageStore') && (
          <ActionButton
            title={t('common.delete')}
            danger
            icon={<DeleteOutlined />}
            loading={busyId === s.id}
            onClick={() => confirm(t('secondary.deleteConfirm', { name: s.name }), true, () => act(s.id, t('secondary.deleteAction', { name: s.name }), 'deleteImageStore'), t('common.cannotUndo'))}
          />
        ),
    },
  ];

  return (
    <>
      <PageTitle>{t('secondary.title')}</PageTitle>
      <ListToolbar
        keyword={query.keyword}
        onSearch={(keyword) => query.update({ keyword })}
        onRefresh={query.reload}
        loading={query.loading}
        filters={<PlacementFilters query={query} levels={['zone']} />}
        actions={
          can('addImageStore') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('secondary.add')}
            </Button>
          )
        }
      />
      {query.error ? <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(query.error)} style={{ marginBottom: 16 }} /> : null}
      <Table<ImageStore> rowKey="id" size="middle" columns={columns} dataSource={query.items} loading={query.loading} pagination={tablePagination(query, t)} scroll={{ x: 'max-content' }} />
      {adding && (
        <AddImageStoreDialog
          onClose={(added) => {
            setAdding(false);
            if (added) query.reload();
          }}
        />
      )}
    </>
  );
}
