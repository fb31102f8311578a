import { DisconnectOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LoadBalancerRule, VirtualMachine } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { ActionButton } from '../../components/ActionButton';
import { StateTag } from '../../components/StateTag';
import { SubTable } from '../../components/SubTable';
import { AssignToLoadBalancerDialog } from '../../dialogs/network/AssignToLoadBalancerDialog';
import { useRowActions } from '../../hooks/useRowActions';
import { useSubList } from '../../hooks/useSubList';

/** The instances behind a load balancer rule (listLoadBalancerRuleInstances), with assign and remove. */
export function LoadBalancerMembers({ rule }: { rule: LoadBalancerRule }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const list = useSubList<VirtualMachine>('listLoadBalancerRuleInstances', { id: rule.id, applied: true });
  const { busyId, perform, confirm } = useRowActions(list.reload);
  const [assigning, setAssigning] = useState(false);
  const columns: TableColumnsType<VirtualMachine> = [
    { title: t('forwarding.instance'), dataIndex: 'name', render: (v: string, vm) => <Link to={`/compute/instances/${vm.id}`}>{vm.displayname || v}</Link> },
    { title: t('forwarding.guestIp'), key: 'ip', render: (_, vm) => vm.nic?.find((n) => n.networkid === rule.networkid)?.ipaddress },
    { title: t('common.state'), dataIndex: 'state', render: (v: string) => <StateTag value={v} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, vm) =>
        can('removeFromLoadBalancerRule') && (
          <ActionButton
            title={t('loadBalancers.remove')}
            danger
            icon={<DisconnectOutlined />}
            loading={busyId === vm.id}
            onClick={() => {
              const name = vm.displayname || vm.name;
              confirm(t('loadBalancers.removeConfirm', { vm: name, name: rule.name }), true, () =>
                perform(vm.id, t('loadBalancers.removeAction', { vm: name, name: rule.name }), 'removeFromLoadBalancerRule', { id: rule.id, virtualmachineids: [vm.id] }),
              );
            }}
          />
        ),
    },
  ];
  return (
    <>
      <SubTable<VirtualMachine>
        list={list}
        columns={columns}
        label={t('loadBalancers.instancesOf', { name: rule.name })}
        actions={
          can('assignToLoadBalancerRule') && (
            <Button icon={<PlusOutlined />} onClick={() => setAssigning(true)}>
              {t('loadBalancers.assign')}
            </Button>
          )
        }
      />
      {assigning && (
        <AssignToLoadBalancerDialog
          rule={rule}
          onClose={(changed) => {
            setAssigning(false);
            if (changed) list.reload();
          }}
        />
      )}
    </>
  );
}
