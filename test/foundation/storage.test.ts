import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStorage } from '../../src/storage/sqlite-storage.js';
import { StorageConflictError, StorageUnavailableError } from '../../src/storage/storage-port.js';

const dirs: string[] = [];
function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bpp-storage-'));
  dirs.push(dir);
  return join(dir, 'nested', 'bot.sqlite');
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

// The port's contract (reads, if-match writes, conflicts, delete, purge, closed) is one suite run against every
// store in test/scale/storage-contract.test.ts; this file keeps what is particular to SQLite on disk.
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
