import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VirtualMachine, Volume } from '../../api/types';
import { EntitySelect } from '../../components/EntitySelect';
import { FormDialog } from '../FormDialog';

const vmId = (vm: VirtualMachine) => vm.id;
const vmName = (vm: VirtualMachine) => (vm.displayname && vm.displayname !== vm.name ? `${vm.displayname} (${vm.name})` : vm.name);
/** The server attaches disks to running or stopped instances only. */
const attachable = (vm: VirtualMachine) => vm.state === 'Running' || vm.state === 'Stopped';

/** attachVolume: a detached data disk to a running or stopped instance of its zone and owner. */
export function AttachVolumeDialog({ volume, onClose }: { volume: Volume; onClose: (attached: boolean) => void }) {
  const { t } = useTranslation();
  const owner = volume.account && volume.domainid ? { account: volume.account, domainid: volume.domainid } : {};
  return (
    <FormDialog<{ virtualmachineid: string }>
      title={t('volumes.attachTitle', { name: volume.name })}
      okText={t('volumes.attach')}
      label={() => t('volumes.attachAction', { name: volume.name })}
      command="attachVolume"
      toParams={(v) => ({ id: volume.id, virtualmachineid: v.virtualmachineid })}
      onClose={(result) => onClose(result !== null)}
    >
      {() => (
        <Form.Item name="virtualmachineid" label={t('volumes.instance')} rules={[{ required: true, message: t('common.required') }]}>
          <EntitySelect<VirtualMachine>
            command="listVirtualMachines"
            params={{ zoneid: volume.zoneid, listall: true, ...owner }}
            valueOf={vmId}
            labelOf={vmName}
            filter={attachable}
            placeholder={t('volumes.pickInstance')}
            aria-label={t('volumes.instance')}
          />
        </Form.Item>
      )}
    </FormDialog>
  );
}
