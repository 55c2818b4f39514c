import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStorage } from '../../src/storage/sqlite-storage.js';
import { post, spawnBot } from '../helpers/bot-server.js';
import { replyText, teamsActivity, TENANT } from '../helpers/teams-activity.js';

const dir = mkdtempSync(join(tmpdir(), 'bpp-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NARRATIVE =
  '50F chronic LBP 8 months, no red flags, no radicular symptoms, naproxen 500 bid 8 weeks partial relief, duloxetine 60 mg daily 6 weeks partial, PT 8 weeks no benefit';

interface Stored {
  processed: string[];
  cases: { label: string; pendingQuestion?: string }[];
}

describe('kill -9 in the middle of a walk-through (SQLite)', () => {
  it('restarts with every answered turn stored and resumes the case where it stood', async () => {
    const env = { SQLITE_PATH: join(dir, 'bot.sqlite') };
    const conversationId = 'a:killed-mid-walkthrough';
    const turn = (url: string, id: string, text: string) => post(url, teamsActivity({ text, conversationId, id }));
    const stored = async () => {
      const storage = new SqliteStorage(env.SQLITE_PATH);
      const value = (await storage.read(`msteams/${TENANT}/${conversationId}`))?.value as Stored;
      await storage.close();
      return value;
    };

    const first = await spawnBot(env);
    expect((await turn(first.url, 'k1', NARRATIVE)).activities.map(replyText).join('\n')).toMatch(/I understood/);
    expect((await turn(first.url, 'k2', 'skip')).activities.length).toBeGreaterThan(0);
    const beforeKill = await stored();
    expect(beforeKill.cases).toHaveLength(1);
    // A turn in flight when the process dies: either fully stored or not at all.
    const inFlight = turn(first.url, 'k3', 'plan').catch(() => undefined);
    expect(await first.stop('SIGKILL')).toBeNull();
    await inFlight;

    const second = await spawnBot(env);
    try {
      const afterKill = await stored();
      expect(['k1,k2', 'k1,k2,k3']).toContain(afterKill.processed.join());
      expect(afterKill.cases).toEqual(beforeKill.cases);
      // Teams retries the unanswered turn with the same id: answered once in total.
      const retried = await turn(second.url, 'k3', 'plan');
      expect(retried.activities.length > 0).toBe(!afterKill.processed.includes('k3'));
      expect((await turn(second.url, 'k4', 'plan')).activities.map(replyText).join('\n')).toMatch(/Plan for case A/);
      expect((await turn(second.url, 'k2', 'skip')).activities).toHaveLength(0);
      expect((await stored()).cases).toEqual(beforeKill.cases);
    } finally {
      await second.stop();
    }
  });
});
