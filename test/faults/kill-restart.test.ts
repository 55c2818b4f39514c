import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStorage } from '../../src/storage/sqlite-storage.js';
import { post, spawnBot } from '../helpers/bot-server.js';
import { teamsActivity, TENANT } from '../helpers/teams-activity.js';

const dir = mkdtempSync(join(tmpdir(), 'bpp-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kill -9 in the middle of a conversation (SQLite)', () => {
  it('restarts with every answered turn stored, and the conversation continues', async () => {
    const env = { SQLITE_PATH: join(dir, 'bot.sqlite') };
    const conversationId = 'a:killed-mid-conversation';
    const turn = (url: string, id: string) => post(url, teamsActivity({ text: 'help', conversationId, id }));

    const first = await spawnBot(env);
    for (const id of ['k1', 'k2']) expect((await turn(first.url, id)).activities).toHaveLength(1);
    // A turn in flight when the process dies: either fully stored or not at all.
    const inFlight = turn(first.url, 'k3').catch(() => undefined);
    expect(await first.stop('SIGKILL')).toBeNull();
    await inFlight;

    const second = await spawnBot(env);
    try {
      const storage = new SqliteStorage(env.SQLITE_PATH);
      const processed = ((await storage.read(`msteams/${TENANT}/${conversationId}`))?.value as { processed: string[] }).processed;
      await storage.close();
      expect(['k1,k2', 'k1,k2,k3']).toContain(processed.join());
      // Teams retries the unanswered turn with the same id: answered once in total.
      const retried = await turn(second.url, 'k3');
      expect(retried.activities).toHaveLength(processed.includes('k3') ? 0 : 1);
      expect((await turn(second.url, 'k4')).activities).toHaveLength(1);
      expect((await turn(second.url, 'k2')).activities).toHaveLength(0);
    } finally {
      await second.stop();
    }
  });
});
