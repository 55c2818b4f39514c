import { readFileSync } from 'node:fs';
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

  it('the Dockerfile builds with npm run build and starts the bundle', () => {
    const dockerfile = readFileSync(new URL('../../Dockerfile', import.meta.url), 'utf8');
    expect(dockerfile).toMatch(/RUN npm run build/);
    expect(dockerfile).toContain('build/server/index.mjs');
    expect(SERVER_OUT.endsWith('build/server/index.mjs')).toBe(true);
  });
});
