import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStorage } from '../../src/storage/sqlite-storage.js';
import { post, spawnBot } from '../helpers/bot-server.js';
import { teamsActivity } from '../helpers/teams-activity.js';

const dir = mkdtempSync(join(tmpdir(), 'bpp-process-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the bot as a process (npm start)', () => {
  it('serves on SQLite, stops cleanly on SIGTERM, and keeps state across a restart', async () => {
    const env = { SQLITE_PATH: join(dir, 'bot.sqlite') };
    const conversationId = 'a:restart-conversation';
    const first = await spawnBot(env);
    const res = await post(first.url, teamsActivity({ text: 'help', conversationId, id: 'turn-1' }));
    expect(res.activities).toHaveLength(1);
    expect(await first.stop('SIGTERM')).toBe(0);
    expect(first.output()).toContain('shutting down');

    const second = await spawnBot(env);
    // The retried activity id is remembered across the restart: answered once.
    expect(
      (await post(second.url, teamsActivity({ text: 'help', conversationId, id: 'turn-1' }))).activities,
    ).toHaveLength(0);
    expect(
      (await post(second.url, teamsActivity({ text: 'help', conversationId, id: 'turn-2' }))).activities,
    ).toHaveLength(1);
    expect(await second.stop('SIGTERM')).toBe(0);

    const storage = new SqliteStorage(env.SQLITE_PATH);
    const stored = await storage.read(`msteams/tenant-0001/${conversationId}`);
    expect((stored!.value as { processed: string[] }).processed).toEqual(['turn-1', 'turn-2']);
    await storage.close();
  });

  it('refuses to start with a bad setting and names the key', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/host/index.ts'], {
      cwd: new URL('../..', import.meta.url).pathname,
      env: { PATH: process.env.PATH, PORT: 'not-a-port' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/PORT:/);
  });

  it('refuses anonymous mode in production', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/host/index.ts'], {
      cwd: new URL('../..', import.meta.url).pathname,
      env: { PATH: process.env.PATH, NODE_ENV: 'production', STORAGE: 'memory' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/MicrosoftAppId: is required when NODE_ENV=production/);
  });
});
