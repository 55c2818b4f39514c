import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { Writable } from 'node:stream';
import { loadConfig } from '../../src/runtime/config.js';
import { createLogger } from '../../src/runtime/logger.js';
import { createApp, type App } from '../../src/host/server.js';
import { MemoryStorage } from '../../src/storage/memory-storage.js';
import type { StoragePort } from '../../src/storage/storage-port.js';

export interface RunningBot {
  url: string;
  app: App;
  storage: StoragePort;
  close(): Promise<void>;
}

/**
 * The real server in this process on a free port; storage defaults to memory. Pass `logs` to capture the JSON
 * log lines (the level then defaults to info).
 */
export async function startBot(
  env: Record<string, string> = {},
  storage: StoragePort = new MemoryStorage(),
  logs?: NodeJS.WritableStream,
): Promise<RunningBot> {
  const config = loadConfig({ LOG_LEVEL: logs ? 'info' : 'silent', ...env });
  const app = createApp(config, storage, createLogger(config.LOG_LEVEL, logs));
  const { url } = await app.listen(0, '127.0.0.1');
  return { url, app, storage, close: () => app.close(2_000) };
}

/** A writable that keeps everything written to it, for asserting on logs. */
export function logSink(): NodeJS.WritableStream & { text(): string } {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return Object.assign(sink, { text: () => chunks.join('') });
}

export interface PostResult {
  status: number;
  body: unknown;
  activities: Record<string, unknown>[];
}

export async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<PostResult> {
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const raw = await res.text();
  let parsed: unknown = raw;
  try {
    parsed = raw ? JSON.parse(raw) : undefined;
  } catch {
    /* not JSON: keep the text */
  }
  const activities = ((parsed as { activities?: Record<string, unknown>[] } | undefined)?.activities ?? []).filter(
    (a) => a.type === 'message',
  );
  return { status: res.status, body: parsed, activities };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface BotProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** `npm start`'s entry (TypeScript through tsx); the production build passes its bundle instead. */
export const START_ARGS = ['--import', 'tsx', 'src/host/index.ts'];

/** `npm start`'s command as a child process we own (stopped by PID), for restart and shutdown tests. */
export async function spawnBot(
  env: Record<string, string>,
  entry: readonly string[] = START_ARGS,
): Promise<BotProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', ...entry], {
    cwd: new URL('../..', import.meta.url).pathname,
    env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`bot exited early:\n${out}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`bot did not start:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    child,
    output: () => out,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}
