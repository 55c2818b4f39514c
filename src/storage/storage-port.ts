/**
 * The storage port: one JSON document per key with optimistic concurrency.
 * `write(key, value, ifMatch)`: ifMatch is the eTag last read, or null to create a key that must not exist yet.
 * A stale eTag (or an existing key with ifMatch null) throws StorageConflictError.
 */
export interface StoredItem {
  value: unknown;
  eTag: string;
}

export interface StoragePort {
  read(key: string): Promise<StoredItem | undefined>;
  write(key: string, value: unknown, ifMatch: string | null): Promise<string>;
  delete(key: string): Promise<void>;
  /** Deletes every item last written before `cutoff`; returns how many went. */
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
