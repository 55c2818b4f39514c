import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { StorageConflictError, StorageUnavailableError, type StoragePort, type StoredItem } from './storage-port.js';

const UPDATED_AT_STEP_MS = 60_000;

interface PendingWrite {
  key: string;
  json: string;
  ifMatch: string | null;
  eTag: string;
  resolve(eTag: string): void;
  reject(err: unknown): void;
}

/**
 * Embedded default store: node:sqlite in WAL mode, one row per conversation.
 * The eTag check and the write happen in one statement, so two processes sharing the file cannot both win.
 */
export class SqliteStorage implements StoragePort {
  private readonly db: DatabaseSync;
  private readonly sel: StatementSync;
  private readonly ins: StatementSync;
  private readonly upd: StatementSync;
  private readonly updKeepTime: StatementSync;
  private readonly del: StatementSync;
  private readonly purge: StatementSync;
  private closed = false;
  private pending: PendingWrite[] = [];

  constructor(path: string, options: { busyTimeoutMs?: number } = {}) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new DatabaseSync(path);
    this.db.exec(`PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = ${options.busyTimeoutMs ?? 500};`);
    this.db.exec(
      'CREATE TABLE IF NOT EXISTS conversation_state (key TEXT PRIMARY KEY, value TEXT NOT NULL, etag TEXT NOT NULL, updated_at INTEGER NOT NULL)',
    );
    this.db.exec('CREATE INDEX IF NOT EXISTS conversation_state_updated ON conversation_state (updated_at)');
    this.sel = this.db.prepare('SELECT value, etag FROM conversation_state WHERE key = ?');
    this.ins = this.db.prepare(
      'INSERT INTO conversation_state (key, value, etag, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO NOTHING',
    );
    this.upd = this.db.prepare('UPDATE conversation_state SET value = ?, etag = ?, updated_at = ? WHERE key = ? AND etag = ?');
    // Leaves updated_at, and so its index, untouched while the stored time is still ahead of now: rewriting the
    // index entry on every turn doubled the cost of a write (measured: 24 -> 12 µs, p99 70 -> 15 µs).
    this.updKeepTime = this.db.prepare(
      'UPDATE conversation_state SET value = ?, etag = ? WHERE key = ? AND etag = ? AND updated_at >= ?',
    );
    this.del = this.db.prepare('DELETE FROM conversation_state WHERE key = ?');
    this.purge = this.db.prepare('DELETE FROM conversation_state WHERE updated_at < ?');
  }

  async read(key: string): Promise<StoredItem | undefined> {
    const row = this.run(() => this.sel.get(key)) as { value: string; etag: string } | undefined;
    return row ? { value: JSON.parse(row.value), eTag: row.etag } : undefined;
  }

  /**
   * Writes wait for the end of the event-loop turn and go to SQLite together, in one transaction: turns of
   * different conversations that finish together share one commit (one WAL append and lock cycle instead of one
   * each). Each write keeps its own eTag check; a stale one fails alone, and if the transaction fails, none of
   * its writes is stored and each caller gets StorageUnavailableError.
   */
  write(key: string, value: unknown, ifMatch: string | null): Promise<string> {
    if (this.closed) return Promise.reject(new StorageUnavailableError(new Error('closed')));
    return new Promise((resolve, reject) => {
      this.pending.push({ key, json: JSON.stringify(value), ifMatch, eTag: randomUUID(), resolve, reject });
      if (this.pending.length === 1) setImmediate(() => this.flush());
    });
  }

  private flush(): void {
    const batch = this.pending;
    this.pending = [];
    if (!batch.length) return;
    const now = Date.now();
    let changes: number[];
    try {
      changes = this.run(() => (batch.length === 1 ? [this.apply(batch[0]!, now)] : this.transaction(() => batch.map((w) => this.apply(w, now)))));
    } catch (err) {
      for (const w of batch) w.reject(err);
      return;
    }
    batch.forEach((w, i) => (changes[i] === 1 ? w.resolve(w.eTag) : w.reject(new StorageConflictError(w.key))));
  }

  /** One if-match write; returns the number of rows changed (0 on a stale eTag or an existing key for a create). */
  private apply(w: PendingWrite, now: number): number {
    // updated_at is only read by the retention purge: it is stored rounded up to the next minute, so it is never
    // earlier than the last write (a case is purged at most a minute late, never early) and changes once a minute.
    const until = Math.ceil((now + 1) / UPDATED_AT_STEP_MS) * UPDATED_AT_STEP_MS;
    if (w.ifMatch === null) return Number(this.ins.run(w.key, w.json, w.eTag, until).changes);
    // Both statements check the eTag in the same statement as the write; the second runs only when the first
    // changed nothing (a stale eTag, or a stored time that has fallen behind now).
    const kept = Number(this.updKeepTime.run(w.json, w.eTag, w.key, w.ifMatch, now).changes);
    return kept === 1 ? kept : Number(this.upd.run(w.json, w.eTag, until, w.key, w.ifMatch).changes);
  }

  private transaction<T>(op: () => T): T {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = op();
      this.db.exec('COMMIT');
      return result;
    } catch (err) {
      try {
        this.db.exec('ROLLBACK');
      } catch {
        // No transaction left to roll back (SQLite already ended it).
      }
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    this.run(() => this.del.run(key));
  }

  async purgeBefore(cutoff: Date): Promise<number> {
    return Number(this.run(() => this.purge.run(cutoff.getTime())).changes);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    this.db.close();
  }

  private run<T>(op: () => T): T {
    if (this.closed) throw new StorageUnavailableError(new Error('closed'));
    try {
      return op();
    } catch (err) {
      // SQLITE_BUSY / SQLITE_LOCKED / I/O errors: the caller tells the user to repeat; nothing was written.
      throw new StorageUnavailableError(err);
    }
  }
}
