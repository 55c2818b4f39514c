import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../src/storage/memory-storage.js';
import { SqliteStorage } from '../../src/storage/sqlite-storage.js';
import { StorageConflictError, StorageUnavailableError, type StoragePort } from '../../src/storage/storage-port.js';
import { BlobStorage } from '../../src/storage/blob-storage.js';
import { startAzurite, type Azurite } from './azurite.js';

/** The storage port's contract, run against every implementation: each test gets a fresh, empty store. */
let azurite: Azurite;
const dir = mkdtempSync(join(tmpdir(), 'bpp-contract-'));
beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => {
  await azurite?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const implementations: [string, () => StoragePort][] = [
  ['memory', () => new MemoryStorage()],
  ['sqlite', () => new SqliteStorage(join(dir, `${randomUUID()}.sqlite`))],
  ['blob', () => new BlobStorage(azurite.connectionString, `c-${randomUUID()}`)],
];

const KEY = 'msteams/tenant-0001/a:conv-1';

describe.each(implementations)('storage contract: %s', (_name, make) => {
  it('reads nothing for an unknown key, then the value written with its eTag', async () => {
    const s = make();
    expect(await s.read(KEY)).toBeUndefined();
    const eTag = await s.write(KEY, { a: 1, list: ['x'] }, null);
    expect(eTag).toBeTruthy();
    expect(await s.read(KEY)).toEqual({ value: { a: 1, list: ['x'] }, eTag });
    await s.close();
  });

  it('updates if-match with a new eTag, and rejects a stale eTag or a second create as a conflict', async () => {
    const s = make();
    const first = await s.write(KEY, { n: 1 }, null);
    const second = await s.write(KEY, { n: 2 }, first);
    expect(second).not.toBe(first);
    await expect(s.write(KEY, { n: 3 }, first)).rejects.toBeInstanceOf(StorageConflictError);
    await expect(s.write(KEY, { n: 3 }, null)).rejects.toBeInstanceOf(StorageConflictError);
    expect(await s.read(KEY)).toEqual({ value: { n: 2 }, eTag: second });
    await s.close();
  });

  it('lets exactly one of two concurrent writers with the same eTag win', async () => {
    const s = make();
    const eTag = await s.write(KEY, { n: 0 }, null);
    const results = await Promise.allSettled([s.write(KEY, { n: 'a' }, eTag), s.write(KEY, { n: 'b' }, eTag)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const loser = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(loser.reason).toBeInstanceOf(StorageConflictError);
    const created = await Promise.allSettled([s.write('new', 1, null), s.write('new', 2, null)]);
    expect(created.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    await s.close();
  });

  it('reads only a changed item when asked with the eTag last seen: unchanged, changed, deleted', async () => {
    const s = make();
    expect(await s.readIfChanged(KEY, 'no-such-etag')).toBeUndefined();
    const first = await s.write(KEY, { n: 1 }, null);
    expect(await s.readIfChanged(KEY, first)).toBe('unchanged');
    expect(await s.readIfChanged(KEY, 'an-older-etag')).toEqual({ value: { n: 1 }, eTag: first });
    const second = await s.write(KEY, { n: 2 }, first);
    expect(await s.readIfChanged(KEY, first)).toEqual({ value: { n: 2 }, eTag: second });
    expect(await s.readIfChanged(KEY, second)).toBe('unchanged');
    await s.delete(KEY);
    expect(await s.readIfChanged(KEY, second)).toBeUndefined();
    await s.close();
    await expect(s.readIfChanged(KEY, second)).rejects.toBeInstanceOf(StorageUnavailableError);
  });

  it('deletes (an unknown key too); a write with the deleted eTag conflicts; a create works again', async () => {
    const s = make();
    const eTag = await s.write(KEY, { n: 1 }, null);
    await s.delete(KEY);
    await s.delete('never-written');
    expect(await s.read(KEY)).toBeUndefined();
    await expect(s.write(KEY, { n: 2 }, eTag)).rejects.toBeInstanceOf(StorageConflictError);
    await s.write(KEY, { n: 3 }, null);
    expect((await s.read(KEY))?.value).toEqual({ n: 3 });
    await s.close();
  });

  it('keeps keys apart, including long keys sharing a prefix', async () => {
    const s = make();
    const long = `msteams/tenant/${'x'.repeat(480)}`;
    await s.write(`${long}-a`, 'a', null);
    await s.write(`${long}-b`, 'b', null);
    await s.write('msteams/t/a:1;messageid=2', 'thread', null);
    expect((await s.read(`${long}-a`))?.value).toBe('a');
    expect((await s.read(`${long}-b`))?.value).toBe('b');
    expect((await s.read('msteams/t/a:1;messageid=2'))?.value).toBe('thread');
    await s.close();
  });

  it('round-trips non-ASCII text byte for byte', async () => {
    const s = make();
    const value = { text: 'façade — naïve 腰痛 🩺 \u0000 \u202e', big: 'é'.repeat(50_000) };
    await s.write(KEY, value, null);
    expect((await s.read(KEY))?.value).toEqual(value);
    await s.close();
  });

  it('purges only items last written before the cutoff', async () => {
    const s = make();
    await s.write('old', 1, null);
    expect(await s.purgeBefore(new Date(Date.now() - 60_000))).toBe(0);
    expect(await s.read('old')).toBeDefined();
    expect(await s.purgeBefore(new Date(Date.now() + 60_000))).toBe(1);
    expect(await s.read('old')).toBeUndefined();
    await s.close();
  });

  it('fails with StorageUnavailableError once closed', async () => {
    const s = make();
    await s.close();
    await expect(s.read(KEY)).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(s.write(KEY, 1, null)).rejects.toBeInstanceOf(StorageUnavailableError);
  });
});
