import { DeleteOutlined, HddOutlined, RollbackOutlined } from '@ant-design/icons';
import { Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Snapshot } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { ActionButton } from '../../components/ActionButton';
import { CreateVolumeFromSnapshotDialog } from '../../dialogs/volumes/CreateVolumeFromSnapshotDialog';
import { useRowActions } from '../../hooks/useRowActions';
import { snapshotComplete, snapshotDeletable } from './snapshotStates';

/** A volume snapshot's actions: revert its volume to it, make a new volume of it, delete it. */
export function SnapshotActions({ snapshot: s, onChanged }: { snapshot: Snapshot; onChanged: () => void }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { busyId, act, confirm } = useRowActions(onChanged);
  const [creating, setCreating] = useState(false);
  const busy = busyId === s.id;
  return (
    <>
      <Space size={0}>
        {can('revertSnapshot') && s.revertable && snapshotComplete(s) && (
          <ActionButton
            title={t('snapshots.revert')}
            icon={<RollbackOutlined />}
            loading={busy}
            onClick={() =>
              confirm(t('snapshots.revertConfirm', { name: s.name, volume: s.volumename ?? '' }), true, () => act(s.id, t('snapshots.revertAction', { name: s.name }), 'revertSnapshot'), t('snapshots.revertHelp'))
            }
          />
        )}
        {can('createVolume') && snapshotComplete(s) && <ActionButton title={t('snapshots.createVolume')} icon={<HddOutlined />} onClick={() => setCreating(true)} />}
        {can('deleteSnapshot') && snapshotDeletable(s) && (
          <ActionButton
            title={t('common.delete')}
            danger
            icon={<DeleteOutlined />}
            loading={busy}
            onClick={() => confirm(t('snapshots.deleteConfirm', { name: s.name }), true, () => act(s.id, t('snapshots.deleteAction', { name: s.name }), 'deleteSnapshot'), t('common.cannotUndo'))}
          />
        )}
      </Space>
      {creating && (
        <CreateVolumeFromSnapshotDialog
          snapshot={s}
          onClose={(created) => {
            setCreating(false);
            if (created) onChanged();
          }}
        />
      )}
    </>
  );
}
