// A core worker that loads, then dies on its first turn (test/runtime/core-offload.test.ts).
import { parentPort } from 'node:worker_threads';

parentPort.on('message', () => process.exit(3));
parentPort.postMessage({ ready: true });
