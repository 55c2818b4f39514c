import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationState } from '../../dialogs/conversation-state.js';
import { createApp, type App } from '../../src/host/server.js';
import { loadConfig } from '../../src/runtime/config.js';
import { createLogger } from '../../src/runtime/logger.js';
import { MemoryStorage } from '../../src/storage/memory-storage.js';
import { post } from '../helpers/bot-server.js';
import { replyText, teamsActivity, TENANT } from '../helpers/teams-activity.js';
import { buttons, cardsOf, type Json } from '../helpers/card-walk.js';
import { type FakeConnector, startFakeConnector } from '../helpers/fake-connector.js';

/**
 * Universal Actions over HTTP, as Teams drives them: question cards carry Action.Execute buttons and a refresh
 * for the person they answer; a press is an `adaptiveCard/action` invoke answered 200 with a replacement card
 * that has no live buttons; a refresh shows a question card as it stands now; Action.Submit (cards sent before)
 * still works.
 */
const USER = '29:user-1';
const NARRATIVE =
  '58F chronic low back pain 9 months, naproxen 500 bid 8 weeks no relief, no red flags, no leg symptoms';

let app: App;
let url: string;
const storage = new MemoryStorage();
beforeAll(async () => {
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  app = createApp(config, storage, createLogger('silent'), {
    readConversation: async (key) => (await storage.read(key))?.value,
  });
  ({ url } = await app.listen(0, '127.0.0.1'));
});
afterAll(() => app.close(2_000));

function invokeActivity(conversationId: string, action: unknown, extra: Json = {}): Json {
  return {
    ...teamsActivity({ conversationId, type: 'invoke' }),
    name: 'adaptiveCard/action',
    value: { action, trigger: 'manual' },
    ...extra,
  };
}

/** The invoke response carried back with expectReplies, and the reply messages sent during the invoke. */
async function press(conversationId: string, action: unknown) {
  const res = await post(url, invokeActivity(conversationId, action));
  const all = ((res.body as { activities?: Json[] } | undefined)?.activities ?? []) as Json[];
  const response = all.find((a) => a.type === 'invokeResponse')?.value as { status: number; body: Json } | undefined;
  return { status: res.status, response, messages: res.activities };
}

async function stored(conversationId: string): Promise<ConversationState> {
  return (await storage.read(`msteams/${TENANT}/${conversationId}`))?.value as ConversationState;
}

async function openCase() {
  const conversationId = `a:ua-${randomUUID()}`;
  const res = await post(url, teamsActivity({ conversationId, text: NARRATIVE }));
  const question = cardsOf(res.activities).find((c) => buttons(c).some((b) => (b.data as Json)?.command === 'answer'));
  expect(question, 'question card').toBeDefined();
  return { conversationId, question: question! };
}

describe('Universal Actions (adaptiveCard/action)', () => {
  it('question cards use Action.Execute with a verb, an Action.Submit fallback, a labelled input and a refresh for the user', async () => {
    const { question } = await openCase();
    for (const b of buttons(question)) {
      expect(b.type).toBe('Action.Execute');
      expect(b.verb).toMatch(/^(answer|case-command)$/);
      expect(b.fallback).toMatchObject({ type: 'Action.Submit', data: b.data });
    }
    const refresh = question.refresh as { action: Json; userIds: string[] };
    expect(refresh.userIds).toEqual([USER]);
    expect(refresh.action).toMatchObject({ type: 'Action.Execute', verb: 'refresh' });
    // The Agents Playground drops presses whose data has "key": it goes out as __key, refresh included.
    expect(JSON.stringify(question)).not.toContain('"key"');
    const input = (question.body as Json[]).find((e) => e.type === 'Input.Text');
    expect(input?.label).toBeTruthy();
  });

  it('a press answers 200 with a replacement card showing the answer and no live buttons; the reply follows', async () => {
    const { conversationId, question } = await openCase();
    const before = await stored(conversationId);
    const pending = before.cases[0]!.pendingQuestion;
    const choice = buttons(question).find((b) => b.verb === 'answer' && (b.data as Json).text)!;
    const { status, response, messages } = await press(conversationId, {
      type: 'Action.Execute',
      verb: choice.verb,
      data: choice.data,
    });
    expect(status).toBe(200);
    expect(response?.status).toBe(200);
    expect(response?.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    const replacement = response!.body.value as Json;
    expect(buttons(replacement)).toEqual([]);
    expect(JSON.stringify(replacement.body)).toContain(`Answer sent: **${(choice.data as Json).text}**`);
    expect((replacement.refresh as { userIds: string[] }).userIds).toEqual([USER]);
    expect(messages.map(replyText).join('\n')).toMatch(/Noted for case A/);
    expect((await stored(conversationId)).cases[0]!.pendingQuestion).not.toBe(pending);
  });

  it('the same old card pressed again changes nothing until confirmed; refresh closes the old card, keeps the new one live', async () => {
    const { conversationId, question } = await openCase();
    const choices = buttons(question).filter((b) => b.verb === 'answer' && (b.data as Json).text);
    await press(conversationId, { type: 'Action.Execute', verb: 'answer', data: choices[0]!.data });
    const facts = (await stored(conversationId)).cases[0]!.facts;
    // Another choice on the now-older card: asked, not applied.
    const again = await press(conversationId, { type: 'Action.Execute', verb: 'answer', data: choices[1]!.data });
    expect(again.response?.status).toBe(200);
    expect(again.messages.map(replyText).join('\n')).toMatch(/earlier question/);
    expect((await stored(conversationId)).cases[0]!.facts).toEqual(facts);
    expect(buttons(again.response!.body.value)).toEqual([]);

    const refreshOld = await press(conversationId, question.refresh && (question.refresh as Json).action);
    expect(refreshOld.response?.status).toBe(200);
    expect(buttons(refreshOld.response!.body.value)).toEqual([]);
    expect(refreshOld.messages).toEqual([]);
  });

  it('a refresh of the pending question shows it live, and never writes', async () => {
    const { conversationId, question } = await openCase();
    const before = await storage.read(`msteams/${TENANT}/${conversationId}`);
    const refreshed = await press(conversationId, (question.refresh as Json).action);
    expect(refreshed.response?.status).toBe(200);
    expect(buttons(refreshed.response!.body.value).length).toBeGreaterThan(0);
    expect((await storage.read(`msteams/${TENANT}/${conversationId}`))?.eTag).toBe(before?.eTag);
  });

  it('an unreadable card action is a 400 error response, and the bot stays up', async () => {
    const conversationId = `a:ua-${randomUUID()}`;
    for (const action of [undefined, { type: 'Action.Submit' }, { type: 'Action.Execute', verb: 'refresh', data: 5 }]) {
      const res = await press(conversationId, action);
      expect(res.status).toBe(200);
      expect(res.response?.status).toBe(400);
      expect(res.response?.body).toMatchObject({ type: 'application/vnd.microsoft.error' });
    }
  });

  it('Action.Submit from cards sent before still answers (a message with a value)', async () => {
    const { conversationId } = await openCase();
    const pending = (await stored(conversationId)).cases[0]!.pendingQuestion!;
    const res = await post(
      url,
      teamsActivity({ conversationId, value: { command: 'answer', case: 'A', __key: pending, text: 'Not sure' } }),
    );
    expect(res.activities.map(replyText).join('\n')).toMatch(/case A/);
    expect((await stored(conversationId)).cases[0]!.pendingQuestion).not.toBe(pending);
  });
});

describe('Universal Actions with normal delivery (as Teams sends them)', () => {
  let connector: FakeConnector;
  beforeAll(async () => {
    connector = await startFakeConnector();
  });
  afterAll(() => connector.close());

  it('answers the invoke in its HTTP response and posts the reply messages to the conversation', async () => {
    const { conversationId, question } = await openCase();
    const choice = buttons(question).find((b) => b.verb === 'answer' && (b.data as Json).text)!;
    const activity = invokeActivity(
      conversationId,
      { type: 'Action.Execute', verb: 'answer', data: choice.data },
      { serviceUrl: connector.url },
    );
    delete activity.deliveryMode;
    const res = await post(url, activity);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(connector.received.map((a) => replyText(a.body)).join('\n')).toMatch(/Noted for case A/);
  });
});
