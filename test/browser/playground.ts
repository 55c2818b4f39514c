import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from '../helpers/bot-server.js';

export interface Playground {
  url: string;
  child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

const CLI = fileURLToPath(new URL('../../node_modules/@microsoft/m365agentsplayground/cli.js', import.meta.url));

/**
 * The Microsoft 365 Agents Playground as a child process we own (started with node directly, so one PID stops
 * it), pointed at the bot's /api/messages; resolves once its config endpoint answers (which waits for the bot).
 */
export async function startPlayground(botMessagesUrl: string): Promise<Playground> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [CLI, '-e', botMessagesUrl, '-c', 'msteams', '-p', String(port), '--disable-telemetry'],
    {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, BROWSER: 'none' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`playground exited early:\n${out}`);
    try {
      const res = await fetch(`${url}/_internal/v1/config`);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`playground did not start:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    child,
    output: () => out,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
