/**
 * Builds the personal tab into build/tab/: the page, its stylesheet, one esbuild bundle of tab/main.ts (which
 * pulls in src/calculators and src/knowledge, the same code the bot runs), and pathway.json generated from the
 * statechart's pathwayDiagram(). Runs before every `npm start` (prestart) and from the browser tests.
 */
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseStateDiagram, type PathwayGraph } from '../tab/pathway-graph.js';

const root = new URL('../', import.meta.url);
export const TAB_OUT = fileURLToPath(new URL('build/tab/', root));

/** The map's data from the machine definition; an empty graph (the page says so) if the machine is missing. */
export async function pathwayGraph(): Promise<PathwayGraph> {
  const modulePath = '../machines/pathway.js';
  try {
    const machine = (await import(modulePath)) as { pathwayDiagram?: () => string };
    if (typeof machine.pathwayDiagram !== 'function') return { nodes: [], edges: [] };
    return parseStateDiagram(machine.pathwayDiagram());
  } catch (err) {
    process.stderr.write(`build-tab: no pathway map (${err instanceof Error ? err.message.split('\n')[0] : String(err)})\n`);
    return { nodes: [], edges: [] };
  }
}

export async function buildTab(outdir: string = TAB_OUT): Promise<void> {
  const esbuild = await import('esbuild');
  rmSync(`${outdir}/chunks`, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  await esbuild.build({
    entryPoints: [fileURLToPath(new URL('tab/main.ts', root))],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    outdir,
    // teams-js is imported dynamically (only inside Teams), so it gets its own chunk.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    minify: true,
    sourcemap: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  for (const file of ['index.html', 'styles.css']) copyFileSync(new URL(`tab/${file}`, root), `${outdir}/${file}`);
  writeFileSync(`${outdir}/pathway.json`, `${JSON.stringify(await pathwayGraph())}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    await buildTab();
    process.stdout.write('build/tab: personal tab built\n');
  } catch (err) {
    // A production install without dev dependencies (no esbuild) keeps serving an existing build.
    if (existsSync(`${TAB_OUT}/index.html`)) {
      process.stderr.write(`build-tab: rebuild failed, serving the existing build/tab (${err instanceof Error ? err.message : String(err)})\n`);
    } else {
      throw err;
    }
  }
}
