import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../helpers/bot-server.js';

/** Azurite's published development account (not a secret: the same in every Azurite). */
const ACCOUNT = 'devstoreaccount1';
const KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const MAIN = new URL('../../node_modules/azurite/dist/src/blob/main.js', import.meta.url).pathname;

export interface Azurite {
  connectionString: string;
  /** Stops the emulator (SIGTERM, so it saves its blob index: a kill -9 would lose recent blobs on restart). */
  stop(): Promise<void>;
  /** Starts it again on the same port and folder: the blobs written before are still there. */
  start(): Promise<void>;
  /** Freezes the process (SIGSTOP): requests hang, as with a store that has become very slow. */
  pause(): void;
  resume(): void;
  /** Stops it and deletes its folder. */
  dispose(): Promise<void>;
}

/** An Azurite blob service we own, on a free loopback port with a temporary folder. */
export async function startAzurite(): Promise<Azurite> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'bpp-azurite-'));
  let child: ChildProcess | undefined;

  const start = async () => {
    const proc = spawn(
      process.execPath,
      [
        MAIN,
        '--blobHost',
        '127.0.0.1',
        '--blobPort',
        String(port),
        '--location',
        dir,
        '--skipApiVersionCheck',
        '--silent',
        '--disableTelemetry',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child = proc;
    let out = '';
    proc.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    proc.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    const deadline = Date.now() + 30_000;
    while (!out.includes('successfully listens')) {
      if (proc.exitCode !== null) throw new Error(`azurite exited:\n${out}`);
      if (Date.now() > deadline) throw new Error(`azurite did not start:\n${out}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const stop = async () => {
    const proc = child;
    child = undefined;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGCONT');
    proc.kill('SIGTERM');
    const killer = setTimeout(() => proc.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(killer);
  };

  await start();
  return {
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${KEY};BlobEndpoint=http://127.0.0.1:${port}/${ACCOUNT};`,
    stop,
    start,
    pause: () => child?.kill('SIGSTOP'),
    resume: () => child?.kill('SIGCONT'),
    dispose: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
