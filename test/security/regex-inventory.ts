/**
 * Every regular expression the server can run, for the ReDoS rule (regex-linear.test.ts):
 * - literals, found by parsing the TypeScript of src/, dialogs/ and machines/ with the compiler's API (a text
 *   search would confuse `/` division with a regex);
 * - patterns built at run time with `new RegExp(...)` (synonym lists, drug names), recorded by importing every
 *   module with the global RegExp constructor wrapped, so a pattern assembled from data rows is checked as built.
 */
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { API } from 'typescript/unstable/sync';
import { SyntaxKind, type Node, type SourceFile } from 'typescript/unstable/ast';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The code that runs on the server, on the messages people send. */
export const SCANNED_DIRS = ['src', 'dialogs', 'machines'];

export interface FoundPattern {
  /** "src/clinical/language/clauses.ts:13" */
  where: string;
  source: string;
  flags: string;
}

export interface Inventory {
  literals: FoundPattern[];
  /** Call sites of `new RegExp(...)` / `RegExp(...)` in the scanned code. */
  constructorSites: string[];
}

function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.ts$/.test(e.name) && !/\.(?:test|d)\.ts$/.test(e.name)) out.push(p);
    }
  };
  for (const d of SCANNED_DIRS) walk(join(ROOT, d));
  return out.sort();
}

/** Parses the scanned files with the TypeScript compiler (its native server, started for the call). */
export function scanSources(): Inventory {
  const files = sourceFiles();
  const api = new API({ cwd: ROOT });
  try {
    const snapshot = api.updateSnapshot({ openProjects: [join(ROOT, 'tsconfig.json')] });
    const program = snapshot.getProjects()[0]!.program;
    const literals: FoundPattern[] = [];
    const constructorSites: string[] = [];
    for (const file of files) {
      const sf = program.getSourceFile(file);
      if (!sf) throw new Error(`${file} is not in tsconfig.json's program`);
      const where = (n: Node): string =>
        `${relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
      const visit = (n: Node): void => {
        if (n.kind === SyntaxKind.RegularExpressionLiteral) {
          const text = n.getText(sf);
          const slash = text.lastIndexOf('/');
          literals.push({ where: where(n), source: text.slice(1, slash), flags: text.slice(slash + 1) });
        } else if (
          (n.kind === SyntaxKind.NewExpression || n.kind === SyntaxKind.CallExpression) &&
          calleeIsRegExp(n, sf)
        ) {
          constructorSites.push(where(n));
        }
        n.forEachChild(visit);
      };
      visit(sf);
    }
    return { literals, constructorSites };
  } finally {
    api.close();
  }
}

function calleeIsRegExp(n: Node, sf: SourceFile): boolean {
  let callee: Node | undefined;
  n.forEachChild((c) => {
    callee ??= c;
    return undefined;
  });
  return callee?.kind === SyntaxKind.Identifier && callee.getText(sf) === 'RegExp';
}

/** Modules not imported for the run-time census: they start a server or a process when loaded. */
const ENTRY_POINTS = new Set(['src/host/index.ts']);

/**
 * Imports every scanned module with `RegExp` wrapped, and returns each pattern built while they load, with the
 * project file and line that built it. Patterns built later, inside a function, are listed by `constructorSites`
 * and must be covered by the caller.
 */
export async function runtimePatterns(): Promise<FoundPattern[]> {
  const Original = globalThis.RegExp;
  const seen: FoundPattern[] = [];
  const record = (re: RegExp): RegExp => {
    const site = callSite(new Error().stack ?? '');
    if (site) seen.push({ where: site, source: re.source, flags: re.flags });
    return re;
  };
  globalThis.RegExp = new Proxy(Original, {
    construct: (target, args, newTarget) =>
      record(Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget) as RegExp),
    apply: (target, self, args) => record(Reflect.apply(target, self, args) as RegExp),
  });
  try {
    for (const file of sourceFiles()) {
      if (!ENTRY_POINTS.has(relative(ROOT, file))) await import(pathToFileURL(file).href);
    }
  } finally {
    globalThis.RegExp = Original;
  }
  return seen;
}

/** The first stack frame in a scanned project file, as "dir/file.ts:line". */
function callSite(stack: string): string | undefined {
  for (const line of stack.split('\n').slice(1)) {
    const m = /\((?:file:\/\/)?([^()]+):(\d+):\d+\)$|at (?:file:\/\/)?(\S+):(\d+):\d+$/.exec(line.trim());
    const file = m?.[1] ?? m?.[3];
    if (!file || file.includes('node_modules')) continue;
    const rel = relative(ROOT, file);
    if (SCANNED_DIRS.some((d) => rel.startsWith(`${d}/`))) return `${rel}:${m?.[2] ?? m?.[4]}`;
  }
  return undefined;
}
