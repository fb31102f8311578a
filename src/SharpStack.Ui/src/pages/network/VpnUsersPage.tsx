import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VpnUser } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { ActionButton } from '../../components/ActionButton';
import { ListToolbar } from '../../components/ListToolbar';
import { PageTitle } from '../../components/PageTitle';
import { QueryTable } from '../../components/QueryTable';
import { StateTag } from '../../components/StateTag';
import { AddVpnUserDialog } from '../../dialogs/network/AddVpnUserDialog';
import { useListQuery } from '../../hooks/useListQuery';
import { useRowActions } from '../../hooks/useRowActions';
import { byField } from '../../utils/sort';

/** The remote access VPN users of the accounts the caller sees: add and remove (removeVpnUser by name and owner). */
export default function VpnUsersPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const query = useListQuery<VpnUser>('listVpnUsers', { params: { listall: true } });
  const { busyId, perform, confirm } = useRowActions(query.reload);
  const [adding, setAdding] = useState(false);

  const columns: TableColumnsType<VpnUser> = [
    { title: t('vpn.username'), dataIndex: 'username', sorter: byField('username') },
    { title: t('common.state'), dataIndex: 'state', sorter: byField('state'), render: (v: string) => <StateTag value={v} /> },
    { title: t('common.account'), dataIndex: 'account', sorter: byField('account') },
    { title: t('common.domain'), dataIndex: 'domain', sorter: byField('domain') },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, u) =>
        can('removeVpnUser') && (
          <ActionButton
            title={t('vpn.removeUser')}
            danger
            icon={<DeleteOutlined />}
            loading={busyId === u.id}
            onClick={() =>
              confirm(t('vpn.removeUserConfirm', { name: u.username }), true, () =>
                perform(u.id, t('vpn.removeUserAction', { name: u.username }), 'removeVpnUser', { username: u.username, account: u.account, domainid: u.domainid }),
              )
            }
          />
        ),
    },
  ];

  return (
    <>
      <PageTitle>{t('vpn.usersTitle')}</PageTitle>
      <ListToolbar
        query={query}
        actions={
          can('addVpnUser') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('vpn.addUser')}
            </Button>
          )
        }
      />
      <QueryTable<VpnUser> query={query} columns={columns} />
      {adding && (
        <AddVpnUserDialog
          onClose={(added) => {
            setAdding(false);
            if (added) query.reload();
          }}
        />
      )}
    </>
  );
}
