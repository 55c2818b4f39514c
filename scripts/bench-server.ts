import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/runtime/config.js';
import { createLogger } from '../src/runtime/logger.js';
import { createApp } from '../src/host/server.js';
import { SqliteStorage } from '../src/storage/sqlite-storage.js';
import type { TurnCore } from '../src/runtime/turn-runner.js';
import { replayCore } from './bench-replay.js';

/**
 * The server under benchmark, in its own process: `pathway` is the real app; `echo` is the same app (adapter,
 * server, runner, storage) with a trivial core that answers the text back and writes nothing; `replay` is the real app
 * whose core reads each text once and then replays its reply (scripts/bench-replay.ts): a turn without the reading.
 * Prints one JSON line {url, pid, db} when listening. Argument: pathway | echo | replay.
 */
const echoCore: TurnCore = (_saved, input) => ({
  state: null,
  changed: false,
  output: { messages: [{ text: input.text }] },
});

const variant = (['echo', 'replay'] as const).find((v) => v === process.argv[2]) ?? 'pathway';
const db = process.env.BENCH_DB ?? join(mkdtempSync(join(tmpdir(), 'bpp-bench-')), 'bot.sqlite');
const config = loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '100000', SQLITE_PATH: db });
const app = createApp(
  config,
  new SqliteStorage(db),
  createLogger('silent'),
  variant === 'echo' ? { core: echoCore } : variant === 'replay' ? { core: replayCore() } : {},
);
const { url } = await app.listen(0, '127.0.0.1');
process.stdout.write(`${JSON.stringify({ url, pid: process.pid, db, variant })}\n`);
process.on('SIGTERM', () => void app.close(1_000).then(() => process.exit(0)));
// SIGUSR2: collect garbage (the bench starts this with --expose-gc) and report memory as one JSON line.
process.on('SIGUSR2', () => {
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
  process.stdout.write(`${JSON.stringify({ rss, heapUsed, heapTotal, external })}\n`);
});
// SIGUSR1 is the inspector's; SIGWINCH asks for this process's CPU time so far (user + system, microseconds).
process.on('SIGWINCH', () => {
  const { user, system } = process.cpuUsage();
  process.stdout.write(`${JSON.stringify({ cpuMicros: user + system })}\n`);
});
