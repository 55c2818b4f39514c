import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keyDigest } from '../../src/storage/key-digest.js';
import { RETENTION_SWEEP_MS, scheduleRetention } from '../../src/host/retention.js';
import { SqliteStorage } from '../../src/storage/sqlite-storage.js';
import { spawnBot } from '../helpers/bot-server.js';

/** The retention purge runs at start-up, not only an hour later, then on its interval. */
describe('scheduleRetention', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: Date.parse('2026-11-29T10:00:00.000Z') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const logger = () => ({ info: vi.fn(), warn: vi.fn() });

  it('purges at once with the retention cutoff, then every interval, without holding the process open', async () => {
    const purgeBefore = vi.fn(async () => 2);
    const log = logger();
    const timer = scheduleRetention({ purgeBefore }, 30, log);
    expect(purgeBefore).toHaveBeenCalledTimes(1); // at start-up, before any interval has passed
    expect(purgeBefore.mock.calls[0]).toEqual([new Date(Date.parse('2026-10-30T10:00:00.000Z'))]);
    expect(timer.hasRef()).toBe(false);
    await vi.advanceTimersByTimeAsync(RETENTION_SWEEP_MS - 1);
    expect(purgeBefore).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(purgeBefore).toHaveBeenCalledTimes(2);
    expect(log.info).toHaveBeenCalledWith({ purged: 2 }, 'expired cases deleted');
    clearInterval(timer);
    await vi.advanceTimersByTimeAsync(3 * RETENTION_SWEEP_MS);
    expect(purgeBefore).toHaveBeenCalledTimes(2);
  });

  it('logs a failed sweep (rejected or thrown) by error name only, and tries again next time', async () => {
    const purgeBefore = vi
      .fn<(cutoff: Date) => Promise<number>>()
      .mockRejectedValueOnce(Object.assign(new Error('secret path /x'), { code: 'EIO' }))
      .mockImplementationOnce(() => {
        throw new TypeError('sync');
      })
      .mockResolvedValue(0);
    const log = logger();
    const timer = scheduleRetention({ purgeBefore }, 7, log, 1_000);
    await vi.advanceTimersByTimeAsync(0);
    expect(log.warn).toHaveBeenLastCalledWith({ errName: 'Error', errCode: 'EIO' }, 'retention sweep failed');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(log.warn).toHaveBeenLastCalledWith({ errName: 'TypeError' }, 'retention sweep failed');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(purgeBefore).toHaveBeenCalledTimes(3);
    expect(log.info).not.toHaveBeenCalled(); // nothing purged, nothing to say
    clearInterval(timer);
  });

  it('skips a tick while the previous sweep is still running', async () => {
    let finish: (n: number) => void = () => undefined;
    const purgeBefore = vi.fn(() => new Promise<number>((r) => (finish = r)));
    const timer = scheduleRetention({ purgeBefore }, 30, logger(), 1_000);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(purgeBefore).toHaveBeenCalledTimes(1);
    finish(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(purgeBefore).toHaveBeenCalledTimes(2);
    clearInterval(timer);
  });
});

describe('the bot process purges expired cases at start-up', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bpp-retention-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('deletes a case expired while it was down as it starts, and no byte of it stays in the files', async () => {
    const path = join(dir, 'bot.sqlite');
    const KEY = 'msteams/tenant-r/a:EXPIREDCONV4711';
    const seed = new SqliteStorage(path);
    await seed.write(KEY, { cases: [{ label: 'zebraexpired', note: 'ZEBRA-PLANTED-4711'.repeat(50) }] }, null);
    await seed.write('msteams/tenant-r/a:fresh', { cases: [] }, null);
    await seed.close();
    const db = new DatabaseSync(path);
    db.prepare('UPDATE conversation_state SET updated_at = 1000 WHERE key = ?').run(keyDigest(KEY)); // long ago
    db.close();

    const bot = await spawnBot({ SQLITE_PATH: path, RETENTION_DAYS: '30' });
    try {
      const deadline = Date.now() + 10_000;
      while (!bot.output().includes('expired cases deleted') && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      expect(bot.output()).toMatch(/"purged":1\b.*expired cases deleted/);
      // While it runs, as after it stops: in none of the database's files.
      const bytes = Buffer.concat(
        ['', '-wal', '-shm'].filter((s) => existsSync(path + s)).map((s) => readFileSync(path + s)),
      );
      for (const needle of ['ZEBRA-PLANTED-4711', 'zebraexpired', 'EXPIREDCONV4711'])
        expect(bytes.includes(needle)).toBe(false);
    } finally {
      await bot.stop();
    }
    const check = new SqliteStorage(path);
    expect(await check.read(KEY)).toBeUndefined();
    expect(await check.read('msteams/tenant-r/a:fresh')).toBeDefined();
    await check.close();
  });
});
