import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Space, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PortForwardingRule, PublicIpAddress } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { ActionButton } from '../../components/ActionButton';
import { StateTag } from '../../components/StateTag';
import { SubTable } from '../../components/SubTable';
import { PortForwardingDialog } from '../../dialogs/network/PortForwardingDialog';
import { useRowActions } from '../../hooks/useRowActions';
import { useSubList } from '../../hooks/useSubList';
import { portRange } from './ruleInputs';

/** The port forwarding rules of a public IP, with add (to an instance of its network), edit and delete. */
export function PortForwardingRules({ ip }: { ip: PublicIpAddress }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const list = useSubList<PortForwardingRule>('listPortForwardingRules', { ipaddressid: ip.id, listall: true });
  const { busyId, act, confirm } = useRowActions(list.reload);
  const [dialog, setDialog] = useState<{ rule?: PortForwardingRule } | null>(null);

  const columns: TableColumnsType<PortForwardingRule> = [
    { title: t('firewall.protocol'), dataIndex: 'protocol', render: (v: string) => <Tag>{v.toUpperCase()}</Tag> },
    { title: t('forwarding.publicPorts'), key: 'public', render: (_, r) => portRange(r.publicport, r.publicendport) },
    { title: t('forwarding.privatePorts'), key: 'private', render: (_, r) => portRange(r.privateport, r.privateendport) },
    {
      title: t('forwarding.instance'),
      dataIndex: 'virtualmachinename',
      render: (v: string | undefined, r) => (r.virtualmachineid ? <Link to={`/compute/instances/${r.virtualmachineid}`}>{r.virtualmachinedisplayname || v}</Link> : v),
    },
    { title: t('forwarding.guestIp'), dataIndex: 'vmguestip' },
    { title: t('firewall.cidrList'), dataIndex: 'cidrlist' },
    { title: t('common.state'), dataIndex: 'state', render: (v: string) => <StateTag value={v} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, r) => {
        const port = portRange(r.publicport, r.publicendport);
        return (
          <Space size={0}>
            {can('updatePortForwardingRule') && <ActionButton title={t('common.edit')} icon={<EditOutlined />} onClick={() => setDialog({ rule: r })} />}
            {can('deletePortForwardingRule') && (
              <ActionButton
                title={t('common.delete')}
                danger
                icon={<DeleteOutlined />}
                loading={busyId === r.id}
                onClick={() => confirm(t('forwarding.deleteConfirm', { port, ip: ip.ipaddress }), true, () => act(r.id, t('forwarding.deleteAction', { port, ip: ip.ipaddress }), 'deletePortForwardingRule'))}
              />
            )}
          </Space>
        );
      },
    },
  ];

  return (
    <>
      <SubTable<PortForwardingRule>
        list={list}
        columns={columns}
        label={t('forwarding.title')}
        actions={
          can('createPortForwardingRule') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({})}>
              {t('firewall.add')}
            </Button>
          )
        }
      />
      {dialog && (
        <PortForwardingDialog
          ip={ip}
          rule={dialog.rule}
          onClose={(changed) => {
            setDialog(null);
            if (changed) list.reload();
          }}
        />
      )}
    </>
  );
}
