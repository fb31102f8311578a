import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Snapshot } from '../../api/types';
import { FormDialog } from '../FormDialog';

/** createVolume snapshotid=...: a new detached volume with the snapshot's data, in the snapshot's zone. */
export function CreateVolumeFromSnapshotDialog({ snapshot, onClose }: { snapshot: Snapshot; onClose: (created: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <FormDialog<{ name: string }>
      title={t('snapshots.createVolumeTitle', { name: snapshot.name })}
      label={(v) => t('volumes.createAction', { name: v.name.trim() })}
      command="createVolume"
      toParams={(v) => ({ snapshotid: snapshot.id, name: v.name.trim() })}
      onClose={(result) => onClose(result !== null)}
    >
      {() => (
        <Form.Item name="name" label={t('common.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input maxLength={255} />
        </Form.Item>
      )}
    </FormDialog>
  );
}
