import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import type { TurnInput } from '../../dialogs/turn-types.js';
import { MemoryStorage } from '../../src/storage/memory-storage.js';
import { SqliteStorage } from '../../src/storage/sqlite-storage.js';
import type { WriteOptions } from '../../src/storage/storage-port.js';
import { dropsCase, TurnRunner } from '../../src/runtime/turn-runner.js';

/**
 * The seam between the turn runner and the store: a write that leaves out a case the stored record held is
 * marked `removesData` (the store then scrubs its files); `forget all` deletes; every other write is plain, and a
 * plain write never costs SQLite a checkpoint.
 */
const DESCRIPTION = '45F LBP 5 months, ibuprofen 600 tid 8 wk no relief, no red flags';
const SECOND = 'new case 62M chronic LBP 8 months, naproxen 500 bid 8 wk no relief, no red flags';

type Call = { op: 'write'; removesData: boolean } | { op: 'delete' };

/** A memory store that records what the runner asked of it. */
class RecordingStorage extends MemoryStorage {
  calls: Call[] = [];
  override write(key: string, value: unknown, ifMatch: string | null, options?: WriteOptions): Promise<string> {
    this.calls.push({ op: 'write', removesData: options?.removesData === true });
    return super.write(key, value, ifMatch, options);
  }
  override delete(key: string): Promise<void> {
    this.calls.push({ op: 'delete' });
    return super.delete(key);
  }
}

function driver(storage: MemoryStorage | SqliteStorage) {
  const runner = new TurnRunner(storage, { retentionDays: 30 });
  let clock = Date.parse('2026-11-29T10:00:00.000Z');
  let n = 0;
  return async (text: string, minutesLater = 1) => {
    clock += minutesLater * 60_000;
    const input: TurnInput = {
      kind: 'message',
      conversationKey: 'msteams/t/a:seam',
      scope: 'personal',
      userId: 'u',
      text,
      activityId: `act-${n++}`,
      receivedAt: new Date(clock).toISOString(),
    };
    return (await runner.run(input)).output.messages.map((m) => m.text).join('\n');
  };
}

describe('turn runner -> store: which writes remove data', () => {
  it('ordinary turns write plainly; forgetting one case marks the write; "forget all" deletes', async () => {
    const storage = new RecordingStorage();
    const say = driver(storage);
    for (const t of [DESCRIPTION, 'why', 'plan', 'skip', 'back', 'help', 'restart', SECOND, 'cases', 'forget case a'])
      await say(t);
    expect(storage.calls.every((c) => c.op === 'write' && !c.removesData)).toBe(true);
    storage.calls = [];
    expect(await say('yes')).toMatch(/Deleted case A/);
    expect(storage.calls).toEqual([{ op: 'write', removesData: true }]);
    storage.calls = [];
    await say('forget all');
    expect(storage.calls).toEqual([{ op: 'write', removesData: false }]); // only the question is stored
    storage.calls = [];
    expect(await say('yes')).toMatch(/Deleted every case/);
    expect(storage.calls).toEqual([{ op: 'delete' }]);
  });

  it('a relabelled case and a case that expired count as removed too', async () => {
    const storage = new RecordingStorage();
    const say = driver(storage);
    await say(DESCRIPTION);
    storage.calls = [];
    expect(await say('label knee')).toMatch(/now case knee/);
    expect(storage.calls).toEqual([{ op: 'write', removesData: true }]);
    storage.calls = [];
    expect(await say('help', 31 * 24 * 60)).toMatch(/deleted after 30 days/);
    expect(storage.calls).toEqual([{ op: 'write', removesData: true }]);
  });

  it('dropsCase compares case labels only, and reads any stored value safely', () => {
    const state = (...labels: string[]) => ({ cases: labels.map((label) => ({ label })) });
    expect(dropsCase(undefined, state('A'))).toBe(false);
    expect(dropsCase(null, state())).toBe(false);
    expect(dropsCase('garbage', state())).toBe(false);
    expect(dropsCase({ cases: 'x' }, state())).toBe(false);
    expect(dropsCase(state('A'), state('A', 'B'))).toBe(false);
    expect(dropsCase(state('A', 'B'), state('B'))).toBe(true);
    expect(dropsCase(state('A'), state())).toBe(true);
    expect(dropsCase({ cases: [null] }, state('A'))).toBe(true);
  });
});

describe('sqlite: the cost of a scrub is paid by removing writes only', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const walBytes = (path: string) => statSync(`${path}-wal`).size;

  it('plain writes only ever grow the WAL; a removing write, a delete and a purge each empty it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bpp-seam-'));
    dirs.push(dir);
    const path = join(dir, 'bot.sqlite');
    const s = new SqliteStorage(path);
    let eTag = await s.write('k', { n: 0, text: 'x'.repeat(3_000) }, null);
    let last = walBytes(path);
    for (let i = 1; i < 30; i++) {
      eTag = await s.write('k', { n: i, text: 'x'.repeat(3_000) }, eTag);
      const now = walBytes(path);
      expect(now).toBeGreaterThanOrEqual(last); // never truncated: no checkpoint on a plain write
      last = now;
    }
    expect(last).toBeGreaterThan(0);
    eTag = await s.write('k', { n: 'removed' }, eTag, { removesData: true });
    expect(walBytes(path)).toBe(0);
    await s.write('other', 1, null);
    expect(walBytes(path)).toBeGreaterThan(0);
    await s.delete('other');
    expect(walBytes(path)).toBe(0);
    await s.write('old', 1, null);
    expect(await s.purgeBefore(new Date(Date.now() + 120_000))).toBe(2);
    expect(walBytes(path)).toBe(0);
    await s.close();
  });

  it('a removing write batched with others still checkpoints once and resolves every write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bpp-seam-'));
    dirs.push(dir);
    const path = join(dir, 'bot.sqlite');
    const s = new SqliteStorage(path);
    const a = await s.write('a', { v: 1 }, null);
    const results = await Promise.all([
      s.write('b', 1, null),
      s.write('a', { v: 2 }, a, { removesData: true }),
      s.write('c', 1, null),
    ]);
    expect(results.every((r) => typeof r === 'string')).toBe(true);
    expect(walBytes(path)).toBe(0);
    expect((await s.read('a'))?.value).toEqual({ v: 2 });
    expect((await s.read('c'))?.value).toBe(1);
    await s.close();
  });

  it("when another connection's read holds the checkpoint back, the forget still succeeds and the next purge scrubs", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bpp-seam-'));
    dirs.push(dir);
    const path = join(dir, 'bot.sqlite');
    const s = new SqliteStorage(path, { busyTimeoutMs: 20 });
    const eTag = await s.write('k', { secret: 'x'.repeat(500) }, null);
    const reader = new DatabaseSync(path);
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM conversation_state').get(); // a read snapshot, as another process might hold
    await s.write('k', { secret: 'gone' }, eTag, { removesData: true });
    expect((await s.read('k'))?.value).toEqual({ secret: 'gone' });
    expect(walBytes(path)).toBeGreaterThan(0); // could not be emptied yet
    reader.exec('COMMIT');
    reader.close();
    expect(await s.purgeBefore(new Date(0))).toBe(0); // nothing expired, but the owed scrub runs
    expect(walBytes(path)).toBe(0);
    await s.close();
  });
});
