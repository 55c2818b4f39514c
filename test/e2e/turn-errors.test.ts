import { describe, expect, it } from 'vitest';
import { SOMETHING_WENT_WRONG } from '../../src/teams/messages-handler.js';
import { COULD_NOT_SAVE } from '../../src/teams/pathway-bot.js';
import { MemoryStorage } from '../../src/storage/memory-storage.js';
import { StorageUnavailableError } from '../../src/storage/storage-port.js';
import { logSink, post, startBot } from '../helpers/bot-server.js';
import { replyText, teamsActivity } from '../helpers/teams-activity.js';

const PLANTED = 'PLANTED-7731 naproxen 500 bid, tingling left leg';

class FailingStorage extends MemoryStorage {
  constructor(private readonly failure: () => Error) {
    super();
  }
  override async read(): Promise<undefined> {
    throw this.failure();
  }
}

describe('turn errors', () => {
  it('an unexpected error: one sentence to the user, a log line without the message text', async () => {
    const logs = logSink();
    const bot = await startBot({}, new FailingStorage(() => new TypeError(`boom while reading ${PLANTED}`)), logs);
    const res = await post(bot.url, teamsActivity({ text: PLANTED }));
    await bot.close();
    expect(res.status).toBe(200);
    expect(res.activities.map(replyText)).toEqual([SOMETHING_WENT_WRONG]);
    expect(logs.text()).toContain('"outcome":"turn-error"');
    expect(logs.text()).toContain('"errName":"TypeError"');
    expect(logs.text()).not.toContain('PLANTED');
    expect(logs.text()).not.toContain('naproxen');
  });

  it('storage down: "could not save, please repeat", and the server keeps serving', async () => {
    const logs = logSink();
    const bot = await startBot(
      {},
      new FailingStorage(() => new StorageUnavailableError(new Error('ECONNREFUSED'))),
      logs,
    );
    const res = await post(bot.url, teamsActivity({ text: PLANTED }));
    expect(res.activities.map(replyText)).toEqual([COULD_NOT_SAVE]);
    expect((await fetch(`${bot.url}/health`)).status).toBe(200);
    await bot.close();
    expect(logs.text()).toContain('"outcome":"storage-error"');
    expect(logs.text()).not.toContain('PLANTED');
  });
});
