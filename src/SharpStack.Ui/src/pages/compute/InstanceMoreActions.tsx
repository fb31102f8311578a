import { CameraOutlined, ClusterOutlined, DisconnectOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VirtualMachine } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { AttachIsoDialog } from '../../dialogs/instances/AttachIsoDialog';
import { ChangeAffinityGroupsDialog } from '../../dialogs/instances/ChangeAffinityGroupsDialog';
import { CreateVmSnapshotDialog } from '../../dialogs/instances/CreateVmSnapshotDialog';
import { useRowActions } from '../../hooks/useRowActions';
import { vmLabel } from './vmActions';

type Dialog = 'snapshot' | 'attachIso' | 'affinity';

/** The instance page's further actions: VM snapshot, ISO attach/detach and affinity groups. */
export function InstanceMoreActions({ vm, onChanged }: { vm: VirtualMachine; onChanged: () => void }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { busyId, perform, confirm } = useRowActions(onChanged);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const name = vmLabel(vm);
  const settled = vm.state === 'Running' || vm.state === 'Stopped';
  const stopped = vm.state === 'Stopped';
  const closed = (changed: boolean) => {
    setDialog(null);
    if (changed) onChanged();
  };

  return (
    <>
      <Space wrap>
        {can('createVMSnapshot') && settled && (
          <Button icon={<CameraOutlined />} onClick={() => setDialog('snapshot')}>
            {t('vmSnapshots.take')}
          </Button>
        )}
        {can('attachIso') && settled && !vm.isoid && (
          <Button icon={<PlayCircleOutlined />} onClick={() => setDialog('attachIso')}>
            {t('instances.attachIso')}
          </Button>
        )}
        {can('detachIso') && vm.isoid && (
          <Button
            icon={<DisconnectOutlined />}
            loading={busyId === vm.id}
            onClick={() =>
              confirm(t('instances.detachIsoConfirm', { name, iso: vm.isoname ?? '' }), false, () => perform(vm.id, t('instances.detachIsoAction', { name }), 'detachIso', { virtualmachineid: vm.id }))
            }
          >
            {t('instances.detachIso')}
          </Button>
        )}
        {can('updateVMAffinityGroup') && (
          <Tooltip title={stopped ? undefined : t('affinity.stoppedOnly')}>
            <Button icon={<ClusterOutlined />} disabled={!stopped} onClick={() => setDialog('affinity')}>
              {t('affinity.change')}
            </Button>
          </Tooltip>
        )}
      </Space>
      {dialog === 'snapshot' && <CreateVmSnapshotDialog vm={vm} onClose={closed} />}
      {dialog === 'attachIso' && <AttachIsoDialog vm={vm} onClose={closed} />}
      {dialog === 'affinity' && <ChangeAffinityGroupsDialog vm={vm} onClose={closed} />}
    </>
  );
}
