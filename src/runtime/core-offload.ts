import { Worker } from 'node:worker_threads';
import { handleTurn, type CoreOptions, type TurnResult } from '../../dialogs/turn-core.js';
import { MAX_TEXT_CHARS, type TurnInput } from '../../dialogs/turn-types.js';

/**
 * Long pastes are read on a worker thread, so one clinician's 8,000-character EHR paste (about 10-20 ms of
 * reading on this hardware) never stalls the other conversations on the event loop. Shorter texts, which are
 * almost every turn, stay inline: handing a turn to the worker costs a structured clone each way.
 *
 * The worker runs the same pure handleTurn (src/runtime/core-worker.ts), one turn at a time in arrival order. It
 * starts on the first long text; until it has loaded, long texts are read inline as before, so nobody waits for
 * it. If it fails (it crashed, or could not start), the turns waiting on it fail like a storage error (the adapter
 * asks to repeat) and the next long text starts a fresh worker.
 */
export const OFFLOAD_MIN_CHARS = 2_000;

type Pending = { resolve: (r: TurnResult) => void; reject: (e: unknown) => void };

export interface OffloadingCore {
  (saved: unknown, input: TurnInput, options: CoreOptions): TurnResult | Promise<TurnResult>;
  /** Starts the worker if it is not running; resolves once it takes turns (tests; a server may warm it). */
  warm(): Promise<void>;
  /** Stops the worker (server shutdown, tests). */
  close(): Promise<void>;
}

/**
 * The worker's script beside this module: from source, core-worker-source.mjs (which registers tsx's loader in
 * the worker, then loads core-worker.ts); beside the bundle `npm run build` writes, core-worker.mjs.
 */
function workerUrl(): URL {
  const fromSource = import.meta.url.endsWith('.ts');
  return new URL(fromSource ? './core-worker-source.mjs' : './core-worker.mjs', import.meta.url);
}

export function offloadingCore(minChars: number = OFFLOAD_MIN_CHARS, url: URL = workerUrl()): OffloadingCore {
  let worker: Worker | undefined;
  let ready = false;
  let onReady: (() => void)[] = [];
  let nextId = 0;
  const pending = new Map<number, Pending>();

  const failAll = (err: unknown) => {
    for (const p of pending.values()) p.reject(err);
    pending.clear();
    worker = undefined;
    ready = false;
  };

  const start = (): Worker => {
    const w = new Worker(url);
    w.unref();
    w.on('message', (m: { ready?: true; id: number; result?: TurnResult; error?: string }) => {
      if (m.ready) {
        ready = worker === w;
        for (const f of onReady) f();
        onReady = [];
        return;
      }
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (!p) return;
      if (m.error !== undefined) p.reject(new Error(m.error));
      else p.resolve(m.result!);
      if (pending.size === 0) w.unref();
    });
    w.on('error', failAll);
    w.on('exit', (code) => {
      if (worker === w) failAll(new Error(`core worker exited (${code})`));
    });
    return w;
  };

  const core = ((saved: unknown, input: TurnInput, options: CoreOptions) => {
    // Over the message limit the core only says so: no reading to move off the event loop.
    if (input.text.length < minChars || input.text.length > MAX_TEXT_CHARS) return handleTurn(saved, input, options);
    worker ??= start();
    if (!ready) return handleTurn(saved, input, options);
    const w = worker;
    w.ref();
    const id = nextId++;
    return new Promise<TurnResult>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      w.postMessage({ id, saved, input, options });
    });
  }) as OffloadingCore;

  core.warm = () => {
    worker ??= start();
    return ready ? Promise.resolve() : new Promise<void>((resolve) => onReady.push(resolve));
  };
  core.close = async () => {
    const w = worker;
    worker = undefined;
    ready = false;
    if (w) await w.terminate();
  };
  return core;
}
