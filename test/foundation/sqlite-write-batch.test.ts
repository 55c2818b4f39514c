import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStorage } from '../../src/storage/sqlite-storage.js';
import { StorageConflictError, StorageUnavailableError } from '../../src/storage/storage-port.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bpp-write-batch-'));
  dirs.push(dir);
  return join(dir, 'bot.sqlite');
}

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
    const results = await Promise.allSettled([s.write('a', 2, a), s.write('b', 3, b), s.write('c', 1, null), s.write('a', 9, null)]);
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
