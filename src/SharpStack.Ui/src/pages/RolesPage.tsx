import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Select, Space, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../api/ApiContext';
import { errorText } from '../api/errors';
import type { Role } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { ListToolbar } from '../components/ListToolbar';
import { PageTitle } from '../components/PageTitle';
import { tablePagination } from '../components/pagination';
import { StateTag } from '../components/StateTag';
import { RoleDialog, ROLE_TYPES } from '../dialogs/RoleDialog';
import { useAction } from '../hooks/useAction';
import { useListQuery } from '../hooks/useListQuery';
import { byField } from '../utils/sort';

const FILTERS = ['type'] as const;

/** Roles: list by type, create, edit, delete; the name opens the role's rules. */
export default function RolesPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { can } = useAuth();
  const { modal } = App.useApp();
  const run = useAction();
  const query = useListQuery<Role>('listRoles', { filters: FILTERS });
  const [editing, setEditing] = useState<Role | 'new' | null>(null);

  const columns: TableColumnsType<Role> = [
    {
      title: t('common.name'),
      dataIndex: 'name',
      sorter: byField('name'),
      render: (name: string, r) => (can('listRolePermissions') ? <Link to={`/roles/${r.id}`}>{name}</Link> : name),
    },
    { title: t('roles.type'), dataIndex: 'type', sorter: byField('type') },
    { title: t('common.description'), dataIndex: 'description', sorter: byField('description') },
    {
      title: t('roles.isDefault'),
      dataIndex: 'isdefault',
      sorter: byField('isdefault'),
      render: (v: boolean) => (v ? <Tag>{t('common.default')}</Tag> : null),
    },
    { title: t('roles.isPublic'), dataIndex: 'ispublic', sorter: byField('ispublic'), render: (v: boolean) => (v ? t('common.yes') : t('common.no')) },
    { title: t('common.state'), dataIndex: 'state', render: (s: string) => <StateTag value={s} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, r) => (
        <Space size={0}>
          {can('updateRole') && (
            <Tooltip title={t('common.edit')}>
              <Button type="text" icon={<EditOutlined />} aria-label={t('common.edit')} onClick={() => setEditing(r)} />
            </Tooltip>
          )}
          {can('deleteRole') && !r.isdefault && (
            <Tooltip title={t('common.delete')}>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('common.delete')}
                onClick={() =>
                  modal.confirm({
                    title: t('common.confirmDelete', { name: r.name }),
                    content: t('common.cannotUndo'),
                    okButtonProps: { danger: true },
                    okText: t('common.delete'),
                    cancelText: t('common.cancel'),
                    onOk: async () => {
                      await run(t('roles.deleteAction', { name: r.name }), () => api.execute('deleteRole', { id: r.id }));
                      query.reload();
                    },
                  })
                }
              />
            </Tooltip>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageTitle>{t('roles.title')}</PageTitle>
      <ListToolbar
        keyword={query.keyword}
        onSearch={(keyword) => query.update({ keyword })}
        onRefresh={query.reload}
        loading={query.loading}
        filters={
          <Select
            allowClear
            placeholder={t('roles.type')}
            aria-label={t('roles.type')}
            style={{ width: 160 }}
            value={query.filters.type}
            onChange={(type) => query.update({ type })}
            options={ROLE_TYPES.map((r) => ({ value: r, label: r }))}
          />
        }
        actions={
          can('createRole') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('roles.create')}
            </Button>
          )
        }
      />
      {query.error ? <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(query.error)} style={{ marginBottom: 16 }} /> : null}
      <Table<Role> rowKey="id" size="middle" columns={columns} dataSource={query.items} loading={query.loading} pagination={tablePagination(query, t)} />
      {editing && (
        <RoleDialog
          role={editing === 'new' ? undefined : editing}
          onClose={(changed) => {
            setEditing(null);
            if (changed) query.reload();
          }}
        />
      )}
    </>
  );
}
