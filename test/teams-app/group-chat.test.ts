import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationState } from '../../dialogs/conversation-state.js';
import { post, startBot, type RunningBot } from '../helpers/bot-server.js';
import { BOT, replyText, teamsActivity, TENANT, type Scope } from '../helpers/teams-activity.js';
import { buttons, cardsOf, type Json } from '../helpers/card-walk.js';

/**
 * Group chats and channels over HTTP (issue 15): there the bot receives only messages that @mention it, while card
 * buttons and card inputs reach it without one. It introduces itself when added, its questions say "@mention me
 * with your answer" instead of "type it", it sends no suggested actions (they post an unmentioned message), and a
 * button pressed without any mention moves the case on.
 */
const NARRATIVE =
  '58F chronic low back pain 9 months, naproxen 500 bid 8 weeks no relief, no red flags, no leg symptoms';

let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(() => bot.close());

function added(scope: Scope, conversationId: string, members: { id: string }[]): Json {
  return { ...teamsActivity({ scope, conversationId, type: 'conversationUpdate' }), membersAdded: members };
}

const stored = async (conversationId: string) =>
  (await bot.storage.read(`msteams/${TENANT}/${conversationId}`))?.value as ConversationState;

describe('added to a group chat or a team', () => {
  for (const scope of ['groupChat', 'channel'] as const) {
    it(`introduces itself in a ${scope}: what it does, decision support, and how to use it there`, async () => {
      const res = await post(bot.url, added(scope, `19:${randomUUID()}@thread.v2`, [BOT]));
      expect(res.status).toBe(200);
      expect(res.activities).toHaveLength(1);
      const text = replyText(res.activities[0]!);
      expect(text).toMatch(/chronic low back pain/);
      expect(text).toMatch(/decision support/i);
      expect(text).toMatch(/not prescribing/);
      expect(text).toMatch(/@mention me with a question or a case/);
      expect(text).toMatch(/card buttons work without a mention/);
      // Suggested actions would post an unmentioned message: the examples are card buttons instead.
      expect(res.activities[0]!.suggestedActions).toBeUndefined();
      expect(buttons(cardsOf(res.activities)[0]).length).toBeGreaterThan(0);
    });
  }

  it('says nothing when someone else joins the group', async () => {
    const res = await post(bot.url, added('groupChat', `19:${randomUUID()}@thread.v2`, [{ id: '29:someone-else' }]));
    expect(res.status).toBe(200);
    expect(res.activities).toEqual([]);
  });

  it('still welcomes a 1:1 chat as before', async () => {
    const res = await post(bot.url, added('personal', `a:${randomUUID()}`, [BOT]));
    const text = res.activities.map(replyText).join('\n');
    expect(text).toMatch(/Welcome/);
    expect(text).not.toMatch(/@mention/);
  });
});

describe('a case in a group chat', () => {
  async function openCase(scope: Scope) {
    const conversationId = `19:${randomUUID()}@thread.v2`;
    const res = await post(bot.url, teamsActivity({ scope, conversationId, mentionBot: true, text: NARRATIVE }));
    expect(res.status).toBe(200);
    const question = cardsOf(res.activities).find((c) =>
      buttons(c).some((b) => (b.data as Json)?.command === 'answer'),
    );
    expect(question, 'question card').toBeDefined();
    return { conversationId, res, question: question! };
  }

  it('the question says "@mention me with your answer", never "type it", and offers no suggested actions', async () => {
    const { res, question } = await openCase('groupChat');
    const text = res.activities.map(replyText).join('\n');
    expect(text).toMatch(/@mention me with your answer/);
    expect(text).not.toMatch(/type it\b/i);
    expect(text).not.toMatch(/correct me by typing/);
    expect(JSON.stringify(question)).toMatch(/need no @mention/);
    for (const a of res.activities) expect(a.suggestedActions).toBeUndefined();
  });

  it('the same question in a 1:1 chat still says "type it" and keeps its quick-answer chips', async () => {
    const { res } = await openCase('personal');
    const text = res.activities.map(replyText).join('\n');
    expect(text).toMatch(/Or type it/);
    expect(text).not.toMatch(/@mention/);
    expect(res.activities.some((a) => a.suggestedActions !== undefined)).toBe(true);
  });

  it('a quick answer pressed without any @mention (Action.Submit) moves the case on', async () => {
    const { conversationId, question } = await openCase('groupChat');
    const pending = (await stored(conversationId)).cases[0]!.pendingQuestion;
    const choice = buttons(question).find((b) => (b.data as Json).command === 'answer' && (b.data as Json).text)!;
    const submit = teamsActivity({ scope: 'groupChat', conversationId, value: choice.data });
    expect(submit.text).toBeUndefined();
    expect(submit.entities).toBeUndefined();
    const res = await post(bot.url, submit);
    expect(res.status).toBe(200);
    expect(res.activities.map(replyText).join('\n')).toMatch(/case A/i);
    expect((await stored(conversationId)).cases[0]!.pendingQuestion).not.toBe(pending);
  });

  it('a button pressed without any @mention as a Universal Action (invoke) moves the case on', async () => {
    const { conversationId, question } = await openCase('groupChat');
    const pending = (await stored(conversationId)).cases[0]!.pendingQuestion;
    const choice = buttons(question).find((b) => (b.data as Json).command === 'answer' && (b.data as Json).text)!;
    const res = await post(bot.url, {
      ...teamsActivity({ scope: 'groupChat', conversationId, type: 'invoke' }),
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: choice.verb, data: choice.data }, trigger: 'manual' },
    });
    expect(res.status).toBe(200);
    const all = ((res.body as { activities?: Json[] }).activities ?? []) as Json[];
    expect(all.find((a) => a.type === 'invokeResponse')?.value).toMatchObject({ status: 200 });
    expect((await stored(conversationId)).cases[0]!.pendingQuestion).not.toBe(pending);
  });

  it('the Plan button pressed without a mention answers with the plan (and feedback buttons)', async () => {
    const { conversationId, question } = await openCase('groupChat');
    const plan = buttons(question).find((b) => (b.data as Json).action === 'plan')!;
    const res = await post(bot.url, teamsActivity({ scope: 'groupChat', conversationId, value: plan.data }));
    expect(res.activities.map(replyText).join('\n')).toMatch(/Plan for case A/);
    const titles = cardsOf(res.activities).flatMap((c) => buttons(c).map((b) => b.title));
    expect(titles).toContain('Helpful');
  });
});
