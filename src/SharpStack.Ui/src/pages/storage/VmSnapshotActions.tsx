import { DeleteOutlined, RollbackOutlined } from '@ant-design/icons';
import { Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VmSnapshot } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { ActionButton } from '../../components/ActionButton';
import { useRowActions } from '../../hooks/useRowActions';
import { vmSnapshotDeletable, vmSnapshotLabel, vmSnapshotRevertable } from './snapshotStates';

/** An instance snapshot's actions; both commands name it by vmsnapshotid. */
export function VmSnapshotActions({ snapshot: s, onChanged }: { snapshot: VmSnapshot; onChanged: () => void }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { busyId, perform, confirm } = useRowActions(onChanged);
  const name = vmSnapshotLabel(s);
  const busy = busyId === s.id;
  return (
    <Space size={0}>
      {can('revertToVMSnapshot') && vmSnapshotRevertable(s) && (
        <ActionButton
          title={t('vmSnapshots.revert')}
          icon={<RollbackOutlined />}
          loading={busy}
          onClick={() =>
            confirm(
              t('vmSnapshots.revertConfirm', { name, vm: s.virtualmachinename ?? '' }),
              true,
              () => perform(s.id, t('vmSnapshots.revertAction', { name }), 'revertToVMSnapshot', { vmsnapshotid: s.id }),
              t(s.type === 'DiskAndMemory' ? 'vmSnapshots.revertMemoryHelp' : 'vmSnapshots.revertDiskHelp'),
            )
          }
        />
      )}
      {can('deleteVMSnapshot') && vmSnapshotDeletable(s) && (
        <ActionButton
          title={t('common.delete')}
          danger
          icon={<DeleteOutlined />}
          loading={busy}
          onClick={() => confirm(t('vmSnapshots.deleteConfirm', { name }), true, () => perform(s.id, t('vmSnapshots.deleteAction', { name }), 'deleteVMSnapshot', { vmsnapshotid: s.id }), t('common.cannotUndo'))}
        />
      )}
    </Space>
  );
}
