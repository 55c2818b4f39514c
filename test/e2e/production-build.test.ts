import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { buildServer, SERVER_OUT } from '../../scripts/build.js';
import { post, spawnBot } from '../helpers/bot-server.js';
import { teamsActivity } from '../helpers/teams-activity.js';

/**
 * `npm run build` (issue 16): the bundled server runs without tsx, answers /health and a question, and the
 * Dockerfile starts the same file. Start-up time is measured by the benchmark (docs/benchmarks.md), not here.
 */
describe('the production build', () => {
  it('bundles the server into build/server/index.mjs, which serves without tsx', async () => {
    await buildServer();
    const bundle = readFileSync(SERVER_OUT, 'utf8');
    expect(bundle).not.toMatch(/from ["']tsx/);
    const bot = await spawnBot({ STORAGE: 'memory' }, [SERVER_OUT]);
    try {
      const health = (await (await fetch(`${bot.url}/health`)).json()) as { status: string };
      expect(health.status).toBe('ok');
      const res = await post(bot.url, teamsActivity({ text: 'duloxetine dose?', conversationId: 'a:prod', id: 'p-1' }));
      expect(JSON.stringify(res.activities)).toMatch(/60 mg/);
    } finally {
      expect(await bot.stop('SIGTERM')).toBe(0);
    }
  });

  it('runs from a folder with no node_modules (as in the Docker image), with SQLite and its core worker', async () => {
    await buildServer();
    const root = mkdtempSync(join(tmpdir(), 'bpp-prod-'));
    try {
      cpSync(dirname(SERVER_OUT), join(root, 'build/server'), { recursive: true });
      cpSync(new URL('../../package.json', import.meta.url), join(root, 'package.json'));
      const entry = join(root, 'build/server/index.mjs');
      const bot = await spawnBot({ STORAGE: 'sqlite', SQLITE_PATH: join(root, 'bot.sqlite') }, [entry]);
      try {
        const text = '58M, chronic LBP 9 months, naproxen 500 bid x 6 wks no relief, no red flags. What next?';
        const res = await post(bot.url, teamsActivity({ text, conversationId: 'a:prod-case', id: 'p-2' }));
        expect(JSON.stringify(res.activities)).toMatch(/naproxen/i);
      } finally {
        expect(await bot.stop('SIGTERM')).toBe(0);
      }
      // The long-paste worker is its own file in the bundle and loads with nothing but that folder.
      const worker = new Worker(join(root, 'build/server/core-worker.mjs'));
      try {
        const ready = await new Promise((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
        });
        expect(ready).toEqual({ ready: true });
        const input = {
          kind: 'message',
          conversationKey: 'prod',
          scope: 'personal',
          userId: 'u',
          text: 'duloxetine dose?',
          activityId: 'w-1',
          receivedAt: '2026-11-29T10:00:00.000Z',
        };
        worker.postMessage({ id: 1, saved: undefined, input, options: { retentionDays: 30 } });
        const reply = await new Promise<{ id: number; result: unknown }>((resolve) => worker.once('message', resolve));
        expect(reply.id).toBe(1);
        expect(JSON.stringify(reply.result)).toMatch(/60 mg/);
      } finally {
        await worker.terminate();
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('the Dockerfile builds with npm run build and starts the bundle', () => {
    const dockerfile = readFileSync(new URL('../../Dockerfile', import.meta.url), 'utf8');
    expect(dockerfile).toMatch(/RUN npm run build/);
    expect(dockerfile).toContain('build/server/index.mjs');
    expect(SERVER_OUT.endsWith('build/server/index.mjs')).toBe(true);
  });
});
