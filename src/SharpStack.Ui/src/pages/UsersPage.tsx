import { CheckOutlined, DeleteOutlined, EditOutlined, KeyOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, App, Button, Select, Space, Table, Tooltip, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { errorText } from '../api/errors';
import type { Domain, User, UserKeys } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { DateTime } from '../components/DateTime';
import { EntitySelect } from '../components/EntitySelect';
import { ListToolbar } from '../components/ListToolbar';
import { PageTitle } from '../components/PageTitle';
import { tablePagination } from '../components/pagination';
import { StateTag } from '../components/StateTag';
import { UserFormDialog } from '../dialogs/UserFormDialog';
import { UserKeysDialog } from '../dialogs/UserKeysDialog';
import { useAction } from '../hooks/useAction';
import { useListQuery } from '../hooks/useListQuery';
import { byField } from '../utils/sort';

const FILTERS = ['state', 'accounttype', 'domainid'] as const;
const domainLabel = (d: Domain) => d.path;
const domainId = (d: Domain) => d.id;

/** Users: filter, create, edit, enable/disable/delete, and generate API keys (shown once). */
export default function UsersPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { can, session } = useAuth();
  const { modal } = App.useApp();
  const run = useAction();
  const query = useListQuery<User>('listUsers', { params: { listall: true }, filters: FILTERS });
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [keys, setKeys] = useState<{ username: string; keys: UserKeys } | null>(null);

  const act = async (label: string, command: string, u: User) => {
    await run(label, () => api.execute(command, { id: u.id }));
    query.reload();
  };

  const generateKeys = (u: User) =>
    modal.confirm({
      title: t('users.generateConfirm', { name: u.username }),
      okText: t('users.generateKeys'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        const reply = await run(t('users.keysAction', { name: u.username }), () => api.execute('registerUserKeys', { id: u.id }));
        const userkeys = reply?.userkeys as UserKeys | undefined;
        if (userkeys) setKeys({ username: u.username, keys: userkeys });
      },
    });

  const columns: TableColumnsType<User> = [
    { title: t('users.username'), dataIndex: 'username', sorter: byField('username') },
    {
      title: t('users.fullName'),
      key: 'fullname',
      render: (_, u) => [u.firstname, u.lastname].filter(Boolean).join(' '),
      sorter: (a, b) => `${a.firstname} ${a.lastname}`.localeCompare(`${b.firstname} ${b.lastname}`),
    },
    { title: t('users.email'), dataIndex: 'email', sorter: byField('email') },
    { title: t('common.account'), dataIndex: 'account', sorter: byField('account') },
    { title: t('common.domain'), dataIndex: 'domain', sorter: byField('domain') },
    { title: t('common.role'), dataIndex: 'rolename', sorter: byField('rolename') },
    { title: t('common.state'), dataIndex: 'state', sorter: byField('state'), render: (s: string) => <StateTag value={s} /> },
    { title: t('common.created'), dataIndex: 'created', sorter: byField('created'), render: (v: string) => <DateTime value={v} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, u) => {
        const self = u.id === session?.userid;
        return (
          <Space size={0}>
            {can('updateUser') && (
              <Tooltip title={t('common.edit')}>
                <Button type="text" icon={<EditOutlined />} aria-label={t('common.edit')} onClick={() => setEditing(u)} />
              </Tooltip>
            )}
            {can('registerUserKeys') && (
              <Tooltip title={t('users.generateKeys')}>
                <Button type="text" icon={<KeyOutlined />} aria-label={t('users.generateKeys')} onClick={() => generateKeys(u)} />
              </Tooltip>
            )}
            {can('enableUser') && u.state !== 'enabled' && (
              <Tooltip title={t('accounts.enable')}>
                <Button type="text" icon={<CheckOutlined />} aria-label={t('accounts.enable')} onClick={() => act(t('users.enableAction', { name: u.username }), 'enableUser', u)} />
              </Tooltip>
            )}
            {can('disableUser') && u.state === 'enabled' && !self && !u.isdefault && (
              <Tooltip title={t('accounts.disable')}>
                <Button
                  type="text"
                  icon={<StopOutlined />}
                  aria-label={t('accounts.disable')}
                  onClick={() =>
                    modal.confirm({
                      title: t('users.disableConfirm', { name: u.username }),
                      okText: t('common.yes'),
                      cancelText: t('common.cancel'),
                      onOk: () => void act(t('users.disableAction', { name: u.username }), 'disableUser', u),
                    })
                  }
                />
              </Tooltip>
            )}
            {can('deleteUser') && !self && !u.isdefault && (
              <Tooltip title={t('common.delete')}>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('common.delete')}
                  onClick={() =>
                    modal.confirm({
                      title: t('common.confirmDelete', { name: u.username }),
                      content: t('common.cannotUndo'),
                      okButtonProps: { danger: true },
                      okText: t('common.delete'),
                      cancelText: t('common.cancel'),
                      onOk: () => void act(t('users.deleteAction', { name: u.username }), 'deleteUser', u),
                    })
                  }
                />
              </Tooltip>
            )}
          </Space>
        );
      },
    },
  ];

  return (
    <>
      <PageTitle>{t('users.title')}</PageTitle>
      <ListToolbar
        keyword={query.keyword}
        onSearch={(keyword) => query.update({ keyword })}
        onRefresh={query.reload}
        loading={query.loading}
        filters={
          <>
            <Select
              allowClear
              placeholder={t('common.state')}
              aria-label={t('common.state')}
              style={{ width: 140 }}
              value={query.filters.state}
              onChange={(state) => query.update({ state })}
              options={['enabled', 'disabled', 'locked'].map((s) => ({ value: s, label: t(`states.${s}`) }))}
            />
            <Select
              allowClear
              placeholder={t('common.type')}
              aria-label={t('common.type')}
              style={{ width: 150 }}
              value={query.filters.accounttype}
              onChange={(accounttype) => query.update({ accounttype })}
              options={['0', '2', '1'].map((v) => ({ value: v, label: t(`accountType.${v}`) }))}
            />
            {can('listDomains') && (
              <EntitySelect<Domain>
                command="listDomains"
                params={{ listall: true }}
                valueOf={domainId}
                labelOf={domainLabel}
                allowClear
                placeholder={t('common.domain')}
                aria-label={t('common.domain')}
                style={{ width: 200 }}
                value={query.filters.domainid}
                onChange={(domainid) => query.update({ domainid })}
              />
            )}
          </>
        }
        actions={
          can('createUser') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('users.create')}
            </Button>
          )
        }
      />
      {query.error ? <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(query.error)} style={{ marginBottom: 16 }} /> : null}
      <Table<User> rowKey="id" size="middle" columns={columns} dataSource={query.items} loading={query.loading} pagination={tablePagination(query, t)} />
      {editing && (
        <UserFormDialog
          user={editing === 'new' ? undefined : editing}
          onClose={(changed) => {
            setEditing(null);
            if (changed) query.reload();
          }}
        />
      )}
      {keys && <UserKeysDialog username={keys.username} keys={keys.keys} onClose={() => setKeys(null)} />}
    </>
  );
}
