// The core worker when the server runs from source (`npm start`, tests): tsx's loader is registered in this
// thread first, since a worker does not inherit it. The bundle `npm run build` writes runs core-worker.mjs instead.
import { register } from 'tsx/esm/api';

register();
await import('./core-worker.ts');
