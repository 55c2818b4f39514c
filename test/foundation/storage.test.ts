import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../src/storage/memory-storage.js';
import { SqliteStorage } from '../../src/storage/sqlite-storage.js';
import { StorageConflictError, StorageUnavailableError, type StoragePort } from '../../src/storage/storage-port.js';

const dirs: string[] = [];
function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bpp-storage-'));
  dirs.push(dir);
  return join(dir, 'nested', 'bot.sqlite');
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const implementations: [string, () => StoragePort][] = [
  ['memory', () => new MemoryStorage()],
  ['sqlite', () => new SqliteStorage(tempDb())],
];

describe.each(implementations)('%s storage', (_name, make) => {
  it('reads nothing for an unknown key, then what was written with its eTag', async () => {
    const s = make();
    expect(await s.read('k')).toBeUndefined();
    const eTag = await s.write('k', { a: 1 }, null);
    expect(await s.read('k')).toEqual({ value: { a: 1 }, eTag });
    await s.close();
  });

  it('writes if-match and rejects a stale eTag with a typed conflict', async () => {
    const s = make();
    const first = await s.write('k', { n: 1 }, null);
    const second = await s.write('k', { n: 2 }, first);
    expect(second).not.toBe(first);
    await expect(s.write('k', { n: 3 }, first)).rejects.toBeInstanceOf(StorageConflictError);
    await expect(s.write('k', { n: 3 }, null)).rejects.toBeInstanceOf(StorageConflictError);
    expect((await s.read('k'))?.value).toEqual({ n: 2 });
    await s.close();
  });

  it('deletes, after which a create works again', async () => {
    const s = make();
    await s.write('k', { n: 1 }, null);
    await s.delete('k');
    expect(await s.read('k')).toBeUndefined();
    await s.write('k', { n: 2 }, null);
    expect((await s.read('k'))?.value).toEqual({ n: 2 });
    await s.close();
  });

  it('purges items written before a cutoff', async () => {
    const s = make();
    await s.write('old', 1, null);
    expect(await s.purgeBefore(new Date(Date.now() - 60_000))).toBe(0);
    expect(await s.purgeBefore(new Date(Date.now() + 60_000))).toBe(1);
    expect(await s.read('old')).toBeUndefined();
    await s.close();
  });

  it('fails cleanly once closed', async () => {
    const s = make();
    await s.close();
    await expect(s.read('k')).rejects.toBeInstanceOf(StorageUnavailableError);
  });
});

describe('sqlite storage on disk', () => {
  it('keeps state across close and reopen (a process restart)', async () => {
    const path = tempDb();
    const a = new SqliteStorage(path);
    const eTag = await a.write('conv', { step: 3 }, null);
    await a.close();
    const b = new SqliteStorage(path);
    expect(await b.read('conv')).toEqual({ value: { step: 3 }, eTag });
    await b.close();
  });

  it('uses WAL journaling', async () => {
    const path = tempDb();
    const s = new SqliteStorage(path);
    const db = new DatabaseSync(path);
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    db.close();
    await s.close();
  });

  it('lets only one of two connections win a write with the same eTag', async () => {
    const path = tempDb();
    const a = new SqliteStorage(path);
    const b = new SqliteStorage(path);
    const eTag = await a.write('conv', { v: 0 }, null);
    await a.write('conv', { v: 'a' }, eTag);
    await expect(b.write('conv', { v: 'b' }, eTag)).rejects.toBeInstanceOf(StorageConflictError);
    expect((await b.read('conv'))?.value).toEqual({ v: 'a' });
    await a.close();
    await b.close();
  });

  it('reports a locked database as unavailable and writes nothing', async () => {
    const path = tempDb();
    const s = new SqliteStorage(path, { busyTimeoutMs: 50 });
    const eTag = await s.write('conv', { v: 1 }, null);
    const locker = new DatabaseSync(path);
    locker.exec('BEGIN EXCLUSIVE');
    await expect(s.write('conv', { v: 2 }, eTag)).rejects.toBeInstanceOf(StorageUnavailableError);
    locker.exec('ROLLBACK');
    locker.close();
    expect((await s.read('conv'))?.value).toEqual({ v: 1 });
    await s.close();
  });
});
