/**
 * `npm run playground`: the bot and the Microsoft 365 Agents Playground (a local Teams-like client) together.
 * Ctrl-C stops both; if either exits, the other is stopped too. No Azure registration or tunnel needed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureTabBuilt } from './build-tab.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const botPort = process.env.PORT ?? '3978';
const playgroundPort = process.env.PLAYGROUND_PORT ?? '56150';

await ensureTabBuilt().catch((err: unknown) => process.stderr.write(`tab not rebuilt: ${String(err)}\n`));

const children: ChildProcess[] = [];
let stopping = false;

function start(name: string, args: string[], env: Record<string, string | undefined> = {}): ChildProcess {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: 'inherit' });
  child.once('exit', (code, signal) => {
    if (!stopping) {
      process.stderr.write(`${name} stopped (${signal ?? code}); stopping the rest\n`);
      stop(code ?? 1);
    }
  });
  children.push(child);
  return child;
}

function stop(code = 0): void {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  const timer = setTimeout(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    process.exit(code);
  }, 5_000);
  timer.unref();
  Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : undefined))).then(() =>
    process.exit(code),
  );
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

start('bot', ['--disable-warning=ExperimentalWarning', '--import', 'tsx', 'src/host/index.ts'], {
  PORT: botPort,
  MicrosoftAppId: '',
});
start('playground', [
  'node_modules/@microsoft/m365agentsplayground/cli.js',
  '-e',
  `http://127.0.0.1:${botPort}/api/messages`,
  '-c',
  'msteams',
  '-p',
  playgroundPort,
  '--disable-telemetry',
]);
process.stdout.write(
  `\nAgents Playground: http://localhost:${playgroundPort}  (bot on :${botPort}, tab on http://localhost:${botPort}/tab/). Ctrl-C stops both.\n\n`,
);
