import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { keyDigest } from '../../src/storage/key-digest.js';
import { SqliteStorage } from '../../src/storage/sqlite-storage.js';

/**
 * SQLite rows are keyed by the SHA-256 of the conversation key, as blob names are: no tenant or conversation id
 * on disk. A file written by an older version (clear keys, PRAGMA user_version 0) is migrated when opened.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bpp-keys-'));
  dirs.push(dir);
  return join(dir, 'bot.sqlite');
}
const bytesOf = (path: string) =>
  Buffer.concat(['', '-wal', '-shm'].filter((s) => existsSync(path + s)).map((s) => readFileSync(path + s)));
const has = (path: string, needle: string) => bytesOf(path).includes(Buffer.from(needle));

const LIVE = 'msteams/tenant-legacy/a:LEGACYLIVECONV';
const GONE = 'msteams/tenant-legacy/a:LEGACYGONECONV';

/** A database exactly as the previous version left it: clear keys, a deleted row still in its free space. */
function legacyFile(path: string): void {
  const db = new DatabaseSync(path);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
  db.exec(
    'CREATE TABLE IF NOT EXISTS conversation_state (key TEXT PRIMARY KEY, value TEXT NOT NULL, etag TEXT NOT NULL, updated_at INTEGER NOT NULL)',
  );
  db.exec('CREATE INDEX IF NOT EXISTS conversation_state_updated ON conversation_state (updated_at)');
  const ins = db.prepare('INSERT INTO conversation_state (key, value, etag, updated_at) VALUES (?, ?, ?, ?)');
  ins.run(LIVE, JSON.stringify({ kept: 'LEGACYLIVEVALUE' }), 'etag-live', Date.now() + 60_000);
  ins.run(GONE, JSON.stringify({ forgotten: 'LEGACYGONEVALUE'.repeat(400) }), 'etag-gone', Date.now() + 60_000);
  db.prepare('DELETE FROM conversation_state WHERE key = ?').run(GONE);
  db.close(); // the last connection: checkpoints into the database file and removes the WAL
}

describe('sqlite keys on disk', () => {
  it('a new file stores the digest of the key, never the key', async () => {
    const path = tempDb();
    const s = new SqliteStorage(path);
    await s.write(LIVE, { v: 1 }, null);
    const db = new DatabaseSync(path, { readOnly: true });
    expect(db.prepare('SELECT key FROM conversation_state').all()).toEqual([{ key: keyDigest(LIVE) }]);
    expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: 1 });
    db.close();
    expect(has(path, 'LEGACYLIVECONV')).toBe(false);
    await s.close();
    expect(has(path, 'LEGACYLIVECONV')).toBe(false);
  });

  it('migrates an older file on open: rows re-keyed with their eTags, no clear id or deleted row left in its bytes', async () => {
    const path = tempDb();
    legacyFile(path);
    // Precondition: the old file really holds the clear ids and the deleted row's content.
    expect(has(path, 'LEGACYLIVECONV')).toBe(true);
    expect(has(path, 'LEGACYGONECONV')).toBe(true);
    expect(has(path, 'LEGACYGONEVALUE')).toBe(true);

    const s = new SqliteStorage(path);
    expect(await s.read(LIVE)).toEqual({ value: { kept: 'LEGACYLIVEVALUE' }, eTag: 'etag-live' });
    expect(await s.read(GONE)).toBeUndefined();
    for (const needle of ['LEGACYLIVECONV', 'LEGACYGONECONV', 'LEGACYGONEVALUE']) expect(has(path, needle)).toBe(false);
    // The turn that read it can write it back if-match, as before the upgrade.
    const eTag = await s.write(LIVE, { kept: 'next' }, 'etag-live');
    await s.close();

    // Opening again migrates nothing twice.
    const again = new SqliteStorage(path);
    expect(await again.read(LIVE)).toEqual({ value: { kept: 'next' }, eTag });
    await again.close();
    const db = new DatabaseSync(path, { readOnly: true });
    expect(db.prepare('SELECT key FROM conversation_state').all()).toEqual([{ key: keyDigest(LIVE) }]);
    expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: 1 });
    db.close();
    for (const needle of ['LEGACYLIVECONV', 'LEGACYGONECONV', 'LEGACYGONEVALUE']) expect(has(path, needle)).toBe(false);
  });

  it('a second connection opening the file after the migration leaves it as it is', async () => {
    const path = tempDb();
    legacyFile(path);
    const a = new SqliteStorage(path);
    const b = new SqliteStorage(path);
    expect((await b.read(LIVE))?.eTag).toBe('etag-live');
    expect((await a.read(LIVE))?.eTag).toBe('etag-live');
    await a.close();
    await b.close();
  });
});
