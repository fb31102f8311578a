import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SecurityGroup } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { ActionButton } from '../../components/ActionButton';
import { ListToolbar } from '../../components/ListToolbar';
import { PageTitle } from '../../components/PageTitle';
import { QueryTable } from '../../components/QueryTable';
import { CreateSecurityGroupDialog } from '../../dialogs/network/CreateSecurityGroupDialog';
import { useListQuery } from '../../hooks/useListQuery';
import { useRowActions } from '../../hooks/useRowActions';
import { byField } from '../../utils/sort';

/** The security groups the caller sees; a name opens the group's rules. The default group is never deleted. */
export default function SecurityGroupsPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const query = useListQuery<SecurityGroup>('listSecurityGroups', { params: { listall: true } });
  const { busyId, act, confirm } = useRowActions(query.reload);
  const [adding, setAdding] = useState(false);

  const columns: TableColumnsType<SecurityGroup> = [
    { title: t('common.name'), dataIndex: 'name', sorter: byField('name'), render: (v: string, g) => <Link to={`/network/security-groups/${g.id}`}>{v}</Link> },
    { title: t('common.description'), dataIndex: 'description' },
    { title: t('securityGroups.ingress'), key: 'ingress', render: (_, g) => <Tag>{g.ingressrule?.length ?? 0}</Tag> },
    { title: t('securityGroups.egress'), key: 'egress', render: (_, g) => <Tag>{g.egressrule?.length ?? 0}</Tag> },
    { title: t('securityGroups.instances'), dataIndex: 'virtualmachinecount', sorter: byField('virtualmachinecount') },
    { title: t('common.account'), dataIndex: 'account', sorter: byField('account') },
    { title: t('common.domain'), dataIndex: 'domain', sorter: byField('domain') },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, g) =>
        can('deleteSecurityGroup') &&
        g.name !== 'default' && (
          <ActionButton
            title={t('common.delete')}
            danger
            icon={<DeleteOutlined />}
            loading={busyId === g.id}
            onClick={() => confirm(t('common.confirmDelete', { name: g.name }), true, () => act(g.id, t('securityGroups.deleteAction', { name: g.name }), 'deleteSecurityGroup'), t('securityGroups.deleteHelp'))}
          />
        ),
    },
  ];

  return (
    <>
      <PageTitle>{t('securityGroups.title')}</PageTitle>
      <ListToolbar
        query={query}
        actions={
          can('createSecurityGroup') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('securityGroups.add')}
            </Button>
          )
        }
      />
      <QueryTable<SecurityGroup> query={query} columns={columns} />
      {adding && (
        <CreateSecurityGroupDialog
          onClose={(created) => {
            setAdding(false);
            if (created) query.reload();
          }}
        />
      )}
    </>
  );
}
