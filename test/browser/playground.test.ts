import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type RunningBot } from '../helpers/bot-server.js';
import { hasChromium, openBrowser, type Browser } from './browser.js';
import { startPlayground, type Playground } from './playground.js';

const BOT_MESSAGE = '.fai-OutputCard';
const COMPOSER = '[data-lexical-editor="true"][role="textbox"]';
const SEND = 'button[aria-label="Send Message"]';

/** The real bot in the Microsoft 365 Agents Playground (a Teams-like client), driven in headless Chromium. */
describe.skipIf(!hasChromium)('bot in the Agents Playground (headless Chromium)', () => {
  let bot: RunningBot;
  let playground: Playground;
  let browser: Browser;

  beforeAll(async () => {
    bot = await startBot();
    playground = await startPlayground(`${bot.url}/api/messages`);
    browser = await openBrowser();
    await browser.page.goto(playground.url);
    await browser.page.locator(COMPOSER).waitFor({ timeout: 30_000 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
    await bot?.close();
  });

  const botMessages = () => browser.page.locator(BOT_MESSAGE);

  /** Waits for the bot's replies to an action: at least one new message, then a short quiet period. */
  async function replies(action: () => Promise<void>): Promise<string[]> {
    const before = await botMessages().count();
    await action();
    await browser.page.waitForFunction(
      ([sel, n]) => document.querySelectorAll(sel as string).length > (n as number),
      [BOT_MESSAGE, before] as const,
      {
        timeout: 20_000,
      },
    );
    let count = -1;
    while (count !== (await botMessages().count())) {
      count = await botMessages().count();
      await browser.page.waitForTimeout(600);
    }
    const texts: string[] = [];
    for (let i = before; i < count; i++) texts.push(await botMessages().nth(i).innerText());
    return texts;
  }

  async function send(text: string): Promise<string[]> {
    return replies(async () => {
      const box = browser.page.locator(COMPOSER);
      await box.click();
      await box.fill(text);
      await browser.page.locator(SEND).click();
    });
  }

  /** Clicks the first button of the bot's newest message: a walk-through step must end on a card with buttons. */
  async function clickCardButton(): Promise<{ label: string; replies: string[] }> {
    const newest = botMessages().last();
    const buttons = newest.locator('.ac-adaptiveCard button');
    expect(
      await buttons.count(),
      `the newest bot message has no card buttons:\n${await newest.innerText()}`,
    ).toBeGreaterThan(0);
    const button = buttons.first();
    const label = (await button.innerText()).trim();
    return { label, replies: await replies(() => button.click()) };
  }

  it('answers "duloxetine dose" with the guideline dose', async () => {
    const answer = (await send('duloxetine dose')).join('\n');
    await browser.shot('playground-1-duloxetine-dose');
    expect(answer).toMatch(/duloxetine/i);
    expect(answer).toMatch(/30 mg/);
    expect(answer).toMatch(/60 mg/);
    expect(answer).not.toMatch(/didn't recognise/i);
  }, 60_000);

  it('walks two steps of a case by clicking card buttons', async () => {
    const start = await send('new case');
    await browser.shot('playground-2-new-case');
    expect(start.join('\n')).not.toMatch(/didn't recognise/i);
    // The walk-through asks its first question as a card with answer buttons.
    const first = await clickCardButton();
    await browser.shot('playground-3-step-1');
    expect(first.replies.length, `no reply after clicking "${first.label}"`).toBeGreaterThan(0);
    expect(first.replies.join('\n')).not.toMatch(/not recognised|didn't recognise/i);
    const second = await clickCardButton();
    await browser.shot('playground-4-step-2');
    expect(second.replies.length, `no reply after clicking "${second.label}"`).toBeGreaterThan(0);
    expect(second.replies.join('\n')).not.toMatch(/not recognised|didn't recognise/i);
    // Each click moved the case on: the replies differ from one step to the next.
    expect(second.replies.join('\n')).not.toBe(first.replies.join('\n'));
  }, 90_000);
});
