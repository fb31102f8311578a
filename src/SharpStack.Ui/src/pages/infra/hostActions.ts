import type { Host, StoragePool } from '../../api/types';

export type HostAction = 'enable' | 'disable' | 'maintenance' | 'cancelMaintenance' | 'reconnect' | 'delete';

const IN_MAINTENANCE = new Set(['maintenance', 'prepareformaintenance', 'errorinmaintenance']);

/**
 * What may be done to a host in its current state, as CloudStack allows it: enable/disable only
 * outside maintenance; maintenance from Enabled/Disabled; cancel while in (or entering)
 * maintenance; reconnect unless in maintenance; delete once in maintenance or when the agent is
 * not Up (removing an Up, working host is refused by the server anyway).
 */
export function hostActions(h: Pick<Host, 'state' | 'resourcestate'>): HostAction[] {
  const resource = (h.resourcestate ?? '').toLowerCase();
  const state = (h.state ?? '').toLowerCase();
  const actions: HostAction[] = [];
  const inMaintenance = IN_MAINTENANCE.has(resource);
  if (resource === 'disabled') actions.push('enable');
  if (resource === 'enabled') actions.push('disable');
  if (resource === 'enabled' || resource === 'disabled') actions.push('maintenance');
  if (inMaintenance) actions.push('cancelMaintenance');
  if (!inMaintenance && state !== 'connecting') actions.push('reconnect');
  if (resource === 'maintenance' || resource === 'errorinmaintenance' || ['down', 'disconnected', 'alert', 'error'].includes(state)) actions.push('delete');
  return actions;
}

export type PoolAction = 'enable' | 'disable' | 'maintenance' | 'cancelMaintenance' | 'delete';

/** Primary storage: enable/disable outside maintenance, maintenance from Up/Disabled, delete in maintenance or disabled. */
export function poolActions(p: Pick<StoragePool, 'state'>): PoolAction[] {
  const state = (p.state ?? '').toLowerCase();
  const actions: PoolAction[] = [];
  if (state === 'disabled') actions.push('enable');
  if (state === 'up') actions.push('disable');
  if (state === 'up' || state === 'disabled') actions.push('maintenance');
  if (IN_MAINTENANCE.has(state)) actions.push('cancelMaintenance');
  if (state === 'maintenance' || state === 'disabled' || state === 'errorinmaintenance') actions.push('delete');
  return actions;
}
