import { parentPort } from 'node:worker_threads';
import { handleTurn } from '../../dialogs/turn-core.js';

/** The worker side of src/runtime/core-offload.ts: the pure core, one turn per message. */
parentPort?.on(
  'message',
  (m: {
    id: number;
    saved: unknown;
    input: Parameters<typeof handleTurn>[1];
    options: Parameters<typeof handleTurn>[2];
  }) => {
    try {
      parentPort!.postMessage({ id: m.id, result: handleTurn(m.saved, m.input, m.options) });
    } catch (err) {
      parentPort!.postMessage({ id: m.id, error: err instanceof Error ? err.message : String(err) });
    }
  },
);
// Loaded: long texts may come here now (until then the main thread reads them inline).
parentPort?.postMessage({ ready: true });
