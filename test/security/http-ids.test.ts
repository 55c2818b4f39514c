import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { RateLimiter } from '../../src/runtime/rate-limit.js';
import { toTurnInput } from '../../src/teams/turn-input.js';
import { post, startBot, type RunningBot } from '../helpers/bot-server.js';
import { teamsActivity } from '../helpers/teams-activity.js';

/** Finding 7: identifiers are bounded non-empty strings (400 otherwise); the rate limiter is bounded and O(1). */
describe('identifiers', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(() => bot.close());

  const withField = (path: string, value: unknown) => {
    const a = teamsActivity({ text: 'help' });
    const [head, leaf] = path.split('.');
    if (leaf) a[head!] = { ...(a[head!] as object), [leaf]: value };
    else a[head!] = value;
    return a;
  };

  it('an object conversation.id gets 400 and is never stored as "[object Object]"', async () => {
    for (const value of [{}, { toString: 'x' }, ['a'], 42, '', 'x'.repeat(301)]) {
      const res = await post(bot.url, withField('conversation.id', value));
      expect(res.status, JSON.stringify(value).slice(0, 20)).toBe(400);
      expect(res.body).toEqual({
        error: 'BadRequest',
        message: 'conversation.id must be a non-empty string of bounded length',
      });
    }
    expect(await bot.storage.read('msteams/tenant-0001/[object Object]')).toBeUndefined();
  });

  it.each([
    ['from.id', {}],
    ['from.aadObjectId', ['x']],
    ['recipient.id', 7],
    ['conversation.tenantId', { a: 1 }],
    ['channelId', {}],
    ['id', { a: 1 }],
    ['channelData', { tenant: { id: {} } }],
    ['from', 'someone'],
    ['conversation', null],
  ])('%s of the wrong kind gets 400', async (path, value) => {
    expect((await post(bot.url, withField(path, value))).status).toBe(400);
  });

  it('well-formed ids at their bounds are served', async () => {
    const res = await post(bot.url, withField('conversation.id', `a:${'x'.repeat(298)}`));
    expect(res.status).toBe(200);
    expect(res.activities).toHaveLength(1);
  });

  it('toTurnInput refuses an object id even when called directly', () => {
    const a = { ...teamsActivity({ text: 'hi' }), conversation: { id: { evil: true } } } as unknown as Activity;
    expect(toTurnInput(a, 'message', new Date())).toBeUndefined();
  });
});

describe('rate limiter memory and work per turn', () => {
  it('100,000 distinct keys: size never exceeds the cap and each take looks at a bounded number of entries', () => {
    const cap = 1_000;
    const limiter = new RateLimiter(60, cap);
    let maxSize = 0;
    let maxExamined = 0;
    for (let i = 0; i < 100_000; i++) {
      const before = limiter.examined;
      limiter.take(`key-${i}`, 1_000_000 + i); // all within the same minute: nothing refills
      maxExamined = Math.max(maxExamined, limiter.examined - before);
      maxSize = Math.max(maxSize, limiter.size);
    }
    expect(maxSize).toBe(cap);
    expect(maxExamined).toBeLessThanOrEqual(2);
  });

  it('when keys refill, the work is amortised: at most two entries looked at per take overall', () => {
    const limiter = new RateLimiter(60, 10_000);
    for (let i = 0; i < 100_000; i++) limiter.take(`key-${i % 20_000}`, i * 10); // keys come back after 200 s
    expect(limiter.size).toBeLessThanOrEqual(10_000);
    expect(limiter.examined).toBeLessThanOrEqual(2 * 100_000);
  });

  it('a busy key keeps its bucket while others come and go', () => {
    const limiter = new RateLimiter(2, 100);
    expect([limiter.take('busy', 0), limiter.take('busy', 0), limiter.take('busy', 0)]).toEqual([true, true, false]);
    for (let i = 0; i < 50; i++) limiter.take(`other-${i}`, 1);
    expect(limiter.take('busy', 2)).toBe(false);
  });
});
