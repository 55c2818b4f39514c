import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationState } from '../../dialogs/conversation-state.js';
import { evaluatePathway } from '../../machines/pathway.js';
import { post, startBot, type RunningBot } from '../helpers/bot-server.js';
import { replyText, teamsActivity } from '../helpers/teams-activity.js';

let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot.close();
});

const conversationId = 'a:walkthrough-e2e';

async function say(text: string | undefined, value?: unknown) {
  const res = await post(
    bot.url,
    teamsActivity({ conversationId, ...(text !== undefined ? { text } : {}), ...(value ? { value } : {}) }),
  );
  expect(res.status).toBe(200);
  return { activities: res.activities, text: res.activities.map(replyText).join('\n') };
}

describe('a whole walk-through over HTTP, from narrative to referral', () => {
  it('pastes a case, answers by text and by button, and reaches the referral step', async () => {
    const first = await say(
      '50F chronic LBP 8 months, no red flags, no radicular symptoms, naproxen 500 bid 8 weeks partial relief, duloxetine 60 mg daily 6 weeks partial, PT 8 weeks no benefit',
    );
    expect(first.text).toMatch(/I understood/);
    expect(first.text).toMatch(/Decision support, not a prescription/);
    const card = first.activities
      .flatMap(
        (a) =>
          (a.attachments as { content: { version: string; actions?: { data?: { key?: string } }[] } }[] | undefined) ??
          [],
      )
      .find((att) => JSON.stringify(att.content).includes('"command":"answer"'));
    expect(card?.content.version).toBe('1.5');
    // the step is a card (issue 15: short replies): Teams shows no citation pop-ups in a card, so the card lists its
    // sources itself, under "Show details", and its text fallback carries the same list
    const cited = first.activities.find(
      (a) =>
        (Array.isArray(a.entities) && JSON.stringify(a.entities).includes('Claim')) ||
        /\[1\] \p{L}/u.test(JSON.stringify(a.attachments ?? [])),
    );
    expect(cited, 'recommendations carry their sources').toBeDefined();

    const plan = await say(undefined, { command: 'case', action: 'plan', case: 'A' });
    expect(plan.text).toMatch(/Plan for case A/);

    const later = await say('12 weeks later, duloxetine 60 mg, pain unchanged, ODI 48');
    expect(later.text).toMatch(/Case A updated/);
    expect(later.text).toMatch(/refer/i);

    const stored = (await bot.storage.read(`msteams/tenant-0001/${conversationId}`))?.value as ConversationState;
    const facts = stored.cases.find((c) => c.label === 'A')!.facts;
    expect(facts.oswestryPercent).toBe(48);
    expect(evaluatePathway(facts).activeSteps).toContain('referral');
    expect(evaluatePathway(facts).recommendations).toContain('referral.persistent-pain-12-weeks');

    const note = await say('note');
    expect(note.text).toMatch(/Chart note for case A/);
  });
});

describe('a walk-through in a channel thread, by @mention', () => {
  it('starts the case from a mentioned narrative and never echoes the narrative back', async () => {
    const narrative =
      "58M, chronic LBP 9 months, naproxen 250 bid x 6 wks no relief, tingling down the left leg, no red flags, hasn't done PT";
    const thread = '19:channel@thread.tacv2;messageid=1700000000001';
    const res = await post(
      bot.url,
      teamsActivity({ conversationId: thread, scope: 'channel', mentionBot: true, text: narrative }),
    );
    const text = res.activities.map(replyText).join('\n');
    expect(text).toMatch(/I understood/);
    expect(text).not.toContain(narrative);
    expect(text).not.toContain('tingling down the left leg');
    const other = await post(
      bot.url,
      teamsActivity({
        conversationId: '19:channel@thread.tacv2;messageid=1700000000002',
        scope: 'channel',
        mentionBot: true,
        text: 'plan',
      }),
    );
    expect(other.activities.map(replyText).join('\n')).toMatch(/What has the patient had so far/);
  });
});
