import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTabBuilt } from '../../scripts/build-tab.js';
import { startBot, type RunningBot } from '../helpers/bot-server.js';
import { hasChromium, openBrowser, type Browser } from './browser.js';

/**
 * The tab framed by a stand-in Teams host: the browser serves a page at https://teams.microsoft.com (an origin
 * teams-js trusts) that answers teams-js's initialize and getContext messages and later sends a theme change;
 * the tab itself is served at https://bpp.example.org/tab/ from the real server. Nothing leaves the machine.
 */
const TAB_ORIGIN = 'https://bpp.example.org';
const HOST_URL = 'https://teams.microsoft.com/_test/host';

const HOST_PAGE = `<!doctype html><html><body style="margin:0">
<iframe id="tab" src="${TAB_ORIGIN}/tab/" style="width:1000px;height:860px;border:0"></iframe>
<script>
  const legacyContext = { locale: 'en-us', theme: 'dark', hostClientType: 'web', frameContext: 'content', entityId: 'pathway', appSessionId: 'session-1', userObjectId: 'user-1', tid: 'tenant-1', sessionId: 'session-1' };
  window.received = [];
  window.addEventListener('message', (e) => {
    const m = e.data;
    if (!m || typeof m.func !== 'string') return;
    window.received.push(m.func);
    const reply = (args) => e.source.postMessage({ id: m.id, uuid: m.uuid, args }, e.origin);
    // initialize -> [frame context, client type, runtime config (not JSON: teams-js derives it from the version), SDK version]
    if (m.func === 'initialize') reply(['content', 'web', '', '2.0.0']);
    else if (m.func === 'getContext') reply([legacyContext]);
  });
  window.sendTheme = (theme) => document.getElementById('tab').contentWindow.postMessage({ func: 'themeChange', args: [theme] }, '${TAB_ORIGIN}');
</script></body></html>`;

describe.skipIf(!hasChromium)('personal tab inside a Teams-like host frame (headless Chromium)', () => {
  let bot: RunningBot;
  let browser: Browser;

  beforeAll(async () => {
    await ensureTabBuilt();
    bot = await startBot();
    browser = await openBrowser({ width: 1000, height: 860 });
    await browser.context.route(HOST_URL, (route) => route.fulfill({ contentType: 'text/html', body: HOST_PAGE }));
    await browser.context.route(`${TAB_ORIGIN}/**`, async (route) => {
      const url = new URL(route.request().url());
      const res = await fetch(`${bot.url}${url.pathname}${url.search}`);
      await route.fulfill({
        status: res.status,
        headers: Object.fromEntries(res.headers),
        body: Buffer.from(await res.arrayBuffer()),
      });
    });
    // teams-js asks Microsoft's CDN for its list of valid origins; offline, it falls back to its built-in list.
    await browser.context.route('https://res.cdn.office.net/**', (route) => route.abort());
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  it('initializes teams-js, takes the theme from the context and follows a theme change', async () => {
    const page = browser.page;
    await page.goto(HOST_URL);
    const tab = page.frameLocator('#tab');
    await tab.locator('body[data-ready="true"]').waitFor({ timeout: 20_000 });
    await expect(tab.locator('#host-status').innerText()).resolves.toMatch(/inside Microsoft Teams/);
    const theme = () => tab.locator('html').getAttribute('data-theme');
    await expect(theme()).resolves.toBe('dark');
    await browser.shot('tab-5-in-teams-dark');
    await page.evaluate(() => (window as unknown as { sendTheme(t: string): void }).sendTheme('contrast'));
    await expect.poll(theme, { timeout: 5_000 }).toBe('contrast');
    await page.evaluate(() => (window as unknown as { sendTheme(t: string): void }).sendTheme('default'));
    await expect.poll(theme, { timeout: 5_000 }).toBe('default');
    const received = await page.evaluate(() => (window as unknown as { received: string[] }).received);
    expect(received).toEqual(expect.arrayContaining(['initialize', 'getContext']));
  }, 60_000);
});
