import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import type { AffinityGroup } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { ActionButton } from '../../components/ActionButton';
import { ListToolbar } from '../../components/ListToolbar';
import { PageTitle } from '../../components/PageTitle';
import { tablePagination } from '../../components/pagination';
import { CreateAffinityGroupDialog } from '../../dialogs/affinity/CreateAffinityGroupDialog';
import { useListQuery } from '../../hooks/useListQuery';
import { useRowActions } from '../../hooks/useRowActions';
import { byField } from '../../utils/sort';
import { affinityTypeLabel } from './affinityTypes';

const members = (g: AffinityGroup) => g.virtualmachineIds?.length ?? 0;

/** Affinity groups: host affinity and anti-affinity rules for the instances in them; create and delete. */
export default function AffinityGroupsPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const query = useListQuery<AffinityGroup>('listAffinityGroups', { params: { listall: true } });
  const { busyId, act, confirm } = useRowActions(query.reload);
  const [creating, setCreating] = useState(false);

  const columns: TableColumnsType<AffinityGroup> = [
    { title: t('common.name'), dataIndex: 'name', sorter: byField('name') },
    { title: t('common.type'), dataIndex: 'type', sorter: byField('type'), render: (v: string) => <Tag>{affinityTypeLabel(t, v)}</Tag> },
    { title: t('common.description'), dataIndex: 'description' },
    { title: t('affinity.instances'), key: 'instances', sorter: (a, b) => members(a) - members(b), render: (_, g) => members(g) },
    { title: t('common.account'), dataIndex: 'account', sorter: byField('account') },
    { title: t('common.domain'), dataIndex: 'domain', sorter: byField('domain') },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, g) =>
        can('deleteAffinityGroup') && (
          <ActionButton
            title={t('common.delete')}
            danger
            icon={<DeleteOutlined />}
            loading={busyId === g.id}
            onClick={() => confirm(t('affinity.deleteConfirm', { name: g.name }), true, () => act(g.id, t('affinity.deleteAction', { name: g.name }), 'deleteAffinityGroup'), t('affinity.deleteHelp'))}
          />
        ),
    },
  ];

  return (
    <>
      <PageTitle>{t('affinity.title')}</PageTitle>
      <ListToolbar
        keyword={query.keyword}
        onSearch={(keyword) => query.update({ keyword })}
        onRefresh={query.reload}
        loading={query.loading}
        actions={
          can('createAffinityGroup') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('affinity.create')}
            </Button>
          )
        }
      />
      {query.error ? <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(query.error)} style={{ marginBottom: 16 }} /> : null}
      <Table<AffinityGroup> rowKey="id" size="middle" columns={columns} dataSource={query.items} loading={query.loading} pagination={tablePagination(query, t)} scroll={{ x: 'max-content' }} />
      {creating && (
        <CreateAffinityGroupDialog
          onClose={(created) => {
            setCreating(false);
            if (created) query.reload();
          }}
        />
      )}
    </>
  );
}
