import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTabBuilt, TAB_OUT } from '../../scripts/build-tab.js';
import type { PathwayGraph } from '../../tab/pathway-graph.js';
import { startBot, type RunningBot } from '../helpers/bot-server.js';
import { hasChromium, openBrowser, type Browser } from './browser.js';

/** The personal tab outside Teams, served by the real server, in headless Chromium. */
describe.skipIf(!hasChromium)('personal tab in a plain browser (headless Chromium)', () => {
  let bot: RunningBot;
  let browser: Browser;
  let graph: PathwayGraph;

  beforeAll(async () => {
    await ensureTabBuilt();
    graph = JSON.parse(readFileSync(`${TAB_OUT}/pathway.json`, 'utf8')) as PathwayGraph;
    bot = await startBot();
    browser = await openBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  async function load(query = '', viewport = { width: 1280, height: 900 }) {
    await browser.page.setViewportSize(viewport);
    await browser.page.goto(`${bot.url}/tab/${query}`);
    await browser.page.locator('body[data-ready="true"]').waitFor({ timeout: 15_000 });
  }

  it('loads outside Teams and draws the pathway map from the statechart', async () => {
    await load();
    await expect(browser.page.locator('#host-status').innerText()).resolves.toMatch(/outside Teams/);
    expect(graph.nodes.length).toBeGreaterThan(5);
    // One box per state of the machine, the start state first.
    await expect(browser.page.locator('#map-body [data-state]').count()).resolves.toBe(graph.nodes.length);
    const start = graph.nodes.find((n) => !n.parent && n.initial)!;
    await expect(browser.page.locator('#map-body .flow > li').first().getAttribute('data-state')).resolves.toBe(
      start.id,
    );
    await browser.shot('tab-1-default');
  }, 60_000);

  it("reads as a clinical flowchart: clinical step names and conditions, never the machine's state ids", async () => {
    const shown = await browser.page.locator('#map-body').innerText();
    for (const words of [
      'Red-flag screen',
      'Any red flag → Urgent evaluation',
      'Pain < 12 weeks → Not chronic: outside this pathway',
      'Duloxetine or NSAID at the guideline dose',
      'Tramadol',
      'Radicular branch',
      'Opioid gate: all conditions met',
      'Refer to pain specialist',
      'Follow-up',
    ]) {
      expect(shown).toContain(words);
    }
    // No camelCase identifier anywhere in the map (redFlagScreen, gateDistance, notChronic...).
    expect(shown.match(/\b[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*\b/g) ?? []).toEqual([]);
    // Every step carries its citation: guideline numbers or a reference section.
    const cites = await browser.page.locator('#map-body .flow [data-state] > .cite').count();
    expect(cites).toBe(graph.nodes.length);
  });

  it('has a text alternative: an ordered list of every step, in order', async () => {
    const page = browser.page;
    const summary = page.locator('#map-body details.map-text > summary');
    await expect(summary.innerText()).resolves.toMatch(/Text version/);
    await summary.click();
    const list = page.locator('#map-body ol.steps-text');
    await expect(list.isVisible()).resolves.toBe(true);
    await expect(list.locator('[data-step]').count()).resolves.toBe(graph.nodes.length);
    const start = graph.nodes.find((n) => !n.parent && n.initial)!;
    await expect(list.locator(':scope > li').first().innerText()).resolves.toMatch(
      new RegExp(`^${start.label}[^\n]{0,40}(start)`),
    );
    await expect(list.innerText()).resolves.toContain('Any red flag → Urgent evaluation');
    await browser.shot('tab-1b-map-text');
    await summary.click();
  });

  it('makes every target at least 24 x 24 px (WCAG 2.5.8)', async () => {
    const page = browser.page;
    await page.focus('.skip'); // the skip link shows only when focused
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary')]
        .map((e) => ({ e, r: e.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && r.height > 0 && r.left >= 0)
        .filter(({ r }) => r.width < 24 || r.height < 24)
        .map(
          ({ e, r }) =>
            `${e.tagName.toLowerCase()}#${e.id} "${e.textContent?.trim().slice(0, 30)}" ${r.width}x${r.height}`,
        ),
    );
    expect(small).toEqual([]);
  });

  it('shows the dosing table from the knowledge data, with citations and label notes', async () => {
    const row = browser.page.locator('tr[data-drug="duloxetine"]');
    await expect(row.innerText()).resolves.toMatch(/30 mg daily, titrating to 60 mg daily/);
    await expect(row.innerText()).resolves.toMatch(/\[1, 2\]/);
    await expect(row.innerText()).resolves.toMatch(/Label/);
    await expect(row.locator('.pending').count()).resolves.toBeGreaterThan(0);
  });

  it('computes oxycodone 10 mg four times daily as 60 MME/day with the same calculator as the bot', async () => {
    const page = browser.page;
    await page.selectOption('#mme-drug-0', 'oxycodone');
    await page.fill('#mme-dose-0', '10');
    await page.selectOption('#mme-freq-0', '4');
    await page.locator('#mme-form button[type="submit"]').click();
    await expect(page.locator('#mme-result strong').innerText()).resolves.toBe('60 MME/day');
    // 60 is at or above the reassessment threshold (50): the CDC note appears.
    await expect(page.locator('#mme-result').innerText()).resolves.toMatch(/>= 50 MME\/day/);
    await browser.shot('tab-2-mme');
  });

  it('scores STarT Back and Oswestry', async () => {
    const page = browser.page;
    for (const i of [1, 5, 6, 7, 8]) await page.check(`#sb-${i}`);
    await page.selectOption('#sb-9', 'extremely');
    await page.locator('#start-back-form button[type="submit"]').click();
    await expect(page.locator('#sb-result').innerText()).resolves.toMatch(
      /High risk[\s\S]*Total 6\/9, psychosocial subscale 5\/5/,
    );
    for (let i = 1; i <= 10; i++) await page.selectOption(`#odi-${i}`, '2');
    await page.locator('#oswestry-form button[type="submit"]').click();
    await expect(page.locator('#odi-result').innerText()).resolves.toMatch(/40%: moderate disability/);
  });

  it('is keyboard operable: skip link first, then the calculator by Tab and Enter', async () => {
    await load();
    const page = browser.page;
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await page.focus('#mme-drug-0');
    await page.keyboard.press('ArrowDown'); // first opioid in the list
    await page.keyboard.press('Tab');
    await page.keyboard.type('30');
    await page.keyboard.press('Enter');
    await expect(page.locator('#mme-result strong').innerText()).resolves.toMatch(/MME\/day$/);
  });

  it('follows the dark and high-contrast themes and fits a phone', async () => {
    for (const theme of ['dark', 'contrast'] as const) {
      await load(`?theme=${theme}`);
      await expect(browser.page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe(theme);
      const bg = await browser.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).toBe(theme === 'dark' ? 'rgb(31, 31, 31)' : 'rgb(0, 0, 0)');
      await browser.shot(`tab-3-${theme}`);
    }
    await load('', { width: 375, height: 740 });
    const overflow = await browser.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await browser.shot('tab-4-phone');
  }, 60_000); // four full-page screenshots of a long page

  it('had no errors in the page', () => {
    expect(browser.errors).toEqual([]);
  });
});
