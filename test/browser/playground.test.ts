import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../src/storage/memory-storage.js';
import { startBot, type RunningBot } from '../helpers/bot-server.js';
import { ARTIFACTS, hasChromium, openBrowser, type Browser } from './browser.js';
import { startPlayground, type Playground } from './playground.js';

const BOT_MESSAGE = '.fai-OutputCard';
const COMPOSER = '[data-lexical-editor="true"][role="textbox"]';
const SEND = 'button[aria-label="Send Message"]';
const CARD_BUTTONS = '.ac-adaptiveCard button';

/** Memory storage that remembers which conversation keys were written, to read the stored cases back. */
class SeenStorage extends MemoryStorage {
  readonly keys = new Set<string>();
  override async write(...args: Parameters<MemoryStorage['write']>): Promise<string> {
    this.keys.add(args[0]);
    return super.write(...args);
  }
}

interface StoredCase {
  label: string;
  facts: unknown;
  pendingQuestion?: string;
}

/** The real bot in the Microsoft 365 Agents Playground (a Teams-like client), driven in headless Chromium. */
describe.skipIf(!hasChromium)('bot in the Agents Playground (headless Chromium)', () => {
  let bot: RunningBot;
  let playground: Playground;
  let browser: Browser;
  const storage = new SeenStorage();

  beforeAll(async () => {
    bot = await startBot({}, storage);
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

  /** A message that @mentions the bot (in a group chat the Playground, like Teams, sends nothing else to it). */
  async function sendWithMention(text: string): Promise<string[]> {
    return replies(async () => {
      const page = browser.page;
      await page.locator(COMPOSER).click();
      await page.keyboard.type('@');
      await page
        .getByRole('menuitem', { name: /Test Bot/ })
        .first()
        .click();
      await page.keyboard.type(` ${text}`);
      await page.locator(SEND).click();
    });
  }

  /** Clicks a button by its title on one message's card; the replies it brings. */
  async function press(message: Locator, title: string): Promise<string[]> {
    const button = message.locator(CARD_BUTTONS, { hasText: title }).first();
    await button.scrollIntoViewIfNeeded();
    return replies(() => button.click());
  }

  /** The Playground's log panel: one line per activity, e.g. "Playground -> User Application invoke 200". */
  async function invokesSent(): Promise<number> {
    const panel = await browser.page.locator('text=Log Panel').locator('xpath=../..').innerText();
    return panel.split('\n').filter((l) => /-> User Application invoke \d+/.test(l)).length;
  }

  /** Every case stored in every conversation, by conversation key and label. */
  async function storedCases(): Promise<Map<string, StoredCase>> {
    const out = new Map<string, StoredCase>();
    for (const key of storage.keys) {
      const value = (await storage.read(key))?.value as { cases?: StoredCase[] } | undefined;
      for (const c of value?.cases ?? []) out.set(`${key} ${c.label}`, c);
    }
    return out;
  }

  const snap = async (message: Locator, name: string) => {
    await message.scrollIntoViewIfNeeded();
    await message.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
  };

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

  it("the welcome card's buttons work: New case, Duloxetine dose, When to refer?", async () => {
    const welcome = botMessages().first();
    await expect(welcome.innerText()).resolves.toMatch(/Back Pain Pathway helps/);
    const dose = (await press(welcome, 'Duloxetine dose')).join('\n');
    expect(dose).toMatch(/duloxetine/i);
    expect(dose).toMatch(/30 mg/);
    const refer = (await press(welcome, 'When to refer?')).join('\n');
    expect(refer).toMatch(/refer/i);
    expect(refer).toMatch(/pain specialist|multidisciplinary/i);
    const started = (await press(welcome, 'New case')).join('\n');
    expect(started).toMatch(/New case [A-F]/);
    for (const reply of [dose, refer, started]) expect(reply).not.toMatch(/didn't recognise|not recognised/i);
    await browser.shot('playground-5-welcome-buttons');
  }, 90_000);

  it('a button on an earlier question card changes nothing: the card is replaced, and the bot asks first', async () => {
    const narrative = await send(
      '62M chronic LBP 6 months, no red flags, ibuprofen 400 tid 6 weeks no relief, no leg symptoms',
    );
    const label = /[Cc]ase ([A-F])/.exec(narrative.join('\n'))?.[1];
    expect(label, narrative.join('\n')).toBeTruthy();
    // A fixed index: last() would follow the newest message.
    const question = botMessages().nth((await botMessages().count()) - 1);
    await expect(question.innerText()).resolves.toMatch(/duloxetine been tried/i);
    // Answer it by typing: the case moves on to the next question; the earlier card keeps its buttons.
    const moved = (await send('not tried')).join('\n');
    expect(moved).toMatch(/non-drug therapies/i);
    await expect(question.locator(CARD_BUTTONS, { hasText: 'No relief' }).count()).resolves.toBe(1);
    await snap(question, 'playground-6-earlier-card-before');
    const before = await storedCases();
    const invokes = await invokesSent();

    const asked = (await press(question, 'No relief')).join('\n');
    await snap(question, 'playground-7-earlier-card-replaced');
    await botMessages().last().scrollIntoViewIfNeeded(); // the page shot shows the bot's question, not only the card
    await browser.shot('playground-8-stale-press');
    // Universal Actions: the Playground sent an adaptiveCard/action invoke and put the bot's card in place.
    expect(await invokesSent()).toBeGreaterThan(invokes);
    const replaced = await question.innerText();
    expect(replaced).toMatch(new RegExp(`Case ${label} · earlier question`));
    expect(replaced).toMatch(/Answer sent: No relief/);
    await expect(question.locator(CARD_BUTTONS, { hasText: 'No relief' }).count()).resolves.toBe(0);
    // Nothing applied: the bot names the change and asks.
    expect(asked).toMatch(
      new RegExp(`That button answers an earlier question \\(duloxetine trial\\) for case ${label}\\. Change it`),
    );
    expect(await storedCases()).toEqual(before);
    // "Keep as is" keeps it so.
    const kept = (await press(botMessages().last(), 'Keep as is')).join('\n');
    expect(kept).toMatch(new RegExp(`Kept: case ${label} is unchanged`));
    expect(await storedCases()).toEqual(before);
  }, 90_000);

  it('walks a case in a group chat with card buttons only (one @mention to start it)', async () => {
    const page = browser.page;
    const personalKeys = new Set(storage.keys);
    await page.locator('[role="treeitem"][aria-label="Group Chat"]').click();
    const welcome = botMessages().first();
    await expect(welcome.innerText()).resolves.toMatch(/@mention me/);
    // The welcome card's New case works in the group too, without a mention.
    const started = (await press(welcome, 'New case')).join('\n');
    expect(started).toMatch(/New case A/);
    expect(started).toMatch(/@mention me with the description/);
    const first = await sendWithMention(
      '58F chronic low back pain 9 months, naproxen 500 bid 8 weeks no relief, no red flags, no leg symptoms',
    );
    expect(first.join('\n')).toMatch(/next question/);
    await browser.shot('playground-9-group-case');
    const groupKey = [...storage.keys].find((k) => !personalKeys.has(k));
    expect(groupKey, 'the group chat is its own conversation').toBeTruthy();

    const seen: string[] = [];
    for (let step = 1; step <= 3; step++) {
      const card = botMessages().nth((await botMessages().count()) - 1);
      const text = await card.innerText();
      expect(text).toMatch(/next question/);
      expect(text).toMatch(/Buttons and the box above need no @mention/);
      seen.push(text.split('\n').find((l) => l.endsWith('?')) ?? text);
      const factsBefore = JSON.stringify((await storedCases()).get(`${groupKey} A`)?.facts);
      const choice = (await card.locator(CARD_BUTTONS).first().innerText()).trim();
      const after = (await press(card, choice)).join('\n');
      await snap(card, `playground-10-group-step-${step}`);
      expect(after, `after "${choice}"`).not.toMatch(/didn't recognise|not recognised|earlier question/i);
      // The pressed card now shows the answer sent, in place, with no live answer buttons.
      await expect(card.innerText()).resolves.toMatch(new RegExp(`Answer sent: ${choice}`));
      await expect(card.locator(CARD_BUTTONS, { hasText: choice }).count()).resolves.toBe(0);
      expect(JSON.stringify((await storedCases()).get(`${groupKey} A`)?.facts)).not.toBe(factsBefore);
    }
    // Each press moved the case to a different question.
    expect(new Set(seen).size).toBe(seen.length);
    await browser.shot('playground-11-group-done');
  }, 120_000);
});
