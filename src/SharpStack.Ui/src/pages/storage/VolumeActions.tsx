import { CameraOutlined, ClockCircleOutlined, ColumnWidthOutlined, DeleteOutlined, DisconnectOutlined, LinkOutlined } from '@ant-design/icons';
import { Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Volume } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { ActionButton } from '../../components/ActionButton';
import { AttachVolumeDialog } from '../../dialogs/volumes/AttachVolumeDialog';
import { ResizeVolumeDialog } from '../../dialogs/volumes/ResizeVolumeDialog';
import { SnapshotPolicyDialog } from '../../dialogs/volumes/SnapshotPolicyDialog';
import { TakeSnapshotDialog } from '../../dialogs/volumes/TakeSnapshotDialog';
import { useRowActions } from '../../hooks/useRowActions';
import { VOLUME_ACTION_API, volumeActions, type VolumeAction } from './volumeActions';

type Dialog = 'attach' | 'resize' | 'snapshot' | 'schedule';

/** The buttons of the actions a volume's state allows and the caller's role may call, with their dialogs. */
export function VolumeActions({ volume, onChanged }: { volume: Volume; onChanged: () => void }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { busyId, act, confirm } = useRowActions(onChanged);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const name = volume.name;
  const busy = busyId === volume.id;
  const closed = (changed: boolean) => {
    setDialog(null);
    if (changed) onChanged();
  };

  const button = (action: VolumeAction): ReactNode => {
    switch (action) {
      case 'attach':
        return <ActionButton key={action} title={t('volumes.attach')} icon={<LinkOutlined />} loading={busy} onClick={() => setDialog('attach')} />;
      case 'detach':
        return (
          <ActionButton
            key={action}
            title={t('volumes.detach')}
            icon={<DisconnectOutlined />}
            loading={busy}
            onClick={() =>
              confirm(t('volumes.detachConfirm', { name, vm: volume.vmdisplayname || volume.vmname || '' }), false, () => act(volume.id, t('volumes.detachAction', { name }), 'detachVolume'))
            }
          />
        );
      case 'resize':
        return <ActionButton key={action} title={t('volumes.resize')} icon={<ColumnWidthOutlined />} loading={busy} onClick={() => setDialog('resize')} />;
      case 'snapshot':
        return <ActionButton key={action} title={t('volumes.snapshot')} icon={<CameraOutlined />} onClick={() => setDialog('snapshot')} />;
      case 'schedule':
        return <ActionButton key={action} title={t('volumes.schedule')} icon={<ClockCircleOutlined />} onClick={() => setDialog('schedule')} />;
      case 'delete':
        return (
          <ActionButton
            key={action}
            title={t('common.delete')}
            danger
            icon={<DeleteOutlined />}
            loading={busy}
            onClick={() => confirm(t('volumes.deleteConfirm', { name }), true, () => act(volume.id, t('volumes.deleteAction', { name }), 'deleteVolume'), t('common.cannotUndo'))}
          />
        );
    }
  };

  return (
    <>
      <Space size={0}>{volumeActions(volume).filter((a) => can(VOLUME_ACTION_API[a])).map(button)}</Space>
      {dialog === 'attach' && <AttachVolumeDialog volume={volume} onClose={closed} />}
      {dialog === 'resize' && <ResizeVolumeDialog volume={volume} onClose={closed} />}
      {dialog === 'snapshot' && <TakeSnapshotDialog volume={volume} onClose={() => setDialog(null)} />}
      {dialog === 'schedule' && <SnapshotPolicyDialog volume={volume} onClose={() => setDialog(null)} />}
    </>
  );
}
