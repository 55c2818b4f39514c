import type { StoragePort } from './storage-port.js';

const DAY_MS = 86_400_000;

/** The retention cutoff: records last written before it are purged. */
export function retentionCutoff(now: number, retentionDays: number): Date {
  return new Date(now - retentionDays * DAY_MS);
}

/**
 * One retention sweep: first `keep` (records that must outlive their last change, such as a case with a pending
 * follow-up reminder, are written back, which renews their store time), then the purge. A `keep` that fails rejects
 * and nothing is purged: a record is never deleted because keeping it failed. Without `keep` the purge starts at once.
 */
export function purgeExpired(
  storage: Pick<StoragePort, 'purgeBefore'>,
  cutoff: () => Date,
  keep?: () => Promise<unknown>,
): Promise<number> {
  if (!keep) return storage.purgeBefore(cutoff());
  return keep().then(() => storage.purgeBefore(cutoff()));
}
