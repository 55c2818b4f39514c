import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStorage } from '../../src/storage/sqlite-storage.js';
import type { StoragePort } from '../../src/storage/storage-port.js';
import { BlobStorage } from '../../src/storage/blob-storage.js';
import { COULD_NOT_SAVE } from '../../src/teams/pathway-bot.js';
import { post, startBot, type RunningBot } from '../helpers/bot-server.js';
import { replyText, teamsActivity, TENANT } from '../helpers/teams-activity.js';
import { startAzurite, type Azurite } from '../scale/azurite.js';

const CONVERSATION = 'a:fault-conversation';
const KEY = `msteams/${TENANT}/${CONVERSATION}`;

const say = async (bot: RunningBot, id: string) =>
  (await post(bot.url, teamsActivity({ text: 'help', conversationId: CONVERSATION, id }))).activities.map(replyText);

const processed = async (storage: StoragePort) =>
  ((await storage.read(KEY))?.value as { processed: string[] } | undefined)?.processed;

const healthy = async (bot: RunningBot) => (await fetch(`${bot.url}/health`)).status === 200;

describe('Azure Blob storage failing mid-run (Azurite)', () => {
  let azurite: Azurite;
  beforeAll(async () => {
    azurite = await startAzurite();
  });
  afterAll(async () => {
    await azurite?.dispose();
  });

  it('stopped: "could not save", server keeps serving, nothing partial; works again after a restart', async () => {
    const storage = new BlobStorage(azurite.connectionString, `down-${randomUUID()}`, { timeoutMs: 2_000 });
    const bot = await startBot({}, storage);
    try {
      expect(await say(bot, 't1')).not.toEqual([COULD_NOT_SAVE]);
      await azurite.stop();
      expect(await say(bot, 't2')).toEqual([COULD_NOT_SAVE]);
      expect(await say(bot, 't2')).toEqual([COULD_NOT_SAVE]);
      expect(await healthy(bot)).toBe(true);
      await azurite.start();
      expect(await processed(storage)).toEqual(['t1']);
      const again = await say(bot, 't2');
      expect(again).toHaveLength(1);
      expect(again).not.toEqual([COULD_NOT_SAVE]);
      expect(await processed(storage)).toEqual(['t1', 't2']);
    } finally {
      await bot.close();
    }
  });

  it('too slow (frozen): the turn times out with "could not save" and the server stays responsive', async () => {
    const storage = new BlobStorage(azurite.connectionString, `slow-${randomUUID()}`, { timeoutMs: 1_000 });
    const bot = await startBot({}, storage);
    try {
      expect(await say(bot, 't1')).not.toEqual([COULD_NOT_SAVE]);
      azurite.pause();
      const pending = say(bot, 't2');
      expect(await healthy(bot)).toBe(true);
      expect(await pending).toEqual([COULD_NOT_SAVE]);
      azurite.resume();
      expect(await say(bot, 't3')).not.toEqual([COULD_NOT_SAVE]);
      expect(await processed(storage)).toEqual(['t1', 't3']);
    } finally {
      azurite.resume();
      await bot.close();
    }
  });
});

describe('SQLite file locked by another connection', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bpp-locked-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('"could not save" while locked, server keeps serving, nothing partial; works once unlocked', async () => {
    const path = join(dir, 'bot.sqlite');
    const storage = new SqliteStorage(path, { busyTimeoutMs: 50 });
    const bot = await startBot({}, storage);
    const locker = new DatabaseSync(path);
    try {
      expect(await say(bot, 't1')).not.toEqual([COULD_NOT_SAVE]);
      locker.exec('BEGIN EXCLUSIVE');
      expect(await say(bot, 't2')).toEqual([COULD_NOT_SAVE]);
      expect(await healthy(bot)).toBe(true);
      locker.exec('ROLLBACK');
      expect(await processed(storage)).toEqual(['t1']);
      expect(await say(bot, 't2')).not.toEqual([COULD_NOT_SAVE]);
      expect(await processed(storage)).toEqual(['t1', 't2']);
    } finally {
      locker.close();
      await bot.close();
    }
  });
});
