/**
 * `npm run build`: the production server. Builds the personal tab into build/tab/ (once, here, not on every start)
 * and bundles the server with esbuild into build/server/: plain JavaScript that Node runs without tsx and without
 * node_modules. Start-up time (issue 16, `/health` within 0.8 s) decides the shape:
 * - every npm package is bundled: resolving and reading botbuilder's few hundred files one by one was most of the
 *   start-up time. The Azure Blob client is imported only when STORAGE=blob, so it lands in a chunk of its own
 *   that the other stores never read;
 * - index.mjs is a few lines that turn on Node's compile cache (build/server/compile-cache/) and then import
 *   server.mjs, the bundle of src/host/index.ts: a start after the first reuses V8's compiled code. The Dockerfile
 *   fills the cache in the image (warm-compile-cache.mjs); elsewhere the first start fills it;
 * - smaller savings, each measured: large JSON read with JSON.parse, restify's unused plugins never loaded, and
 *   every output file ASCII only (the plugins and asciiOnly below).
 * A start after the first answers /health in about 0.65 s (1.2 s with the packages left in node_modules), and the
 * bundle's answers match the sources' (npm run output-digest, its own bundle compared with tsx: no turn differs).
 * The core worker (src/runtime/core-worker.ts) is a second entry, core-worker.mjs. Every output file sits in
 * build/server/ itself, two levels below the repository like src/host/, so the paths the code computes from
 * import.meta.url (package.json, build/tab/, core-worker.mjs) are the same whichever file a module lands in.
 * Start it with `npm run start:prod` (README, "Production") or the Dockerfile.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { ensureTabBuilt } from './build-tab.js';

export const SERVER_OUT = fileURLToPath(new URL('../build/server/index.mjs', import.meta.url));
/** Node's compile cache for the bundle, beside it (index.mjs turns it on). */
export const COMPILE_CACHE = 'compile-cache';

const source = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/**
 * src/teams reaches into botframework-connector through createRequire (deep paths botbuilder does not export,
 * resolved from botbuilder's own directory) to patch the instance botbuilder uses. In the bundle that instance
 * is the bundled one, so the project's files get a `createRequire` whose require returns the bundled module for
 * each literal the file passes to a require function, resolved from botbuilder's directory (and whose resolve()
 * names a package by its name). Any other id throws at start-up, rather than loading a second copy from
 * node_modules and patching it in vain.
 */
function bundledCreateRequire(): Plugin {
  const fromBotbuilder = dirname(createRequire(import.meta.url).resolve('botbuilder'));
  return {
    name: 'bundled-create-require',
    setup(b) {
      b.onResolve({ filter: /^node:module$/ }, (args) =>
        /[\\/]node_modules[\\/]/.test(args.importer) || !args.importer.endsWith('.ts')
          ? undefined
          : { path: args.importer, namespace: 'bundled-create-require' },
      );
      b.onLoad({ filter: /.*/, namespace: 'bundled-create-require' }, (args) => {
        const text = readFileSync(args.path, 'utf8');
        const ids = [...new Set([...text.matchAll(/\brequire\w*\(\s*'([^']+)'\s*\)/gi)].map((m) => m[1]!))];
        const table = ids.map((id) => `  ${JSON.stringify(id)}: () => require(${JSON.stringify(id)}),`).join('\n');
        return {
          resolveDir: fromBotbuilder,
          loader: 'js',
          contents: `export * from 'node:module';
const BUNDLED = {
${table}
};
export function createRequire() {
  const load = (id) => {
    const get = BUNDLED[id];
    if (!get) throw new Error(\`\${id} is not in the bundle (scripts/build.ts, bundledCreateRequire)\`);
    return get();
  };
  load.resolve = (id) => id;
  return load;
}
`,
        };
      });
    },
  };
}

/** restify tries dtrace-provider (a native addon) inside a try and falls back to no-op probes: it is left out. */
function withoutDtrace(): Plugin {
  return {
    name: 'without-dtrace',
    setup(b) {
      b.onResolve({ filter: /^dtrace-provider$/ }, () => ({ path: 'dtrace-provider', namespace: 'without-dtrace' }));
      b.onLoad({ filter: /.*/, namespace: 'without-dtrace' }, () => ({
        contents: "throw new Error('dtrace-provider is not bundled');",
        loader: 'js',
      }));
    },
  };
}

/**
 * Large JSON files in packages (mime-db's table, tr46's mapping table) are read with JSON.parse rather than
 * compiled as object literals: V8 parses JSON several times faster than the same data as JavaScript.
 */
function jsonParsed(minChars = 8 * 1024): Plugin {
  return {
    name: 'json-parsed',
    setup(b) {
      b.onLoad({ filter: /[\\/]node_modules[\\/].*\.json$/ }, (args) => {
        const text = readFileSync(args.path, 'utf8');
        if (text.length < minChars) return undefined;
        const compact = JSON.stringify(JSON.parse(text));
        return { contents: `module.exports = JSON.parse(${JSON.stringify(compact)});`, loader: 'js' };
      });
    },
  };
}

/**
 * restify's index requires all of its plugins (body parsers with formidable and qs, http-signature with sshpk,
 * throttles...) to build `restify.plugins`; the server uses one (serveStaticFiles, for the tab). Here each plugin
 * is required when first read.
 */
function lazyRestifyPlugins(): Plugin {
  return {
    name: 'lazy-restify-plugins',
    setup(b) {
      b.onLoad({ filter: /[\\/]node_modules[\\/]restify[\\/]lib[\\/]plugins[\\/]index\.js$/ }, (args) => ({
        contents: readFileSync(args.path, 'utf8').replace(
          /(\w+): require\(('[^']+')\)/g,
          'get $1() { return require($2); }',
        ),
        loader: 'js',
      }));
    },
  };
}

/**
 * Node reads a file with any character outside ASCII as two bytes a character: decoding and compiling the
 * bundle then took about 60 ms longer at each start. esbuild already escapes strings and identifiers, and
 * template literals are lowered to strings (above), so what is left is in comments and regular expression
 * literals, where \uXXXX means the same character (a pair of escaped surrogates is one code point under /u).
 */
function asciiOnly(file: string): void {
  const text = readFileSync(file, 'utf8');
  if (!/[^\0-\x7f]/.test(text)) return;
  writeFileSync(
    file,
    text.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
}

/** The entry: the compile cache on (before the bundle is compiled), then the server. */
const ENTRY = `// Written by scripts/build.ts: Node's compile cache, then the server (server.mjs).
import { enableCompileCache } from 'node:module';
import { fileURLToPath } from 'node:url';
enableCompileCache(fileURLToPath(new URL('./${COMPILE_CACHE}/', import.meta.url)));
await import('./server.mjs');
`;

/**
 * Fills the compile cache without serving: the Dockerfile runs it in the image, with the image's Node and as the
 * user that runs the server (Node keeps one cache per Node version and user). Importing the server starts it (an in-memory store, any free port, no log,
 * anonymous and local, whatever the build's environment says), and the process ends as soon as every module is
 * compiled and run.
 */
const WARM = `// Written by scripts/build.ts: fills ./${COMPILE_CACHE}/ (the Dockerfile runs it at build time).
import { constants, enableCompileCache, flushCompileCache } from 'node:module';
import { fileURLToPath } from 'node:url';
Object.assign(process.env, {
  NODE_ENV: 'development', MicrosoftAppId: '', PORT: '0', HOST: '127.0.0.1', STORAGE: 'memory', LOG_LEVEL: 'silent',
});
const { status, message } = enableCompileCache(fileURLToPath(new URL('./${COMPILE_CACHE}/', import.meta.url)));
if (message) process.stderr.write(\`compile cache: \${message}\\n\`);
await import('./server.mjs');
flushCompileCache();
process.stdout.write(\`compile cache: \${status === constants.compileCacheStatus.ENABLED ? 'written' : 'not written'}\\n\`);
process.exit(0);
`;

export async function buildServer(outfile: string = SERVER_OUT): Promise<void> {
  const outdir = dirname(outfile);
  mkdirSync(outdir, { recursive: true });
  const worker = source('src/runtime/core-worker.ts');
  const { metafile } = await build({
    entryPoints: {
      server: source('src/host/index.ts'),
      ...(existsSync(worker) ? { 'core-worker': worker } : {}),
    },
    outdir,
    outExtension: { '.js': '.mjs' },
    splitting: true,
    chunkNames: '[name]-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    // CommonJS packages inside an ES module bundle still call require() for Node's built-ins.
    banner: {
      js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);",
    },
    plugins: [bundledCreateRequire(), withoutDtrace(), jsonParsed(), lazyRestifyPlugins()],
    // Template literals become strings and concat() calls (esbuild keeps their semantics), so that every
    // character left outside ASCII is in a comment or a regular expression (see asciiOnly).
    supported: { 'template-literal': false },
    // Maps for stack traces (node --enable-source-maps); they name files and lines, not the sources' text.
    sourcemap: 'linked',
    sourcesContent: false,
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
  });
  for (const output of Object.keys(metafile.outputs)) if (output.endsWith('.mjs')) asciiOnly(resolve(output));
  writeFileSync(outfile, ENTRY);
  const warm = `${outdir}/warm-compile-cache.mjs`;
  writeFileSync(warm, WARM);
  // Whatever else is there goes: chunks of earlier builds (their names carry a hash), the old compile cache.
  const written = new Set([outfile, warm, ...Object.keys(metafile.outputs).map((o) => resolve(o))]);
  for (const name of readdirSync(outdir)) {
    if (!written.has(`${outdir}/${name}`)) rmSync(`${outdir}/${name}`, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await ensureTabBuilt();
  await buildServer();
  process.stdout.write(`build: personal tab in build/tab/, server in ${SERVER_OUT}\n`);
}
