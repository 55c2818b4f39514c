import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasEntry } from '../../src/clinical/knowledge/knowledge-base.js';
import { pathwayDiagram } from '../../machines/pathway.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const doc = readFileSync(`${root}docs/pathway.md`, 'utf8');
const seedPath = `${root}docs/sources/guideline.txt`;
const tableRows = doc.split('\n').filter((l) => /^\| \d+ \|/.test(l));

describe('docs/pathway.md', () => {
  it('maps every guideline line, verbatim, in order', () => {
    const seed = readFileSync(seedPath, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '');
    expect(tableRows).toHaveLength(seed.length);
    for (const [i, line] of seed.entries()) expect(tableRows[i]).toContain(`| ${line.replace(/\|/g, '\\|')} |`);
  });

  it('names only knowledge ids that exist', () => {
    const ids = tableRows.flatMap((row) =>
      [...(row.split(' | ')[2] ?? '').matchAll(/`([a-z0-9.-]+)`/g)].map((m) => m[1]!),
    );
    expect(ids.length).toBeGreaterThan(45);
    expect(ids.filter((id) => !hasEntry(id))).toEqual([]);
  });

  it('carries the current generated diagram', () => {
    expect(doc).toContain(`\`\`\`mermaid\n${pathwayDiagram()}\n\`\`\``);
  });
});
