import { CaretRightOutlined, DeleteOutlined, PoweroffOutlined, ReloadOutlined, RollbackOutlined, StopOutlined, SwapOutlined } from '@ant-design/icons';
import { Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { VirtualMachine } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { ActionButton } from '../../components/ActionButton';
import { ConfirmOptionDialog } from '../../dialogs/ConfirmOptionDialog';
import { MigrateVmDialog } from '../../dialogs/instances/MigrateVmDialog';
import { useRowActions } from '../../hooks/useRowActions';
import { VM_ACTION_API, vmActions, vmLabel, type VmAction } from './vmActions';

/**
 * The buttons of the actions an instance's state allows and the caller's role may call, with their
 * confirmations; each runs its command (waiting for the job) and then calls onChanged.
 */
export function VmActions({ vm, onChanged }: { vm: VirtualMachine; onChanged: () => void }) {
  const { t } = useTranslation();
  const { can, session } = useAuth();
  const rootAdmin = session?.type === '1';
  const admin = rootAdmin || session?.type === '2';
  const { busyId, act, confirm } = useRowActions(onChanged);
  const [dialog, setDialog] = useState<'stop' | 'destroy' | 'migrate' | null>(null);
  const name = vmLabel(vm);
  const busy = busyId === vm.id;

  const button = (action: VmAction): ReactNode => {
    switch (action) {
      case 'start':
        return <ActionButton key={action} title={t('instances.start')} icon={<CaretRightOutlined />} loading={busy} onClick={() => act(vm.id, t('instances.startAction', { name }), 'startVirtualMachine')} />;
      case 'stop':
        return <ActionButton key={action} title={t('instances.stop')} icon={<PoweroffOutlined />} loading={busy} onClick={() => setDialog('stop')} />;
      case 'reboot':
        return (
          <ActionButton
            key={action}
            title={t('instances.reboot')}
            icon={<ReloadOutlined />}
            loading={busy}
            onClick={() => confirm(t('instances.rebootConfirm', { name }), false, () => act(vm.id, t('instances.rebootAction', { name }), 'rebootVirtualMachine'))}
          />
        );
      case 'migrate':
        return <ActionButton key={action} title={t('instances.migrate')} icon={<SwapOutlined />} loading={busy} onClick={() => setDialog('migrate')} />;
      case 'recover':
        return <ActionButton key={action} title={t('instances.recover')} icon={<RollbackOutlined />} loading={busy} onClick={() => act(vm.id, t('instances.recoverAction', { name }), 'recoverVirtualMachine')} />;
      case 'destroy':
        return <ActionButton key={action} title={t('instances.destroy')} danger icon={<StopOutlined />} loading={busy} onClick={() => setDialog('destroy')} />;
      case 'expunge':
        return (
          <ActionButton
            key={action}
            title={t('instances.expunge')}
            danger
            icon={<DeleteOutlined />}
            loading={busy}
            onClick={() =>
              confirm(t('instances.expungeConfirm', { name }), true, () => act(vm.id, t('instances.expungeAction', { name }), 'expungeVirtualMachine'), t('common.cannotUndo'))
            }
          />
        );
    }
  };

  return (
    <>
      <Space size={0}>{vmActions(vm, rootAdmin).filter((a) => can(VM_ACTION_API[a])).map(button)}</Space>
      {dialog === 'stop' && (
        <ConfirmOptionDialog
          title={t('instances.stopConfirm', { name })}
          option={t('instances.force')}
          optionHelp={t('instances.forceHelp')}
          okText={t('instances.stop')}
          onCancel={() => setDialog(null)}
          onOk={(forced) => {
            setDialog(null);
            void act(vm.id, t('instances.stopAction', { name }), 'stopVirtualMachine', forced ? { forced: true } : {});
          }}
        />
      )}
      {dialog === 'destroy' && (
        <ConfirmOptionDialog
          title={t('instances.destroyConfirm', { name })}
          option={admin ? t('instances.expungeNow') : undefined}
          optionHelp={admin ? t('instances.expungeNowHelp') : t('instances.destroyHelp')}
          okText={t('instances.destroy')}
          danger
          onCancel={() => setDialog(null)}
          onOk={(expunge) => {
            setDialog(null);
            void act(vm.id, t('instances.destroyAction', { name }), 'destroyVirtualMachine', expunge ? { expunge: true } : {});
          }}
        />
      )}
      {dialog === 'migrate' && (
        <MigrateVmDialog
          vm={vm}
          onClose={(migrated) => {
            setDialog(null);
            if (migrated) onChanged();
          }}
        />
      )}
    </>
  );
}
