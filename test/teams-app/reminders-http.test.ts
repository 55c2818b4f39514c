import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp, type App } from '../../src/host/server.js';
import { scheduleRetention } from '../../src/host/retention.js';
import { loadConfig } from '../../src/runtime/config.js';
import { createLogger } from '../../src/runtime/logger.js';
import { REMINDER_INDEX_KEY } from '../../src/runtime/reminders.js';
import { SqliteStorage } from '../../src/storage/sqlite-storage.js';
import type { StoragePort } from '../../src/storage/storage-port.js';
import { post } from '../helpers/bot-server.js';
import { replyText, teamsActivity, TENANT } from '../helpers/teams-activity.js';

/**
 * Follow-up reminders over HTTP (issue 15), with a fake clock (only Date is faked: sockets and timers are real) and
 * a local HTTP server standing in for the Bot Framework connector (the serviceUrl of the activities). The bot runs
 * anonymously, so it posts only to loopback serviceUrls: this one.
 */
type Json = Record<string, unknown>;
const DAY = 86_400_000;
const T0 = Date.parse('2026-11-29T10:00:00.000Z');
const NARRATIVE =
  '58F chronic LBP 2 yrs, naproxen 500 bid 8 weeks no relief, duloxetine 30 mg daily x 3 wks, no red flags, no leg symptoms';

let connector: Server;
let connectorUrl: string;
const received: { path: string; body: Json }[] = [];
const dir = mkdtempSync(join(tmpdir(), 'bpp-reminders-'));
const apps: App[] = [];

beforeAll(async () => {
  connector = createServer((req: IncomingMessage, res) => {
    let data = '';
    req.on('data', (d: Buffer) => (data += d.toString()));
    req.on('end', () => {
      received.push({ path: req.url ?? '', body: data ? (JSON.parse(data) as Json) : {} });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `sent-${received.length}` }));
    });
  });
  await new Promise<void>((resolve) => connector.listen(0, '127.0.0.1', resolve));
  const address = connector.address();
  connectorUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => connector.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: T0 });
  received.length = 0;
});
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close(1_000).catch(() => undefined);
  vi.useRealTimers();
});

const dbPath = () => join(dir, `${randomUUID()}.sqlite`);

async function start(storage: StoragePort, env: Record<string, string> = {}): Promise<{ app: App; url: string }> {
  const config = loadConfig({ LOG_LEVEL: 'silent', ...env });
  const app = createApp(config, storage, createLogger('silent'), { now: () => Date.now() });
  apps.push(app);
  const { url } = await app.listen(0, '127.0.0.1');
  return { app, url };
}

/** One clinician turn in a conversation (replies come back in the HTTP body); returns the reply text. */
async function say(url: string, conversationId: string, text: string, serviceUrl = connectorUrl): Promise<string> {
  const res = await post(url, teamsActivity({ text, conversationId, serviceUrl }));
  expect(res.status).toBe(200);
  return res.activities.map(replyText).join('\n');
}

const postsTo = (conversationId: string) =>
  received.filter((r) => decodeURIComponent(r.path).includes(`/v3/conversations/${conversationId}/activities`));

const at = (ms: number) => vi.setSystemTime(ms);

describe('follow-up reminders through HTTP', () => {
  it('is set from a typed request, says the review, and is posted once, on its day, into the conversation', async () => {
    const { app, url } = await start(new SqliteStorage(dbPath()));
    const conv = `a:conv-${randomUUID()}`;
    expect(await say(url, conv, NARRATIVE)).toMatch(/case A/);
    const set = await say(url, conv, 'remind me in 2 weeks');
    expect(set).toMatch(/Reminder 1 set: Sun 13 Dec 2026 \(in 14 days\)/);
    expect(set).toMatch(/Case A: reassess duloxetine at 60 mg\/day/);

    at(T0 + 13 * DAY);
    expect(await app.reminders.tick()).toBe(0);
    expect(received).toHaveLength(0);

    at(T0 + 14 * DAY + 2 * 60_000);
    expect(await app.reminders.tick()).toBe(1);
    const posts = postsTo(conv);
    expect(posts).toHaveLength(1);
    const text = replyText(posts[0]!.body);
    expect(text).toMatch(/Reminder 1/);
    expect(text).toMatch(/Case A: reassess duloxetine at 60 mg\/day: pain and function/);
    expect(posts[0]!.body).toMatchObject({ type: 'message', conversation: { id: conv } });
    // no user's name or id travels with it
    expect(JSON.stringify(posts[0]!.body)).not.toMatch(/Clinician|29:user-1/);

    // sent once: later checks find nothing, and the conversation holds no reminder
    expect(await app.reminders.tick()).toBe(0);
    at(T0 + 15 * DAY);
    expect(await app.reminders.tick()).toBe(0);
    expect(received).toHaveLength(1);
    expect(await say(url, conv, 'reminders')).toMatch(/No reminders are set/);
  });

  it('two instances sharing one SQLite file post each reminder once', async () => {
    const path = dbPath();
    const one = await start(new SqliteStorage(path));
    const two = await start(new SqliteStorage(path));
    const convs = Array.from({ length: 4 }, () => `a:conv-${randomUUID()}`);
    for (const [i, conv] of convs.entries()) {
      const { url } = i % 2 ? two : one; // set on either instance
      await say(url, conv, NARRATIVE);
      expect(await say(url, conv, 'remind me in 10 days')).toMatch(/Reminder 1 set/);
    }
    at(T0 + 10 * DAY + 60_000);
    const sent = await Promise.all([one.app.reminders.tick(), two.app.reminders.tick()]);
    const again = await Promise.all([one.app.reminders.tick(), two.app.reminders.tick()]);
    expect(sent[0]! + sent[1]! + again[0]! + again[1]!).toBe(convs.length);
    for (const conv of convs) expect(postsTo(conv), conv).toHaveLength(1);
    expect(received).toHaveLength(convs.length);
  });

  it('a restart between setting and the due time still posts it', async () => {
    const path = dbPath();
    const first = await start(new SqliteStorage(path));
    const conv = `a:conv-${randomUUID()}`;
    await say(first.url, conv, NARRATIVE);
    await say(first.url, conv, 'remind me on 15 Jan 2027 about case A');
    await first.app.close(1_000);

    at(Date.parse('2027-01-15T12:01:00.000Z'));
    const second = await start(new SqliteStorage(path));
    expect(await second.app.reminders.tick()).toBe(1);
    expect(postsTo(conv)).toHaveLength(1);
    expect(replyText(postsTo(conv)[0]!.body)).toMatch(/Case A: reassess/);
  });

  it("lists reminders and cancels one by number or a case's all; cancelled ones are never posted", async () => {
    const { app, url } = await start(new SqliteStorage(dbPath()));
    const conv = `a:conv-${randomUUID()}`;
    await say(url, conv, NARRATIVE);
    expect(await say(url, conv, 'remind me in 2 weeks')).toMatch(/Reminder 1 set/);
    expect(await say(url, conv, 'set a reminder for 3 weeks for case A')).toMatch(/Reminder 2 set/);
    expect(await say(url, conv, 'remind me in 6/52')).toMatch(/Reminder 3 set/);
    const list = await say(url, conv, 'reminders');
    expect(list).toMatch(/1\. Sun 13 Dec 2026 \(in 14 days\): Case A/);
    expect(list).toMatch(/2\. Sun 20 Dec 2026 \(in 21 days\): Case A/);
    expect(list).toMatch(/3\. Sun 10 Jan 2027 \(in 42 days\): Case A/);

    expect(await say(url, conv, 'cancel reminder 1')).toMatch(/Cancelled reminder 1 \(case A, Sun 13 Dec 2026\)/);
    expect(await say(url, conv, 'list reminders')).not.toMatch(/^1\./m);
    at(T0 + 14 * DAY + 60_000);
    expect(await app.reminders.tick()).toBe(0); // reminder 1 was cancelled

    at(T0 + 21 * DAY + 60_000);
    expect(await app.reminders.tick()).toBe(1); // reminder 2
    expect(replyText(postsTo(conv)[0]!.body)).toMatch(/Reminder 2/);

    expect(await say(url, conv, 'cancel reminders for case A')).toMatch(/Cancelled reminder 3/);
    at(T0 + 43 * DAY);
    expect(await app.reminders.tick()).toBe(0);
    expect(received).toHaveLength(1);
    expect(await say(url, conv, 'reminders')).toMatch(/No reminders are set/);
  });

  it('a forgotten case takes its reminders with it', async () => {
    const { app, url } = await start(new SqliteStorage(dbPath()));
    const conv = `a:conv-${randomUUID()}`;
    await say(url, conv, NARRATIVE);
    await say(url, conv, 'remind me in 2 weeks');
    await say(url, conv, 'forget all');
    await say(url, conv, 'yes');
    at(T0 + 15 * DAY);
    expect(await app.reminders.tick()).toBe(0);
    expect(received).toHaveLength(0);
  });

  it('in anonymous mode a reminder set from a remote serviceUrl is never posted there', async () => {
    const storage = new SqliteStorage(dbPath());
    const { app, url } = await start(storage);
    const conv = `a:conv-${randomUUID()}`;
    const remote = 'https://smba.invalid/teams/';
    await say(url, conv, NARRATIVE, remote);
    expect(await say(url, conv, 'remind me in 2 weeks', remote)).toMatch(/Reminder 1 set/);
    at(T0 + 15 * DAY);
    expect(await app.reminders.tick()).toBe(0);
    expect(received).toHaveLength(0);
    // dropped, not retried every minute
    const record = (await storage.read(`msteams/${TENANT}/${conv}`))?.value as { reminders: unknown[] };
    expect(record.reminders).toEqual([]);
  });

  it('retention keeps a case with a pending reminder past RETENTION_DAYS, and purges one without', async () => {
    const storage = new SqliteStorage(dbPath());
    const { app, url } = await start(storage);
    const kept = `a:conv-${randomUUID()}`;
    const purged = `a:conv-${randomUUID()}`;
    await say(url, kept, NARRATIVE);
    expect(await say(url, kept, 'remind me in 5 months')).toMatch(/Reminder 1 set: Thu 29 Apr 2027/);
    await say(url, purged, NARRATIVE);
    const key = (conv: string) => `msteams/${TENANT}/${conv}`;
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    expect(config.RETENTION_DAYS).toBeGreaterThanOrEqual(120);

    const sweep = async () => {
      const log = { info: vi.fn(), warn: vi.fn() };
      const done = new Promise<void>((resolve) => {
        const keep = () => app.reminders.keepAlive(config.RETENTION_DAYS);
        const timer = scheduleRetention(storage, config.RETENTION_DAYS, log, 3_600_000, {
          keep: () => keep().finally(() => setTimeout(resolve, 50)),
        });
        clearInterval(timer);
      });
      await done;
      expect(log.warn).not.toHaveBeenCalled();
    };
    at(T0 + (config.RETENTION_DAYS - 1) * DAY); // the hourly sweep the day before the case would expire
    await sweep();
    at(T0 + (config.RETENTION_DAYS + 5) * DAY);
    await sweep();
    expect(await storage.read(key(purged))).toBeUndefined();
    expect(await storage.read(key(kept))).toBeDefined();
    expect(await storage.read(REMINDER_INDEX_KEY)).toBeDefined();

    // the kept case is still the clinician's case (not "deleted after N days"), and its reminder is posted
    expect(await say(url, kept, 'reminders')).toMatch(/1\. Thu 29 Apr 2027/);
    at(Date.parse('2027-04-29T10:01:00.000Z'));
    await sweep();
    expect(await app.reminders.tick()).toBe(1);
    expect(replyText(postsTo(kept)[0]!.body)).toMatch(/Case A: reassess/);
  });
});
