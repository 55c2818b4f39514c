import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobStorage } from '../../src/storage/blob-storage.js';
import { post, spawnBot, type BotProcess } from '../helpers/bot-server.js';
import { replyText, teamsActivity, TENANT } from '../helpers/teams-activity.js';
import { startAzurite, type Azurite } from './azurite.js';

/** Two `npm start` processes sharing one Azurite container, as two instances behind one Azure Bot would. */
let azurite: Azurite;
let a: BotProcess;
let b: BotProcess;
let store: BlobStorage;
const container = `two-${randomUUID()}`;

beforeAll(async () => {
  azurite = await startAzurite();
  const env = { STORAGE: 'blob', BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER: container };
  [a, b] = await Promise.all([spawnBot(env), spawnBot(env)]);
  store = new BlobStorage(azurite.connectionString, container);
});
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await azurite?.dispose();
});

const NARRATIVE =
  '50F chronic LBP 8 months, no red flags, no radicular symptoms, naproxen 500 bid 8 weeks partial relief, duloxetine 60 mg daily 6 weeks partial, PT 8 weeks no benefit';

const processedIn = async (conversationId: string): Promise<string[]> =>
  ((await store.read(`msteams/${TENANT}/${conversationId}`))?.value as { processed: string[] } | undefined)
    ?.processed ?? [];

const turn = (bot: BotProcess, conversationId: string, id: string, text = 'help') =>
  post(bot.url, teamsActivity({ text, conversationId, id }));

describe('two instances sharing Azure Blob state', () => {
  it('walks a case whose turns alternate between the instances', async () => {
    const conversationId = 'a:alternating-walkthrough';
    const say = async (bot: BotProcess, id: string, text: string) =>
      (await turn(bot, conversationId, id, text)).activities.map(replyText).join('\n');
    expect(await say(a, 'w1', NARRATIVE)).toMatch(/I understood/);
    expect(await say(b, 'w2', '12 weeks later, duloxetine 60 mg, pain unchanged, ODI 48')).toMatch(/Case A updated/);
    expect(await say(a, 'w3', 'plan')).toMatch(/Plan for case A/);
    const stored = JSON.stringify((await store.read(`msteams/${TENANT}/${conversationId}`))?.value);
    expect(stored).toContain('"oswestryPercent":48');
    expect(stored).toContain('naproxen');
    expect(await processedIn(conversationId)).toEqual(['w1', 'w2', 'w3']);
  });

  it('continues a conversation whose turns alternate between the instances', async () => {
    const conversationId = 'a:alternating';
    const bots = [a, b, a, b];
    for (const [i, bot] of bots.entries()) {
      expect((await turn(bot, conversationId, `alt-${i}`)).activities).toHaveLength(1);
    }
    expect(await processedIn(conversationId)).toEqual(['alt-0', 'alt-1', 'alt-2', 'alt-3']);
    // A retry of a turn the other instance answered is recognised there too.
    expect((await turn(a, conversationId, 'alt-1')).activities).toHaveLength(0);
    expect(await processedIn(conversationId)).toHaveLength(4);
  });

  it('applies both of two simultaneous turns sent to different instances, each once', async () => {
    let conflicts = 0;
    // Batches of 8 rounds (the record remembers 20 ids) until the race has really happened at least once.
    for (let batch = 0; batch < 4 && conflicts === 0; batch++) {
      const conversationId = `a:simultaneous-${batch}`;
      const ids: string[] = [];
      for (let round = 0; round < 8; round++) {
        const [x, y] = [`sim-${batch}-${round}-a`, `sim-${batch}-${round}-b`];
        ids.push(x, y);
        const [ra, rb] = await Promise.all([turn(a, conversationId, x), turn(b, conversationId, y)]);
        expect(ra.activities).toHaveLength(1);
        expect(rb.activities).toHaveLength(1);
      }
      const processed = await processedIn(conversationId);
      expect([...processed].sort()).toEqual([...ids].sort());
      conflicts = (a.output() + b.output()).match(/"outcome":"conflict-retried"/g)?.length ?? 0;
    }
    // The race was real: a write lost the eTag race and was re-applied on a fresh read, and nothing was lost.
    expect(conflicts).toBeGreaterThan(0);
  }, 60_000);

  it('answers one activity id delivered to both instances at once exactly once', async () => {
    const conversationId = 'a:retried';
    await turn(a, conversationId, 'first');
    for (let round = 0; round < 5; round++) {
      const id = `dup-${round}`;
      const replies = await Promise.all([turn(a, conversationId, id), turn(b, conversationId, id)]);
      expect(replies.map((r) => r.activities.length).sort()).toEqual([0, 1]);
    }
    const processed = await processedIn(conversationId);
    expect(processed).toEqual(['first', 'dup-0', 'dup-1', 'dup-2', 'dup-3', 'dup-4']);
  });
});
