/**
 * The storage port: one JSON document per key with optimistic concurrency.
 * `write(key, value, ifMatch)`: ifMatch is the eTag last read, or null to create a key that must not exist yet.
 * A stale eTag (or an existing key with ifMatch null) throws StorageConflictError.
 *
 * Deletion is deletion on disk: once `delete` or `purgeBefore` resolves, or a write with `removesData` does, the
 * removed content can no longer be read back from the store's files (SQLite: its database, WAL and shared-memory
 * files; Blob: the account must have soft delete off, see docs/operations.md). Ordinary writes carry no such
 * promise for the version they replace, and cost no more than a write.
 */
export interface StoredItem {
  value: unknown;
  eTag: string;
}

export interface WriteOptions {
  /**
   * The new value drops data the stored one held (a forgotten or expired case): the store scrubs the replaced
   * version from its files before the write resolves. For rare writes only; it may cost a checkpoint and an fsync.
   */
  removesData?: boolean;
}

export interface StoragePort {
  read(key: string): Promise<StoredItem | undefined>;
  /**
   * `read`, for a caller that still holds the value it last read or wrote with `eTag`: while the stored eTag is
   * still `eTag`, resolves to 'unchanged' without fetching or parsing the value; otherwise to what `read` gives.
   */
  readIfChanged(key: string, eTag: string): Promise<StoredItem | 'unchanged' | undefined>;
  write(key: string, value: unknown, ifMatch: string | null, options?: WriteOptions): Promise<string>;
  /** Deletes the item and scrubs it from the store's files. */
  delete(key: string): Promise<void>;
  /** Deletes every item last written before `cutoff` and scrubs them from the store's files; returns how many went. */
  purgeBefore(cutoff: Date): Promise<number>;
  close(): Promise<void>;
}

export class StorageConflictError extends Error {
  override name = 'StorageConflictError';
  constructor(readonly key: string) {
    super('The stored item changed since it was read (eTag mismatch).');
  }
}

/** The store could not be reached or refused the operation (down, locked, closed). */
export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
  constructor(cause: unknown) {
    super('Storage is unavailable.', { cause });
  }
}
