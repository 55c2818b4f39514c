import { safeError, type Logger } from '../runtime/logger.js';
import { purgeExpired, retentionCutoff } from '../storage/retention.js';
import type { StoragePort } from '../storage/storage-port.js';

/** How often the retention purge runs after the first one at start-up. */
export const RETENTION_SWEEP_MS = 60 * 60 * 1000;

export interface RetentionOptions {
  /**
   * Runs before each purge and may write records back to keep them (cases with a pending reminder:
   * ReminderScheduler.keepAlive). If it fails, that sweep purges nothing.
   */
  keep?: () => Promise<unknown>;
  /** The clock (ms since the epoch); default Date.now. */
  now?: () => number;
}

/**
 * Deletes the cases not changed for `retentionDays` (the store scrubs them from its files): once straight away
 * at start-up, so that a process restarted more often than the interval still purges, then every `intervalMs`.
 * A case holding a follow-up reminder is kept until the reminder's day plus a margin (`options.keep`).
 * A sweep still running when the next is due (a long blob listing) makes that one skip. Returns the interval's
 * timer, unref'd so it never holds the process open; clearInterval stops it.
 */
export function scheduleRetention(
  storage: Pick<StoragePort, 'purgeBefore'>,
  retentionDays: number,
  logger: Pick<Logger, 'info' | 'warn'>,
  intervalMs: number = RETENTION_SWEEP_MS,
  options: RetentionOptions = {},
): NodeJS.Timeout {
  const now = options.now ?? Date.now;
  let running = false;
  const sweep = () => {
    if (running) return;
    running = true;
    let purged: Promise<number>;
    try {
      purged = purgeExpired(storage, () => retentionCutoff(now(), retentionDays), options.keep);
    } catch (err) {
      purged = Promise.reject(err); // a store throwing instead of rejecting is logged the same way
    }
    purged
      .then(
        (n) => n && logger.info({ purged: n }, 'expired cases deleted'),
        (err: unknown) => logger.warn(safeError(err), 'retention sweep failed'),
      )
      .finally(() => (running = false));
  };
  sweep();
  const timer = setInterval(sweep, intervalMs);
  timer.unref();
  return timer;
}
