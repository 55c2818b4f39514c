import { createServer, type Server } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type RunningBot } from '../helpers/bot-server.js';
import { teamsActivity } from '../helpers/teams-activity.js';

/**
 * Random and hostile activities on POST /api/messages: every answer is a clean status, never a 500 or a hang,
 * and nothing escapes as an unhandled rejection. Run counts are bounded so the file stays well under a minute.
 */
const CLEAN = new Set([200, 400, 401, 403, 413, 501]);
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
let bot: RunningBot;
let connector: Server;
let serviceUrl: string;

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  bot = await startBot({ MAX_BODY_KB: '64', RATE_LIMIT_PER_MINUTE: '100000' });
  // A fake Bot Connector for normally delivered activities: accepts every reply.
  connector = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id":"reply-1"}');
    });
  });
  await new Promise<void>((resolve) => connector.listen(0, '127.0.0.1', resolve));
  const address = connector.address();
  serviceUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
});
afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await bot?.close();
  connector?.closeAllConnections();
  await new Promise((resolve) => connector?.close(resolve));
});

const deep = (depth: number, leaf: unknown): unknown => {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
};

const oddText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.constantFrom(
    '\u0000',
    '\uD800',
    '\uFEFF',
    '\u202E\u2066',
    'e\u0301'.repeat(500),
    '<at>x</at>',
    '{{x}}',
    '%00',
    '../../etc',
  ),
  fc.integer({ min: 1_000, max: 120_000 }).map((n) => 'é'.repeat(n)),
);

const hostile: fc.Arbitrary<unknown> = fc.oneof(
  oddText,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.dictionary(oddText, fc.jsonValue(), { maxKeys: 5 }),
  fc.integer({ min: 10, max: 3_000 }).map((d) => deep(d, 'x')),
  fc.constant(JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}') as unknown),
);

const FIELDS = [
  'type',
  'id',
  'text',
  'value',
  'conversation',
  'from',
  'recipient',
  'channelData',
  'entities',
  'attachments',
  'serviceUrl',
  'deliveryMode',
  'locale',
  'timestamp',
  'channelId',
  'membersAdded',
  'name',
  'replyToId',
] as const;

const activity = fc
  .record({
    base: fc.record({
      text: fc.option(oddText, { nil: undefined }),
      value: fc.option(hostile, { nil: undefined }),
      type: fc.constantFrom('message', 'invoke', 'conversationUpdate', 'event', 'typing', 'messageReaction'),
      normal: fc.boolean(),
    }),
    overrides: fc.dictionary(fc.constantFrom(...FIELDS), hostile, { maxKeys: 4 }),
    removed: fc.subarray([...FIELDS], { maxLength: 4 }),
  })
  .map(({ base, overrides, removed }) => {
    const a = teamsActivity({
      text: base.text,
      value: base.value,
      type: base.type,
      deliveryMode: base.normal ? 'normal' : 'expectReplies',
      serviceUrl,
    });
    for (const key of removed) delete a[key];
    return { ...a, ...overrides };
  });

async function send(body: string, contentType = 'application/json'): Promise<number> {
  const res = await fetch(`${bot.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
    signal: AbortSignal.timeout(10_000),
  });
  await res.arrayBuffer();
  return res.status;
}

describe('hostile input on POST /api/messages', () => {
  it('random and hostile activities always get a clean status', async () => {
    await fc.assert(
      fc.asyncProperty(activity, async (a) => {
        const status = await send(JSON.stringify(a));
        expect(CLEAN, `status ${status}`).toContain(status);
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('bodies that are not activities (garbage, arrays, scalars, oversize, wrong content type)', async () => {
    const body = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? 'null'),
      fc.constantFrom('{', '{"type":', '[]', 'null', '1e309', '"message"', '{"type":"message"}'.repeat(2)),
      fc.integer({ min: 70_000, max: 400_000 }).map((n) => JSON.stringify({ type: 'message', text: 'x'.repeat(n) })),
      fc.integer({ min: 5_000, max: 20_000 }).map((d) => '['.repeat(d) + ']'.repeat(d)),
    );
    const contentType = fc.constantFrom(
      'application/json',
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/octet-stream',
    );
    await fc.assert(
      fc.asyncProperty(body, contentType, async (b, ct) => {
        const status = await send(b, ct);
        expect(CLEAN.has(status) || status === 415, `status ${status}`).toBe(true);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('still answers /health and a normal turn afterwards, with no unhandled rejection', async () => {
    expect((await fetch(`${bot.url}/health`)).status).toBe(200);
    expect(await send(JSON.stringify(teamsActivity({ text: 'help' })))).toBe(200);
    await new Promise((r) => setTimeout(r, 50));
    expect(unhandled).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
