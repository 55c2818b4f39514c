import { readFileSync } from 'node:fs';
import type { AnyStateNode } from 'xstate';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureTabBuilt, TAB_OUT } from '../../scripts/build-tab.js';
import { parseStateDiagram, type PathwayGraph } from '../../tab/pathway-graph.js';
import {
  CLINICAL_DIAGRAM_LABELS,
  citationOf,
  GUARD_LABELS,
  type LabelSource,
  STATE_LABELS,
} from '../../machines/clinical-labels.js';
import { pathwayDiagram } from '../../machines/pathway-diagram.js';
import { pathwayMachine } from '../../machines/pathway-machine.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const GUIDELINE = read('docs/sources/guideline.txt').split('\n');
const REFERENCE = read('docs/sources/clinical-reference.md');
const squash = (s: string) => s.replace(/\s+/g, ' ');

/** Every state of the machine, by path from the root. */
function statesOf(node: AnyStateNode): AnyStateNode[] {
  return (Object.values(node.states) as AnyStateNode[]).flatMap((child) => [child, ...statesOf(child)]);
}
const STATES = statesOf(pathwayMachine.root);
const PATHS = STATES.map((s) => s.path.join('.'));
const KEYS = new Set(STATES.map((s) => s.key));

/** Guards of the transitions that are not a region settling from its facts. */
const NAMED_GUARDS = new Set(
  STATES.flatMap((s) => [...[...s.transitions.values()].flat(), ...(s.always ?? [])])
    .map((t) => t.guard as unknown)
    .map((g) => (typeof g === 'string' ? g : (g as { type?: string } | undefined)?.type))
    .filter((g): g is string => !!g && g !== 'inRegionState'),
);

/** A camelCase identifier ("redFlagScreen", "gateDistance"): machine names, never clinical words. */
const CAMEL = /\b[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*\b/;

/** The citation numbers a guideline line carries at its end ("... 1, 2" or "... 5, 3:"), read without a pattern. */
function trailingNumbers(line: string): number[] {
  const words = line.trim().replace(/:$/, '').split(' ');
  const numbers: number[] = [];
  while (words.length) {
    const word = words.at(-1)!.replace(/,$/, '');
    if (!/^[1-6]$/.test(word)) break;
    numbers.unshift(Number(word));
    words.pop();
  }
  return numbers;
}

/** A list item without numbers takes the numbers of the line that introduces its list ("... 1:"). */
function citesOfLine(index: number): number[] {
  const own = trailingNumbers(GUIDELINE[index]!);
  if (own.length || !GUIDELINE[index]!.startsWith('- ')) return own;
  for (let i = index - 1; i >= 0; i--) {
    if (!GUIDELINE[i]!.startsWith('- '))
      return GUIDELINE[i]!.trim().endsWith(':') ? trailingNumbers(GUIDELINE[i]!) : [];
  }
  return [];
}

function referenceSection(n: number): string {
  const start = REFERENCE.indexOf(`\n## ${n}. `);
  if (start < 0) return '';
  const end = REFERENCE.indexOf('\n## ', start + 1);
  return squash(REFERENCE.slice(start, end < 0 ? undefined : end));
}

const ROWS: ReadonlyArray<readonly [string, { text: readonly string[]; sources: readonly LabelSource[] }]> = [
  ...Object.entries(STATE_LABELS).map(
    ([path, r]) => [`state ${path}`, { text: [r.label, ...(r.when ? [r.when] : [])], sources: r.sources }] as const,
  ),
  ...Object.entries(GUARD_LABELS).map(
    ([guard, r]) => [`guard ${guard}`, { text: [r.condition], sources: r.sources }] as const,
  ),
];

describe('clinical labels of the pathway map (machines/clinical-labels.ts)', () => {
  it('labels every state of the machine, and no state the machine does not have', () => {
    expect(PATHS.length).toBeGreaterThan(20);
    expect(PATHS.filter((p) => !STATE_LABELS[p])).toEqual([]);
    expect(Object.keys(STATE_LABELS).filter((p) => !PATHS.includes(p))).toEqual([]);
  });

  it('gives a condition for every named guard, and a "when" for every state a region settles into', () => {
    expect(NAMED_GUARDS.size).toBeGreaterThan(3);
    expect([...NAMED_GUARDS].filter((g) => !GUARD_LABELS[g])).toEqual([]);
    expect(Object.keys(GUARD_LABELS).filter((g) => !NAMED_GUARDS.has(g))).toEqual([]);
    const settled = STATES.filter((s) =>
      s.always?.some((t) => (t.guard as { type?: string } | undefined)?.type === 'inRegionState'),
    );
    expect(settled.length).toBeGreaterThan(10);
    expect(settled.map((s) => s.path.join('.')).filter((p) => !STATE_LABELS[p]?.when)).toEqual([]);
  });

  it.each(ROWS)('%s reads in clinical words', (_, row) => {
    for (const text of row.text) {
      expect(text).not.toMatch(CAMEL);
      expect(KEYS.has(text)).toBe(false);
      expect(text.length).toBeLessThanOrEqual(120);
    }
  });

  it.each(ROWS)('%s names a source that says it', (_, row) => {
    expect(row.sources.length).toBeGreaterThan(0);
    for (const source of row.sources) {
      if ('guideline' in source) {
        const index = GUIDELINE.findIndex((line) => squash(line).includes(source.guideline));
        expect(index, `"${source.guideline}" is not in the guideline`).toBeGreaterThanOrEqual(0);
        expect(source.cites, `citation numbers of "${GUIDELINE[index]}"`).toEqual(citesOfLine(index));
      } else {
        const section = referenceSection(source.reference);
        expect(section, `reference section ${source.reference}`).not.toBe('');
        expect(section).toContain(source.quote);
      }
    }
    expect(citationOf(row.sources)).toMatch(/^(\[[1-6](, [1-6])*\])?(; )?(Reference §\d+(, §\d+)*)?$/);
  });

  it('keeps the flow from the machine: the labelled diagram has the same states and transitions', () => {
    const plain = parseStateDiagram(pathwayDiagram());
    const clinical = parseStateDiagram(pathwayDiagram(CLINICAL_DIAGRAM_LABELS));
    const shape = (g: PathwayGraph) => ({
      nodes: g.nodes.map(({ id, parent, initial, parallel }) => ({ id, parent, initial, parallel })),
      edges: g.edges.map(({ from, to }) => ({ from, to })),
    });
    expect(shape(clinical)).toEqual(shape(plain));
    // The machine's own names stay in the plain diagram (docs/pathway.md), and only there.
    expect(plain.nodes.some((n) => CAMEL.test(n.label))).toBe(true);
  });

  describe('the built page map data (build/tab/pathway.json)', () => {
    let graph: PathwayGraph;
    beforeAll(async () => {
      await ensureTabBuilt();
      graph = JSON.parse(readFileSync(`${TAB_OUT}/pathway.json`, 'utf8')) as PathwayGraph;
    }, 120_000);

    it('has every state of the machine, each with its clinical label and citation', () => {
      expect(graph.nodes).toHaveLength(PATHS.length);
      for (const node of graph.nodes) {
        expect(node.cite, node.label).toMatch(/\[\d|Reference §/);
      }
      const labels = graph.nodes.map((n) => n.label);
      for (const expected of [
        'Red-flag screen',
        'Tramadol',
        'Duloxetine or NSAID at the guideline dose',
        'Opioid gate: all conditions met',
        'Refer to pain specialist',
        'Follow-up',
      ]) {
        expect(labels).toContain(expected);
      }
      expect(graph.edges.map((e) => e.label)).toContain('Pain < 12 weeks');
    });

    it('shows no raw camelCase state id: in labels, conditions or citations', () => {
      const shown = [
        ...graph.nodes.flatMap((n) => [n.label, n.when ?? '', n.cite ?? '']),
        ...graph.edges.map((e) => e.label ?? ''),
      ];
      expect(shown.filter((text) => CAMEL.test(text) || KEYS.has(text))).toEqual([]);
      expect(graph.edges.filter((e) => !e.label)).toEqual([]);
    });
  });
});
