import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { keyDigest } from '../../src/storage/key-digest.js';
import { SqliteStorage } from '../../src/storage/sqlite-storage.js';
import { StorageConflictError, StorageUnavailableError } from '../../src/storage/storage-port.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bpp-writes-'));
  dirs.push(dir);
  return join(dir, 'bot.sqlite');
}

const storedTime = (path: string, key: string) => {
  const db = new DatabaseSync(path, { readOnly: true });
  // Rows are keyed by the digest of the conversation key (test/security/storage-keys.test.ts).
  const row = db.prepare('SELECT updated_at AS t FROM conversation_state WHERE key = ?').get(keyDigest(key)) as {
    t: number;
  };
  db.close();
  return row.t;
};

/** Writes issued together share one transaction, but each keeps its own eTag check and its own outcome. */
describe('sqlite writes in one transaction', () => {
  it('stores every write of a batch and returns each its own eTag', async () => {
    const s = new SqliteStorage(tempDb());
    const eTags = await Promise.all(Array.from({ length: 20 }, (_, i) => s.write(`k${i}`, { i }, null)));
    expect(new Set(eTags).size).toBe(20);
    for (let i = 0; i < 20; i++) expect(await s.read(`k${i}`)).toEqual({ value: { i }, eTag: eTags[i] });
    await s.close();
  });

  it('a stale eTag fails alone; the other writes of the batch are stored', async () => {
    const s = new SqliteStorage(tempDb());
    const a = await s.write('a', 1, null);
    const b = await s.write('b', 1, null);
    await s.write('b', 2, b);
    const results = await Promise.allSettled([
      s.write('a', 2, a),
      s.write('b', 3, b),
      s.write('c', 1, null),
      s.write('a', 9, null),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected']);
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(StorageConflictError);
    expect((results[3] as PromiseRejectedResult).reason).toBeInstanceOf(StorageConflictError);
    expect((await s.read('a'))?.value).toBe(2);
    expect((await s.read('b'))?.value).toBe(2);
    expect((await s.read('c'))?.value).toBe(1);
    await s.close();
  });

  it('when the file is locked, every write of the batch fails as unavailable and none is stored', async () => {
    const path = tempDb();
    const s = new SqliteStorage(path, { busyTimeoutMs: 20 });
    const a = await s.write('a', 1, null);
    const lock = new DatabaseSync(path);
    lock.exec('BEGIN IMMEDIATE');
    const results = await Promise.allSettled([s.write('a', 2, a), s.write('b', 1, null), s.write('c', 1, null)]);
    lock.exec('ROLLBACK');
    lock.close();
    for (const r of results) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(StorageUnavailableError);
    expect(await s.read('a')).toEqual({ value: 1, eTag: a });
    expect(await s.read('b')).toBeUndefined();
    expect(await s.read('c')).toBeUndefined();
    expect(await s.write('a', 3, a)).toBeTypeOf('string');
    await s.close();
  });

  it('a write that fails inside the transaction rolls back the whole batch, and the next write works', async () => {
    const s = new SqliteStorage(tempDb());
    const results = await Promise.allSettled([
      s.write('a', 1, null),
      s.write('b', undefined, null),
      s.write('c', 1, null),
    ]);
    for (const r of results) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(StorageUnavailableError);
    expect(await s.read('a')).toBeUndefined();
    expect(await s.read('c')).toBeUndefined();
    await Promise.all([s.write('a', 2, null), s.write('c', 2, null)]);
    expect((await s.read('a'))?.value).toBe(2);
    await s.close();
  });

  it('a write issued just before close is stored', async () => {
    const path = tempDb();
    const s = new SqliteStorage(path);
    const pending = s.write('k', { kept: true }, null);
    await s.close();
    await pending;
    const again = new SqliteStorage(path);
    expect((await again.read('k'))?.value).toEqual({ kept: true });
    await again.close();
  });
});

/** updated_at (read only by the retention purge) is rounded up to the minute so most writes leave its index alone. */
describe('sqlite write time', () => {
  it('is never earlier than the last write and at most a minute later', async () => {
    const path = tempDb();
    const s = new SqliteStorage(path);
    let eTag = await s.write('k', { n: 0 }, null);
    for (let i = 1; i < 5; i++) eTag = await s.write('k', { n: i }, eTag);
    const after = Date.now();
    const t = storedTime(path, 'k');
    expect(t).toBeGreaterThanOrEqual(after);
    expect(t).toBeLessThanOrEqual(after + 60_000);
    expect((await s.read('k'))?.value).toEqual({ n: 4 });
    await s.close();
  });

  it('moves forward once the stored time has fallen behind (a row written by an older version)', async () => {
    const path = tempDb();
    const s = new SqliteStorage(path);
    const eTag = await s.write('k', { n: 0 }, null);
    const db = new DatabaseSync(path);
    db.prepare('UPDATE conversation_state SET updated_at = 1000 WHERE key = ?').run(keyDigest('k'));
    db.close();
    await s.write('k', { n: 1 }, eTag);
    expect(storedTime(path, 'k')).toBeGreaterThanOrEqual(Date.now());
    expect(await s.purgeBefore(new Date(Date.now() - 1_000))).toBe(0);
    await s.close();
  });

  it('a stale eTag still conflicts whether or not the stored time is current', async () => {
    const path = tempDb();
    const s = new SqliteStorage(path);
    const first = await s.write('k', { n: 0 }, null);
    await s.write('k', { n: 1 }, first);
    await expect(s.write('k', { n: 2 }, first)).rejects.toBeInstanceOf(StorageConflictError);
    const db = new DatabaseSync(path);
    db.prepare('UPDATE conversation_state SET updated_at = 1000 WHERE key = ?').run(keyDigest('k'));
    db.close();
    await expect(s.write('k', { n: 2 }, first)).rejects.toBeInstanceOf(StorageConflictError);
    expect((await s.read('k'))?.value).toEqual({ n: 1 });
    await s.close();
  });
});
