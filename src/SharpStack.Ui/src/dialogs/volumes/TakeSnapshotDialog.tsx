import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Volume } from '../../api/types';
import { FormDialog } from '../FormDialog';

/** createSnapshot of a volume, with an optional name (the server makes one up otherwise). */
export function TakeSnapshotDialog({ volume, onClose }: { volume: Volume; onClose: (taken: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <FormDialog<{ name?: string }>
      title={t('volumes.snapshotTitle', { name: volume.name })}
      okText={t('volumes.snapshot')}
      label={() => t('volumes.snapshotAction', { name: volume.name })}
      command="createSnapshot"
      toParams={(v) => ({ volumeid: volume.id, name: v.name?.trim() })}
      onClose={(result) => onClose(result !== null)}
    >
      {() => (
        <Form.Item name="name" label={t('volumes.snapshotName')} tooltip={t('volumes.snapshotNameHelp')}>
          <Input maxLength={255} />
        </Form.Item>
      )}
    </FormDialog>
  );
}
