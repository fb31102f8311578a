import type { Snapshot, VmSnapshot } from '../../api/types';

const lower = (s: string | undefined) => (s ?? '').toLowerCase();
const COMPLETE = new Set(['backedup', 'createdonprimary']);

/** A completed volume snapshot: it can become a volume. */
export const snapshotComplete = (s: Pick<Snapshot, 'state'>) => COMPLETE.has(lower(s.state));

/** The server deletes completed snapshots and those that failed or never started. */
export const snapshotDeletable = (s: Pick<Snapshot, 'state'>) => COMPLETE.has(lower(s.state)) || ['error', 'allocated'].includes(lower(s.state));

/** Snapshots on their way: the list refreshes itself while one is shown. */
export const snapshotMoving = (s: Pick<Snapshot, 'state'>) => ['creating', 'backingup', 'copying', 'destroying'].includes(lower(s.state));

/** Instance snapshots: revert to a Ready one; delete one that is Ready, failed or never started. */
export const vmSnapshotRevertable = (s: Pick<VmSnapshot, 'state'>) => lower(s.state) === 'ready';
export const vmSnapshotDeletable = (s: Pick<VmSnapshot, 'state'>) => ['ready', 'error', 'allocated'].includes(lower(s.state));
export const vmSnapshotMoving = (s: Pick<VmSnapshot, 'state'>) => ['creating', 'reverting', 'expunging'].includes(lower(s.state));

/** The name people gave an instance snapshot, else the generated one. */
export const vmSnapshotLabel = (s: Pick<VmSnapshot, 'displayname' | 'name' | 'id'>) => s.displayname || s.name || s.id;
