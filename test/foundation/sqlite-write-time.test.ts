import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStorage } from '../../src/storage/sqlite-storage.js';
import { StorageConflictError } from '../../src/storage/storage-port.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bpp-write-time-'));
  dirs.push(dir);
  return join(dir, 'bot.sqlite');
}
const storedTime = (path: string, key: string) => {
  const db = new DatabaseSync(path, { readOnly: true });
  const row = db.prepare('SELECT updated_at AS t FROM conversation_state WHERE key = ?').get(key) as { t: number };
  db.close();
  return row.t;
};

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
    db.prepare('UPDATE conversation_state SET updated_at = 1000 WHERE key = ?').run('k');
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
    db.prepare('UPDATE conversation_state SET updated_at = 1000 WHERE key = ?').run('k');
    db.close();
    await expect(s.write('k', { n: 2 }, first)).rejects.toBeInstanceOf(StorageConflictError);
    expect((await s.read('k'))?.value).toEqual({ n: 1 });
    await s.close();
  });
});
