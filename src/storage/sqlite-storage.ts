import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { keyDigest } from './key-digest.js';
import {
  StorageConflictError,
  StorageUnavailableError,
  type StoragePort,
  type StoredItem,
  type WriteOptions,
} from './storage-port.js';

const UPDATED_AT_STEP_MS = 60_000;
/** PRAGMA user_version of the current layout: 1 = keys stored as their SHA-256 (0: an older file with clear keys). */
const SCHEMA_VERSION = 1;

interface PendingWrite {
  key: string;
  json: string;
  ifMatch: string | null;
  eTag: string;
  removesData: boolean;
  resolve(eTag: string): void;
  reject(err: unknown): void;
}

/**
 * Embedded default store: node:sqlite in WAL mode, one row per conversation.
 * The eTag check and the write happen in one statement, so two processes sharing the file cannot both win.
 *
 * Deleted means gone from the files: rows are keyed by the SHA-256 of the conversation key (no tenant or
 * conversation id on disk), `secure_delete` zeroes the space a deleted or rewritten row leaves in the database
 * file, and after a deletion (delete, purge, or a write marked `removesData`) a TRUNCATE checkpoint copies the
 * zeroed pages into the database and empties the WAL, which still held the old versions of the row.
 */
export class SqliteStorage implements StoragePort {
  private readonly db: DatabaseSync;
  private readonly sel: StatementSync;
  private readonly selIfChanged: StatementSync;
  private readonly ins: StatementSync;
  private readonly upd: StatementSync;
  private readonly updKeepTime: StatementSync;
  private readonly del: StatementSync;
  private readonly purge: StatementSync;
  private readonly checkpoint: StatementSync;
  private closed = false;
  private pending: PendingWrite[] = [];
  /** A scrub that could not finish (another connection was reading): the next deletion, purge or close retries it. */
  private scrubOwed = false;

  constructor(path: string, options: { busyTimeoutMs?: number } = {}) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new DatabaseSync(path);
    this.db.exec(
      `PRAGMA busy_timeout = ${options.busyTimeoutMs ?? 500}; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA secure_delete = ON;`,
    );
    this.checkpoint = this.db.prepare('PRAGMA wal_checkpoint(TRUNCATE)');
    this.migrate();
    this.sel = this.db.prepare('SELECT value, etag FROM conversation_state WHERE key = ?');
    // One lookup either way; the value (the whole record's text) is copied out and parsed only when it changed.
    this.selIfChanged = this.db.prepare(
      'SELECT CASE WHEN etag = ? THEN NULL ELSE value END AS value, etag FROM conversation_state WHERE key = ?',
    );
    this.ins = this.db.prepare(
      'INSERT INTO conversation_state (key, value, etag, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO NOTHING',
    );
    this.upd = this.db.prepare(
      'UPDATE conversation_state SET value = ?, etag = ?, updated_at = ? WHERE key = ? AND etag = ?',
    );
    // Leaves updated_at, and so its index, untouched while the stored time is still ahead of now: rewriting the
    // index entry on every turn doubled the cost of a write (measured: 24 -> 12 µs, p99 70 -> 15 µs).
    this.updKeepTime = this.db.prepare(
      'UPDATE conversation_state SET value = ?, etag = ? WHERE key = ? AND etag = ? AND updated_at >= ?',
    );
    this.del = this.db.prepare('DELETE FROM conversation_state WHERE key = ?');
    this.purge = this.db.prepare('DELETE FROM conversation_state WHERE updated_at < ?');
  }

  /**
   * Creates the table, or brings a file written by an older version up to date in one transaction: version 0
   * stored conversation keys in clear, so each row is re-keyed by its digest, then the file is rebuilt (VACUUM:
   * pages freed before secure_delete was on still hold old rows) and the WAL emptied.
   */
  private migrate(): void {
    const version = () => (this.db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
    if (version() >= SCHEMA_VERSION) return;
    const rekeyed = this.transaction(() => {
      if (version() >= SCHEMA_VERSION) return 0; // another process sharing the file migrated it meanwhile
      const existed = this.db
        .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'conversation_state'")
        .get();
      this.db.exec(
        'CREATE TABLE IF NOT EXISTS conversation_state (key TEXT PRIMARY KEY, value TEXT NOT NULL, etag TEXT NOT NULL, updated_at INTEGER NOT NULL)',
      );
      this.db.exec('CREATE INDEX IF NOT EXISTS conversation_state_updated ON conversation_state (updated_at)');
      let n = 0;
      if (existed) {
        const keys = this.db.prepare('SELECT key FROM conversation_state').all() as { key: string }[];
        const rekey = this.db.prepare('UPDATE conversation_state SET key = ? WHERE key = ?');
        for (const { key } of keys) n += Number(rekey.run(keyDigest(key), key).changes);
        n ||= 1; // an empty old table may still hold deleted rows in its free space
      }
      this.db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
      return n;
    });
    if (rekeyed) {
      // The copy VACUUM builds stays in memory, not in a temporary file holding the old rows' content.
      this.db.exec('PRAGMA temp_store = MEMORY; VACUUM; PRAGMA temp_store = DEFAULT;');
      this.checkpoint.get();
    }
  }

  async read(key: string): Promise<StoredItem | undefined> {
    const row = this.run(() => this.sel.get(keyDigest(key))) as { value: string; etag: string } | undefined;
    return row ? { value: JSON.parse(row.value), eTag: row.etag } : undefined;
  }

  async readIfChanged(key: string, eTag: string): Promise<StoredItem | 'unchanged' | undefined> {
    const row = this.run(() => this.selIfChanged.get(eTag, keyDigest(key))) as
      | { value: string | null; etag: string }
      | undefined;
    if (!row) return undefined;
    return row.value === null ? 'unchanged' : { value: JSON.parse(row.value), eTag: row.etag };
  }

  /**
   * Writes wait for the end of the event-loop turn and go to SQLite together, in one transaction: turns of
   * different conversations that finish together share one commit (one WAL append and lock cycle instead of one
   * each). Each write keeps its own eTag check; a stale one fails alone, and if the transaction fails, none of
   * its writes is stored and each caller gets StorageUnavailableError.
   */
  write(key: string, value: unknown, ifMatch: string | null, options?: WriteOptions): Promise<string> {
    if (this.closed) return Promise.reject(new StorageUnavailableError(new Error('closed')));
    return new Promise((resolve, reject) => {
      const removesData = options?.removesData === true;
      this.pending.push({
        key,
        json: JSON.stringify(value),
        ifMatch,
        eTag: randomUUID(),
        removesData,
        resolve,
        reject,
      });
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
      changes = this.run(() =>
        batch.length === 1
          ? [this.apply(batch[0]!, now)]
          : this.transaction(() => batch.map((w) => this.apply(w, now))),
      );
    } catch (err) {
      for (const w of batch) w.reject(err);
      return;
    }
    // Only a batch holding a write that removes data pays for a checkpoint; ordinary turns never do (not even
    // while a scrub is owed: a checkpoint can wait out busy_timeout for another process's readers).
    if (batch.some((w, i) => w.removesData && changes[i] === 1)) this.scrub();
    for (const [i, w] of batch.entries()) {
      if (changes[i] === 1) w.resolve(w.eTag);
      else w.reject(new StorageConflictError(w.key));
    }
  }

  /** One if-match write; returns the number of rows changed (0 on a stale eTag or an existing key for a create). */
  private apply(w: PendingWrite, now: number): number {
    // updated_at is only read by the retention purge: it is stored rounded up to the next minute, so it is never
    // earlier than the last write (a case is purged at most a minute late, never early) and changes once a minute.
    const until = Math.ceil((now + 1) / UPDATED_AT_STEP_MS) * UPDATED_AT_STEP_MS;
    const key = keyDigest(w.key);
    if (w.ifMatch === null) return Number(this.ins.run(key, w.json, w.eTag, until).changes);
    // Both statements check the eTag in the same statement as the write; the second runs only when the first
    // changed nothing (a stale eTag, or a stored time that has fallen behind now).
    const kept = Number(this.updKeepTime.run(w.json, w.eTag, key, w.ifMatch, now).changes);
    return kept === 1 ? kept : Number(this.upd.run(w.json, w.eTag, until, key, w.ifMatch).changes);
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
    const deleted = Number(this.run(() => this.del.run(keyDigest(key))).changes);
    if (deleted || this.scrubOwed) this.scrub();
  }

  async purgeBefore(cutoff: Date): Promise<number> {
    const purged = Number(this.run(() => this.purge.run(cutoff.getTime())).changes);
    if (purged || this.scrubOwed) this.scrub();
    return purged;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.flush();
    if (this.scrubOwed) this.scrub();
    this.closed = true;
    this.db.close();
  }

  /**
   * Copies every committed page into the database file and truncates the WAL to zero bytes, so the old versions
   * of removed rows it held are gone (secure_delete has already zeroed them in the pages copied). The deletion
   * itself is committed whatever happens here: when another connection's read keeps the checkpoint from finishing
   * (busy) or it fails, the scrub is owed and retried by the next deletion, the next purge (hourly) or at close.
   */
  private scrub(): void {
    try {
      const result = this.checkpoint.get() as { busy: number } | undefined;
      this.scrubOwed = result?.busy !== 0;
    } catch {
      this.scrubOwed = true;
    }
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
