/**
 * Builds the personal tab into build/tab/: the page, its stylesheet, one esbuild bundle of tab/main.ts (which
 * pulls in src/calculators and src/knowledge, the same code the bot runs), and pathway.json generated from the
 * statechart's pathwayDiagram(). Runs before every `npm start` (prestart) and from the browser tests.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseStateDiagram, type PathwayGraph } from '../tab/pathway-graph.js';

const root = new URL('../', import.meta.url);
export const TAB_OUT = fileURLToPath(new URL('build/tab/', root));

/**
 * The map's data from the machine definition, in clinical words: the states and transitions come from
 * pathwayDiagram() (the machine), their names and conditions from machines/clinical-labels.ts, and each state
 * carries its `when` and its citation. An empty graph (the page says so) if the machine is missing.
 */
export async function pathwayGraph(): Promise<PathwayGraph> {
  const diagramPath = '../machines/pathway-diagram.js';
  const labelsPath = '../machines/clinical-labels.js';
  try {
    const machine = (await import(diagramPath)) as Partial<typeof import('../machines/pathway-diagram.js')>;
    const labels = (await import(labelsPath)) as typeof import('../machines/clinical-labels.js');
    if (typeof machine.pathwayDiagram !== 'function' || typeof machine.diagramNodeId !== 'function') {
      return { nodes: [], edges: [] };
    }
    const nodeIdOf = machine.diagramNodeId;
    const graph = parseStateDiagram(machine.pathwayDiagram(labels.CLINICAL_DIAGRAM_LABELS));
    const rows = new Map(Object.entries(labels.STATE_LABELS).map(([path, row]) => [nodeIdOf(path), row] as const));
    for (const node of graph.nodes) {
      const row = rows.get(node.id);
      if (!row) throw new Error(`no clinical label for ${node.id}`);
      if (row.when) node.when = row.when;
      node.cite = labels.citationOf(row.sources);
    }
    return graph;
  } catch (err) {
    process.stderr.write(
      `build-tab: no pathway map (${err instanceof Error ? err.message.split('\n')[0] : String(err)})\n`,
    );
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

/** Everything the tab is built from; a change to any of these files makes the build stale. */
const SOURCES = ['tab', 'src/clinical', 'dialogs/cards', 'machines'];

function sourceHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      const path = `${dir}/${name}`;
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|html|css)$/.test(name)) hash.update(path).update(readFileSync(path));
    }
  };
  for (const dir of SOURCES) walk(fileURLToPath(new URL(dir, root)));
  return hash.digest('hex');
}

const stampOf = (outdir: string) => `${outdir}/.source-hash`;
const isFresh = (outdir: string, hash: string) =>
  existsSync(stampOf(outdir)) && readFileSync(stampOf(outdir), 'utf8') === hash;

/**
 * Builds the tab unless build/tab already matches its sources. Parallel callers (test files run in parallel)
 * take turns through a lock directory, so only one writes and the others find the fresh build.
 */
export async function ensureTabBuilt(outdir: string = TAB_OUT): Promise<'fresh' | 'built'> {
  const hash = sourceHash();
  if (isFresh(outdir, hash)) return 'fresh';
  const lock = `${outdir.replace(/\/$/, '')}.lock`;
  mkdirSync(new URL('build/', root), { recursive: true });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) rmdirSync(lock);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  try {
    if (isFresh(outdir, hash)) return 'fresh';
    await buildTab(outdir);
    writeFileSync(stampOf(outdir), hash);
    return 'built';
  } finally {
    rmdirSync(lock);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    await ensureTabBuilt();
    process.stdout.write('build/tab: personal tab built\n');
  } catch (err) {
    // A production install without dev dependencies (no esbuild) keeps serving an existing build.
    if (existsSync(`${TAB_OUT}/index.html`)) {
      process.stderr.write(
        `build-tab: rebuild failed, serving the existing build/tab (${err instanceof Error ? err.message : String(err)})\n`,
      );
    } else {
      throw err;
    }
  }
}
