import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import restify from 'restify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTabBuilt } from '../../scripts/build-tab.js';
import { registerTabRoutes } from '../../src/host/tab-route.js';
import type { PathwayGraph } from '../../tab/pathway-graph.js';
import { startBot, type RunningBot } from '../helpers/bot-server.js';

describe('the personal tab over HTTP (real server)', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    await ensureTabBuilt();
    bot = await startBot();
  }, 60_000);
  afterAll(() => bot.close());

  it('redirects /tab to /tab/ and serves the page, its bundle and the pathway graph', async () => {
    const redirect = await fetch(`${bot.url}/tab`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/tab/');
    const page = await fetch(`${bot.url}/tab/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('<script type="module" src="main.js">');
    const js = await fetch(`${bot.url}/tab/main.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
    const graph = (await (await fetch(`${bot.url}/tab/pathway.json`)).json()) as PathwayGraph;
    expect(graph.nodes.some((n) => !n.parent && n.initial)).toBe(true);
  });

  it('does not serve files outside the tab folder', async () => {
    const res = await fetch(`${bot.url}/tab/..%2f..%2fpackage.json`);
    expect(res.status).not.toBe(200);
  });
});

describe('tab not built', () => {
  it('answers 503 with a hint instead of a bare 404', async () => {
    const server = restify.createServer();
    registerTabRoutes(server, mkdtempSync(join(tmpdir(), 'no-tab-')));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    try {
      const res = await fetch(`http://127.0.0.1:${server.address().port}/tab/`);
      expect(res.status).toBe(503);
      expect(await res.text()).toMatch(/npm run build:tab/);
    } finally {
      server.close();
    }
  });
});
