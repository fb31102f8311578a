import { DeleteOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { errorText } from '../../api/errors';
import type { SshKeyPair } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { ActionButton } from '../../components/ActionButton';
import { ListToolbar } from '../../components/ListToolbar';
import { PageTitle } from '../../components/PageTitle';
import { tablePagination } from '../../components/pagination';
import { CreateKeyPairDialog } from '../../dialogs/keypairs/CreateKeyPairDialog';
import { PrivateKeyDialog } from '../../dialogs/keypairs/PrivateKeyDialog';
import { RegisterKeyPairDialog } from '../../dialogs/keypairs/RegisterKeyPairDialog';
import { useAction } from '../../hooks/useAction';
import { useListQuery } from '../../hooks/useListQuery';
import { useRowActions } from '../../hooks/useRowActions';
import { byField } from '../../utils/sort';

const keyOf = (k: SshKeyPair) => k.id ?? `${k.domainid}/${k.account}/${k.name}`;

/** SSH key pairs: create (private key shown once), register a public key, delete (by name and owner). */
export default function SshKeyPairsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const run = useAction();
  const { can } = useAuth();
  const query = useListQuery<SshKeyPair>('listSSHKeyPairs', { params: { listall: true } });
  const { confirm } = useRowActions(query.reload);
  const [dialog, setDialog] = useState<'create' | 'register' | null>(null);
  const [created, setCreated] = useState<SshKeyPair | null>(null);
  const [busyKey, setBusyKey] = useState<string | null>(null);

  // deleteSSHKeyPair names the pair by name and owner (account + domainid), not by id.
  const remove = async (k: SshKeyPair) => {
    setBusyKey(keyOf(k));
    try {
      await run(t('sshKeys.deleteAction', { name: k.name }), () => api.execute('deleteSSHKeyPair', { name: k.name, account: k.account, domainid: k.domainid }));
    } finally {
      setBusyKey(null);
      query.reload();
    }
  };

  const columns: TableColumnsType<SshKeyPair> = [
    { title: t('common.name'), dataIndex: 'name', sorter: byField('name') },
    {
      title: t('sshKeys.fingerprint'),
      dataIndex: 'fingerprint',
      render: (v: string) => (
        <Typography.Text code style={{ fontSize: 12 }}>
          {v}
        </Typography.Text>
      ),
    },
    { title: t('common.account'), dataIndex: 'account', sorter: byField('account') },
    { title: t('common.domain'), dataIndex: 'domain', sorter: byField('domain') },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, k) =>
        can('deleteSSHKeyPair') && (
          <ActionButton
            title={t('common.delete')}
            danger
            icon={<DeleteOutlined />}
            loading={busyKey === keyOf(k)}
            onClick={() => confirm(t('sshKeys.deleteConfirm', { name: k.name }), true, () => remove(k), t('sshKeys.deleteHelp'))}
          />
        ),
    },
  ];

  return (
    <>
      <PageTitle>{t('sshKeys.title')}</PageTitle>
      <ListToolbar
        keyword={query.keyword}
        onSearch={(keyword) => query.update({ keyword })}
        onRefresh={query.reload}
        loading={query.loading}
        actions={
          <>
            {can('registerSSHKeyPair') && (
              <Button icon={<ImportOutlined />} onClick={() => setDialog('register')}>
                {t('sshKeys.register')}
              </Button>
            )}
            {can('createSSHKeyPair') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('create')}>
                {t('sshKeys.create')}
              </Button>
            )}
          </>
        }
      />
      {query.error ? <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(query.error)} style={{ marginBottom: 16 }} /> : null}
      <Table<SshKeyPair> rowKey={keyOf} size="middle" columns={columns} dataSource={query.items} loading={query.loading} pagination={tablePagination(query, t)} scroll={{ x: 'max-content' }} />
      {dialog === 'create' && (
        <CreateKeyPairDialog
          onClose={(keypair) => {
            setDialog(null);
            if (keypair) {
              setCreated(keypair);
              query.reload();
            }
          }}
        />
      )}
      {dialog === 'register' && (
        <RegisterKeyPairDialog
          onClose={(registered) => {
            setDialog(null);
            if (registered) query.reload();
          }}
        />
      )}
      {created?.privatekey && <PrivateKeyDialog name={created.name} privateKey={created.privatekey} onClose={() => setCreated(null)} />}
    </>
  );
}
