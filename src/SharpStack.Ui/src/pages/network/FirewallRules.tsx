import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FirewallRule } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { ActionButton } from '../../components/ActionButton';
import { StateTag } from '../../components/StateTag';
import { SubTable } from '../../components/SubTable';
import { FirewallRuleDialog, type FirewallDirection } from '../../dialogs/network/FirewallRuleDialog';
import { useRowActions } from '../../hooks/useRowActions';
import { useSubList } from '../../hooks/useSubList';
import { portRange } from './ruleInputs';

const COMMANDS: Record<FirewallDirection, { list: string; create: string; remove: string; target: string }> = {
  ingress: { list: 'listFirewallRules', create: 'createFirewallRule', remove: 'deleteFirewallRule', target: 'ipaddressid' },
  egress: { list: 'listEgressFirewallRules', create: 'createEgressFirewallRule', remove: 'deleteEgressFirewallRule', target: 'networkid' },
};

/** The ingress rules of a public IP or the egress rules of a network, with add and delete. */
export function FirewallRules({ direction, targetId, targetName }: { direction: FirewallDirection; targetId: string; targetName: string }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const commands = COMMANDS[direction];
  const list = useSubList<FirewallRule>(commands.list, { [commands.target]: targetId, listall: true });
  const { busyId, act, confirm } = useRowActions(list.reload);
  const [adding, setAdding] = useState(false);

  const columns: TableColumnsType<FirewallRule> = [
    { title: t('firewall.protocol'), dataIndex: 'protocol', render: (v: string) => <Tag>{t(`firewall.protocols.${v.toUpperCase()}`, { defaultValue: v })}</Tag> },
    {
      title: t('firewall.ports'),
      key: 'ports',
      render: (_, r) => (r.protocol.toUpperCase() === 'ICMP' ? t('firewall.icmpShown', { type: r.icmptype ?? -1, code: r.icmpcode ?? -1 }) : portRange(r.startport, r.endport) || t('common.all')),
    },
    { title: t(direction === 'egress' ? 'firewall.sourceCidrs' : 'firewall.cidrList'), dataIndex: 'cidrlist' },
    ...(direction === 'egress' ? [{ title: t('firewall.destCidrs'), dataIndex: 'destcidrlist' }] : []),
    { title: t('common.state'), dataIndex: 'state', render: (v: string) => <StateTag value={v} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, r) =>
        can(commands.remove) && (
          <ActionButton
            title={t('common.delete')}
            danger
            icon={<DeleteOutlined />}
            loading={busyId === r.id}
            onClick={() => confirm(t('firewall.deleteConfirm', { protocol: r.protocol }), true, () => act(r.id, t('firewall.deleteAction', { protocol: r.protocol, name: targetName }), commands.remove))}
          />
        ),
    },
  ];

  return (
    <>
      <SubTable<FirewallRule>
        list={list}
        columns={columns}
        label={t(direction === 'egress' ? 'firewall.egressTitle' : 'firewall.ingressTitle')}
        actions={
          can(commands.create) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('firewall.add')}
            </Button>
          )
        }
      />
      {adding && (
        <FirewallRuleDialog
          direction={direction}
          targetId={targetId}
          targetName={targetName}
          onClose={(created) => {
            setAdding(false);
            if (created) list.reload();
          }}
        />
      )}
    </>
  );
}
