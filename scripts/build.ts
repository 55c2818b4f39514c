/**
 * `npm run build`: the production server. Builds the personal tab into build/tab/ (once, here, not on every start)
 * and bundles src/host/index.ts with esbuild into build/server/index.mjs: plain JavaScript that Node runs without
 * tsx compiling TypeScript at start-up. Dependencies stay in node_modules (`packages: 'external'`), so the
 * bundle is small and botbuilder resolves its own files as usual. build/server/ sits two levels below the
 * repository, like src/host/, so the paths the server computes from import.meta.url (package.json, build/tab/)
 * are the same. Start it with `npm run start:prod` (README, "Production") or the Dockerfile.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { ensureTabBuilt } from './build-tab.js';

export const SERVER_OUT = fileURLToPath(new URL('../build/server/index.mjs', import.meta.url));

export async function buildServer(outfile: string = SERVER_OUT): Promise<void> {
  await build({
    entryPoints: [fileURLToPath(new URL('../src/host/index.ts', import.meta.url))],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await ensureTabBuilt();
  await buildServer();
  process.stdout.write(`build: personal tab in build/tab/, server in ${SERVER_OUT}\n`);
}
