import type { Volume } from '../../api/types';

export type VolumeAction = 'attach' | 'detach' | 'resize' | 'snapshot' | 'schedule' | 'delete';

/** The command behind each action: a button shows only when the caller's listApis has it. */
export const VOLUME_ACTION_API: Record<VolumeAction, string> = {
  attach: 'attachVolume',
  detach: 'detachVolume',
  resize: 'resizeVolume',
  snapshot: 'createSnapshot',
  schedule: 'createSnapshotPolicy',
  delete: 'deleteVolume',
};

/**
 * What may be done to a volume in its state, as the server allows it: attach a detached data disk
 * and detach an attached one; resize, schedule snapshots of and (detached) delete an Allocated or
 * Ready volume; snapshot a Ready one (an Allocated volume has no disk yet).
 */
export function volumeActions(v: Pick<Volume, 'state' | 'type' | 'virtualmachineid'>): VolumeAction[] {
  const state = (v.state ?? '').toLowerCase();
  const usable = state === 'allocated' || state === 'ready';
  const attached = !!v.virtualmachineid;
  const data = v.type === 'DATADISK';
  const actions: VolumeAction[] = [];
  if (usable && data && !attached) actions.push('attach');
  if (data && attached) actions.push('detach');
  if (usable) actions.push('resize');
  if (state === 'ready') actions.push('snapshot');
  if (usable) actions.push('schedule');
  if (usable && !attached) actions.push('delete');
  return actions;
}
