import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../src/storage/memory-storage.js';
import { post, startBot } from '../helpers/bot-server.js';
import { replyText, teamsActivity } from '../helpers/teams-activity.js';

/** A store whose reads take a while, so a turn is in flight when shutdown starts. */
class SlowStorage extends MemoryStorage {
  closedAt = 0;
  override async read(key: string) {
    await new Promise((r) => setTimeout(r, 300));
    return super.read(key);
  }
  override async close() {
    this.closedAt = performance.now();
    return super.close();
  }
}

describe('graceful shutdown', () => {
  it('finishes an in-flight turn before closing storage', async () => {
    const storage = new SlowStorage();
    const bot = await startBot({}, storage);
    const inFlight = post(bot.url, teamsActivity({ text: 'help' }));
    await new Promise((r) => setTimeout(r, 50));
    const closing = bot.close();
    const res = await inFlight;
    const answeredAt = performance.now();
    await closing;
    expect(res.status).toBe(200);
    expect(replyText(res.activities[0]!)).toMatch(/Decision support/);
    expect(storage.closedAt).toBeGreaterThan(0);
    expect(storage.closedAt).toBeGreaterThanOrEqual(answeredAt - 50);
    await expect(fetch(`${bot.url}/health`)).rejects.toThrow();
  });
});
