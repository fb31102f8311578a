import type { VirtualMachine } from '../../api/types';
import { EntitySelect } from '../../components/EntitySelect';

const vmName = (vm: VirtualMachine) => (vm.displayname && vm.displayname !== vm.name ? `${vm.displayname} (${vm.name})` : vm.name);
const vmIp = (vm: VirtualMachine, networkId: string) => vm.nic?.find((n) => n.networkid === networkId)?.ipaddress;

/** The instances of one network (listVirtualMachines networkid=), named with their address in it. */
export function InstancePicker({ networkId, value, onChange, label }: { networkId: string; value?: string; onChange?: (value: string | undefined) => void; label: string }) {
  return (
    <EntitySelect<VirtualMachine>
      command="listVirtualMachines"
      params={{ networkid: networkId, listall: true }}
      valueOf={(vm) => vm.id}
      labelOf={(vm) => [vmName(vm), vmIp(vm, networkId)].filter(Boolean).join(' – ')}
      filter={(vm) => vm.state !== 'Destroyed' && vm.state !== 'Expunging'}
      value={value}
      onChange={(v) => onChange?.(v)}
      aria-label={label}
    />
  );
}
