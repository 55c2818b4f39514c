import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post, startBot, type RunningBot } from '../helpers/bot-server.js';
import { replyText, teamsActivity } from '../helpers/teams-activity.js';
import { type FakeConnector, startFakeConnector } from '../helpers/fake-connector.js';

let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot.close();
});

async function healthy(url: string): Promise<boolean> {
  const res = await fetch(`${url}/health`);
  return res.ok && ((await res.json()) as { status: string }).status === 'ok';
}

describe('the bot over HTTP, as Teams drives it', () => {
  it('answers "hi" with the help answer (expectReplies) within a second', async () => {
    const started = performance.now();
    const res = await post(bot.url, teamsActivity({ text: 'hi' }));
    const elapsed = performance.now() - started;
    expect(res.status).toBe(200);
    expect(res.activities).toHaveLength(1);
    const reply = res.activities[0]!;
    expect(replyText(reply)).toMatch(/Decision support, not a prescription/);
    const attachments = reply.attachments as { contentType: string; content: { version: string } }[];
    expect(attachments[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(attachments[0]?.content.version).toBe('1.5');
    expect(elapsed).toBeLessThan(1_000);
  });

  it('strips the @mention in a group chat and a channel', async () => {
    for (const scope of ['groupChat', 'channel'] as const) {
      const res = await post(bot.url, teamsActivity({ text: 'help', scope, mentionBot: true }));
      expect(replyText(res.activities[0]!)).toMatch(/Case walk-through/);
    }
  });

  it('reports health and version', async () => {
    const res = await fetch(`${bot.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  it('answers a retried activity once', async () => {
    const activity = teamsActivity({ text: 'help' });
    expect((await post(bot.url, activity)).activities).toHaveLength(1);
    expect((await post(bot.url, activity)).activities).toHaveLength(0);
  });

  it('welcomes a clinician who installs the bot in a 1:1 chat', async () => {
    const install = { ...teamsActivity({ type: 'conversationUpdate' }), membersAdded: [{ id: '28:bot-under-test' }] };
    const res = await post(bot.url, install);
    expect(res.status).toBe(200);
    expect(replyText(res.activities[0]!)).toMatch(/^Welcome/);
  });

  describe('bad requests get a clean status and leave the server answering', () => {
    it('malformed JSON -> 400', async () => {
      expect((await post(bot.url, '{"type": "message", ')).status).toBe(400);
      expect(await healthy(bot.url)).toBe(true);
    });

    it('an activity missing required fields -> 400', async () => {
      expect((await post(bot.url, { text: 'hi' })).status).toBe(400);
      const normal = teamsActivity({ text: 'hi', deliveryMode: 'normal' });
      delete normal.serviceUrl;
      expect((await post(bot.url, normal)).status).toBe(400);
      const noConversation = teamsActivity({ text: 'hi', deliveryMode: 'normal' });
      delete noConversation.conversation;
      expect((await post(bot.url, noConversation)).status).toBe(400);
      expect((await post(bot.url, [1, 2])).status).toBe(400);
      expect(await healthy(bot.url)).toBe(true);
    });

    it('an unknown activity type -> 200 with no reply', async () => {
      const res = await post(bot.url, teamsActivity({ type: 'somethingNew' }));
      expect(res.status).toBe(200);
      expect(res.activities).toHaveLength(0);
      expect(await healthy(bot.url)).toBe(true);
    });

    it('a 200 KB message -> 200 with a "too long" answer', async () => {
      const res = await post(bot.url, teamsActivity({ text: 'back pain '.repeat(20_480) }));
      expect(res.status).toBe(200);
      expect(replyText(res.activities[0]!)).toMatch(/too long/);
      expect(await healthy(bot.url)).toBe(true);
    });

    it('a body over the limit -> 413', async () => {
      const res = await post(bot.url, teamsActivity({ text: 'x'.repeat(300 * 1024) }));
      expect(res.status).toBe(413);
      expect(await healthy(bot.url)).toBe(true);
    });

    it('a text field of the wrong type -> a one-sentence "could not read" answer', async () => {
      const res = await post(bot.url, { ...teamsActivity(), text: { nested: true } });
      expect(res.status).toBeLessThan(500);
      expect(await healthy(bot.url)).toBe(true);
    });
  });
});

describe('normal delivery through a connector', () => {
  let connector: FakeConnector;
  beforeAll(async () => {
    connector = await startFakeConnector();
  });
  afterAll(() => connector.close());

  it('posts the reply to the conversation on the serviceUrl, then answers 200', async () => {
    const activity = teamsActivity({
      text: 'help',
      deliveryMode: 'normal',
      serviceUrl: connector.url,
      conversationId: 'a:conv/1',
      id: 'act:1',
    });
    const res = await post(bot.url, activity);
    expect(res.status).toBe(200);
    expect(connector.received).toHaveLength(1);
    expect(connector.received[0]!.url).toBe(
      `/v3/conversations/${encodeURIComponent('a:conv/1')}/activities/${encodeURIComponent('act:1')}`,
    );
    expect(connector.received[0]!.body.replyToId).toBe('act:1');
    expect(replyText(connector.received[0]!.body)).toMatch(/Decision support/);
  });
});

describe('with an app id configured', () => {
  let secured: RunningBot;
  beforeAll(async () => {
    secured = await startBot({
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: 'test-only',
    });
  });
  afterAll(() => secured.close());

  it('rejects a request without a token with 401', async () => {
    expect((await post(secured.url, teamsActivity({ text: 'hi' }))).status).toBe(401);
  });

  it('rejects an unparseable token with 401', async () => {
    const res = await post(secured.url, teamsActivity({ text: 'hi' }), { authorization: 'Bearer not-a-jwt' });
    expect(res.status).toBe(401);
    expect(await healthy(secured.url)).toBe(true);
  });
});
