import { Checkbox, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VirtualMachine } from '../../api/types';
import { vmLabel } from '../../pages/compute/vmActions';
import { FormDialog } from '../FormDialog';

interface Values {
  name?: string;
  description?: string;
  snapshotmemory?: boolean;
}

/** createVMSnapshot: the instance's disks, and its memory too when it is running. */
export function CreateVmSnapshotDialog({ vm, onClose }: { vm: VirtualMachine; onClose: (taken: boolean) => void }) {
  const { t } = useTranslation();
  const name = vmLabel(vm);
  const running = vm.state === 'Running';
  return (
    <FormDialog<Values>
      title={t('vmSnapshots.takeTitle', { name })}
      okText={t('vmSnapshots.take')}
      label={() => t('vmSnapshots.takeAction', { name })}
      command="createVMSnapshot"
      toParams={(v) => ({ virtualmachineid: vm.id, name: v.name?.trim(), description: v.description?.trim(), snapshotmemory: running && v.snapshotmemory ? true : undefined })}
      onClose={(result) => onClose(result !== null)}
    >
      {() => (
        <>
          <Form.Item name="name" label={t('common.name')} tooltip={t('volumes.snapshotNameHelp')}>
            <Input maxLength={255} />
          </Form.Item>
          <Form.Item name="description" label={t('common.description')}>
            <Input maxLength={255} />
          </Form.Item>
          <Form.Item name="snapshotmemory" valuePropName="checked" extra={t('vmSnapshots.memoryHelp')}>
            <Checkbox disabled={!running}>{t('vmSnapshots.memory')}</Checkbox>
          </Form.Item>
        </>
      )}
    </FormDialog>
  );
}
