import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/runtime/config.js';
import { RateLimiter } from '../../src/runtime/rate-limit.js';
import { RATE_LIMITED } from '../../src/teams/pathway-bot.js';
import { logSink, post, startBot } from '../helpers/bot-server.js';
import { replyText, teamsActivity } from '../helpers/teams-activity.js';

describe('rate limiter (token bucket, clock passed in)', () => {
  it('allows a burst of perMinute, then refills at perMinute per minute', () => {
    const limiter = new RateLimiter(3);
    const t0 = 1_000_000;
    expect([1, 2, 3, 4].map(() => limiter.take('a', t0))).toEqual([true, true, true, false]);
    expect(limiter.take('b', t0)).toBe(true);
    expect(limiter.take('a', t0 + 19_000)).toBe(false);
    expect(limiter.take('a', t0 + 20_000)).toBe(true);
    expect(limiter.take('a', t0 + 20_001)).toBe(false);
  });

  it('forgets refilled buckets when it holds too many keys', () => {
    const limiter = new RateLimiter(2, 100);
    for (let i = 0; i < 100; i++) limiter.take(`k${i}`, 0);
    limiter.take('late', 60_000);
    expect(limiter.size).toBe(1);
  });
});

describe('limits on the HTTP endpoint', () => {
  it('over RATE_LIMIT_PER_MINUTE: one polite sentence and no turn; other conversations unaffected', async () => {
    const logs = logSink();
    const bot = await startBot({ RATE_LIMIT_PER_MINUTE: '2' }, undefined, logs);
    const conversationId = 'a:busy';
    const replies = [];
    for (const id of ['t1', 't2', 't3'])
      replies.push(await post(bot.url, teamsActivity({ text: 'help', conversationId, id })));
    const other = await post(bot.url, teamsActivity({ text: 'help', conversationId: 'a:quiet' }));
    const stored = await bot.storage.read(`msteams/tenant-0001/${conversationId}`);
    await bot.close();
    expect(replies.map((r) => r.activities.map(replyText).join())).toEqual([
      expect.any(String),
      expect.any(String),
      RATE_LIMITED,
    ]);
    expect(replies[0]!.activities.map(replyText).join()).not.toBe(RATE_LIMITED);
    expect(other.activities.map(replyText).join()).not.toBe(RATE_LIMITED);
    // The refused turn never reached the core: its activity id is not recorded.
    expect((stored!.value as { processed: string[] }).processed).toEqual(['t1', 't2']);
    expect(logs.text()).toContain('"outcome":"rate-limited"');
  });

  it('ALLOWED_TENANTS: other tenants get 403 and a log line; listed tenants are served', async () => {
    const logs = logSink();
    const bot = await startBot({ ALLOWED_TENANTS: 'TENANT-0001, tenant-0002' }, undefined, logs);
    const allowed = await post(bot.url, teamsActivity({ text: 'help' }));
    const foreign = teamsActivity({ text: 'help' });
    (foreign.conversation as Record<string, unknown>).tenantId = 'tenant-9999';
    foreign.channelData = { tenant: { id: 'tenant-9999' } };
    const refused = await post(bot.url, foreign);
    const { conversation, channelData, ...noTenant } = teamsActivity({ text: 'help' });
    const anonymous = await post(bot.url, {
      ...noTenant,
      conversation: { ...(conversation as object), tenantId: undefined },
    });
    await bot.close();
    expect(allowed.status).toBe(200);
    expect(allowed.activities).toHaveLength(1);
    expect(refused.status).toBe(403);
    expect(refused.activities).toHaveLength(0);
    expect(anonymous.status).toBe(403);
    expect(channelData).toBeDefined();
    expect(logs.text()).toContain('"outcome":"tenant-rejected"');
  });
});

describe('configuration of scale and safety settings', () => {
  it('parses ALLOWED_TENANTS as a list and defaults the rate limit', () => {
    const c = loadConfig({ ALLOWED_TENANTS: ' a-1 ,b-2,,' });
    expect(c.ALLOWED_TENANTS).toEqual(['a-1', 'b-2']);
    expect(loadConfig({}).ALLOWED_TENANTS).toEqual([]);
    expect(loadConfig({}).RATE_LIMIT_PER_MINUTE).toBe(60);
  });

  it('requires a connection string for STORAGE=blob and a valid container name, without echoing values', () => {
    expect(() => loadConfig({ STORAGE: 'blob' })).toThrow(/BLOB_CONNECTION_STRING: is required when STORAGE=blob/);
    expect(() => loadConfig({ STORAGE: 'blob', BLOB_CONNECTION_STRING: 'x', BLOB_CONTAINER: 'Bad_Name' })).toThrow(
      /BLOB_CONTAINER/,
    );
    expect(() => loadConfig({ ALLOWED_TENANTS: 'ok, not ok' })).toThrow(ConfigError);
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: '0' })).toThrow(/RATE_LIMIT_PER_MINUTE/);
    let error: unknown;
    try {
      loadConfig({ STORAGE: 'blob', BLOB_CONNECTION_STRING: 'AccountKey=SECRET-VALUE', BLOB_CONTAINER: '-x' });
    } catch (err) {
      error = err;
    }
    expect(String(error)).toMatch(/BLOB_CONTAINER/);
    expect(String(error)).not.toContain('SECRET-VALUE');
    expect(loadConfig({ STORAGE: 'blob', BLOB_CONNECTION_STRING: 'UseDevelopmentStorage=true;' }).BLOB_CONTAINER).toBe(
      'bot-state',
    );
  });
});
