import { generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/runtime/config.js';
import { createLogger } from '../../src/runtime/logger.js';
import { createApp, type App } from '../../src/host/server.js';
import { MemoryStorage } from '../../src/storage/memory-storage.js';
import { openIdMetadataFor } from '../../src/teams/openid-metadata.js';
import { freePort, logSink, post } from '../helpers/bot-server.js';
import { teamsActivity } from '../helpers/teams-activity.js';

/**
 * Finding 5: authentication fails closed and fast. A forged or unverifiable token gets 401 with a fixed body
 * in well under a second even when the OpenID metadata host never answers or refuses connections; the
 * metadata fetch is one shared, bounded request; each refusal is one JSON log line and nothing else.
 * Finding 7 (tenant probing): before authentication every tenant gets the same 401.
 */
const APP_ID = '00000000-0000-0000-0000-0000000a0711';
const ISSUER = 'https://api.botframework.com';
const report = (line: string) => process.env.SECURITY_REPORT && process.stderr.write(`[security] ${line}\n`);

const b64url = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');

/** A token that parses and names a key id, signed by `key` (or not signed at all). */
function token(kid: string, key?: KeyObject, claims: Record<string, unknown> = {}): string {
  const now = Math.floor(Date.now() / 1000);
  const head = `${b64url({ alg: 'RS256', typ: 'JWT', kid })}.${b64url({ iss: ISSUER, aud: APP_ID, nbf: now - 60, exp: now + 3600, serviceurl: 'https://smba.invalid/teams/', ...claims })}`;
  const signature = key ? sign('RSA-SHA256', Buffer.from(head), key) : randomBytes(256);
  return `${head}.${signature.toString('base64url')}`;
}

interface Running {
  app: App;
  url: string;
  logs: ReturnType<typeof logSink>;
  close(): Promise<void>;
}

async function startSecured(metadataUrl: string, env: Record<string, string> = {}): Promise<Running> {
  const logs = logSink();
  const config = loadConfig({
    LOG_LEVEL: 'info',
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'test-only',
    HOST: '127.0.0.1',
    ...env,
  });
  const app = createApp(config, new MemoryStorage(), createLogger('info', logs), {
    openIdMetadataUrls: { channel: metadataUrl, emulator: metadataUrl },
  });
  const { url } = await app.listen(0, '127.0.0.1');
  return { app, url, logs, close: () => app.close(1_000) };
}

/**
 * Everything printed outside the JSON log (botbuilder prints with console.*). Installed before any app is
 * created, as a process would have it: the app's guard then sits in front of it.
 */
const printed: string[] = [];
function captureConsole() {
  const from = printed.length;
  return {
    get printed() {
      return printed.slice(from);
    },
    restore: () => undefined,
  };
}
beforeAll(() => {
  for (const m of ['error', 'warn', 'log', 'info'] as const) {
    vi.spyOn(console, m).mockImplementation((...args: unknown[]) => void printed.push(args.map(String).join(' ')));
  }
});
afterAll(() => vi.restoreAllMocks());

async function timedPost(url: string, auth: string, activity = teamsActivity({ text: 'hi' })) {
  const started = performance.now();
  const res = await post(url, activity, { authorization: `Bearer ${auth}` });
  return { ...res, ms: performance.now() - started };
}

const authLines = (logs: ReturnType<typeof logSink>) =>
  logs
    .text()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((l) => l.outcome === 'auth-rejected');

describe('a metadata host that accepts connections and never answers', () => {
  let silent: Server;
  const sockets: Socket[] = [];
  let connections = 0;
  let bot: Running;

  beforeAll(async () => {
    silent = createServer((socket) => {
      connections++;
      sockets.push(socket);
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as { port: number }).port;
    bot = await startSecured(`http://127.0.0.1:${port}/v1/.well-known/openidconfiguration`);
  });
  afterAll(async () => {
    await bot.close();
    for (const s of sockets) s.destroy();
    await new Promise((r) => silent.close(r));
  });

  it('a forged token gets 401 in under a second, a fixed body, one JSON log line and nothing on the console', async () => {
    const consoleOut = captureConsole();
    const res = await timedPost(bot.url, token('forged-kid'));
    consoleOut.restore();
    report(`forged token, silent metadata host: 401 in ${res.ms.toFixed(0)} ms`);
    expect(res.status).toBe(401);
    expect(res.ms).toBeLessThan(1_000);
    expect(res.body).toEqual({ error: 'Unauthorized' });
    expect(consoleOut.printed).toEqual([]);
    const lines = authLines(bot.logs);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 40, reason: 'timeout' });
  });

  it('20 concurrent forged tokens: all 401 within a second, sharing at most one outbound connection', async () => {
    const before = connections;
    const started = performance.now();
    const all = await Promise.all(Array.from({ length: 20 }, (_, i) => timedPost(bot.url, token(`forged-${i}`))));
    const wall = performance.now() - started;
    report(
      `20 concurrent forged tokens: all ${[...new Set(all.map((r) => r.status))]} in ${wall.toFixed(0)} ms, ${connections - before} new metadata connections (total ${connections})`,
    );
    expect(all.map((r) => r.status)).toEqual(Array(20).fill(401));
    expect(Math.max(...all.map((r) => r.ms))).toBeLessThan(1_000);
    // The first test's fetch is still in flight (its deadline is METADATA_TIMEOUT_MS): it is shared, not repeated.
    expect(connections).toBe(1);
    for (const r of all) expect(JSON.stringify(r.body)).toBe('{"error":"Unauthorized"}');
  });
});

describe('a metadata host that refuses connections', () => {
  let bot: Running;
  beforeAll(async () => {
    bot = await startSecured(`http://127.0.0.1:${await freePort()}/metadata`);
  });
  afterAll(() => bot.close());

  it('a forged token gets 401 fast with no internal detail in the body; the failed fetch is one warn line', async () => {
    const consoleOut = captureConsole();
    const res = await timedPost(bot.url, token('forged-kid'));
    const again = await timedPost(bot.url, token('other-kid'));
    consoleOut.restore();
    report(`forged token, refusing metadata host: 401 in ${res.ms.toFixed(0)} ms, then ${again.ms.toFixed(0)} ms`);
    expect([res.status, again.status]).toEqual([401, 401]);
    expect(Math.max(res.ms, again.ms)).toBeLessThan(1_000);
    expect(JSON.stringify(res.body)).toBe('{"error":"Unauthorized"}');
    expect(consoleOut.printed).toEqual([]);
    const text = bot.logs.text();
    expect(text).not.toMatch(/ECONNREFUSED.*Unauthorized|fetch failed|127\.0\.0\.1:\d+\/metadata/);
    expect(authLines(bot.logs)).toHaveLength(2);
    expect(text.match(/"outcome":"auth-metadata-failed"/g)).toHaveLength(1);
  });

  it('the unparseable, missing and wrong-scheme tokens get the same 401 body', async () => {
    for (const header of ['not-a-jwt', '', 'Basic abc']) {
      const res = await post(
        bot.url,
        teamsActivity({ text: 'hi' }),
        header ? { authorization: header.startsWith('Basic') ? header : `Bearer ${header}` } : {},
      );
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ error: 'Unauthorized' });
    }
  });
});

describe('a real key, then the metadata host goes silent', () => {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'test-key-1', kty: 'RSA', use: 'sig' };
  let answering = true;
  let host: HttpServer;
  let bot: Running;

  beforeAll(async () => {
    host = createHttpServer((req, res) => {
      if (!answering) return; // accepts and never answers
      const base = `http://127.0.0.1:${(host.address() as { port: number }).port}`;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(req.url === '/keys' ? { keys: [jwk] } : { issuer: ISSUER, jwks_uri: `${base}/keys` }));
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    bot = await startSecured(`http://127.0.0.1:${(host.address() as { port: number }).port}/openid`);
  });
  afterAll(async () => {
    await bot.close();
    host.closeAllConnections();
    await new Promise((r) => host.close(r));
  });

  it('a correctly signed token is served; the keys stay cached when the host stops answering; forgeries still 401', async () => {
    await bot.app.warmUp();
    const good = await timedPost(bot.url, token('test-key-1', privateKey));
    expect(good.status).toBe(200);
    expect(good.activities).toHaveLength(1);
    answering = false;
    const stillGood = await timedPost(bot.url, token('test-key-1', privateKey));
    const consoleOut = captureConsole();
    const wrongSignature = await timedPost(bot.url, token('test-key-1'));
    const unknownKid = await timedPost(bot.url, token('unknown-kid', privateKey));
    const wrongAudience = await timedPost(bot.url, token('test-key-1', privateKey, { aud: 'someone-else' }));
    const hourAgo = Math.floor(Date.now() / 1000) - 3600;
    const expired = await timedPost(bot.url, token('test-key-1', privateKey, { nbf: hourAgo - 3600, exp: hourAgo }));
    expect(expired.status).toBe(401);
    consoleOut.restore();
    report(
      `cached keys with a silent host: valid ${stillGood.status} in ${stillGood.ms.toFixed(0)} ms; bad signature ${wrongSignature.status} in ${wrongSignature.ms.toFixed(0)} ms; unknown kid ${unknownKid.status} in ${unknownKid.ms.toFixed(0)} ms`,
    );
    expect(consoleOut.printed).toEqual([]);
    expect(stillGood.status).toBe(200);
    expect([wrongSignature.status, unknownKid.status, wrongAudience.status]).toEqual([401, 401, 401]);
    expect(Math.max(wrongSignature.ms, unknownKid.ms, wrongAudience.ms)).toBeLessThan(1_000);
    expect(
      openIdMetadataFor(`http://127.0.0.1:${(host.address() as { port: number }).port}/openid`).attempts,
    ).toBeLessThanOrEqual(2);
  });
});

describe('the tenant allow-list cannot be probed before authentication (finding 7)', () => {
  let bot: Running;
  beforeAll(async () => {
    bot = await startSecured(`http://127.0.0.1:${await freePort()}/metadata`, { ALLOWED_TENANTS: 'tenant-0001' });
  });
  afterAll(() => bot.close());

  it('an allowed and a foreign tenant get the same 401 and body, with or without a forged token', async () => {
    const allowed = teamsActivity({ text: 'hi' });
    const foreign = teamsActivity({ text: 'hi' });
    (foreign.conversation as Record<string, unknown>).tenantId = 'tenant-9999';
    foreign.channelData = { tenant: { id: 'tenant-9999' } };
    const results = [];
    for (const activity of [allowed, foreign]) {
      results.push(await post(bot.url, activity));
      results.push(await post(bot.url, activity, { authorization: `Bearer ${token('forged')}` }));
    }
    expect(results.map((r) => r.status)).toEqual([401, 401, 401, 401]);
    expect(new Set(results.map((r) => JSON.stringify(r.body)))).toEqual(new Set(['{"error":"Unauthorized"}']));
  });
});
