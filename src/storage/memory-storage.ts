import { randomUUID } from 'node:crypto';
import {
  StorageConflictError,
  StorageUnavailableError,
  type StoragePort,
  type StoredItem,
  type WriteOptions,
} from './storage-port.js';

interface Row {
  json: string;
  eTag: string;
  updatedAt: number;
}

/**
 * In-process storage for tests and throwaway runs. Values are stored as JSON text, as the real stores do.
 * Nothing reaches a file, so a removed value is gone once dropped (`removesData` needs nothing more).
 */
export class MemoryStorage implements StoragePort {
  private readonly rows = new Map<string, Row>();
  private closed = false;

  async read(key: string): Promise<StoredItem | undefined> {
    this.assertOpen();
    const row = this.rows.get(key);
    return row ? { value: JSON.parse(row.json), eTag: row.eTag } : undefined;
  }

  async readIfChanged(key: string, eTag: string): Promise<StoredItem | 'unchanged' | undefined> {
    this.assertOpen();
    return this.rows.get(key)?.eTag === eTag ? 'unchanged' : this.read(key);
  }

  async write(key: string, value: unknown, ifMatch: string | null, _options?: WriteOptions): Promise<string> {
    this.assertOpen();
    const current = this.rows.get(key);
    if ((current?.eTag ?? null) !== ifMatch) throw new StorageConflictError(key);
    const eTag = randomUUID();
    this.rows.set(key, { json: JSON.stringify(value), eTag, updatedAt: Date.now() });
    return eTag;
  }

  async delete(key: string): Promise<void> {
    this.assertOpen();
    this.rows.delete(key);
  }

  async purgeBefore(cutoff: Date): Promise<number> {
    this.assertOpen();
    let n = 0;
    for (const [key, row] of this.rows) {
      if (row.updatedAt < cutoff.getTime()) {
        this.rows.delete(key);
        n++;
      }
    }
    return n;
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private assertOpen(): void {
    if (this.closed) throw new StorageUnavailableError(new Error('closed'));
  }
}
