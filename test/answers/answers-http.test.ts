import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post, startBot, type RunningBot } from '../helpers/bot-server.js';
import { replyText, teamsActivity } from '../helpers/teams-activity.js';

/** The quick answers through the real server (restify + Teams adapter), as Teams posts them (expectReplies). */
let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot.close();
});

async function askOverHttp(text: string): Promise<{ text: string; activity: Record<string, unknown> }> {
  const res = await post(bot.url, teamsActivity({ text }));
  expect(res.status).toBe(200);
  expect(res.activities).toHaveLength(1);
  const activity = res.activities[0]!;
  return { text: replyText(activity), activity };
}

describe('quick answers over HTTP', () => {
  it('a dosing answer arrives as an Adaptive Card 1.5 with the text fallback and citation markers', async () => {
    const { text, activity } = await askOverHttp('starting dose of cymbalta');
    expect(text).toMatch(/30 mg daily/);
    expect(text).toMatch(/60 mg/);
    expect(text).toContain('[1]');
    const attachments = activity.attachments as {
      contentType: string;
      content: { version: string; body: unknown[] };
    }[];
    expect(attachments[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(attachments[0]?.content.version).toBe('1.5');
    expect(JSON.stringify(attachments[0]?.content.body)).toMatch(/60 mg/);
  });

  it('a dose check gives the verdict with the numbers', async () => {
    const { text } = await askOverHttp('is naproxen 250 bid adequate?');
    expect(text).toMatch(/below the guideline dose/);
    expect(text).toMatch(/500 mg/);
  });

  it('an avoid drug gets the reason and no dose', async () => {
    const { text } = await askOverHttp('medrol dose pack?');
    expect(text).toMatch(/corticosteroids/);
    expect(text).not.toMatch(/\d+\s*mg/);
  });

  it('an absurd dose gets a safe reply', async () => {
    const { text } = await askOverHttp('naproxen 50000 mg');
    expect(text).toMatch(/no recommendation was computed/i);
  });

  it('the MME calculator totals and reminds it is not for conversion', async () => {
    const { text } = await askOverHttp('MME oxycodone 5 mg q6h + tramadol 50 bid');
    expect(text).toMatch(/Total 50 MME\/day/);
    expect(text).toMatch(/not a conversion table/);
  });

  it('a guideline question is answered from the entries with citations', async () => {
    const { text } = await askOverHttp('when should I refer?');
    expect(text).toMatch(/12 weeks/);
    expect(text).toContain('[1]');
  });

  it('STarT Back and an out-of-scope question', async () => {
    expect((await askOverHttp('STarT Back total 6 psych 4')).text).toMatch(/high risk/);
    expect((await askOverHttp('what is the capital of France?')).text).toMatch(/does not cover/);
  });

  it('mid-case over HTTP: the normal duloxetine answer (age 58 changes nothing), then the pending question again', async () => {
    const conversationId = 'a:http-mid-case';
    await post(
      bot.url,
      teamsActivity({
        text: '58M, chronic LBP 9 months, naproxen 250 bid x 6 wks no relief, no leg symptoms, no red flags',
        conversationId,
      }),
    );
    const res = await post(bot.url, teamsActivity({ text: 'duloxetine dose?', conversationId }));
    // One reply activity: the answer card, then the question card (issue 16).
    expect(res.activities).toHaveLength(1);
    const cards = res.activities[0]!.attachments as { content: { fallbackText: string } }[];
    const texts = cards.map((c) => c.content.fallbackText);
    expect(texts).toHaveLength(2);
    expect(texts[0]).toMatch(/30 mg daily, titrating to 60 mg daily/);
    expect(texts[0]).not.toMatch(/adjusted for this patient|case A\)|Radicular/);
    expect(texts[1]).toMatch(/Back to case A, next question/);
  });
});
