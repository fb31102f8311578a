import { CheckOutlined, DeleteOutlined, LockOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, App, Button, Select, Space, Table, Tooltip, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { errorText } from '../api/errors';
import type { Account, Domain } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { DateTime } from '../components/DateTime';
import { EntitySelect } from '../components/EntitySelect';
import { ListToolbar } from '../components/ListToolbar';
import { PageTitle } from '../components/PageTitle';
import { tablePagination } from '../components/pagination';
import { StateTag } from '../components/StateTag';
import { CreateAccountDialog } from '../dialogs/CreateAccountDialog';
import { useAction } from '../hooks/useAction';
import { useListQuery } from '../hooks/useListQuery';
import { byField } from '../utils/sort';

const FILTERS = ['state', 'accounttype', 'domainid'] as const;
const domainLabel = (d: Domain) => d.path;
const domainId = (d: Domain) => d.id;

/** Accounts: filter by state, type and domain; create; enable, disable, lock and delete (async jobs). */
export default function AccountsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { can, session } = useAuth();
  const isOwn = (a: Account) => a.name === session?.account && a.domainid === session?.domainid;
  const { modal } = App.useApp();
  const run = useAction();
  const query = useListQuery<Account>('listAccounts', {
    params: { listall: true },
    filters: FILTERS,
  });
  const [creating, setCreating] = useState(false);
  const [busyId, setBusyId] = useState<string | null>(null);

  const act = async (a: Account, label: string, command: string, params: Record<string, string | boolean>) => {
    setBusyId(a.id);
    try {
      await run(label, () => api.execute(command, { id: a.id, ...params }));
    } finally {
      setBusyId(null);
      query.reload();
    }
  };

  const confirm = (title: string, danger: boolean, onOk: () => Promise<void>) =>
    modal.confirm({ title, okButtonProps: { danger }, okText: t('common.yes'), cancelText: t('common.cancel'), onOk: () => void onOk() });

  const columns: TableColumnsType<Account> = [
    { title: t('common.name'), dataIndex: 'name', sorter: byField('name') },
    { title: t('common.role'), dataIndex: 'rolename', sorter: byField('rolename') },
    {
      title: t('common.type'),
      dataIndex: 'accounttype',
      sorter: byField('accounttype'),
      render: (v: number) => t(`accountType.${v}`, { defaultValue: String(v) }),
    },
    { title: t('common.domain'), dataIndex: 'domainpath', sorter: byField('domainpath'), render: (v: string, a) => v ?? a.domain },
    { title: t('accounts.users'), key: 'users', render: (_, a) => a.user?.length ?? 0, sorter: (x, y) => (x.user?.length ?? 0) - (y.user?.length ?? 0) },
    { title: t('common.state'), dataIndex: 'state', sorter: byField('state'), render: (s: string) => <StateTag value={s} /> },
    { title: t('common.created'), dataIndex: 'created', sorter: byField('created'), render: (v: string) => <DateTime value={v} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, a) => (
        <Space size={0}>
          {can('enableAccount') && a.state !== 'enabled' && (
            <Tooltip title={t('accounts.enable')}>
              <Button
                type="text"
                icon={<CheckOutlined />}
                aria-label={t('accounts.enable')}
                loading={busyId === a.id}
                onClick={() => act(a, t('accounts.enableAction', { name: a.name }), 'enableAccount', {})}
              />
            </Tooltip>
          )}
          {can('disableAccount') && a.state === 'enabled' && !a.isdefault && !isOwn(a) && (
            <Tooltip title={t('accounts.disable')}>
              <Button
                type="text"
                icon={<StopOutlined />}
                aria-label={t('accounts.disable')}
                loading={busyId === a.id}
                onClick={() =>
                  confirm(t('accounts.disableConfirm', { name: a.name }), false, () =>
                    act(a, t('accounts.disableAction', { name: a.name }), 'disableAccount', { lock: false }),
                  )
                }
              />
            </Tooltip>
          )}
          {can('disableAccount') && a.state !== 'locked' && !a.isdefault && !isOwn(a) && (
            <Tooltip title={t('accounts.lock')}>
              <Button
                type="text"
                icon={<LockOutlined />}
                aria-label={t('accounts.lock')}
                loading={busyId === a.id}
                onClick={() =>
                  confirm(t('accounts.lockConfirm', { name: a.name }), true, () =>
                    act(a, t('accounts.lockAction', { name: a.name }), 'disableAccount', { lock: true }),
                  )
                }
              />
            </Tooltip>
          )}
          {can('deleteAccount') && !a.isdefault && !isOwn(a) && (
            <Tooltip title={t('common.delete')}>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('common.delete')}
                loading={busyId === a.id}
                onClick={() =>
                  confirm(t('accounts.deleteConfirm', { name: a.name }), true, () =>
                    act(a, t('accounts.deleteAction', { name: a.name }), 'deleteAccount', {}),
                  )
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
      <PageTitle>{t('accounts.title')}</PageTitle>
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
          can('createAccount') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('accounts.create')}
            </Button>
          )
        }
      />
      {query.error ? <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(query.error)} style={{ marginBottom: 16 }} /> : null}
      <Table<Account>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={query.items}
        loading={query.loading}
        pagination={tablePagination(query, t)}
      />
      {creating && (
        <CreateAccountDialog
          onClose={(created) => {
            setCreating(false);
            if (created) query.reload();
          }}
        />
      )}
    </>
  );
}
