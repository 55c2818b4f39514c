import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The layer rules of docs/architecture.md, enforced by dependency-cruiser with the project's own configuration:
 * the real tree has no violation, and a planted violation of each kind is caught (so the rules cannot pass
 * vacuously, e.g. after a folder is renamed).
 */
const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const FOLDERS = ['src', 'dialogs', 'machines', 'tab', 'scripts', 'test'];

function cruise(cwd: string, folders: string[]): { status: number | null; out: string } {
  const run = spawnSync(process.execPath, [CLI, ...folders, '--config', CONFIG, '--output-type', 'err'], {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

describe('layers', () => {
  it('the tree has no dependency violation', () => {
    const { status, out } = cruise(ROOT, FOLDERS);
    expect(out).toContain('no dependency violations found');
    expect(status).toBe(0);
  }, 120_000);

  describe('planted violations are caught', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bpp-layers-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const plant = (files: Record<string, string>) => {
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
    };
    plant({
      'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext' } }),
      'package.json': JSON.stringify({ type: 'module' }),
      // The innermost layer reaching up into the turn core.
      'src/clinical/knowledge/upward.ts': "import { core } from '../../../dialogs/core.js';\nexport const x = core;\n",
      'dialogs/core.ts': 'export const core = 1;\n',
      // The pure core using node:*.
      'dialogs/impure.ts': "import { readFileSync } from 'node:fs';\nexport const y = readFileSync;\n",
      // A type-only cycle.
      'machines/a.ts': "import type { B } from './b.js';\nexport interface A { b?: B }\n",
      'machines/b.ts': "import type { A } from './a.js';\nexport interface B { a?: A }\n",
      // A script importing a test helper.
      'scripts/report.ts': "import { helper } from '../test/helper.js';\nexport const z = helper;\n",
      'test/helper.ts': 'export const helper = 1;\n',
    });

    const { status, out } = cruise(dir, ['src', 'dialogs', 'machines', 'scripts', 'test']);
    it.each([
      ['clinical-is-innermost', 'src/clinical/knowledge/upward.ts'],
      ['dialogs-are-pure', 'dialogs/impure.ts'],
      ['no-cycles', 'machines/a.ts'],
      ['scripts-never-import-tests', 'scripts/report.ts'],
    ])('%s (%s)', (rule, file) => {
      expect(status).not.toBe(0);
      expect(out).toMatch(new RegExp(`error ${rule}: ${file.replaceAll('.', '\\.')}`));
    });
  });
});
