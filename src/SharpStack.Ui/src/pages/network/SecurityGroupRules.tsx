import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecurityGroup, SecurityGroupRule } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { ActionButton } from '../../components/ActionButton';
import { SecurityGroupRuleDialog, type SecurityDirection } from '../../dialogs/network/SecurityGroupRuleDialog';
import { useRowActions } from '../../hooks/useRowActions';
import { portRange } from './ruleInputs';

const COMMANDS: Record<SecurityDirection, { authorize: string; revoke: string }> = {
  ingress: { authorize: 'authorizeSecurityGroupIngress', revoke: 'revokeSecurityGroupIngress' },
  egress: { authorize: 'authorizeSecurityGroupEgress', revoke: 'revokeSecurityGroupEgress' },
};

/** The ingress or egress rules of a security group (from its listSecurityGroups row), with authorize and revoke. */
export function SecurityGroupRules({ group, direction, onChanged }: { group: SecurityGroup; direction: SecurityDirection; onChanged: () => void }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { busyId, act, confirm } = useRowActions(onChanged);
  const [adding, setAdding] = useState(false);
  const commands = COMMANDS[direction];
  const rules = (direction === 'ingress' ? group.ingressrule : group.egressrule) ?? [];

  const columns: TableColumnsType<SecurityGroupRule> = [
    { title: t('firewall.protocol'), dataIndex: 'protocol', render: (v: string) => <Tag>{t(`firewall.protocols.${v.toUpperCase()}`, { defaultValue: v })}</Tag> },
    {
      title: t('firewall.ports'),
      key: 'ports',
      render: (_, r) => (r.protocol.toLowerCase() === 'icmp' ? t('firewall.icmpShown', { type: r.icmptype ?? -1, code: r.icmpcode ?? -1 }) : portRange(r.startport, r.endport) || t('common.all')),
    },
    {
      title: t(direction === 'ingress' ? 'securityGroups.from' : 'securityGroups.to'),
      key: 'peer',
      render: (_, r) => (r.securitygroupname ? t('securityGroups.groupOf', { group: r.securitygroupname, account: r.account }) : r.cidr),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, r) =>
        can(commands.revoke) && (
          <ActionButton
            title={t('securityGroups.revoke')}
            danger
            icon={<DeleteOutlined />}
            loading={busyId === r.ruleid}
            onClick={() => confirm(t('securityGroups.revokeConfirm', { protocol: r.protocol }), true, () => act(r.ruleid, t('securityGroups.revokeAction', { protocol: r.protocol, name: group.name }), commands.revoke))}
          />
        ),
    },
  ];

  return (
    <>
      <Flex style={{ marginBottom: 12 }}>
        {can(commands.authorize) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('firewall.add')}
          </Button>
        )}
      </Flex>
      <Table<SecurityGroupRule>
        rowKey="ruleid"
        size="small"
        columns={columns}
        dataSource={rules}
        pagination={false}
        scroll={{ x: 'max-content' }}
        aria-label={t(direction === 'ingress' ? 'securityGroups.ingressRules' : 'securityGroups.egressRules')}
      />
      {adding && (
        <SecurityGroupRuleDialog
          group={group}
          direction={direction}
          onClose={(added) => {
            setAdding(false);
            if (added) onChanged();
          }}
        />
      )}
    </>
  );
}
