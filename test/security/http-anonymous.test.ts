import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { networkInterfaces } from 'node:os';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/runtime/config.js';
import { isLoopbackHost, isLoopbackUrl } from '../../src/runtime/loopback.js';
import { freePort, logSink, post, startBot, type RunningBot } from '../helpers/bot-server.js';
import { replyText, teamsActivity } from '../helpers/teams-activity.js';

/**
 * Finding 7: anonymous mode (no MicrosoftAppId) is for this machine. It listens on loopback unless
 * ALLOW_ANONYMOUS=true (in any NODE_ENV), says so with a warn line, and posts replies only to loopback
 * serviceUrls; an activity asking for replies elsewhere gets the same 401 as any unauthenticated request.
 */
describe('configuration defaults', () => {
  it('without an app id HOST defaults to 127.0.0.1; with one, to 0.0.0.0', () => {
    expect(loadConfig({}).HOST).toBe('127.0.0.1');
    expect(loadConfig({ NODE_ENV: 'test' }).HOST).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '' }).HOST).toBe('127.0.0.1');
    expect(loadConfig({ MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw' }).HOST).toBe('0.0.0.0');
    expect(loadConfig({ HOST: 'localhost' }).HOST).toBe('localhost');
    expect(loadConfig({ HOST: '::1' }).HOST).toBe('::1');
  });

  it.each(['development', 'test', 'production'])(
    'NODE_ENV=%s: another interface without an app id needs ALLOW_ANONYMOUS=true',
    (NODE_ENV) => {
      for (const HOST of ['0.0.0.0', '::', '10.1.2.3', 'bot.example.org']) {
        expect(() => loadConfig({ NODE_ENV, HOST })).toThrowError(ConfigError);
        expect(() => loadConfig({ NODE_ENV, HOST })).toThrowError(
          /HOST: must be a loopback address[\s\S]*ALLOW_ANONYMOUS=true/,
        );
        expect(loadConfig({ NODE_ENV, HOST, ALLOW_ANONYMOUS: 'true' }).HOST).toBe(HOST);
      }
    },
  );

  it('recognises loopback hosts and serviceUrls', () => {
    for (const h of ['127.0.0.1', '127.9.8.7', 'localhost', 'LOCALHOST', '::1', '[::1]', '::ffff:127.0.0.1'])
      expect(isLoopbackHost(h), h).toBe(true);
    for (const h of ['0.0.0.0', '::', '10.0.0.1', '128.0.0.1', 'localhost.example.org', 'smba.trafficmanager.net'])
      expect(isLoopbackHost(h), h).toBe(false);
    expect(isLoopbackUrl('http://localhost:56150/_connector')).toBe(true);
    expect(isLoopbackUrl('http://[::1]:3978/')).toBe(true);
    expect(isLoopbackUrl('https://smba.trafficmanager.net/amer/')).toBe(false);
    expect(isLoopbackUrl('http://127.0.0.1.nip.io/')).toBe(false);
    expect(isLoopbackUrl('file:///etc/passwd')).toBe(false);
    expect(isLoopbackUrl({})).toBe(false);
  });
});

describe('npm start on a fresh clone (no settings)', () => {
  it('listens on 127.0.0.1 only, with a warn line saying so', async () => {
    const port = await freePort();
    const child = spawn(
      process.execPath,
      ['--disable-warning=ExperimentalWarning', '--import', 'tsx', 'src/host/index.ts'],
      {
        cwd: new URL('../..', import.meta.url).pathname,
        env: { PATH: process.env.PATH, PORT: String(port), STORAGE: 'memory' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    try {
      const deadline = Date.now() + 30_000;
      while (!out.includes('ANONYMOUS MODE') && Date.now() < deadline && child.exitCode === null)
        await new Promise((r) => setTimeout(r, 100));
      const lines = out
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      const warn = lines.find((l) => String(l.msg).includes('ANONYMOUS MODE'));
      expect(warn).toMatchObject({ level: 40, host: '127.0.0.1' });
      expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
      // Not reachable on any other interface of this machine.
      const external = Object.values(networkInterfaces())
        .flat()
        .find((i) => i && i.family === 'IPv4' && !i.internal);
      if (external) {
        const reached = await new Promise<boolean>((resolve) => {
          const socket = connect(port, external.address);
          socket.once('connect', () => {
            socket.destroy();
            resolve(true);
          });
          socket.once('error', () => resolve(false));
        });
        expect(reached, `reachable on ${external.address}`).toBe(false);
      }
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  }, 40_000);
});

describe('anonymous replies stay on this machine', () => {
  let bot: RunningBot;
  let connector: Server;
  let connectorUrl: string;
  const logs = logSink();
  const received: string[] = [];

  beforeAll(async () => {
    bot = await startBot({}, undefined, logs);
    connector = createServer((req: IncomingMessage, res) => {
      received.push(req.url ?? '');
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"id":"r"}');
      });
    });
    await new Promise<void>((resolve) => connector.listen(0, '127.0.0.1', resolve));
    connectorUrl = `http://127.0.0.1:${(connector.address() as { port: number }).port}/`;
  });
  afterAll(async () => {
    await bot.close();
    connector.closeAllConnections();
    await new Promise((r) => connector.close(r));
  });

  it('a normally delivered activity naming a remote serviceUrl gets 401 and nothing is sent', async () => {
    for (const serviceUrl of ['https://attacker.example/', 'http://10.0.0.7:8080/', 'http://169.254.169.254/latest/']) {
      const res = await post(bot.url, teamsActivity({ text: 'help', deliveryMode: 'normal', serviceUrl }));
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ error: 'Unauthorized' });
    }
    expect(logs.text()).toContain('"reason":"anonymous-remote-serviceUrl"');
  });

  it('a loopback serviceUrl (the Agents Playground, tests) is answered there', async () => {
    const res = await post(bot.url, teamsActivity({ text: 'help', deliveryMode: 'normal', serviceUrl: connectorUrl }));
    expect(res.status).toBe(200);
    expect(received).toHaveLength(1);
  });

  it('replies carried in the response (expectReplies, invoke) are unaffected by the serviceUrl', async () => {
    const res = await post(bot.url, teamsActivity({ text: 'help', serviceUrl: 'https://smba.invalid/teams/' }));
    expect(res.status).toBe(200);
    expect(replyText(res.activities[0]!)).toMatch(/Case walk-through|Decision support/);
    const invoke = {
      ...teamsActivity({ type: 'invoke', deliveryMode: 'normal', serviceUrl: 'https://smba.invalid/teams/' }),
      name: 'composeExtension/query',
      value: { commandId: 'drug', parameters: [{ name: 'drug', value: 'gabapen' }] },
    };
    expect((await post(bot.url, invoke)).status).toBe(200);
    expect(received).toHaveLength(1);
  });
});
