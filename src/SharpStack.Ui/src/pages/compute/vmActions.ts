import type { VirtualMachine } from '../../api/types';

export type VmAction = 'start' | 'stop' | 'reboot' | 'migrate' | 'recover' | 'destroy' | 'expunge';

/** The command behind each action: a button shows only when the caller's listApis has it. */
export const VM_ACTION_API: Record<VmAction, string> = {
  start: 'startVirtualMachine',
  stop: 'stopVirtualMachine',
  reboot: 'rebootVirtualMachine',
  migrate: 'migrateVirtualMachine',
  recover: 'recoverVirtualMachine',
  destroy: 'destroyVirtualMachine',
  expunge: 'expungeVirtualMachine',
};

/** States in which the instance is on its way somewhere: lists refresh themselves while one is shown. */
export const TRANSITIONAL_VM_STATES = new Set(['starting', 'stopping', 'migrating', 'expunging']);

export function isTransitional(vm: Pick<VirtualMachine, 'state'>): boolean {
  return TRANSITIONAL_VM_STATES.has((vm.state ?? '').toLowerCase());
}

/**
 * What may be done to an instance in its state, as the server allows it: start a stopped one;
 * stop, reboot or (root admins) live-migrate a running one; destroy one that is running, stopped
 * or in error; recover a destroyed one; expunge one that is destroyed or in error.
 */
export function vmActions(vm: Pick<VirtualMachine, 'state'>, rootAdmin: boolean): VmAction[] {
  const state = (vm.state ?? '').toLowerCase();
  const actions: VmAction[] = [];
  if (state === 'stopped') actions.push('start');
  if (state === 'running') actions.push('stop', 'reboot');
  if (state === 'running' && rootAdmin) actions.push('migrate');
  if (state === 'destroyed') actions.push('recover');
  if (state === 'running' || state === 'stopped' || state === 'error') actions.push('destroy');
  if (state === 'destroyed' || state === 'error') actions.push('expunge');
  return actions;
}

/** "2 × 1000 MHz, 2048 MB", or '' when the sizes are unknown. */
export function vmSize(vm: Pick<VirtualMachine, 'cpunumber' | 'cpuspeed' | 'memory'>): string {
  if (!vm.cpunumber && !vm.memory) return '';
  return `${vm.cpunumber ?? '?'} × ${vm.cpuspeed ?? '?'} MHz, ${vm.memory ?? '?'} MB`;
}

/** The name people gave the instance, else its host name. */
export function vmLabel(vm: Pick<VirtualMachine, 'displayname' | 'name'>): string {
  return vm.displayname || vm.name;
}
